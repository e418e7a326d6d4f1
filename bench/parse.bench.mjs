// Throughput of parsePressRelease (the built dist/index.js) on a generated corpus, on one thread,
// against the peer baseline (compromise + chrono-node, bench/peer.mjs) on a subset of the same
// releases. Prints MB/s (10^6 bytes of UTF-8 per second) and records/s, medians over several
// passes by CPU time of this process and by wall clock, the ratio (from rounds that alternate the two
// sides, so that both see the same load), and PASS/FAIL against the
// targets (judged on CPU time, so that a busy shared machine does not fail them); exits 0 either way.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './corpus.mjs';
import { peerExtract } from './peer.mjs';

const { parsePressRelease } = await import('../dist/index.js');

const SEED = 20241;
const COUNT = 3000;
const PASSES = 5;
const PEER_SUBSET = 200;
/** Rounds of the ratio: each times one peer pass over the subset, then SUBSET_PASSES_PER_ROUND secpress passes. */
const ROUNDS = 5;
const SUBSET_PASSES_PER_ROUND = 5;
const TARGET_MBPS = 10;
const TARGET_RATIO = 30;

const corpus = generateCorpus({ seed: SEED, count: COUNT });
const subset = corpus.filter((_, i) => i % Math.floor(COUNT / PEER_SUBSET) === 0).slice(0, PEER_SUBSET);
const sizeOf = (docs) => docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** CPU seconds (of this process: what one core spends, even when other work shares the machine) and wall seconds of `run()`. */
function timed(run) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const results = run();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1e6, wall, results };
}

/**
 * One pass of `fn` over `docs`, timed. With `keep`, the results are returned; without it they are
 * dropped as they come, as a consumer that stores or streams each record would: holding thousands
 * of records across passes would time the garbage collector's work on the bench's own heap.
 */
const pass = (fn, docs, keep = false) =>
  timed(() => {
    const out = keep ? new Array(docs.length) : null;
    for (let i = 0; i < docs.length; i++) {
      const result = fn(docs[i]);
      if (out !== null) out[i] = result;
    }
    return out;
  });

/**
 * Warms `fn` up with one untimed pass over `docs` (the engine optimises as it goes; the figures are
 * for steady work), then times `passes` passes. Returns the median CPU and wall seconds of a pass.
 */
function measure(fn, docs, passes) {
  pass(fn, docs);
  const runs = Array.from({ length: passes }, () => pass(fn, docs));
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

/**
 * The two sides on the same docs, in alternating rounds, so that both see the same load on a shared
 * machine: each round times one pass of `slow` and then `fastPasses` passes of `fast`, whose median
 * stands for the round (the first pass after the other side runs on cold caches). Returns each side's
 * median seconds per pass, the results of the first round, and the median of the rounds' ratios
 * (slow over fast, by CPU time and by wall clock).
 */
function paired(slow, fast, docs, rounds, fastPasses) {
  for (const d of docs.slice(0, 20)) slow(d);
  for (const d of docs) fast(d);
  const rows = [];
  const results = { slow: [], fast: [] };
  for (let r = 0; r < rounds; r++) {
    const s = pass(slow, docs, r === 0);
    const f = Array.from({ length: fastPasses }, (_, k) => pass(fast, docs, r === 0 && k === 0));
    if (r === 0) {
      results.slow = s.results;
      results.fast = f[0].results;
    }
    rows.push({ slow: s, fast: { cpu: median(f.map((x) => x.cpu)), wall: median(f.map((x) => x.wall)) } });
  }
  const side = (k) => ({ cpu: median(rows.map((x) => x[k].cpu)), wall: median(rows.map((x) => x[k].wall)), results: results[k] });
  const ratios = rows.map((x) => x.slow.cpu / x.fast.cpu);
  return {
    slow: side('slow'),
    fast: side('fast'),
    ratio: { cpu: median(ratios), wall: median(rows.map((x) => x.slow.wall / x.fast.wall)), rounds: ratios },
  };
}

const secpress = (d) => parsePressRelease(d.text, d.options);
const peer = (d) => peerExtract(d.text, d.options);

const full = measure(secpress, corpus, PASSES);
const pair = paired(peer, secpress, subset, ROUNDS, SUBSET_PASSES_PER_ROUND);
const sub = pair.fast;
const base = pair.slow;

const fullBytes = sizeOf(corpus);
const subBytes = sizeOf(subset);
const mbps = (bytes, s) => bytes / 1e6 / s;
const cells = (n, bytes, seconds) => `${seconds.toFixed(3).padStart(7)} ${mbps(bytes, seconds).toFixed(2).padStart(7)} ${(n / seconds).toFixed(0).padStart(9)}`;
const line = (who, n, bytes, passes, m) => `${who.padEnd(29)} ${String(passes).padStart(6)}  ${cells(n, bytes, m.cpu)}    ${cells(n, bytes, m.wall)}`;

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const sizes = corpus.map((d) => Buffer.byteLength(d.text)).sort((a, b) => a - b);
console.log(`parsePressRelease vs peer baseline (compromise ${pkg.devDependencies.compromise} + chrono-node ${pkg.devDependencies['chrono-node']})`);
const load = os.loadavg()[0];
console.log(`machine  ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores; this bench runs on one thread), Node ${process.version}`);
console.log(
  `load     ${load.toFixed(2)} (1-minute average at start)${load > os.cpus().length - 1 ? ': other work shares the cores, so wall-clock figures are low; targets are judged on CPU time' : ''}`,
);
console.log(
  `corpus   ${corpus.length} generated releases (seed ${SEED}), ${(fullBytes / 1e6).toFixed(2)} MB, ${sizes[0]}-${sizes.at(-1)} bytes each (median ${sizes[sizes.length >> 1]}); peer subset: every ${Math.floor(COUNT / PEER_SUBSET)}th release, ${subset.length} releases, ${(subBytes / 1e6).toFixed(2)} MB`,
);
const heads = (...h) => `${h[0].padStart(7)} ${h[1].padStart(7)} ${h[2].padStart(9)}`;
console.log(`${'medians of the passes'.padEnd(29)} ${'passes'.padStart(6)}  ${heads('CPU s', 'MB/s', 'records/s')}    ${heads('wall s', 'MB/s', 'records/s')}`);
console.log(line(`secpress, full corpus (${corpus.length})`, corpus.length, fullBytes, PASSES, full));
console.log(line(`secpress, peer subset (${subset.length})`, subset.length, subBytes, ROUNDS * SUBSET_PASSES_PER_ROUND, sub));
console.log(line(`peer, peer subset (${subset.length})`, subset.length, subBytes, ROUNDS, base));

// How much each side found on the subset: speed only means something next to what was extracted.
const secpressFill = {
  'event kind': (r) => r.event.kind !== 'other',
  'event start date': (r) => r.event.startDate !== null,
  'event city': (r) => (r.event.location?.city ?? null) !== null,
  'participant countries': (r) => r.event.participants.countries.length > 0,
  people: (r) => r.people.length > 0,
  organisations: (r) => r.organizations.length > 0,
  topics: (r) => r.topics.length > 0,
  quotes: (r) => r.quotes.length > 0,
};
const peerFill = {
  'event kind': (r) => r.kind !== 'other',
  'event start date': (r) => r.dates.length > 0,
  'event city': (r) => r.cities.length > 0,
  'participant countries': (r) => r.countries.length > 0,
  people: (r) => r.people.length > 0,
  organisations: (r) => r.organizations.length > 0,
  topics: (r) => r.topics.length > 0,
  quotes: (r) => r.quotes.length > 0,
};
const share = (results, test) => `${((100 * results.filter(test).length) / results.length).toFixed(0)}%`.padStart(8);
console.log(`releases with the field filled (subset)   secpress      peer`);
for (const field of Object.keys(secpressFill)) console.log(`  ${field.padEnd(38)} ${share(sub.results, secpressFill[field])}  ${share(base.results, peerFill[field])}`);
// An untimed pass keeps every record, to check that none came back empty for a failure.
const fullResults = corpus.map(secpress);
const broken = fullResults
  .map((r, i) => ({ id: corpus[i].id, warning: r.warnings.find((w) => w.code === 'invalid-record' || w.code === 'extractor-failed') }))
  .filter((x) => x.warning);
console.log(`records with an invalid-record or extractor-failed warning: ${broken.length} of ${fullResults.length}`);
for (const { id, warning } of broken.slice(0, 5)) console.log(`  ${id}: ${warning.code}: ${warning.message.slice(0, 160)}`);

// Targets are judged on CPU time: the throughput of one core, whatever else runs on the machine.
const speed = mbps(fullBytes, full.cpu);
const ratio = pair.ratio.cpu;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
console.log(
  `ratio    secpress/peer on the same ${subset.length} releases, median of ${ROUNDS} alternating rounds: ${ratio.toFixed(1)}x by CPU time (${pair.ratio.wall.toFixed(1)}x by wall clock; rounds ${pair.ratio.rounds.map((r) => r.toFixed(1)).join(', ')})`,
);
console.log(`target   secpress >= ${TARGET_MBPS} MB/s on one core: ${verdict(speed >= TARGET_MBPS)} (${speed.toFixed(2)} MB/s)`);
console.log(`target   secpress >= ${TARGET_RATIO}x the peer: ${verdict(ratio >= TARGET_RATIO)} (${ratio.toFixed(1)}x)`);
