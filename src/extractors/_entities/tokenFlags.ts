/**
 * Per-token flags that one step sets while it reads a text ("this token is taken by a name"),
 * kept in one buffer per step and cleared for the next text: clearing a buffer costs less
 * than allocating a fresh array per text.
 * @module
 */

/** A reusable set of per-token flags; each step that needs flags owns one. */
export class TokenFlags {
  private buffer = new Uint8Array(0);

  /** Flags for `n` tokens, all 0; valid until the next call (a later call clears them). */
  take(n: number): Uint8Array {
    if (this.buffer.length < n) this.buffer = new Uint8Array(n);
    else this.buffer.fill(0, 0, n);
    return this.buffer.subarray(0, n);
  }
}
