// Generates, deterministically from a seed, a corpus of press releases about security-service
// conferences and meetings worldwide, in our own wording, for the benchmarks. Places, agencies,
// ranks and titles come from the gazetteer tables in data/; regions, people's names, outlets and
// series from bench/regions.json. Every sentence template below is written for this generator.
import { readFileSync } from 'node:fs';
import { addDays, addMinutes, format, getDaysInMonth } from 'date-fns';
import { prng } from './_lib/prng.mjs';

const load = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const COUNTRIES = new Map(load('../data/countries.json').map((c) => [c.code, c]));
const CITIES = load('../data/cities.json').filter((c) => !c.ambiguous);
const AGENCIES = load('../data/agencies.json').filter((a) => a.status !== 'former');
const SENIOR_RANKS = new Set(['Army General', 'Colonel-General', 'Lieutenant-General', 'Major-General', 'General', 'Brigadier General', 'Colonel']);
const SENIOR = load('../data/ranks.json').filter((r) => SENIOR_RANKS.has(r.rank));
const { regions: REGIONS, subjectCountries: SUBJECTS } = load('./regions.json');

const SERVICE_KINDS = new Set(['security-service', 'intelligence', 'foreign-intelligence', 'counter-terrorism', 'border-guard']);
const HEAD_TITLES = ['Chairman', 'Chief', 'Head', 'Director', 'Director General'];
const DEPUTY_TITLES = ['Deputy Chairman', 'First Deputy Head', 'Deputy Director'];
const ROMAN = [['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]];
const NBSP = '\u00a0';


function roman(n) {
  let out = '';
  for (const [sym, val] of ROMAN) for (; n >= val; n -= val) out += sym;
  return out;
}

function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function listProse(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Everything one release is made of, drawn with one random stream. */
class Writer {
  constructor(random) {
    this.r = random;
  }
  chance(p) {
    return this.r() < p;
  }
  int(lo, hi) {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick(items) {
    return items[Math.floor(this.r() * items.length)];
  }
  sample(items, k) {
    const pool = [...items];
    const out = [];
    while (out.length < k && pool.length) out.push(pool.splice(Math.floor(this.r() * pool.length), 1)[0]);
    return out;
  }

  countryName(code) {
    const c = COUNTRIES.get(code);
    if (code === 'TR') return this.chance(0.6) ? 'Türkiye' : 'Turkey';
    const short = c.aliases.filter((a) => !a.includes(' of ') && !a.includes('SSR') && a.length > 4 && !a.startsWith('the '));
    return this.chance(0.12) && short.length ? this.pick(short) : c.name;
  }
  demonym(code) {
    const d = COUNTRIES.get(code).demonyms;
    return d.length ? this.pick(d) : null;
  }
  city(code) {
    const c = COUNTRIES.get(code);
    const cities = CITIES.filter((x) => x.country === code);
    const city = (c.capital && this.chance(0.55) ? cities.find((x) => x.name === c.capital) : null) ?? this.pick(cities);
    if (!city) return { name: c.name, capital: false };
    const name = city.aliases.length && this.chance(0.2) ? this.pick(city.aliases) : city.name;
    return { name, capital: city.name === c.capital };
  }
  /** An agency of the country, named the way releases do: `ref` for running prose (with its article), `bare` after "the". */
  agency(code) {
    const own = AGENCIES.filter((a) => a.country === code && SERVICE_KINDS.has(a.kind));
    const country = this.countryName(code);
    if (!own.length) {
      const bare = `${this.pick(['National Intelligence Directorate', 'General Directorate of State Security', 'National Security Agency', 'Directorate of Counter-Intelligence'])} of ${country}`;
      return { ref: `the ${bare}`, bare };
    }
    const a = this.pick(own);
    const official = COUNTRIES.get(code).name;
    const withCountry = a.aliases.find((x) => x.includes(official)) ?? (a.name.includes(official) ? a.name : `${a.name} of ${country}`);
    const demonym = this.demonym(code);
    const forms = [{ ref: `the ${withCountry}`, bare: withCountry }];
    if (demonym && !a.name.includes(official) && !a.name.startsWith(demonym)) forms.push({ ref: `the ${demonym} ${a.name}`, bare: `${demonym} ${a.name}` });
    const short = a.acronyms.length && this.chance(0.5) ? a.acronyms[0] : a.name;
    forms.push({ ref: `${country}'s ${short}`, bare: withCountry });
    return this.pick(forms);
  }
  /** A head (or deputy head) of one of the country's services, with a senior rank most of the time, written in one of its variants. */
  person(region, code, deputy = false) {
    const entry = this.chance(0.75) ? this.pick(SENIOR) : null;
    const rank = entry ? (entry.variants.length && this.chance(0.3) ? this.pick(entry.variants) : entry.rank) : null;
    const title = this.pick(deputy ? DEPUTY_TITLES : HEAD_TITLES);
    const agency = this.agency(code);
    const first = this.pick(region.firstNames);
    const last = this.pick(region.surnames);
    return { last, name: `${first} ${last}`, rank, title, agency };
  }
  /**
   * "Chairman of the State Security Service of Uzbekistan, Colonel-General Timur Sadykov" and other
   * shapes; `subject` closes an apposition with a comma, as before a verb.
   */
  introduce(p, subject = false) {
    const rank = p.rank ? `${p.rank} ` : '';
    switch (this.int(0, 3)) {
      case 0:
        return `${p.title} of ${p.agency.ref}, ${rank}${p.name}`;
      case 1:
        return `${rank}${p.name}, ${p.title.toLowerCase()} of ${p.agency.ref}${subject ? ',' : ''}`;
      case 2:
        return `${p.agency.ref} ${p.title.toLowerCase()} ${rank}${p.name}`;
      default:
        return `${p.title} of ${p.agency.ref} ${p.name}`;
    }
  }
  quote(body) {
    return this.chance(0.6) ? `“${body}”` : `"${body}"`;
  }
}

// ---------- sentence templates (our own wording) ----------

const TOPICS = {
  terrorism: [
    'The participants reviewed the terrorist threat in the region and the measures taken to prevent attacks on critical infrastructure.',
    'Particular attention was paid to countering international terrorism and to the early detection of plots prepared from abroad.',
    'The heads of the services agreed that terrorist groups keep adapting their methods and that the response must adapt faster.',
  ],
  extremism: [
    'The spread of radical ideology among young people, especially online, was named as a growing concern.',
    'Speakers described the work done to prevent violent extremism and radicalism in prisons and in migrant communities.',
  ],
  'foreign-fighters': [
    'The return of citizens who had travelled to join armed groups in conflict zones was discussed at length.',
    'Services exchanged lists of foreign terrorist fighters and discussed how to track their movements across borders.',
  ],
  'drug-trafficking': [
    'Drug trafficking along the northern route remains one of the main sources of income for criminal and terrorist groups.',
    'The meeting looked at joint operations against the smuggling of narcotics and synthetic drugs.',
  ],
  'organized-crime': [
    'Transnational organized crime and the criminal networks that serve it were on the agenda of the second session.',
    'Delegates noted the links between organised criminal groups and the financing of violence.',
  ],
  'illegal-migration': [
    'The heads of the services discussed illegal migration and the abuse of migration channels by members of banned groups.',
    'Measures against irregular migration flows and forged travel documents were reviewed.',
  ],
  refugees: ['The situation of refugees and displaced persons in neighbouring states was also addressed.'],
  'human-trafficking': ['The parties agreed to step up joint work against human trafficking and forced labour networks.'],
  'arms-trafficking': ['Illicit trafficking in weapons, ammunition and explosives from conflict areas was noted as a serious risk.'],
  'terrorist-financing': [
    'Cutting off the financing of terrorism, including money laundering through informal transfer systems, was a key theme.',
    'Financial intelligence units were invited to share typologies of terrorist financing.',
  ],
  'information-security': [
    'Cyber threats and the use of the internet and social networks by terrorist organisations for propaganda and recruitment were discussed.',
    'The participants called for closer cooperation in information security and the protection of critical information infrastructure.',
  ],
  'border-security': ['Strengthening border security and the protection of the state borders of the member states was discussed.'],
  separatism: ['The delegations condemned separatism and agreed to exchange information on separatist movements.'],
  'interethnic-conflict': ['Attempts to stir up interethnic and interreligious strife were named among the threats to stability.'],
  humanitarian: ['The humanitarian crisis and the delivery of humanitarian aid to the affected population were also raised.'],
  'intelligence-sharing': [
    'The sides agreed to intensify the exchange of operational information and experience between their services.',
    'Mutual exchange of intelligence and best practices was described as the core of the partnership.',
  ],
};
const TOPIC_KEYS = Object.keys(TOPICS);

/** Reported speech: what a speaker "noted that ..." about a topic. */
const REPORTED = {
  terrorism: 'terrorist groups were trying to rebuild their networks in the region',
  extremism: 'radical preachers increasingly reach young people through messaging apps',
  'drug-trafficking': 'the volume of synthetic drugs seized at the borders had doubled',
  'illegal-migration': 'members of banned groups use illegal migration channels to move between countries',
  'information-security': 'cyber attacks on state institutions had become more frequent and more sophisticated',
  'intelligence-sharing': 'the exchange of operational information had already prevented several attacks',
};

const BACKGROUND = [
  'The format was established more than two decades ago and has since become a permanent platform for dialogue between the services.',
  'Between sessions, working groups of experts prepare the draft decisions that the heads of the services consider.',
  'The delegations also reviewed how the decisions adopted at the previous session had been implemented.',
  'Each delegation presented a report on the operational situation in its country and on the results achieved since the last meeting.',
  'The organisers noted that the level of participation reflects the importance the member states attach to this cooperation.',
  'In the margins of the event, the heads of several delegations held bilateral meetings on matters of mutual interest.',
  'A joint communiqué summing up the results of the discussions was adopted at the closing session.',
  'The host side thanked the delegations for their constructive approach and the businesslike atmosphere of the talks.',
];

const QUOTES = [
  (t) => `No state can confront ${t} on its own, and today's meeting shows that our services are ready to act together`,
  (t) => `We see that ${t} does not respect borders, so our answer must not stop at borders either`,
  (t) => `The threats posed by ${t} are changing quickly; our cooperation has to change faster`,
  () => `Trust between our services has been built over many years, and we intend to keep it`,
  () => `The results of today's discussions will be turned into concrete joint measures before the end of the year`,
];
const QUOTE_TOPICS = ['terrorism', 'extremism', 'drug trafficking', 'organised crime', 'cyber crime', 'illegal migration'];

const AGREEMENTS = [
  'a memorandum of understanding on cooperation in countering terrorism',
  'an agreement on cooperation in the field of information security',
  'a protocol on the exchange of operational information',
  'a joint statement on countering the financing of terrorism',
  'a cooperation plan for the next two years',
];

const CHROME_TOP = ['Home / News / Events', 'Menu', 'Search', `+ ↺ − 16${NBSP}px`, 'A A A'];
const CHROME_BOTTOM = ['Share', 'Print version', 'Share: Facebook Twitter Telegram', 'Photo: press service'];
const OTHER_HEADLINES = [
  'Border guards detain smuggling suspects',
  'New cyber security centre opens',
  'Training course for young officers completed',
  'Statement on the anniversary of the service',
  'Citizens warned about fraudulent calls',
  'Delegation visits the academy of the service',
];

// ---------- one release ----------

function eventDates(w, pub) {
  const lag = w.int(0, 3);
  const start = addDays(pub, -lag);
  const multi = w.chance(0.3);
  let days = multi ? w.int(1, 2) : 0;
  if (start.getDate() + days > getDaysInMonth(start)) days = 0;
  return { start, end: addDays(start, days), sameDay: lag === 0 };
}

function datePhrase(w, dates, warnings) {
  const { start, end } = dates;
  if (end > start) {
    return w.pick([
      `from ${format(start, 'd')} to ${format(end, 'd MMMM yyyy')}`,
      `on ${format(start, 'd')}-${format(end, 'd MMMM')}`,
      `on ${format(start, 'MMMM d')}-${format(end, 'd, yyyy')}`,
    ]);
  }
  const choice = w.int(0, 4);
  if (choice === 0) {
    const wrong = w.chance(0.15);
    if (wrong) warnings.push('weekday-mismatch');
    return `on ${format(addDays(start, wrong ? w.int(1, 6) : 0), 'EEEE')}, ${format(start, 'MMMM d')}`;
  }
  if (choice === 1) return `on ${format(start, 'MMMM d')}`;
  if (choice === 2) return `on ${format(start, 'd')}${w.chance(0.3) ? NBSP : ' '}${format(start, 'MMMM yyyy')}`;
  if (choice === 3) return `on ${format(start, 'MMMM d, yyyy')}`;
  return dates.sameDay ? 'today' : `on ${format(start, 'MMMM d')}`;
}

function placePhrase(w, city, hostCode) {
  const country = w.countryName(hostCode);
  const demonym = w.demonym(hostCode);
  switch (w.int(0, 4)) {
    case 0:
      return `in ${city.name},${country}`;
    case 1:
      return `in ${city.name}, ${country}`;
    case 2:
      return city.capital && demonym ? `in the ${demonym} capital, ${city.name}` : `in the city of ${city.name}`;
    default:
      return `in ${city.name}`;
  }
}

function countPhrase(w, n) {
  return w.pick([`from ${n} countries`, `from over ${n} countries`, `from more than ${n} countries`, `from about ${n} countries`, `from nearly ${n} countries`]);
}

function header(w, pub, hostAgency, outlet) {
  const lines = [];
  if (w.chance(0.35)) lines.push(...w.sample(CHROME_TOP, w.int(1, 2)));
  const style = w.int(0, 3);
  if (style === 0) {
    const info = w.chance(0.5) ? 'İnformation' : 'Information';
    lines.push(`${info} of the Press service of the ${hostAgency.bare}`, '', `Events ${format(pub, 'd MMMM yyyy')}`);
    return { lines, dateline: false };
  }
  if (style === 1) {
    lines.push(`date ${format(pub, 'yyyy-MM-dd')}`);
    return { lines, dateline: w.chance(0.5) };
  }
  if (style === 2) lines.push(outlet, format(addMinutes(pub, w.int(8 * 60, 23 * 60 - 1)), 'd MMMM yyyy, HH:mm'));
  return { lines, dateline: true };
}

function dateline(w, city, pub, outlet) {
  switch (w.int(0, 3)) {
    case 0:
      return `${city.name}, ${format(pub, 'MMMM d')}, ${outlet}. `;
    case 1:
      return `${city.name.toLocaleUpperCase('tr')}, ${format(pub, 'd MMMM')} (${outlet}) – `;
    case 2:
      return `${outlet.toUpperCase()}: `;
    default:
      return `${city.name} (${outlet}), ${format(pub, 'd MMMM yyyy')}. `;
  }
}

function release(w, index) {
  const region = w.pick(REGIONS);
  const series = w.pick(region.series);
  const kind = w.pick([series.kind, series.kind, series.kind, 'talks', 'visit']);
  const year = w.int(2016, 2025);
  const pub = new Date(year, w.int(0, 11), w.int(1, 28));
  const dates = eventDates(w, pub);
  const warnings = [];
  const outlet = w.pick(region.outlets);
  const hostCode = w.pick(region.countries);
  const city = w.city(hostCode);
  const bilateral = kind === 'talks' || kind === 'visit';
  const guestCode = w.pick(region.countries.filter((c) => c !== hostCode));
  const participants = bilateral ? [hostCode, guestCode] : [hostCode, ...w.sample(region.countries.filter((c) => c !== hostCode), w.int(2, Math.min(8, region.countries.length - 1)))];
  const host = w.person(region, hostCode);
  const guest = w.person(region, guestCode, w.chance(0.2));
  const edition = w.int(2, 49);
  const editionText = series.edition === 'roman' ? roman(edition) : series.edition === 'ordinal' ? ordinal(edition) : '';
  const where = placePhrase(w, city, hostCode);
  const when = datePhrase(w, dates, warnings);
  const title = w.chance(0.4) ? w.quote(w.pick(['Security and stability in a changing world', 'Regional cooperation against common threats', 'New challenges, joint answers', 'Securing the region: partnership and trust'])) : null;

  const top = header(w, pub, host.agency, outlet);
  const headlineByKind = {
    talks: `Heads of the ${w.demonym(hostCode) ?? w.countryName(hostCode)} and ${w.demonym(guestCode) ?? w.countryName(guestCode)} security services hold talks`,
    visit: `${w.countryName(guestCode)} security delegation visits ${w.countryName(hostCode)}`,
    exercise: `Joint counter-terrorism exercise ends in ${city.name}`,
  };
  const headline = headlineByKind[kind] ?? `${editionText ? `${editionText} ` : ''}${series.name.replace(/^(Meeting|Conference) of the /, '$1 of ')} held in ${city.name}`;

  const lead = [];
  const seriesName = /^(Council|Committee)/.test(series.name) ? `${editionText ? `${editionText} ` : ''}meeting of the ${series.name}` : `${editionText ? `${editionText} ` : ''}${series.name}`;
  switch (kind) {
    case 'talks':
      lead.push(`${cap(w.introduce(host, true))} held talks ${when} ${where} with ${w.introduce(guest)}, who is on a working visit to ${w.countryName(hostCode)}.`);
      break;
    case 'visit':
      lead.push(`A delegation led by ${w.introduce(guest)} paid an official visit to ${w.countryName(hostCode)} ${when}.`);
      lead.push(`During the visit, the guests were received by ${w.introduce(host)} ${where}.`);
      break;
    case 'exercise':
      lead.push(`The ${seriesName}${title ? ` ${title}` : ''} ended ${when} ${where}.`);
      break;
    case 'summit':
    case 'forum':
      lead.push(`${city.name} hosted the ${seriesName} ${when}${title ? ` under the theme ${title}` : ''}.`);
      break;
    default:
      lead.push(`The ${seriesName}${title ? ` on the theme ${title}` : ''} was held ${when} ${where}.`);
  }
  if (kind === 'conference' && w.chance(0.4)) lead.push(`Delegations ${countPhrase(w, w.int(8, 60))} took part.`);

  const paragraphs = [];
  paragraphs.push((top.dateline ? dateline(w, city, pub, outlet) : '') + lead.join(' '));
  if (!bilateral) {
    const names = participants.map((c) => w.countryName(c));
    const bodies = w.chance(0.4) ? `, as well as of the ${w.pick(region.bodies)},` : '';
    let para = w.chance(0.7)
      ? `${w.pick(['The heads and delegations of the special services of', 'Representatives of the security services of'])} ${listProse(names)}${bodies} took part.`
      : `The event brought together the heads of the security agencies of ${listProse(names)}${bodies.replace(/,$/, '')}.`;
    para += ` The delegation of ${w.countryName(guestCode)} was headed by ${w.introduce(guest)}.`;
    paragraphs.push(para);
  }
  const topics = w.sample(TOPIC_KEYS, w.int(2, 5));
  const speech = w.pick(QUOTES)(w.pick(QUOTE_TOPICS));
  const speaker = w.pick([host, guest]);
  paragraphs.push(
    w.chance(0.5)
      ? `Opening the ${bilateral ? 'talks' : 'session'}, ${w.introduce(speaker, true)} said: ${w.quote(`${speech}.`)}`
      : `${w.quote(`${speech},`)} ${speaker.last} said. ${w.pick(TOPICS[topics[0]])}`,
  );
  if (w.chance(0.4)) {
    const reported = REPORTED[topics[1]] ?? 'cooperation between the services had grown closer in recent years';
    paragraphs.push(
      `Speaking at the ${bilateral ? 'talks' : 'event'}, ${speaker.last} noted that ${reported}. The ${speaker.title.toLowerCase()} of the ${speaker.agency.bare} also stressed the importance of ${w.pick(['joint training of specialists', 'regular contacts between the services', 'a common database of wanted persons'])}.`,
    );
  }
  if (w.chance(0.6)) {
    const subjects = w.sample(SUBJECTS.filter((c) => !participants.includes(c)), w.int(1, 2)).map((c) => w.countryName(c));
    paragraphs.push(`The participants also exchanged views on the situation in ${listProse(subjects)} and its impact on regional security.`);
  }

  const target = Math.round(900 + 3100 * w.r() ** 1.6);
  let length = paragraphs.join('\n\n').length;
  let t = 1;
  while (length < target) {
    const topic = topics[t % topics.length];
    const sentence = t % 3 === 0 ? w.pick(BACKGROUND) : w.pick(TOPICS[topic]);
    const extra = w.chance(0.5) ? ` ${w.pick(BACKGROUND)}` : '';
    const para = w.chance(0.05) ? `${sentence}${extra}`.replaceAll(', ', ',') : `${sentence}${extra}`;
    paragraphs.push(para);
    length += para.length + 2;
    t++;
  }
  if (w.chance(0.5)) {
    const doc = w.pick(AGREEMENTS);
    paragraphs.push(`At the end of the ${kind === 'talks' ? 'talks' : 'meeting'}, ${doc} was signed between the ${host.agency.bare} and the ${guest.agency.bare}.`);
  }
  if (!bilateral && w.chance(0.5)) {
    const next = w.pick(region.countries.filter((c) => c !== hostCode));
    paragraphs.push(`It was decided to hold the next ${kind === 'conference' ? 'conference' : 'meeting'} in ${w.city(next).name} in ${year + 1}.`);
  }

  const tail = [];
  if (w.chance(0.5)) tail.push(...w.sample(CHROME_BOTTOM, w.int(1, 2)));
  if (w.chance(0.4)) tail.push('', 'Other news', ...w.sample(OTHER_HEADLINES, w.int(2, 3)));

  let text = [...top.lines, '', headline, '', paragraphs.join('\n\n'), ...(tail.length ? ['', ...tail] : [])].join('\n');
  if (w.chance(0.08)) text = text.normalize('NFD');
  const options = w.chance(0.35) ? { publishedAt: format(pub, 'yyyy-MM-dd') } : {};
  return { id: `gen-${String(index + 1).padStart(4, '0')}`, region: region.region, kind, text, options, warnings };
}

/**
 * Generates `count` releases from `seed`. The same seed and count always give the same corpus.
 * Each release is `{ id, region, kind, text, options, warnings }`: `options` is what a caller
 * would pass to parsePressRelease (sometimes a publishedAt), `warnings` the warning codes the
 * text was written to trigger.
 */
export function generateCorpus({ seed = 20241, count = 3000 } = {}) {
  const w = new Writer(prng(seed));
  return Array.from({ length: count }, (_, i) => release(w, i));
}
