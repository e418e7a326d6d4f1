// The peer baseline: what a developer gets by gluing two popular general-purpose libraries
// together for the fields secpress extracts. compromise finds places, people, organisations,
// quotations and counts; chrono-node finds dates, resolved against the publication date. The
// glue maps places to ISO countries and cities with the same tables secpress uses (data/), and
// finds topics and the event kind by keyword. A fair attempt: each library is used as its
// documentation suggests, and the glue is linear in the text.
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import nlp from 'compromise';

const load = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^a-z0-9 -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const COUNTRY = new Map();
for (const c of load('../data/countries.json')) for (const n of [c.name, ...c.aliases, ...c.demonyms]) if (!COUNTRY.has(fold(n))) COUNTRY.set(fold(n), c.code);
const CITY = new Map();
for (const c of load('../data/cities.json')) for (const n of [c.name, ...c.aliases]) if (!CITY.has(fold(n))) CITY.set(fold(n), { city: c.name, country: c.country });

/** Keywords (lower case, prefix match inside the text) that show each topic of the v1 vocabulary. */
const TOPIC_KEYWORDS = {
  terrorism: ['terroris', 'counter-terror', 'anti-terror'],
  extremism: ['extremis', 'radicalis', 'radical ideolog'],
  'foreign-fighters': ['foreign fighter', 'foreign terrorist fighter', 'join armed groups', 'conflict zones'],
  'drug-trafficking': ['drug trafficking', 'narcotic', 'drug smuggling', 'synthetic drugs'],
  'organized-crime': ['organized crime', 'organised crime', 'criminal network', 'criminal groups'],
  'illegal-migration': ['illegal migration', 'irregular migration'],
  refugees: ['refugee', 'displaced persons'],
  'human-trafficking': ['human trafficking', 'trafficking in persons', 'forced labour'],
  'arms-trafficking': ['arms trafficking', 'trafficking in weapons', 'weapons smuggling'],
  'terrorist-financing': ['financing of terrorism', 'terrorist financing', 'money laundering'],
  'information-security': ['cyber', 'information security', 'social networks'],
  'border-security': ['border security', 'state border'],
  'interethnic-conflict': ['interethnic', 'interreligious'],
  separatism: ['separatis'],
  humanitarian: ['humanitarian'],
  'human-rights': ['human rights'],
  'intelligence-sharing': ['exchange of operational information', 'exchange of information', 'exchange of intelligence', 'information exchange'],
};
const KINDS = ['conference', 'summit', 'forum', 'exercise', 'talks', 'visit', 'meeting'];
const QUALIFIER = { over: 'over', 'more than': 'over', about: 'about', around: 'about', nearly: 'nearly', almost: 'nearly' };

/** Every (lower-case) occurrence of `needle` in `hay`, as spans. */
function occurrences(hay, needle) {
  const spans = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) spans.push({ start: i, end: i + needle.length });
  return spans;
}

/**
 * Extracts what the peer libraries can find in one release. `publishedAt` (ISO date) is the
 * reference date for chrono-node; without it, the first full date near the top of the page, else today.
 */
export function peerExtract(text, { publishedAt } = {}) {
  const doc = nlp(text);
  const lower = text.toLowerCase();

  const cities = [];
  const countries = [];
  for (const place of doc.places().json({ offset: true, terms: false })) {
    for (const piece of place.text.split(/,|\band\b/)) {
      const key = fold(piece);
      const city = CITY.get(key);
      if (city) {
        cities.push({ ...city, start: place.offset.start });
        countries.push(city.country);
      } else if (COUNTRY.has(key)) countries.push(COUNTRY.get(key));
    }
  }

  const people = doc.people().json({ offset: true, terms: { text: true, tags: true } }).map((p) => {
    const named = p.terms.filter((t) => t.tags.includes('FirstName') || t.tags.includes('LastName'));
    const words = named.length ? named : p.terms.filter((t) => t.tags.includes('Person') && !t.tags.includes('Honorific'));
    const name = words.map((t) => t.text).join(' ').trim();
    const rank = p.terms.filter((t) => t.tags.includes('Honorific')).map((t) => t.text).join(' ').trim();
    return { name, rank: rank || null, span: { start: p.offset.start, end: p.offset.start + p.offset.length } };
  });

  const organizations = doc.organizations().json({ offset: true, terms: false }).map((o) => ({
    name: o.text.replace(/[\s,.;:]+$/, ''),
    span: { start: o.offset.start, end: o.offset.start + o.offset.length },
  }));

  const quotes = doc.quotations().json({ offset: true, terms: false }).map((q) => ({
    text: q.text.replace(/^[\s"“”]+|[\s"“”,.]+$/g, ''),
    span: { start: q.offset.start, end: q.offset.start + q.offset.length },
  }));

  const counts = doc
    .match('(from|over|more than|about|around|nearly|almost)? #Value countries')
    .json({ terms: false })
    .map((m) => {
      const value = Number.parseInt(m.text.replace(/\D+/g, ' ').trim(), 10);
      const qualifier = Object.entries(QUALIFIER).find(([w]) => m.text.toLowerCase().includes(w))?.[1] ?? 'exactly';
      return { value, qualifier };
    })
    .filter((c) => Number.isInteger(c.value) && c.value > 0);

  // Without a publication date, a dated page header (a full date near the top) is the best reference.
  let results = chrono.parse(text, publishedAt ? new Date(`${publishedAt}T12:00:00`) : undefined);
  const header = publishedAt ? undefined : results.find((r) => r.index < 300 && r.start.isCertain('year'));
  if (header) results = chrono.parse(text, header.start.date());
  const dates = results.map((r) => ({
    start: r.start.date(),
    end: r.end?.date() ?? null,
    index: r.index,
    yearCertain: r.start.isCertain('year'),
  }));

  const topics = [];
  for (const [topic, words] of Object.entries(TOPIC_KEYWORDS)) {
    const mentions = words.flatMap((w) => occurrences(lower, w));
    if (mentions.length) topics.push({ topic, mentions });
  }

  let kind = 'other';
  let kindAt = -1;
  for (const k of KINDS) {
    const at = lower.indexOf(k);
    if (at >= 0 && (kindAt < 0 || at < kindAt)) [kind, kindAt] = [k, at];
  }

  return { kind, kindAt, cities, countries: [...new Set(countries)], people, organizations, quotes, counts, dates, topics };
}
