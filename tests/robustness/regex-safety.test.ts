import { fileURLToPath } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { ACCEPTED_FINDINGS, ALLOWED_DYNAMIC_REGEXPS } from './dynamic-regexps.js';
import { regexesInSource, regexesUnder, type LiteralRegex } from './regex-inventory.js';
import { regexesBuiltAtRunTime } from './runtime-regexps.js';
import { TYPICAL_RELEASE } from './typical-release.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE_ROOT = fileURLToPath(new URL('fixture-project', import.meta.url));

// The pure JavaScript backend: no native binary and no Java, so the check runs offline anywhere.
process.env.RECHECK_BACKEND = 'pure';

/**
 * Patterns already proven safe, by recheck version: recheck's pure backend takes seconds on a
 * long alternation, so each pattern is checked once and the verdict kept in this file (commit
 * it with the regex). A verdict is deterministic (fixed seed); a new recheck version or a
 * changed pattern is checked afresh, and patterns no longer in src/ are pruned.
 */
interface Verdicts {
  recheck: string;
  safe: string[];
}
const VERDICTS_FILE = fileURLToPath(new URL('recheck-verdicts.json', import.meta.url));
const RECHECK_VERSION = (JSON.parse(readFileSync(fileURLToPath(new URL('../../node_modules/recheck/package.json', import.meta.url)), 'utf8')) as { version: string }).version;

/** recheck's verdict on one pattern, with a fixed seed so that runs agree. */
function diagnose(source: string, flags: string): Promise<Diagnostics> {
  return check(source, flags, { timeout: 120_000, randomSeed: 7 });
}

/** A one-line account of a pattern that is not proven safe, naming where it stands and how to attack it. */
function complaint(regex: LiteralRegex, d: Diagnostics): string | null {
  const shown = `${regex.where} /${regex.source}/${regex.flags}`;
  if (d.status === 'safe') return null;
  if (d.status === 'unknown') return `${shown}: recheck could not decide (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`;
  const attack = d.attack.string.length > 80 ? `${JSON.stringify(d.attack.string.slice(0, 80))}... (${d.attack.string.length} chars)` : JSON.stringify(d.attack.string);
  return `${shown}: ${d.complexity.summary}; attack ${d.attack.pattern} = ${attack}`;
}

const keyOf = (regex: { source: string; flags: string }): string => `/${regex.source}/${regex.flags}`;
const fileOf = (regex: LiteralRegex): string => regex.where.slice(0, regex.where.lastIndexOf(':'));

/**
 * Checks each distinct pattern once and returns the complaints, leaving out (unchecked) the
 * findings accepted with a reason. Patterns in `verdicts.safe` were proven safe by this recheck version before
 * and are not checked again; newly proven ones are added to it.
 */
async function complaintsAbout(
  regexes: readonly LiteralRegex[],
  verdicts: Verdicts = { recheck: RECHECK_VERSION, safe: [] },
  callAt: ReadonlyMap<string, string> = new Map(),
): Promise<string[]> {
  const known = new Set(verdicts.recheck === RECHECK_VERSION ? verdicts.safe : []);
  const pending = new Map<string, Promise<Diagnostics>>();
  const accepted = new Set(ACCEPTED_FINDINGS.map((a) => `${a.file} ${a.source}`));
  const out: string[] = [];
  for (const regex of regexes) {
    const key = keyOf(regex);
    // Accepted findings are not checked again: they are known not to pass, and some take recheck a minute.
    const isAccepted = accepted.has(`${fileOf(regex)} ${regex.source}`) || accepted.has(`${fileOf(regex)} ${callAt.get(regex.where) ?? ''}`);
    if (known.has(key) || isAccepted) continue;
    let verdict = pending.get(key);
    if (verdict === undefined) {
      verdict = diagnose(regex.source, regex.flags);
      pending.set(key, verdict);
    }
    const diagnostics = await verdict;
    if (diagnostics.status === 'safe') known.add(key);
    const said = complaint(regex, diagnostics);
    if (said !== null) out.push(said);
  }
  verdicts.recheck = RECHECK_VERSION;
  verdicts.safe = [...known].sort();
  return out;
}

describe('the regex inventory', () => {
  const sample = [
    "const a = /^\\d{4}-\\d{2}$/u;",
    "const b = new RegExp('(a+)+b', 'g');",
    'const c = RegExp(`x|y`);',
    'const d = new RegExp(words.join("|"), "gi");',
    "const e = new globalThis.RegExp('z', flags);",
    "const f = new RegExp(/q/, 'y');",
    'const s = "/not a regex/";',
  ].join('\n');
  const found = regexesInSource('src/sample.ts', sample);

  it('collects literals and literal-pattern calls with their flags and lines', () => {
    expect(found.literals).toEqual([
      { where: 'src/sample.ts:1', source: '^\\d{4}-\\d{2}$', flags: 'u' },
      { where: 'src/sample.ts:2', source: '(a+)+b', flags: 'g' },
      { where: 'src/sample.ts:3', source: 'x|y', flags: '' },
      { where: 'src/sample.ts:6', source: 'q', flags: 'y' },
      { where: 'src/sample.ts:6', source: 'q', flags: '' },
    ]);
  });

  it('sets apart calls whose pattern or flags are computed', () => {
    expect(found.dynamic).toEqual([
      { where: 'src/sample.ts:4', file: 'src/sample.ts', call: 'new RegExp(words.join("|"), "gi")' },
      { where: 'src/sample.ts:5', file: 'src/sample.ts', call: "new globalThis.RegExp('z', flags)" },
    ]);
  });

  it('finds the regexes of src/ (the normaliser has some)', () => {
    const { literals } = regexesUnder(ROOT, 'src');
    expect(literals.some((r) => r.where.startsWith('src/normalize/normalize.ts:'))).toBe(true);
  });
});

describe('regex safety', () => {
  it('recheck flags a catastrophic pattern, naming where it stands and an attack', async () => {
    const [said] = await complaintsAbout([{ where: 'src/sample.ts:2', source: '^(a+)+$', flags: '' }]);
    expect(said).toMatch(/^src\/sample\.ts:2 \/\^\(a\+\)\+\$\/: .*exponential.*attack .*"a{10}/);
  });

  describe('every regular expression in src/', () => {
    const inventory = regexesUnder(ROOT, 'src');
    let literalComplaints: string[] = [];
    let runtimeComplaints: string[] = [];
    let built: LiteralRegex[] = [];
    beforeAll(async () => {
      built = await regexesBuiltAtRunTime(ROOT, async () => {
        const { parsePressRelease } = await import('../../src/index.js');
        parsePressRelease(TYPICAL_RELEASE);
        parsePressRelease(`<p>"${TYPICAL_RELEASE.replaceAll('\n', ' ')}</p> On Tuesday, May 9, 2023, Colonel-General Ali Naghiyev, 1,000,000.5`);
      });
      const stored = JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as Verdicts;
      const present = new Set([...inventory.literals, ...built].map(keyOf));
      const verdicts: Verdicts = { recheck: stored.recheck, safe: stored.safe.filter((k) => present.has(k)) };
      literalComplaints = await complaintsAbout(inventory.literals, verdicts);
      runtimeComplaints = await complaintsAbout(built, verdicts, new Map(inventory.dynamic.map((d) => [d.where, d.call])));
      const next = `${JSON.stringify(verdicts, null, 2)}\n`;
      if (next !== readFileSync(VERDICTS_FILE, 'utf8')) writeFileSync(VERDICTS_FILE, next);
    }, 1_800_000);

    it('has no catastrophic backtracking in its literals (checked by recheck)', () => {
      expect(literalComplaints).toEqual([]);
    });

    it('has none in the patterns built while modules load and releases are parsed', () => {
      expect(runtimeComplaints).toEqual([]);
    });

    it('builds no RegExp from a non-literal unless allowed with a reason', () => {
      const allowed = new Set(ALLOWED_DYNAMIC_REGEXPS.map((a) => `${a.file} ${a.call}`));
      const unlisted = inventory.dynamic.filter((d) => !allowed.has(`${d.file} ${d.call}`)).map((d) => `${d.where} ${d.call}`);
      expect(unlisted).toEqual([]);
    });

    it('lists as exceptions only calls and patterns that exist, each with a reason', () => {
      const present = new Set(inventory.dynamic.map((d) => `${d.file} ${d.call}`));
      const stale = ALLOWED_DYNAMIC_REGEXPS.filter((a) => !present.has(`${a.file} ${a.call}`) || a.reason.trim().length < 10);
      expect(stale).toEqual([]);
      const sources = new Set([...inventory.literals.map((r) => `${fileOf(r)} ${r.source}`), ...inventory.dynamic.map((d) => `${d.file} ${d.call}`)]);
      const unused = ACCEPTED_FINDINGS.filter((a) => a.reason.trim().length < 10 || !sources.has(`${a.file} ${a.source}`));
      expect(unused).toEqual([]);
    });
  });
});

describe('regexes built at run time', () => {
  it('are recorded with the place in src/ that built them, at load time and per call', async () => {
    const built = await regexesBuiltAtRunTime(FIXTURE_ROOT, async () => {
      const fixture = await import('./fixture-project/src/index.js');
      fixture.exercise();
    });
    expect(built).toEqual([
      { where: 'src/lib/words.ts:5', source: '\\b(?:talks|meeting|conference)\\b', flags: 'gi' },
      { where: 'src/lib/words.ts:9', source: '^(?:a+)+$', flags: '' },
    ]);
    const complaints = await complaintsAbout(built);
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatch(/^src\/lib\/words\.ts:9 \/\^\(\?:a\+\)\+\$\/: exponential/);
  });
});
