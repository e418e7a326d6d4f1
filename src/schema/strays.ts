/**
 * The record-level check of `PressRecordSchema`: spans that lie beyond the end of the text. It lives
 * apart from the schema so that the pipeline can run it directly (see `recordCheck.ts`).
 * @module
 */
import type { Agreement, Figure, Organization, Person, Quote, Span, TopicMention, Warning } from './record.js';

/** A span that lies outside the text, with the path of the field that holds it. */
export type Stray = { span: Span; path: (string | number)[] };

/** Adds to `out` the spans of `items` (each with one span under `key`) that end beyond `length`. */
function straySpans<K extends string>(items: readonly { readonly [k in K]: Span }[], field: string, key: K, length: number, out: Stray[]): void {
  for (let i = 0; i < items.length; i++) {
    const span = items[i]?.[key];
    if (span !== undefined && span.end > length) out.push({ span, path: [field, i, key] });
  }
}

/** Adds to `out` the mentions of `items` that end beyond `length`. */
function strayMentions(items: readonly { readonly mentions: readonly Span[] }[], field: string, length: number, out: Stray[]): void {
  for (let i = 0; i < items.length; i++) {
    const mentions = items[i]?.mentions ?? [];
    for (let j = 0; j < mentions.length; j++) {
      const span = mentions[j];
      if (span !== undefined && span.end > length) out.push({ span, path: [field, i, 'mentions', j] });
    }
  }
}

/**
 * The spans of a record that lie beyond the end of its text. Plain loops, no generator:
 * every record the parser emits is checked, and nearly all have none.
 *
 * @example
 * ```ts
 * const record = parsePressRelease('Baku hosted talks on counter-terrorism.');
 * straysOf({ ...record, text: 'Baku hosted talks' }).map((s) => s.path.join('.'));
 * //=> ['topics.0.mentions.0']
 * ```
 */
export function straysOf(record: {
  text: string;
  people: readonly Person[];
  organizations: readonly Organization[];
  topics: readonly TopicMention[];
  agreements: readonly Agreement[];
  quotes: readonly Quote[];
  figures: readonly Figure[];
  warnings: readonly Warning[];
}): Stray[] {
  const length = record.text.length;
  const out: Stray[] = [];
  strayMentions(record.people, 'people', length, out);
  strayMentions(record.organizations, 'organizations', length, out);
  strayMentions(record.topics, 'topics', length, out);
  straySpans(record.agreements, 'agreements', 'mention', length, out);
  straySpans(record.quotes, 'quotes', 'span', length, out);
  straySpans(record.figures, 'figures', 'span', length, out);
  for (let i = 0; i < record.warnings.length; i++) {
    const span = record.warnings[i]?.span;
    if (span && span.end > length) out.push({ span, path: ['warnings', i, 'span'] });
  }
  return out;
}

