/**
 * Honorifics written before a name: single words ("Mr", "Sheikh", "Prince") and phrases ("His Royal
 * Highness", "Tan Sri", "H.E."), several in a row ("His Royal Highness Prince X", "Datuk Seri X").
 * None of them is part of the name.
 * @module
 */
import cues from '../../../data/cues.json';
import { foldWord } from '../../gazetteer/fold.js';
import { tokenize } from '../../gazetteer/tokenize.js';
import type { TextView } from './text.js';
import type { EntityView } from './view.js';
import { defineWordClass } from './wordClasses.js';
import { CUES } from './wording.js';

/** The honorific phrases, as the words they are written with (a phrase of no word could match anywhere, and is left out). */
const PHRASES: readonly (readonly string[])[] = cues.honorificPhrases.map((p) => tokenize(p).map((t) => t.raw)).filter((words) => words.length > 0);
/** The first word of every phrase: most words open none. */
const PHRASE_FIRST: ReadonlySet<string> = new Set(PHRASES.map((p) => p[0] ?? ''));
/** The last word of every phrase. */
const PHRASE_LAST: ReadonlySet<string> = new Set(PHRASES.map((p) => p.at(-1) ?? ''));
/** The words an honorific may start with, by folded key: a token of none of them starts no honorific, told by its class bits. */
const MAY_START = defineWordClass([...CUES.honorifics, ...PHRASE_FIRST].map(foldWord));
/** The words an honorific may end with, by folded key. */
const MAY_END = defineWordClass([...CUES.honorifics, ...PHRASE_LAST].map(foldWord));

/** Whether `words` are written from token `at` on. */
function writtenAt(view: TextView, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (view.raw(at + k) !== words[k]) return false;
  return true;
}

/** The first token after the honorifics that start at token `i` (`i` itself when none does): "Abdulaziz" of "His Royal Highness Prince Abdulaziz". */
export function honorificsFrom(ev: EntityView, i: number): number {
  const { view } = ev;
  let k = i;
  for (;;) {
    if (!ev.is(k, MAY_START)) return k;
    const raw = view.raw(k);
    // A phrase first: "Datuk" is an honorific, and so is "Datuk Seri".
    const phrase = PHRASE_FIRST.has(raw) ? PHRASES.find((p) => writtenAt(view, k, p)) : undefined;
    if (phrase !== undefined) k += phrase.length;
    else if (CUES.honorifics.has(raw)) k++;
    else return k;
  }
}

/** Whether token `k` ends an honorific: a single one, or the last word of a phrase written there. */
export function endsHonorific(ev: EntityView, k: number): boolean {
  if (!ev.is(k, MAY_END)) return false;
  const { view } = ev;
  const raw = view.raw(k);
  if (CUES.honorifics.has(raw)) return true;
  return PHRASE_LAST.has(raw) && PHRASES.some((p) => p.at(-1) === raw && writtenAt(view, k - p.length + 1, p));
}
