// The peer baseline (bench/peer.mjs) behind secpress's own entry point, so that the accuracy
// scorer can score it on the dev corpus exactly as it scores secpress:
//
//   npm run --silent build && node ../shared/eval/score.mjs --lib bench/peer-lib.mjs ../shared/corpus/dev
//
// Each field is filled the way a developer gluing compromise and chrono-node would fill it; what
// the peer libraries cannot give (series, subject countries, agreements, titles) stays empty.
// PressRecordSchema is re-exported from the build so the scorer also checks the peer's records.
import { format } from 'date-fns';
import { peerExtract } from './peer.mjs';

export { PressRecordSchema } from '../dist/index.js';

const iso = (date) => format(date, 'yyyy-MM-dd');

function uniqueBy(items, key) {
  const seen = new Set();
  return items.filter((x) => !seen.has(key(x)) && seen.add(key(x)));
}

/** A record-shaped object from the peer baseline, for the scorer. Same signature as secpress's. */
export function parsePressRelease(text, options = {}) {
  const given = options.publishedAt instanceof Date ? iso(options.publishedAt) : (options.publishedAt ?? null);
  const found = peerExtract(text, given ? { publishedAt: given } : {});

  const headline = text.split('\n').map((l) => l.trim()).find((l) => l.split(' ').length >= 4 && l.length <= 200) ?? null;
  const header = found.dates.find((d) => d.yearCertain && d.index < 300);
  const publishedAt = given ?? (header ? iso(header.start) : null);
  const eventDate = found.dates.find((d) => d !== header && d.index > found.kindAt) ?? found.dates.find((d) => d !== header) ?? null;
  const startDate = eventDate ? iso(eventDate.start) : null;
  const endDate = eventDate?.end && iso(eventDate.end) >= startDate ? iso(eventDate.end) : startDate;
  const firstCity = found.cities[0];
  const location = firstCity ? { city: firstCity.city, country: firstCity.country } : found.countries.length ? { city: null, country: found.countries[0] } : null;
  const outletOrg = found.organizations.find((o) => o.span.start < 150);

  return {
    id: `peer-${text.length}-${found.people.length}-${found.countries.length}`,
    text,
    headline,
    source: { outlet: options.outlet ?? outletOrg?.name ?? null, url: options.url ?? null, publishedAt, dateline: null },
    event: {
      kind: found.kind,
      title: null,
      series: null,
      startDate,
      endDate,
      dateInferred: false,
      location,
      host: location ? { country: location.country, organization: null } : null,
      participants: { countries: found.countries, organizations: [], countryCount: found.counts[0] ?? null },
      subjectCountries: [],
    },
    people: uniqueBy(
      found.people.filter((p) => p.name),
      (p) => p.name,
    ).map((p) => ({ name: p.name, aliases: [], rank: p.rank, title: null, organization: null, country: null, roles: ['mentioned'], mentions: [p.span] })),
    organizations: uniqueBy(
      found.organizations.filter((o) => o.name),
      (o) => o.name,
    ).map((o) => ({ name: o.name, acronym: null, kind: 'other', country: null, mentions: [o.span] })),
    topics: found.topics,
    agreements: [],
    quotes: found.quotes.filter((q) => q.text).map((q) => ({ speaker: null, text: q.text, span: q.span })),
    figures: [],
    warnings: [],
  };
}
