import { describe, expect, it } from 'vitest';
import { countSources, listSources, mayGiveMany } from '../../src/cli/sources.js';
import { FIXTURES } from './runCli.js';

const names = async (args: string[]): Promise<string[]> => {
  const out: string[] = [];
  for await (const source of listSources(args)) out.push(source.name.replace(FIXTURES, ''));
  return out;
};

describe('listSources', () => {
  it('walks folders depth first in name order, taking release files only and skipping hidden ones', async () => {
    expect(await names([`${FIXTURES}releases`])).toEqual(['releases/01-minsk-council.txt', 'releases/02-tashkent-talks.txt', 'releases/2024/03-muscat-memorandum.html']);
  });

  it('keeps the order of the arguments, passes files through unread and - as standard input', async () => {
    const sources: { name: string; path: string | null }[] = [];
    for await (const source of listSources(['b.txt', '-', 'a.txt'])) sources.push(source);
    expect(sources).toEqual([
      { name: 'b.txt', path: 'b.txt', problem: null },
      { name: '-', path: null, problem: null },
      { name: 'a.txt', path: 'a.txt', problem: null },
    ]);
  });
});

describe('mayGiveMany and countSources', () => {
  it('tell one input from several', async () => {
    expect(await mayGiveMany(['one.txt'])).toBe(false);
    expect(await mayGiveMany(['-'])).toBe(false);
    expect(await mayGiveMany([`${FIXTURES}releases`])).toBe(true);
    expect(await mayGiveMany(['a.txt', 'b.txt'])).toBe(true);
    expect(await countSources([`${FIXTURES}releases`, 'x.txt'])).toBe(4);
  });
});
