import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../src/cli/inOrder.js';

async function* numbers(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

describe('mapInOrder', () => {
  it('yields results in input order even when later work finishes first', async () => {
    const slowFirst = (i: number) => new Promise<number>((resolve) => setTimeout(() => resolve(i * 10), (5 - (i % 5)) * 3));
    expect(await collect(mapInOrder(numbers(12), 4, slowFirst))).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]);
  });

  it('never has more than `window` pieces of work in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const run = async (i: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return i;
    };
    expect(await collect(mapInOrder(numbers(50), 3, run))).toHaveLength(50);
    expect(most).toBe(3);
  });

  it('reads the input lazily: stopping early leaves the rest unread', async () => {
    let read = 0;
    async function* counted(): AsyncGenerator<number> {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield i;
      }
    }
    for await (const value of mapInOrder(counted(), 2, async (i) => i)) if (value === 4) break;
    expect(read).toBeLessThan(10);
  });
});
