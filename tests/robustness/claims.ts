/**
 * What a record claims about its text, checked field by field. Each function returns the
 * broken claims as readable lines (empty when the record keeps its word), so that a failing
 * property names the field, the span and what the slice holds.
 *
 * The claims:
 * - the record validates against `PressRecordSchema`, and no extractor failed or built an
 *   invalid record (`extractor-failed` / `invalid-record` warnings mean a crash was caught);
 * - `text` is well-formed UTF-16 and normalising it again changes nothing;
 * - every span is `0 <= start < end <= text.length`, cuts no surrogate pair, covers whole
 *   words (it neither starts nor ends inside a word) and has no space at either end;
 * - a quote's `text` is its span's slice or lies inside it; a quote has letters or digits;
 * - a person is named in some mention: one of its mentions shares a word with its name or aliases;
 * - a figure's span holds a number, in digits or words;
 * - `headline` and `event.title`, when set, are written in `text`;
 * - lists of countries, organisations and roles hold no duplicates;
 * - a text without letters yields no people, organisations, topics, agreements or countries.
 */
import { foldWord } from '../../src/gazetteer/fold.js';
import { tokenize } from '../../src/gazetteer/tokenize.js';
import { normalizeText } from '../../src/normalize/normalize.js';
import { PressRecordSchema, type PressRecord, type Span } from '../../src/index.js';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
const NUMBER_WORD =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|score)\b/i;

const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);
const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Every span of a record with the path of the field that holds it. */
export function spansOf(record: PressRecord): [Span, string][] {
  const out: [Span, string][] = [];
  record.people.forEach((p, i) => p.mentions.forEach((s, j) => out.push([s, `people[${i}].mentions[${j}]`])));
  record.organizations.forEach((o, i) => o.mentions.forEach((s, j) => out.push([s, `organizations[${i}].mentions[${j}]`])));
  record.topics.forEach((t, i) => t.mentions.forEach((s, j) => out.push([s, `topics[${i}].mentions[${j}]`])));
  record.agreements.forEach((a, i) => out.push([a.mention, `agreements[${i}].mention`]));
  record.quotes.forEach((q, i) => out.push([q.span, `quotes[${i}].span`]));
  record.figures.forEach((f, i) => out.push([f.span, `figures[${i}].span`]));
  record.warnings.forEach((w, i) => {
    if (w.span) out.push([w.span, `warnings[${i}].span`]);
  });
  return out;
}

/** What is wrong with one span of `text`, or null. */
function spanProblem(text: string, span: Span): string | null {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) return 'is empty or outside the text';
  if (isLow(text.charCodeAt(start)) || isHigh(text.charCodeAt(end - 1))) return 'cuts a surrogate pair';
  if (isWordChar(text[start - 1]) && isWordChar(text[start])) return 'starts inside a word';
  if (isWordChar(text[end - 1]) && isWordChar(text[end])) return 'ends inside a word';
  const slice = text.slice(start, end);
  if (SPACE.test(slice[0] ?? '') || SPACE.test(slice.at(-1) ?? '')) return 'has a space at an end';
  return null;
}

const words = (s: string): Set<string> => new Set(tokenize(s).map((t) => t.key));
const duplicates = (xs: readonly string[]): string[] => xs.filter((x, i) => xs.indexOf(x) !== i);

/** Every broken claim of `record` (see the module comment); empty when it keeps its word. */
export function brokenClaims(record: PressRecord): string[] {
  const out: string[] = [];
  const checked = PressRecordSchema.safeParse(record);
  if (!checked.success) out.push(...checked.error.issues.map((i) => `schema: ${i.path.join('.')}: ${i.message}`));
  for (const w of record.warnings) {
    if (w.code === 'extractor-failed' || w.code === 'invalid-record') out.push(`warning ${w.code}: ${w.message}`);
  }
  const { text } = record;
  if (!text.isWellFormed()) out.push('text has a lone surrogate');
  if (normalizeText(text) !== text) out.push('text changes when normalised again');

  for (const [span, path] of spansOf(record)) {
    const problem = spanProblem(text, span);
    if (problem !== null) out.push(`${path} ${JSON.stringify(span)} ${problem}: ${JSON.stringify(text.slice(span.start, span.end))}`);
  }
  record.quotes.forEach((q, i) => {
    const slice = text.slice(q.span.start, q.span.end);
    if (!slice.includes(q.text)) out.push(`quotes[${i}].text ${JSON.stringify(q.text)} is not inside its span ${JSON.stringify(slice)}`);
    if (!/[\p{L}\p{N}]/u.test(q.text)) out.push(`quotes[${i}].text ${JSON.stringify(q.text)} has no letters or digits`);
  });
  record.people.forEach((p, i) => {
    const named = words([p.name, ...p.aliases].join(' '));
    const shown = p.mentions.some((m) => [...words(text.slice(m.start, m.end))].some((w) => named.has(w)));
    if (p.mentions.length > 0 && !shown) out.push(`people[${i}] ${JSON.stringify(p.name)}: no mention shares a word with the name or aliases`);
    if (duplicates(p.roles).length > 0) out.push(`people[${i}].roles repeat ${duplicates(p.roles).join(', ')}`);
  });
  record.figures.forEach((f, i) => {
    const slice = text.slice(f.span.start, f.span.end);
    if (!/\p{N}/u.test(slice) && !NUMBER_WORD.test(foldWord(slice))) out.push(`figures[${i}] ${f.value}: its span ${JSON.stringify(slice)} holds no number`);
  });
  if (record.headline !== null && !text.includes(record.headline)) out.push(`headline ${JSON.stringify(record.headline)} is not in the text`);
  if (record.event.title !== null && !text.includes(record.event.title)) out.push(`event.title ${JSON.stringify(record.event.title)} is not in the text`);

  const lists: [string, readonly string[]][] = [
    ['event.participants.countries', record.event.participants.countries],
    ['event.participants.organizations', record.event.participants.organizations],
    ['event.subjectCountries', record.event.subjectCountries],
  ];
  for (const [path, list] of lists) if (duplicates(list).length > 0) out.push(`${path} repeats ${duplicates(list).join(', ')}`);

  if (!/\p{L}/u.test(text)) {
    const invented = {
      people: record.people.length,
      organizations: record.organizations.length,
      topics: record.topics.length,
      agreements: record.agreements.length,
      countries: record.event.participants.countries.length + record.event.subjectCountries.length,
    };
    for (const [field, n] of Object.entries(invented)) if (n > 0) out.push(`a text without letters yields ${n} ${field}`);
  }
  return out;
}
