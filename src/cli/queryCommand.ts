/**
 * `secpress query FILE.ndjson`: the records (or merged events) that match a filter, as JSON,
 * NDJSON, CSV or a table. Records are read, checked and filtered a batch at a time, so only
 * the matches of `--merge` are ever held together.
 * @module
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { filterRecords, type RecordFilter } from '../query/filter.js';
import { mergeEvents } from '../query/mergeEvents.js';
import type { MergedEvent } from '../schema/mergedEvent.js';
import { PressRecordSchema, type PressRecord } from '../schema/record.js';
import { OutputError, openOutput, type Output } from './output.js';
import { describeFsError } from './readInput.js';
import { EVENT_COLUMNS, RECORD_COLUMNS, csvFormat, jsonFormat, ndjsonFormat, tableFormat, type ItemFormat } from './tabular.js';

/** Output formats of `secpress query`. */
export type QueryFormat = 'json' | 'ndjson' | 'csv' | 'table';

/** The options of `secpress query`, as the command line gave them. */
export interface QueryCommandOptions {
  readonly filter: RecordFilter;
  readonly merge: boolean;
  readonly format: QueryFormat;
  readonly out: string | null;
}

/** Records checked and filtered at a time. */
const BATCH = 1024;

/** How records are written in each format. */
function recordFormat(format: QueryFormat): ItemFormat<PressRecord> {
  if (format === 'json') return jsonFormat();
  if (format === 'ndjson') return ndjsonFormat();
  return format === 'csv' ? csvFormat(RECORD_COLUMNS) : tableFormat(RECORD_COLUMNS);
}

/** How merged events are written in each format. */
function eventFormat(format: QueryFormat): ItemFormat<MergedEvent> {
  if (format === 'json') return jsonFormat();
  if (format === 'ndjson') return ndjsonFormat();
  return format === 'csv' ? csvFormat(EVENT_COLUMNS) : tableFormat(EVENT_COLUMNS);
}

/** Writes items in one format, counting them. */
class ItemWriter<T> {
  private count = 0;

  constructor(
    private readonly output: Output,
    private readonly format: ItemFormat<T>,
  ) {}

  async start(): Promise<void> {
    await this.output.write(this.format.head());
  }

  async add(item: T): Promise<void> {
    await this.output.write(this.format.item(item, this.count));
    this.count++;
  }

  async end(): Promise<void> {
    await this.output.write(this.format.tail(this.count));
  }
}

/** Opens the input: a file, or standard input for `-`. */
async function openInput(file: string): Promise<Readable> {
  if (file === '-') return process.stdin;
  const stream = createReadStream(file);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  return stream;
}

/** Reads one NDJSON line as a record, or says why it is not one. */
function readRecord(line: string): { record: PressRecord } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const checked = PressRecordSchema.safeParse(value);
  if (checked.success) return { record: checked.data };
  const issue = checked.error.issues[0];
  return { problem: `not a secpress record (${issue === undefined ? 'invalid' : `${issue.path.join('.') || 'record'}: ${issue.message}`})` };
}

/** Runs `secpress query`; resolves with the exit status (0 done, 1 some input could not be read). */
export async function runQueryCommand(file: string, options: QueryCommandOptions): Promise<number> {
  let input: Readable;
  try {
    input = await openInput(file);
  } catch (error) {
    process.stderr.write(`secpress: cannot read ${file}: ${describeFsError(error)}\n`);
    return 1;
  }
  let output: Output;
  try {
    output = await openOutput(options.out);
  } catch (error) {
    process.stderr.write(`secpress: ${error instanceof OutputError ? error.message : String(error)}\n`);
    input.destroy();
    return 1;
  }

  const name = file === '-' ? 'standard input' : file;
  let failed = 0;
  const matched: PressRecord[] = [];
  const writer = options.merge ? null : new ItemWriter<PressRecord>(output, recordFormat(options.format));
  try {
    await writer?.start();
    let batch: PressRecord[] = [];
    const flush = async (): Promise<void> => {
      const hits = filterRecords(batch, options.filter);
      batch = [];
      if (writer === null) matched.push(...hits);
      else for (const hit of hits) await writer.add(hit);
    };
    let lineNumber = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.trim() === '') continue;
      const read = readRecord(line);
      if ('problem' in read) {
        failed++;
        process.stderr.write(`secpress: ${name}, line ${lineNumber}: ${read.problem}\n`);
        continue;
      }
      batch.push(read.record);
      if (batch.length >= BATCH) await flush();
      if (output.gone) break;
    }
    await flush();
    if (writer !== null) await writer.end();
    else {
      const events = new ItemWriter(output, eventFormat(options.format));
      await events.start();
      for (const event of mergeEvents(matched)) await events.add(event);
      await events.end();
    }
    await output.close();
  } catch (error) {
    failed++;
    process.stderr.write(`secpress: cannot read ${file}: ${describeFsError(error)}\n`);
  }
  return failed > 0 ? 1 : 0;
}
