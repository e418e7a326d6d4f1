// Runs every bench/*.bench.mjs in turn, sorted by name, each in its own Node process so that one
// bench's heap and JIT state do not colour the next. `node bench/run.mjs parse` runs only the
// benches whose file name contains "parse". Exits 1 only if a bench crashed; a missed target is
// reported by the bench itself and does not fail the run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs') && (!filters.length || filters.some((x) => f.includes(x))))
  .sort();

const crashed = [];
for (const file of benches) {
  console.log(`\n== ${file}`);
  const run = spawnSync(process.execPath, [`${here}${file}`], { stdio: 'inherit' });
  if (run.status !== 0) crashed.push(`${file} (${run.signal ?? `exit ${run.status}`})`);
}
if (!benches.length) console.log(`no bench/*.bench.mjs file${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
if (crashed.length) {
  console.error(`\ncrashed: ${crashed.join(', ')}`);
  process.exit(1);
}
