import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as data from '../../src/data.js';
import * as secpress from '../../src/index.js';

/**
 * Runs the `//=>` examples of the query guide and of the query modules' JSDoc: each statement
 * followed by a `//=>` line must evaluate to that value, so the documentation cannot drift.
 */
const ROOT = join(import.meta.dirname, '../..');
const SOURCES = [
  'docs/querying.md',
  'src/data.ts',
  'src/schema/mergedEvent.ts',
  ...['filter', 'sort', 'group', 'timeline', 'topicCounts', 'coParticipation', 'mergeEvents', 'createIndex'].map((f) => `src/query/${f}.ts`),
];
const SCOPE: Record<string, unknown> = { ...secpress, ...data };

function codeBlocks(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const lines = file.endsWith('.md') ? text : text.replace(/^[ \t]*\* ?/gm, '');
  return [...lines.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

/** Turns each `statement; //=> value` into a recorded comparison, and drops imports (the scope provides them). */
function instrument(block: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  const complete = (): boolean => {
    const code = pending.join('\n');
    return /;\s*$/.test(code) && balanced(code);
  };
  for (const line of block.split('\n')) {
    const expected = /^\s*\/\/=> (.*)$/.exec(line);
    if (expected) {
      const expr = pending.join('\n').replace(/;\s*$/, '');
      out.push(`__check(${JSON.stringify(expr)}, (${expr}), (${expected[1]}));`);
      pending = [];
      continue;
    }
    if (line.startsWith('import ') || line.trim() === '') continue;
    if (pending.length > 0 && complete()) {
      out.push(...pending);
      pending = [];
    }
    pending.push(line);
  }
  out.push(...pending);
  return out.join('\n');
}

function balanced(code: string): boolean {
  let depth = 0;
  for (const c of code) depth += c === '(' || c === '{' || c === '[' ? 1 : c === ')' || c === '}' || c === ']' ? -1 : 0;
  return depth === 0;
}

const examples = SOURCES.flatMap((file) => codeBlocks(file).map((block, i) => ({ name: `${file} #${i + 1}`, block })));

describe('documentation examples', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(examples)('$name', ({ block }) => {
    const checks: [string, unknown, unknown][] = [];
    const js = ts.transpileModule(instrument(block), { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
    const names = Object.keys(SCOPE);
    const run = new Function(...names, '__check', js) as (...args: unknown[]) => void;
    run(...names.map((n) => SCOPE[n]), (expr: string, actual: unknown, expected: unknown) => checks.push([expr, actual, expected]));
    expect(checks.length).toBeGreaterThan(0);
    for (const [expr, actual, expected] of checks) expect(actual, expr).toEqual(expected);
  });
});
