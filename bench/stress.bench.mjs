#!/usr/bin/env node
/**
 * Stress bench: ~50 MB of mixed hostile input, generated deterministically (seeded PRNG),
 * through the built parser in chunks under maxLength. Reports throughput (by the clock and by
 * CPU time), peak memory (RSS and heap) and the slowest input's time per KB; exits 1 if any
 * call throws or a record does not validate. The last line is the summary as JSON.
 *
 *   npm run build && node bench/stress.bench.mjs
 *
 * STRESS_MB sets the amount of input (default 50), STRESS_SEED the seed, STRESS_BUDGET_S the
 * time after which the bench stops early and says so (default 55 s); STRESS_DUMP_SLOWEST=file
 * writes the slowest input there, to time it alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { prng } from './_lib/prng.mjs';

const root = new URL('..', import.meta.url);
const json = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const { parsePressRelease, PressRecordSchema } = await import(new URL('dist/index.js', root).href);

const TARGET_BYTES = Number(process.env.STRESS_MB ?? 50) * 1e6;
const BUDGET_MS = Number(process.env.STRESS_BUDGET_S ?? 55) * 1000;
const MAX_LENGTH = 1024 * 1024;

// ---- deterministic generation -------------------------------------------------------------

const random = prng(Number(process.env.STRESS_SEED ?? 20261123));
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (xs) => xs[Math.floor(random() * xs.length)];

const fragments = json('tests/robustness/fragments.json');
const countries = json('data/countries.json');
const cities = json('data/cities.json');
const agencies = json('data/agencies.json');
const bodies = json('data/bodies.json');
const ranks = json('data/ranks.json');
const offices = json('data/offices.json');

const COUNTRY_NAMES = countries.flatMap((c) => [c.name, ...c.aliases]);
const LISTS = {
  city: cities.flatMap((c) => [c.name, ...c.aliases]),
  country: COUNTRY_NAMES,
  demonym: countries.flatMap((c) => c.demonyms),
  agency: agencies.flatMap((a) => [a.name, ...a.acronyms]),
  body: bodies.flatMap((b) => [b.name, ...b.acronyms]),
  rank: ranks.flatMap((r) => [r.rank, ...r.variants]),
  office: offices.flatMap((o) => [o.title, ...o.variants]),
  person: fragments.persons,
  surname: fragments.persons.map((p) => p.split(' ').at(-1)),
  outlet: fragments.outlets,
  topic: fragments.topics,
  month: fragments.months,
  weekday: fragments.weekdays,
  ordinal: fragments.ordinals,
  roman: fragments.romans,
};
const SLOTS = {
  ...Object.fromEntries(Object.entries(LISTS).map(([slot, list]) => [slot, () => pick(list)])),
  day: () => String(int(0, 40)),
  year: () => String(random() < 0.9 ? int(1990, 2035) : int(0, 99999)),
  mm: () => String(int(0, 13)).padStart(2, '0'),
  dd: () => String(int(0, 35)).padStart(2, '0'),
  number: () => (random() < 0.8 ? String(int(0, 100000)) : pick(['twenty', 'dozens of', '1,500', '2.5 million'])),
};
const fill = (template) => template.replace(/\{(\w+)\}/g, (hole, slot) => (SLOTS[slot] ? SLOTS[slot]() : hole));

const LONE_SURROGATES = ['\ud800', '\udfff', '\udc00\ud800', 'x\udbff', '\ud83d'];
const sentence = () => fill(pick(fragments.sentences));
const chrome = () => fill(pick(fragments.chrome));
const hostile = () => (random() < 0.15 ? pick(LONE_SURROGATES) : fill(pick(fragments.hostile)));
const codeUnits = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(int(0, 0xffff));
  return s;
};
const SEPARATORS = ['', ' ', ' ', '\n', '\n\n', ', ', '. ', '\t'];

/** Text built from `piece()` until it is `size` units long (the cut may split a surrogate pair: hostile too). */
function grow(size, piece) {
  const parts = [];
  let length = 0;
  while (length < size) {
    const p = piece();
    parts.push(p);
    length += p.length;
  }
  return parts.join('').slice(0, size);
}

/** The kinds of input, with how often each comes up. */
const KINDS = [
  ['typical release', 30, () => grow(int(1500, 6000), () => sentence() + pick([' ', ' ', '\n\n']))],
  ['release mixed with hostile pieces', 30, () => grow(int(4000, 64000), () => (random() < 0.6 ? sentence() : random() < 0.5 ? hostile() : chrome()) + pick(SEPARATORS))],
  ['one character, ~1 MB', 2, () => pick(['a', ' ', '\n', '"', '.', '9', '\u0301', '\ud800', '<', 'I']).repeat(int(500000, MAX_LENGTH))],
  ['10,000 country names in a row', 3, () => Array.from({ length: 10000 }, () => pick(COUNTRY_NAMES)).join(pick([', ', ' ', ' and ']))],
  ['HTML page', 8, () => `<html><head><script>var s = "</p>";</script></head><body><h1>${sentence()}</h1>${grow(int(4000, 40000), () => `<p class="x">${sentence()}</p>${random() < 0.2 ? hostile() : ''}`)}</body></html>`],
  ['random UTF-16 units', 4, () => codeUnits(int(20000, 200000))],
  ['RTL, combining and invisible characters', 4, () => grow(int(20000, 200000), () => pick(['\u0627\u0644\u0623\u0645\u0646 ', '\u202e', '\u202c', '\u200f', '\u0301', '\u0307', '\u200b', '\ufeff', 'e', 'I', '\u0130', ' ', pick(COUNTRY_NAMES)]))],
  ['unbalanced quotes', 4, () => grow(int(20000, 200000), () => pick(['"', '\u201c', '\u201d', '\u00ab', "'", ' he said. ', sentence(), '"We agree,']))],
  ['repeated ranks, names and dates', 4, () => grow(int(50000, 300000), () => pick([`${SLOTS.rank()} `, `${SLOTS.person()}, `, `On ${SLOTS.weekday()}, ${SLOTS.month()} ${SLOTS.day()}, `, 'XXIV 47th ']))],
];
const TOTAL_WEIGHT = KINDS.reduce((sum, [, w]) => sum + w, 0);
function nextInput() {
  let r = random() * TOTAL_WEIGHT;
  for (const [name, weight, make] of KINDS) {
    r -= weight;
    if (r < 0) return [name, make()];
  }
  return [KINDS[0][0], KINDS[0][2]()];
}

// ---- the run ------------------------------------------------------------------------------

// Warm up: the first call builds the gazetteer and the JIT has not compiled anything yet.
for (let i = 0; i < 50; i++) parsePressRelease(KINDS[0][2]());

/** Inputs under this size are left out of "slowest per KB": fixed costs and GC pauses dominate them. */
const SLOWEST_MIN_KB = 8;

const perKind = new Map();
let bytes = 0;
let units = 0;
let parseMs = 0;
let parseCpuMs = 0;
let inputs = 0;
let failures = 0;
let peakRss = 0;
let peakHeap = 0;
let slowest = { ms: 0, kb: 0, perKb: 0, kind: '', text: '' };
const started = performance.now();
let stoppedEarly = false;

while (bytes < TARGET_BYTES) {
  if (performance.now() - started > BUDGET_MS) {
    stoppedEarly = true;
    break;
  }
  const [kind, text] = nextInput();
  const size = Buffer.byteLength(text, 'utf8');
  let record;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    record = parsePressRelease(text);
  } catch (error) {
    failures++;
    console.error(`FAIL ${kind} (${text.length} units): threw ${error?.name}: ${error?.message}`);
    continue;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  parseCpuMs += (cpu.user + cpu.system) / 1000;
  if (!PressRecordSchema.safeParse(record).success) {
    failures++;
    console.error(`FAIL ${kind} (${text.length} units): record does not validate`);
  }
  bytes += size;
  units += text.length;
  parseMs += ms;
  inputs++;
  const k = perKind.get(kind) ?? { inputs: 0, bytes: 0, ms: 0 };
  perKind.set(kind, { inputs: k.inputs + 1, bytes: k.bytes + size, ms: k.ms + ms });
  const kb = size / 1024;
  if (kb >= SLOWEST_MIN_KB && ms / kb > slowest.perKb) slowest = { ms, kb, perKb: ms / kb, kind, text };
  const mem = process.memoryUsage();
  peakRss = Math.max(peakRss, mem.rss);
  peakHeap = Math.max(peakHeap, mem.heapUsed);
}

const wallS = (performance.now() - started) / 1000;
const mb = bytes / 1e6;
const typical = perKind.get('typical release');
const typicalPerKb = typical ? typical.ms / (typical.bytes / 1024) : Number.NaN;
const maxRssMb = process.resourceUsage().maxRSS / 1024;

console.log(`stress: ${inputs} inputs, ${mb.toFixed(1)} MB (UTF-8), ${(units / 1e6).toFixed(1)} M UTF-16 units, in ${wallS.toFixed(1)} s wall${stoppedEarly ? ' (stopped at the time budget)' : ''}`);
console.log(
  `  throughput: ${(mb / (parseMs / 1000)).toFixed(2)} MB/s by the clock (${(parseMs / 1000).toFixed(1)} s in parsePressRelease), ${(mb / (parseCpuMs / 1000)).toFixed(2)} MB/s by CPU time (${(parseCpuMs / 1000).toFixed(1)} s; less sensitive to a busy machine)`,
);
console.log(`  peak memory: RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB (max RSS ${maxRssMb.toFixed(0)} MiB), heap used ${(peakHeap / 2 ** 20).toFixed(0)} MiB`);
console.log(`  slowest input per KB (of those >= ${SLOWEST_MIN_KB} KB): ${slowest.perKb.toFixed(4)} ms/KB (${slowest.kind}, ${slowest.kb.toFixed(0)} KB in ${slowest.ms.toFixed(1)} ms); typical release ${typicalPerKb.toFixed(4)} ms/KB, ratio ${(slowest.perKb / typicalPerKb).toFixed(1)}x`);
for (const [kind, k] of [...perKind].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`  ${kind.padEnd(40)} ${String(k.inputs).padStart(5)} inputs ${(k.bytes / 1e6).toFixed(1).padStart(6)} MB ${(k.bytes / 1e6 / (k.ms / 1000)).toFixed(2).padStart(8)} MB/s`);
}
console.log(`  failures: ${failures}`);
if (process.env.STRESS_DUMP_SLOWEST) writeFileSync(process.env.STRESS_DUMP_SLOWEST, slowest.text);
console.log(
  JSON.stringify({
    bench: 'stress',
    inputs,
    mb: Number(mb.toFixed(2)),
    seconds: Number(wallS.toFixed(2)),
    mbPerS: Number((mb / (parseMs / 1000)).toFixed(2)),
    mbPerCpuS: Number((mb / (parseCpuMs / 1000)).toFixed(2)),
    peakRssMiB: Math.round(peakRss / 2 ** 20),
    peakHeapMiB: Math.round(peakHeap / 2 ** 20),
    slowestMsPerKb: Number(slowest.perKb.toFixed(4)),
    slowestKind: slowest.kind,
    typicalMsPerKb: Number(typicalPerKb.toFixed(4)),
    stoppedEarly,
    failures,
  }),
);
process.exitCode = failures > 0 ? 1 : 0;
