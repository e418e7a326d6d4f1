/**
 * Runs async work on a stream of inputs with a bounded number in flight, yielding the results
 * in input order: memory stays constant however long the stream, and order never depends on
 * which worker finishes first.
 * @module
 */

/** Maps `inputs` through `run`, at most `window` at a time, yielding results in input order. */
export async function* mapInOrder<T, R>(inputs: AsyncIterable<T>, window: number, run: (input: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const input of inputs) {
    pending.push(run(input));
    if (pending.length >= window) yield await (pending.shift() as Promise<R>);
  }
  while (pending.length > 0) yield await (pending.shift() as Promise<R>);
}
