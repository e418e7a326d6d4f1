/**
 * A stable, dependency-free hash for record ids.
 * @module
 */

/**
 * Two 32-bit FNV-1a lanes with different seeds over a string's UTF-16 units, as 16 hex
 * digits. Stable across platforms and runs, so the same normalised text always gets the
 * same id. Not cryptographic.
 *
 * @example
 * ```ts
 * stableHash('Baku hosted a conference') === stableHash('Baku hosted a conference');
 * //=> true
 * ```
 */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}
