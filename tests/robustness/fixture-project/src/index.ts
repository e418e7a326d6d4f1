// The entry of the fixture project: calls a builder so that a per-call regex is recorded too.
import { nested } from './lib/words.js';

/** Exercises the per-call builder. */
export function exercise(): boolean {
  return nested('a').test('aaa');
}
