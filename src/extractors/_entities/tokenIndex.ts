/**
 * Values keyed by token index for one text (the rank hit starting at a token, the organisation
 * mention ending on one): a look-up is one typed-array read instead of a hash look-up in a Map
 * built per text, and the slots live in a buffer the caller reuses from text to text. The slots
 * are never cleared (a sparse set): a slot counts only when the key stored at the place it points
 * to is its own token, so whatever an earlier text left in the buffer reads as no value.
 * @module
 */

/** What the readers of a {@link TokenIndex} see. */
export interface ReadonlyTokenIndex<V> {
  /** The value of token `at`, if any. */
  get(at: number): V | undefined;
  /** Whether token `at` has a value. */
  has(at: number): boolean;
  /** The values, in the order their keys were first set. */
  values(): readonly V[];
  /** The keys, in the order they were first set. */
  keys(): readonly number[];
}

/** A map from token indices to values, in the order keys were first set; valid for one text. */
export class TokenIndex<V> implements ReadonlyTokenIndex<V> {
  /** For each token with a value, the position of its value in `list` (any number for the others: see {@link TokenIndex.slot}). */
  private readonly slots: Int32Array;
  private readonly list: V[] = [];
  private readonly at: number[] = [];

  /** An empty index over `slots` (one entry per token), whatever they hold. */
  constructor(slots: Int32Array) {
    this.slots = slots;
  }

  /** The position of token `at`'s value in `list`, or -1: a slot that points to another token's key is stale. */
  private slot(at: number): number {
    // Tested before indexing: reading a typed array out of its bounds (index -1) is a slow property look-up.
    if (at < 0 || at >= this.slots.length) return -1;
    const k = this.slots[at] ?? -1;
    return k >= 0 && k < this.at.length && this.at[k] === at ? k : -1;
  }

  /** The value of token `at`, if any. */
  get(at: number): V | undefined {
    const k = this.slot(at);
    return k < 0 ? undefined : this.list[k];
  }

  /** Whether token `at` has a value. */
  has(at: number): boolean {
    return this.slot(at) >= 0;
  }

  /** Sets the value of token `at` (a token of the text); a key set again keeps its place in the order. */
  set(at: number, value: V): void {
    const k = this.slot(at);
    if (k >= 0) {
      this.list[k] = value;
      return;
    }
    this.slots[at] = this.list.length;
    this.list.push(value);
    this.at.push(at);
  }

  /** The values, in the order their keys were first set. */
  values(): readonly V[] {
    return this.list;
  }

  /** The keys, in the order they were first set. */
  keys(): readonly number[] {
    return this.at;
  }
}

/** Slots for a {@link TokenIndex} that a step reuses text after text: allocating a typed array per text costs more than clearing one. */
export class TokenSlots {
  private buffer = new Int32Array(0);

  /** Slots for `n` tokens, not cleared (see {@link TokenIndex}); valid until the next call. */
  take(n: number): Int32Array {
    if (this.buffer.length < n) this.buffer = new Int32Array(n);
    return this.buffer.subarray(0, n);
  }
}
