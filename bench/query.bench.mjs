// Query benchmark: 100,000 generated records, filtered with createIndex and with filterRecords.
// Run after a build: `npm run --silent build && node bench/query.bench.mjs` (or through bench/run.mjs).
// Targets (issue 5): an indexed filter answers in under 5 ms, at least 50 times faster than filterRecords.
import { performance } from 'node:perf_hooks';
import { createIndex, filterRecords } from '../dist/index.js';
import { prng } from './_lib/prng.mjs';

const RECORDS = 100_000;
const SEED = 20261123;
const INDEX_RUNS = 51;
const SCAN_RUNS = 7;
const TARGET_MS = 5;
const TARGET_SPEEDUP = 50;

const rand = prng(SEED);
const pick = (list) => list[Math.floor(rand() * list.length)];
const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];

const COUNTRIES = ['AZ', 'UZ', 'RU', 'KZ', 'KG', 'TJ', 'TM', 'BY', 'AM', 'TR', 'IR', 'AF', 'PK', 'CN', 'IN', 'MN', 'US', 'GB', 'FR', 'DE', 'IL', 'EG', 'QA', 'SA', 'AE', 'JO', 'IQ', 'SY', 'DZ', 'MA', 'NG', 'KE', 'ET', 'ZA', 'BR', 'AR', 'MX', 'CO', 'JP', 'KR'];
const TOPICS = ['terrorism', 'extremism', 'foreign-fighters', 'drug-trafficking', 'organized-crime', 'illegal-migration', 'refugees', 'human-trafficking', 'arms-trafficking', 'terrorist-financing', 'information-security', 'border-security', 'interethnic-conflict', 'separatism', 'humanitarian', 'human-rights', 'intelligence-sharing'];
const KINDS = ['conference', 'meeting', 'summit', 'forum', 'talks', 'visit'];
const CITIES = ['Tashkent', 'Baku', 'Moscow', 'Almaty', 'Astana', 'Bishkek', 'Dushanbe', 'Minsk', 'Ankara', 'Tehran', 'Beijing', 'Cholpon-Ata', 'Kazan', 'Vitebsk', 'Bucharest', 'Paris', 'Cairo', 'Doha', 'Riyadh', 'Nairobi'];
const SERIES = ['Council of Heads of Security Agencies and Special Services of the CIS', 'Council of the SCO Regional Anti-Terrorist Structure', 'Conference of the Special Service Bodies of Turkic-Speaking States', 'Meeting of Heads of Special Services of Partner States'];
const FIRST = ['Ali', 'Sergey', 'Abdusalom', 'Madat', 'Ivan', 'Ruslan', 'Orkhan', 'Andrey', 'Saimumin', 'Marat', 'Nurlan', 'Kamil', 'Timur', 'Rustam', 'Farid', 'Oleg', 'Dmitry', 'Yusuf', 'Omar', 'Karim'];
const LAST = Array.from({ length: 120 }, (_, i) => `${['Naghi', 'Nary', 'Azi', 'Guli', 'Ter', 'Seissem', 'Sulta', 'Novi', 'Yati', 'Seito', 'Abdu', 'Kari'][i % 12]}${['yev', 'shkin', 'zov', 'tel', 'bayev', 'nov', 'kov', 'mov', 'rov', 'lov'][Math.floor(i / 12)]}`);

function day(offset) {
  const d = new Date(Date.UTC(2015, 0, 1) + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function person() {
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  return { name, aliases: [name.split(' ')[1]], rank: null, title: null, organization: null, country: pick(COUNTRIES), roles: ['participant'], mentions: [] };
}

function record(i) {
  const start = Math.floor(rand() * 3650);
  const dated = rand() < 0.9;
  const city = pick(CITIES);
  return {
    id: `bench-${i}`,
    text: '',
    headline: null,
    source: { outlet: null, url: null, publishedAt: day(start + 1), dateline: null },
    event: {
      kind: pick(KINDS),
      title: null,
      series: rand() < 0.4 ? { name: pick(SERIES), edition: 1 + Math.floor(rand() * 50) } : null,
      startDate: dated ? day(start) : null,
      endDate: null,
      dateInferred: false,
      location: { city, country: null },
      host: null,
      participants: { countries: some(COUNTRIES, 5), organizations: rand() < 0.3 ? ['CIS'] : [], countryCount: null },
      subjectCountries: rand() < 0.3 ? some(COUNTRIES, 2) : [],
    },
    people: Array.from({ length: Math.floor(rand() * 4) }, person),
    organizations: [],
    topics: some(TOPICS, 3).map((topic) => ({ topic, mentions: [{ start: 0, end: 0 }] })),
    agreements: [],
    quotes: [],
    figures: [],
    warnings: [],
  };
}

const records = Array.from({ length: RECORDS }, (_, i) => record(i));

const t0 = performance.now();
const index = createIndex(records);
const buildMs = performance.now() - t0;

const FILTERS = [
  ['country', { country: 'UZ' }],
  ['person', { person: 'Ali Naghiyev' }],
  ['topic', { topic: 'drug-trafficking' }],
  ['date range', { from: '2019-11-01', to: '2019-11-30' }],
];

/** The median time of one run: robust to a garbage-collection pause or a busy machine. */
function timePerRun(runs, fn) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

console.log(`query bench: ${RECORDS.toLocaleString('en')} generated records (seed ${SEED})`);
console.log(`  createIndex: ${buildMs.toFixed(0)} ms to build`);
let pass = true;
for (const [name, filter] of FILTERS) {
  const hits = index.filter(filter).length;
  if (hits !== filterRecords(records, filter).length) {
    console.log(`  ${name}: index and filterRecords disagree`);
    pass = false;
  }
  const indexMs = timePerRun(INDEX_RUNS, () => index.filter(filter));
  const scanMs = timePerRun(SCAN_RUNS, () => filterRecords(records, filter));
  const speedup = scanMs / indexMs;
  const ok = indexMs < TARGET_MS && speedup >= TARGET_SPEEDUP;
  pass &&= ok;
  console.log(
    `  ${name.padEnd(10)} ${String(hits).padStart(6)} hits  index ${indexMs.toFixed(3).padStart(7)} ms  filterRecords ${scanMs.toFixed(1).padStart(7)} ms  speed-up ${speedup.toFixed(0).padStart(5)}x  ${ok ? 'PASS' : 'FAIL'}`,
  );
}
console.log(`query bench: ${pass ? 'PASS' : 'FAIL'} (targets: index filter < ${TARGET_MS} ms, >= ${TARGET_SPEEDUP}x filterRecords)`);
