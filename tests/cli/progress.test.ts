import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../src/cli/progress.js';

const sink = (isTTY: boolean) => {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (chunk: string) => chunks.push(chunk) > 0 } };
};

describe('ProgressBar', () => {
  it('draws share, counts and failures, and ends its line', () => {
    const { chunks, stream } = sink(false);
    const bar = new ProgressBar(stream, 4);
    bar.tick(true);
    bar.tick(false);
    bar.finish();
    const last = chunks.at(-2) ?? '';
    expect(last).toMatch(/^\r\[#{12}-{12}\]  50% 2\/4 files, \d+\/s, 1 failed$/);
    expect(chunks.at(-1)).toBe('\n');
  });

  it('clears the terminal line before a message and redraws under it', () => {
    const { chunks, stream } = sink(true);
    const bar = new ProgressBar(stream, null);
    bar.tick(true);
    bar.message('secpress: cannot read x.txt: no such file or directory');
    expect(chunks.at(-2)).toBe('\r\u001b[Ksecpress: cannot read x.txt: no such file or directory\n');
    expect(chunks.at(-1)).toMatch(/^\r1 file, \d+\/s\u001b\[K$/);
  });
});
