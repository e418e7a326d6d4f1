/**
 * Names whose first word is spelled like a short English function word: "To Lam", "An Sok",
 * "He Lifeng". Running prose writes such a word in lower case, so a capitalised one inside a
 * sentence, right after a title and before name words that a lower-case word follows, is a
 * name's first word ("General Secretary To Lam received ..."); a line in title case ("Chief To
 * Attend Summit", "Minister To Visit Baku Next Week") has capitals there instead.
 * @module
 */
import { startsLower } from '../_lib/letterCase.js';
import { nameRunAt } from './candidates.js';
import { Gap } from './text.js';
import type { EntityView } from './view.js';
import { CUE_CLASS, CUES } from './wording.js';

/** Prepositions that after an office open its organisation or place even written with a capital ("Minister Of Tourism", "Ambassador At Large"): never a name's first word. */
const ORGANISATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at']);
/** At most this many name words after the short word ("Le Hoai Trung" has three words in all). */
const MAX_WORDS_AFTER = 3;

/**
 * The base forms of the verbs a headline writes in the third person ("visits" -> "visit",
 * "discusses" -> "discuss"): after "To" in a title-case line they are an infinitive ("To Visit").
 */
export const INFINITIVES: ReadonlySet<string> = new Set(
  [...CUES.headlineVerbs].flatMap((verb) => {
    if (verb.endsWith('sses') || verb.endsWith('shes') || verb.endsWith('ches')) return [verb.slice(0, -2)];
    return verb.endsWith('s') && !verb.endsWith('ss') ? [verb.slice(0, -1)] : [verb];
  }),
);

/** Whether token `j` is a two-letter word written with a capital then a lower-case letter ("To", "An", "He"). */
function isCapitalisedShortWord(raw: string): boolean {
  if (raw.length !== 2) return false;
  const first = raw.charCodeAt(0);
  const second = raw.charCodeAt(1);
  return first >= 65 && first <= 90 && second >= 97 && second <= 122;
}

/**
 * The name that a capitalised short function word opens at token `j`, as a token range, or null:
 * the word no table covers and no honorific, a space, one to three name words (the first no
 * headline verb nor its infinitive), then, joined by a space or a comma, a word in lower case
 * that is no connector ("To Lam received", "An Sok, who", "He Lifeng in").
 */
export function shortWordNameAt(ev: EntityView, j: number): { from: number; to: number } | null {
  const { view } = ev;
  const raw = view.raw(j);
  if (!isCapitalisedShortWord(raw) || ev.nameLike[j] !== 0 || ev.covered[j] === 1) return null;
  if (ev.is(j, CUE_CLASS.honorific) || ORGANISATION_PREPOSITIONS.has(view.key(j)) || view.gap(j) !== Gap.Space) return null;
  if (ev.nameLike[j + 1] !== 1 || ev.is(j + 1, CUE_CLASS.headlineVerb) || INFINITIVES.has(view.key(j + 1))) return null;
  const run = nameRunAt(ev, j + 1);
  if (run === null || run.to - run.from > MAX_WORDS_AFTER) return null;
  const gap = view.gap(run.to - 1);
  if (gap !== Gap.Space && gap !== Gap.Comma) return null;
  const next = view.raw(run.to);
  if (next === '' || !startsLower(next) || ev.is(run.to, CUE_CLASS.connector)) return null;
  return { from: j, to: run.to };
}
