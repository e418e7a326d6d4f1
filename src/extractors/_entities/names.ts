/**
 * The shape of personal names: which words can be part of a name, and the spelling key
 * under which transliteration variants of one name meet (Naghiyev / Nagiyev / Nağıyev,
 * Sergey / Sergei, Guliyev / Guluyev).
 * @module
 */
import { foldWord } from '../../gazetteer/fold.js';
import { rememberPerWord } from '../../text/wordMemo.js';
import { CUES } from './wording.js';

/** Arabic articles as written in surnames, compared whole (a Set look-up, not a pattern per word). */
const ARTICLES: ReadonlySet<string> = new Set(['Al', 'El', 'Ul', 'Ad', 'As', 'Ash', 'Az', 'Ar']);
/** The most letters of an article. */
const LONGEST_ARTICLE = Math.max(...[...ARTICLES].map((a) => a.length));

/** An Arabic article written as part of a surname ("Al-Rashid", "El Amrani"): not a first name. */
export function isArticle(raw: string): boolean {
  // Most words are longer than any article: ruled out before the set is looked up.
  return raw.length <= LONGEST_ARTICLE && ARTICLES.has(raw);
}

/** Whether `raw` is a generational suffix written as an abbreviation, with a full stop: one with lower-case letters ("Jr", "Sr"), not a numeral ("III"). */
export function isAbbreviatedSuffix(raw: string): boolean {
  return CUES.nameSuffixes.has(raw) && raw !== raw.toUpperCase();
}

const NAME_WORD = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u;
const INITIAL = /^\p{Lu}$/u;
/** Capitalised words that are not names: common words and the head words of organisation names. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...CUES.notNames, ...CUES.orgHead]);

/** Whether `raw` matches `NAME_WORD`: by code units when it is ASCII, by the pattern otherwise. */
function hasNameShape(raw: string): boolean {
  let capitals = 0;
  let lowers = 0;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 97 && c <= 122) {
      if (capitals === 0) return false;
      lowers++;
    } else if (c >= 65 && c <= 90) {
      if ((k > 0 && lowers === 0) || ++capitals > 2) return false;
      lowers = 0;
    } else return c >= 128 && NAME_WORD.test(raw);
  }
  return lowers > 0;
}

/** A word written like part of a personal name: a capital then lower case ("Naghiyev", "McCallum"), not a common capitalised word. */
export function isNameWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90)) return false;
  return raw.length > 1 && hasNameShape(raw) && !NOT_NAME_WORDS.has(raw);
}

/** A single capital letter, as in the initial of "A. Azizov". */
export function isInitial(raw: string): boolean {
  if (raw.length !== 1) return false;
  const c = raw.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : INITIAL.test(raw);
}

const DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/dzh/g, 'j'],
  [/gh/g, 'g'],
  [/kh/g, 'h'],
  [/zh/g, 'j'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/x/g, 'h'],
];

/** {@link spellingKey}, remembered per word: the same name words are keyed again and again per text. */
const rememberedKey = rememberPerWord(spellingKey, 20_000, 40);

/**
 * The spelling key of a name word: folded, common transliteration digraphs merged, vowels
 * after the first letter dropped and doubled letters collapsed.
 *
 * @example
 * ```ts
 * [nameKey('Naghiyev'), nameKey('Nağıyev'), nameKey('Nagiyev')];
 * //=> ['ngv', 'ngv', 'ngv']
 * ```
 */
export function nameKey(word: string): string {
  return rememberedKey(word);
}

/** The spelling key of `word`, computed afresh (see {@link nameKey}). */
function spellingKey(word: string): string {
  let w = foldWord(word).replace(/[^a-z]/g, '');
  for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
  if (w.length === 0) return '';
  const head = w[0] ?? '';
  const rest = w.slice(1).replace(/[aeiouy]/g, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}
