/**
 * Records every regular expression that `src/` builds with `RegExp(...)` while its modules load
 * and while it parses a typical release, so that patterns computed at run time (alternations of
 * words from data/, for instance) are checked by recheck like literals.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LiteralRegex } from './regex-inventory.js';

/**
 * `path:line` of the code that called `RegExp`, when that code lies in `src/` of `root`; null
 * otherwise (a library building its own regexes while `src/` imports it).
 */
function callerInSrc(stack: string | undefined, root: string): string | null {
  const here = fileURLToPath(import.meta.url);
  const caller = (stack ?? '').split('\n').slice(1).find((line) => !line.includes(here));
  const src = join(root, 'src');
  const at = caller?.indexOf(src) ?? -1;
  if (caller === undefined || at < 0) return null;
  const [path = '', line = ''] = caller.slice(at).replace(/\)$/, '').split(':');
  return `${relative(root, path).split('\\').join('/')}:${line}`;
}

/**
 * Loads every module of `root/src` (and runs `exercise`) with `RegExp` wrapped, and returns
 * the patterns `src/` built through it, each with the place that built it.
 */
export async function regexesBuiltAtRunTime(root: string, exercise: () => Promise<void>): Promise<LiteralRegex[]> {
  const built: LiteralRegex[] = [];
  const Native = globalThis.RegExp;
  const record = (re: RegExp): RegExp => {
    const where = callerInSrc(new Error().stack, root);
    if (where !== null) built.push({ where, source: re.source, flags: re.flags });
    return re;
  };
  globalThis.RegExp = new Proxy(Native, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
    for (const file of files) await import(pathToFileURL(join(root, 'src', file)).href);
    await exercise();
  } finally {
    globalThis.RegExp = Native;
  }
  return built;
}
