/**
 * Runs the pipeline over one normalised text and returns a validated record.
 * @module
 */
import { bundledGazetteer } from '../gazetteer/gazetteer.js';
import { tokenizeFlat } from '../gazetteer/tokenize.js';
import { describeThrown } from '../errors.js';
import type { ResolvedOptions } from '../options.js';
import { PressRecordSchema, type PressRecord } from '../schema/record.js';
import { isValidRecord } from '../schema/recordCheck.js';
import { emptyDraft, type Context, type Draft, type Extractor } from './context.js';
import { FindingBoard } from './findings.js';
import { stableHash } from './hash.js';
import { PIPELINE } from './pipeline.js';

/** Receives the pipeline's lazy trace messages, when tracing is wanted. */
export type TraceSink = (by: string, message: string) => void;

/** The trace of a run without a sink: messages are never built. */
const NO_TRACE = (): void => undefined;

/** Caller options win over what the text says. */
function applyOptions(record: Draft, options: ResolvedOptions): void {
  if (options.outlet !== null) record.source.outlet = options.outlet;
  if (options.url !== null) record.source.url = options.url;
  if (options.publishedAt !== null) record.source.publishedAt = options.publishedAt;
}

/**
 * Runs `extractors` over `text` (already normalised). An extractor that throws leaves a
 * warning `extractor-failed` and the others go on; a record that would not validate is
 * replaced by an empty one with a warning `invalid-record`, so a valid record always comes back.
 */
export function runPipeline(
  text: string,
  options: ResolvedOptions,
  extractors: readonly Extractor[] = PIPELINE,
  sink?: TraceSink,
): PressRecord {
  const gazetteer = bundledGazetteer();
  const tokens = tokenizeFlat(text);
  const ctx: Context = {
    text,
    tokens,
    hits: gazetteer.scan(tokens, text),
    gazetteer,
    options,
    record: emptyDraft(),
    findings: new FindingBoard(),
    trace: sink ? (by, message) => sink(by, message()) : NO_TRACE,
  };
  for (const extractor of extractors) {
    try {
      extractor.run(ctx);
    } catch (error) {
      ctx.record.warnings.push({
        code: 'extractor-failed',
        message: `${extractor.name} failed: ${describeThrown(error)}`,
      });
    }
  }
  applyOptions(ctx.record, options);
  const id = options.id ?? stableHash(text);
  const built = { id, text, ...ctx.record };
  // The records the pipeline builds carry only the schema's keys (a test holds every record equal
  // to its parsed copy), so a valid record is returned as it stands.
  if (isValidRecord(built)) return built;
  const checked = PressRecordSchema.safeParse(built);
  if (checked.success) return checked.data;
  const fallback = emptyDraft();
  applyOptions(fallback, options);
  fallback.warnings.push({
    code: 'invalid-record',
    message: `The parser built a record that does not validate, so only the text is returned: ${checked.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ')}`,
  });
  return { id, text, ...fallback };
}
