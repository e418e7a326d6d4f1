/**
 * Figures: counted facts, a number with the plural noun it counts and how the text
 * qualifies it: "more than 30 foreign citizens" is 30, `over`, "foreign citizens";
 * "13 items", "six countries", "200 servicemen", "88 Australians". Dates, years, times, ranges,
 * ordinals, numbers in names ("Densus 88") and numbers that refer back ("our two services") are not counts.
 * @module
 */
import type { Context, Extractor } from '../pipeline/context.js';
import type { Figure, Qualifier } from '../schema/record.js';
import type { TextView } from './_entities/text.js';
import { bodyEndAfter, COUNTRY_NOUNS, MEMBER_WORDS } from './_lib/countedBody.js';
import { cardinal } from './_lib/numbers.js';
import { startsUpper } from './_lib/letterCase.js';
import { scannedClass } from './_entities/scannedClasses.js';
import { entityView, type EntityView } from './_entities/view.js';
import { defineWordClass, LEADING_DIGIT } from './_entities/wordClasses.js';
import { FIGURE_WORDS } from './_entities/wording.js';
import { foldWord } from '../gazetteer/fold.js';
import { TABLES } from '../gazetteer/tables.js';

/** A node of the qualifier phrases read backwards, last word first, from the number. */
interface QualifierNode {
  readonly before: Map<string, QualifierNode>;
  qualifier: Qualifier | undefined;
}

const qualifiers: QualifierNode = { before: new Map(), qualifier: undefined };
for (const q of FIGURE_WORDS.qualifiers) {
  for (const p of q.phrases) {
    let node = qualifiers;
    for (const word of p.split(' ').reverse()) {
      let next = node.before.get(word);
      if (!next) {
        next = { before: new Map(), qualifier: undefined };
        node.before.set(word, next);
      }
      node = next;
    }
    node.qualifier = q.qualifier;
  }
}

/** The longest qualifier phrase ending on the token before `i` ("more than" 30), walked backwards word by word. */
function qualifierBefore(view: TextView, i: number): { qualifier: Qualifier; start: number } | null {
  let node: QualifierNode | undefined = qualifiers;
  let found: { qualifier: Qualifier; start: number } | null = null;
  for (let k = i - 1; k >= 0 && node; k--) {
    node = node.before.get(view.key(k));
    if (node?.qualifier !== undefined) found = { qualifier: node.qualifier, start: k };
  }
  return found;
}
const NUMBERS = new Map(Object.entries(FIGURE_WORDS.numbers));
const NUMBER_WORD = defineWordClass(NUMBERS.keys());
/** The classes a figure starts with: read from the scanned tokens (see `scannedClasses.ts`). */
const FIGURE_START = scannedClass(LEADING_DIGIT | NUMBER_WORD);
const SCALES = new Map(Object.entries(FIGURE_WORDS.scales));
/** Units of measure, plural or abbreviated: "3.2 tonnes", "200 kg". A decimal counts before one, as before a scale word. */
const MEASURES: ReadonlySet<string> = new Set(FIGURE_WORDS.measures);
const IRREGULAR: ReadonlySet<string> = new Set(FIGURE_WORDS.irregularPlurals);
const NOT_UNITS: ReadonlySet<string> = new Set(FIGURE_WORDS.notUnits);
const DATE_WORDS: ReadonlySet<string> = new Set(FIGURE_WORDS.dateWords);
const STOPS: ReadonlySet<string> = new Set(FIGURE_WORDS.unitStops);
/** Capitalised words of a region before the counted noun ("12 West African countries"), as written. */
const REGION_WORDS: ReadonlySet<string> = new Set(FIGURE_WORDS.regionWords);
/** The nouns of counted countries ("Member States"). */
const COUNTED_COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_NOUNS);
/** How many words the counted noun and its modifiers may have: "senior law enforcement officials". */
const MAX_UNIT_WORDS = 4;
const DIGITS = /^\d{1,9}$/;
const YEAR = /^(1[89]|20)\d\d$/;
/** A group of thousands after its separator ("500" of "1,500"). */
const THREE_DIGITS = /^\d{3}$/;

/** Whether a unit of measure is written at token `k`, perhaps after "metric" ("2.5 metric tonnes"). */
const measureAt = (view: TextView, k: number): boolean => MEASURES.has(view.key(k)) || (view.key(k) === 'metric' && MEASURES.has(view.key(k + 1)));

/** Separators that join a number to the one before it ("2/3", "10:30", "1.5", "3-4", "3–4"). */
const NUMBER_JOINERS = '/:.-–';

/** Whether the gap before token `i` (not the first) ends with a {@link NUMBER_JOINERS} character; read in place, no slice. */
function joinsNumbers(view: TextView, i: number): boolean {
  const from = view.tokens[i - 1]?.end ?? 0;
  const to = view.tokens[i]?.start ?? 0;
  return to > from && NUMBER_JOINERS.includes(view.text.charAt(to - 1));
}

/** Whether a word is a plural noun: "officers", an irregular plural, or a compound of "men" ("servicemen", "policewomen"). */
const isPlural = (key: string): boolean =>
  IRREGULAR.has(key) || (key.length > 3 && key.endsWith('s') && !key.endsWith('ss') && !key.endsWith('us')) || (key.length > 5 && key.endsWith('men'));

/** Nationals named by a demonym's plural ("Australians", "Kenyans"), by folded key. */
const NATIONALS: ReadonlySet<string> = new Set(TABLES.countries.flatMap((c) => c.demonyms.filter((d) => !d.includes(' ')).map((d) => foldWord(`${d}s`))));

/** Words before a spelled number that make it refer back to what was named: "the two sides", "our two organisations". */
const REFERRING: ReadonlySet<string> = new Set(['the', 'our', 'their', 'its', 'his', 'her', 'your', 'these', 'those']);

/**
 * Whether the number at token `i` follows a capitalised word inside its sentence ("Brigade 77",
 * "Resolution 2178"), not a capitalised qualifier ("Over 1,500") or a sentence's first word.
 */
function inName(ev: EntityView, i: number): boolean {
  const { view } = ev;
  if (i < 1 || !startsUpper(view.raw(i - 1)) || !view.gapIs(i - 1, ' ') || qualifierBefore(view, i) !== null) return false;
  const prev = view.tokens[i - 1]?.start ?? 0;
  return view.sentenceBounds(prev)[0] < prev;
}

/** Finds the counted facts of the release and writes `record.figures`. */
export const figuresExtractor: Extractor = {
  name: 'extractor/figures',
  run(ctx: Context): void {
    const ev = entityView(ctx);
    const { view } = ev;
    const figures: Figure[] = [];
    const classes = ev.wordClasses;
    // The token after the last figure: figures do not overlap.
    let from = 0;
    for (const i of ev.scanned) {
      if (i < from || ((classes[i] ?? 0) & FIGURE_START) === 0) continue;
      const key = view.key(i);
      const c = key.charCodeAt(0);
      // A year, or a number after a date word, is no count: ruled out first, as dates are most of the numbers.
      if ((key.length === 4 && YEAR.test(key)) || DATE_WORDS.has(view.key(i - 1))) continue;
      const digits = c >= 48 && c <= 57;
      let value = digits ? (DIGITS.test(key) ? Number(key) : undefined) : ev.is(i, NUMBER_WORD) ? NUMBERS.get(key) : undefined;
      // From here on `digits` says the key is all digits (it passed DIGITS).
      if (value === undefined) continue;
      // "the two sides", "our two organisations": a spelled number after "the" or a possessive refers back to what was named, it counts nothing new.
      // A body's name after the number counts its members all the same: "the ten ASEAN member states".
      if (c > 57 && REFERRING.has(view.key(i - 1)) && view.spaceAfter(i - 1) && !ev.orgStartingAt.has(i + 1)) continue;
      // A number in a name counts nothing: "Densus 88", "Unit 8200" (not "Over 1,500" opening a sentence).
      if ((ev.orgCover[i] ?? -1) >= 0 || (c <= 57 && inName(ev, i))) continue;
      // The thousands of a number already passed over: "1,500" after a name's "1".
      if (i > 0 && view.gapIs(i - 1, ',') && DIGITS.test(view.key(i - 1)) && THREE_DIGITS.test(key)) continue;
      let last = i;
      if (i > 0 && joinsNumbers(view, i) && DIGITS.test(view.key(i - 1))) continue;
      // "twenty-five": a tens word and a unit word joined by a hyphen are one number; the unit word is passed over.
      if (!digits && view.gapIs(i - 1, '-') && cardinal(`${view.key(i - 1)}-${key}`) !== null) continue;
      if (!digits && view.gapIs(i, '-')) {
        const compound = cardinal(`${key}-${view.key(i + 1)}`);
        if (compound !== null) {
          value = compound;
          last = i + 1;
        }
      }
      // Groups of thousands: "1,500", "1,200,000", and "1 200" with a space, as much of Africa and Europe writes them.
      const thousands = digits && key.length <= 3 ? (view.gapIs(i, ',') ? ',' : view.gapIs(i, ' ') ? ' ' : '') : '';
      while (thousands !== '' && view.gapIs(last, thousands) && THREE_DIGITS.test(view.key(last + 1))) {
        value = value * 1000 + Number(view.key(last + 1));
        last++;
      }
      // A decimal counts only with a scale word or a unit of measure after it: "1.5 million refugees", "3.2 tonnes".
      const decimal = digits && view.gapIs(i, '.') && DIGITS.test(view.key(i + 1)) && (SCALES.has(view.key(i + 2)) || measureAt(view, i + 2));
      if (decimal) {
        value = Number(`${key}.${view.key(i + 1)}`);
        last = i + 1;
      }
      const scale = SCALES.get(view.key(last + 1));
      if (scale !== undefined && view.gapIs(last, ' ')) {
        value = Math.round(value * scale);
        last++;
      } else if (decimal && !measureAt(view, last + 1)) continue;
      // One is no count ("1 person"); one million is, and so is a measure ("1.5 tonnes").
      if (value < 2 && !decimal) continue;
      // "2,000-plus victims": more than the number.
      const plus = view.gapIs(last, '-') && view.key(last + 1) === 'plus';
      if (plus) last++;
      if (!view.gapIs(last, ' ') || DATE_WORDS.has(view.key(last + 1))) continue;
      let end = -1;
      let limit = last + MAX_UNIT_WORDS;
      for (let k = last + 1; k <= limit && k < view.tokens.length; k++) {
        const word = view.key(k);
        // A nationality before the counted noun belongs to the unit: "500,000 Sudanese refugees", "12 Afghan nationals";
        // so does a body's name: "the 55 African Union member states". A demonym's plural is the unit: "88 Australians".
        const upper = startsUpper(view.raw(k));
        const nation = upper ? ev.countries.startingAt(k) : undefined;
        if (upper && NATIONALS.has(word) && (nation === undefined || nation.to === k + 1)) {
          end = k;
          break;
        }
        // A body's name may bring its acronym in brackets: "21 Pacific Islands Chiefs of Police (PICP) member countries".
        const after = nation?.to ?? (upper ? bodyEndAfter(ev, k) : -1);
        if (after >= 0) {
          limit += after - k - 1;
          k = after - 1;
          if (!view.gapIs(k, ' ') && !(view.gapIs(k, ') ') && view.gapIs(k - 1, ' ('))) break;
          continue;
        }
        // "12 West African countries": a region's words belong to the unit.
        if (upper && REGION_WORDS.has(view.raw(k)) && (view.gapIs(k, ' ') || view.gapIs(k, '-'))) {
          limit++;
          continue;
        }
        // "40 African and European countries": an "and" between two capitalised words (a region's, a nation's, read above) belongs to it.
        if (word === 'and' && k > last + 1 && startsUpper(view.raw(k - 1)) && startsUpper(view.raw(k + 1)) && view.gapIs(k, ' ')) {
          limit++;
          continue;
        }
        // "the 15 ECOWAS Member States": a body's members may be written in capitals.
        if (upper && MEMBER_WORDS.has(word) && view.gapIs(k, ' ') && COUNTED_COUNTRIES.has(view.key(k + 1))) {
          end = k + 1;
          break;
        }
        if (STOPS.has(word) || NOT_UNITS.has(word) || /\d/.test(word) || ev.is(k, NUMBER_WORD) || startsUpper(view.raw(k))) break;
        if (isPlural(word) || MEASURES.has(word)) {
          end = k;
          // A plural noun may qualify the next one: "1,000 police chiefs", "40 border guards".
          const next = view.key(k + 1);
          if (k + 1 <= limit && view.gapIs(k, ' ') && isPlural(next) && !STOPS.has(next) && !NOT_UNITS.has(next) && !startsUpper(view.raw(k + 1))) end = k + 1;
          break;
        }
        if (!view.gapIs(k, ' ') && !view.gapIs(k, '-')) break;
      }
      if (end < 0) continue;
      // "a dozen", "a hundred": the article is the number's first word, and a qualifier stands before it ("more than a dozen").
      const first = !digits && view.key(i - 1) === 'a' && view.gapIs(i - 1, ' ') ? i - 1 : i;
      const q = view.gapIs(first - 1, ' ') ? qualifierBefore(view, first) : null;
      const qualifier: Qualifier = q?.qualifier ?? (plus ? 'over' : 'exactly');
      const start = q?.start ?? first;
      // "16 member states ... the 16 police services": a number after "the" that an earlier figure has refers back to what that one counted.
      if (first === i && REFERRING.has(view.key(i - 1)) && view.spaceAfter(i - 1) && figures.some((f) => f.value === value)) {
        from = end + 1;
        continue;
      }
      figures.push({
        value,
        qualifier,
        unit: view.slice(last + 1, end + 1),
        span: { start: view.tokens[start]?.start ?? 0, end: view.tokens[end]?.end ?? 0 },
      });
      from = end + 1;
    }
    ctx.record.figures = figures;
  },
};
