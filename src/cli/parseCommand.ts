/**
 * `secpress parse FILE... | -`: releases (plain text or web pages) to records, as JSON or NDJSON,
 * one input at a time, optionally on worker threads, in input order.
 * @module
 */
import { mapInOrder } from './inOrder.js';
import { OutputError, openOutput, type Output } from './output.js';
import type { ParseOutcome, ParseTask } from './parseTask.js';
import { runParseTask } from './parseTask.js';
import { ProgressBar } from './progress.js';
import { readStdin } from './readInput.js';
import { countSources, listSources, mayGiveMany, type Source } from './sources.js';
import { WorkerPool } from './workerPool.js';

/** The options of `secpress parse`, as the command line gave them. */
export interface ParseCommandOptions {
  readonly published: string | null;
  readonly format: 'json' | 'ndjson';
  readonly out: string | null;
  readonly jobs: number;
  /** Draw the progress bar: true or false when asked, undefined to draw it on a terminal for many inputs. */
  readonly progress: boolean | undefined;
}

/** Tasks for the sources, reading standard input in its turn (once: a second `-` is an error). */
async function* tasksFor(sources: AsyncIterable<Source>, options: ParseCommandOptions, pretty: boolean): AsyncGenerator<ParseTask> {
  let stdinRead = false;
  for await (const source of sources) {
    const again = source.path === null && stdinRead;
    const text = source.path === null && !again ? await readStdin() : null;
    if (source.path === null) stdinRead = true;
    const problem = again ? 'standard input (-) can be read only once' : source.problem;
    yield { ...source, text, problem, publishedAt: options.published, pretty };
  }
}

/** Writes records as one JSON value, an array of them, or NDJSON lines. */
class RecordWriter {
  private count = 0;

  constructor(
    private readonly output: Output,
    private readonly format: 'json' | 'ndjson',
    private readonly many: boolean,
  ) {}

  async add(json: string): Promise<void> {
    if (this.format === 'ndjson') await this.output.write(`${json}\n`);
    else if (!this.many) await this.output.write(`${json}\n`);
    else await this.output.write(`${this.count === 0 ? '[\n' : ',\n'}  ${json.replaceAll('\n', '\n  ')}`);
    this.count++;
  }

  async end(): Promise<void> {
    if (this.format === 'json' && this.many) await this.output.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}

/** Runs `secpress parse`; resolves with the exit status (0 all parsed, 1 some input failed). */
export async function runParseCommand(files: readonly string[], options: ParseCommandOptions, workerScript: URL): Promise<number> {
  let output: Output;
  try {
    output = await openOutput(options.out);
  } catch (error) {
    process.stderr.write(`secpress: ${error instanceof OutputError ? error.message : String(error)}\n`);
    return 1;
  }
  const many = await mayGiveMany(files);
  const showProgress = options.progress ?? (process.stderr.isTTY === true && many);
  const progress = showProgress ? new ProgressBar(process.stderr, await countSources(files)) : null;
  const report = (message: string): void => {
    if (progress === null) process.stderr.write(`secpress: ${message}\n`);
    else progress.message(`secpress: ${message}`);
  };

  const pool = options.jobs > 1 ? new WorkerPool(options.jobs, workerScript) : null;
  const run = pool === null ? runParseTask : (task: ParseTask): Promise<ParseOutcome> => pool.run(task);
  const window = pool === null ? 1 : options.jobs * 4;
  const writer = new RecordWriter(output, options.format, many);
  let failed = 0;
  try {
    const tasks = tasksFor(listSources(files), options, options.format === 'json');
    for await (const outcome of mapInOrder(tasks, window, run)) {
      progress?.tick(outcome.ok);
      if (outcome.ok) await writer.add(outcome.json);
      else {
        failed++;
        report(outcome.message);
      }
      if (output.gone) break;
    }
    await writer.end();
    await output.close();
  } catch (error) {
    failed++;
    report(error instanceof Error ? error.message : String(error));
  } finally {
    await pool?.close();
  }
  progress?.finish();
  return failed > 0 ? 1 : 0;
}
