// Throughput of parsePressRelease (the built dist/index.js) on a generated corpus, on one thread,
// against the peer baseline (compromise + chrono-node, bench/peer.mjs) on a subset of the same
// releases. Prints MB/s (10^6 bytes of UTF-8 per second) and records/s, medians over several
// passes by CPU time of this process and by wall clock, the ratio, and PASS/FAIL against the
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
const SUBSET_PASSES = 15;
const PEER_SUBSET = 200;
const PEER_PASSES = 3;
const TARGET_MBPS = 10;
const TARGET_RATIO = 30;

const corpus = generateCorpus({ seed: SEED, count: COUNT });
const subset = corpus.filter((_, i) => i % Math.floor(COUNT / PEER_SUBSET) === 0).slice(0, PEER_SUBSET);
const sizeOf = (docs) => docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Warms `fn` up on a few docs, then times `passes` passes over `docs`, both in wall-clock time and
 * in CPU time of this process (what one core spends, even when other work shares the machine).
 * Returns the median of each and the last pass's results.
 */
function measure(fn, docs, passes) {
  for (const d of docs.slice(0, 50)) fn(d);
  const wall = [];
  const cpu = [];
  let results = [];
  for (let p = 0; p < passes; p++) {
    const out = new Array(docs.length);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < docs.length; i++) out[i] = fn(docs[i]);
    wall.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
    results = out;
  }
  return { wall: median(wall), cpu: median(cpu), results };
}

const secpress = (d) => parsePressRelease(d.text, d.options);
const peer = (d) => peerExtract(d.text, d.options);

const full = measure(secpress, corpus, PASSES);
const sub = measure(secpress, subset, SUBSET_PASSES);
const base = measure(peer, subset, PEER_PASSES);

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
console.log(line(`secpress, peer subset (${subset.length})`, subset.length, subBytes, SUBSET_PASSES, sub));
console.log(line(`peer, peer subset (${subset.length})`, subset.length, subBytes, PEER_PASSES, base));

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
const broken = full.results
  .map((r, i) => ({ id: corpus[i].id, warning: r.warnings.find((w) => w.code === 'invalid-record' || w.code === 'extractor-failed') }))
  .filter((x) => x.warning);
console.log(`records with an invalid-record or extractor-failed warning: ${broken.length} of ${full.results.length}`);
for (const { id, warning } of broken.slice(0, 5)) console.log(`  ${id}: ${warning.code}: ${warning.message.slice(0, 160)}`);

// Targets are judged on CPU time: the throughput of one core, whatever else runs on the machine.
const speed = mbps(fullBytes, full.cpu);
const ratio = base.cpu / sub.cpu;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
console.log(`ratio    secpress/peer on the same ${subset.length} releases: ${ratio.toFixed(1)}x by CPU time (${(base.wall / sub.wall).toFixed(1)}x by wall clock)`);
console.log(`target   secpress >= ${TARGET_MBPS} MB/s on one core: ${verdict(speed >= TARGET_MBPS)} (${speed.toFixed(2)} MB/s)`);
console.log(`target   secpress >= ${TARGET_RATIO}x the peer: ${verdict(ratio >= TARGET_RATIO)} (${ratio.toFixed(1)}x)`);
