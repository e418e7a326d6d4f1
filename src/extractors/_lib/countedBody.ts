/**
 * A body's name standing between a number and the noun it counts: "21 Pacific Islands Chiefs of
 * Police (PICP) member countries", "the 16 Southern African Development Community member states".
 * The name is an organisation mention, with or without its acronym in brackets after it; the
 * figures and the participants' country count read the count across it the same way, and the
 * member countries after it by the same words.
 * @module
 */
import type { EntityView } from '../_entities/view.js';

/** The nouns a count of countries counts: "20 countries", "the 57 participating States", "12 nations". */
export const COUNTRY_NOUNS: readonly string[] = ['countries', 'states', 'nations'];

/** The words that make counted countries a body's members: "member states", the OSCE's "participating States". */
export const MEMBER_WORDS: ReadonlySet<string> = new Set(['member', 'participating']);

/** An acronym as written in brackets after a name: capitals (and digits after the first) only. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,9}$/u;

/** Whether token `at` is an acronym in brackets right after token `at - 1`: "Police (PICP) member". */
function bracketedAcronym(ev: EntityView, at: number): boolean {
  const { view } = ev;
  return view.gapIs(at - 1, ' (') && ACRONYM.test(view.raw(at)) && view.gapIs(at, ') ');
}

/**
 * The token after a body's name starting at token `k` and its acronym in brackets, if written;
 * -1 when no organisation mention starts at `k`.
 */
export function bodyEndAfter(ev: EntityView, k: number): number {
  const body = ev.orgStartingAt.get(k);
  if (body === undefined) return -1;
  return bracketedAcronym(ev, body.to) ? body.to + 1 : body.to;
}

/**
 * The first token of a body's name whose name, or its acronym in brackets after it, ends on token
 * `k`; -1 when none does.
 */
export function bodyStartBefore(ev: EntityView, k: number): number {
  const named = bracketedAcronym(ev, k) ? ev.orgEndingAt.get(k - 1) : undefined;
  return (named ?? ev.orgEndingAt.get(k))?.from ?? -1;
}
