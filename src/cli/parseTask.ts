/**
 * One unit of `secpress parse` work: read an input, parse it as a page or as plain text, and
 * serialise the record. The same code runs in the main thread and in worker threads.
 * @module
 */
import { parsePressReleaseHtml } from '../html/parseHtml.js';
import { parsePressRelease } from '../parse.js';
import { describeFsError, isHtml, readText } from './readInput.js';

/** What to parse: a file to read, or text already read (standard input). */
export interface ParseTask {
  readonly name: string;
  readonly path: string | null;
  readonly text: string | null;
  /** A problem known before reading (a folder that cannot be listed). */
  readonly problem: string | null;
  readonly publishedAt: string | null;
  /** Indented JSON (for `--format json`) rather than one line. */
  readonly pretty: boolean;
}

/** The serialised record, or a one-line message saying why there is none. */
export type ParseOutcome = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly message: string };

/** Reads, parses and serialises one input; never rejects. */
export async function runParseTask(task: ParseTask): Promise<ParseOutcome> {
  if (task.problem !== null) return { ok: false, message: task.problem };
  let content: string;
  try {
    content = task.text ?? (await readText(task.path ?? task.name));
  } catch (error) {
    return { ok: false, message: `cannot read ${task.name}: ${describeFsError(error)}` };
  }
  try {
    const options = task.publishedAt === null ? {} : { publishedAt: task.publishedAt };
    const record = isHtml(task.name, content) ? parsePressReleaseHtml(content, options) : parsePressRelease(content, options);
    return { ok: true, json: task.pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record) };
  } catch (error) {
    return { ok: false, message: `cannot parse ${task.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
