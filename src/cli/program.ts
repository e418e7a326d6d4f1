/**
 * The `secpress` command line: commands, flags, help, and the exit status (0 done, 1 some input
 * could not be read or parsed, 2 the command line itself is wrong).
 * @module
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version } from '../../package.json';
import type { RecordFilter } from '../query/filter.js';
import { CountryCodeSchema, EventKindSchema, IsoDateSchema, TopicSchema } from '../schema/record.js';
import { runParseCommand } from './parseCommand.js';
import { runQueryCommand, type QueryFormat } from './queryCommand.js';

/** Exit status for a command line that is wrong (bad flag, bad date, missing file name). */
const USAGE_ERROR = 2;

/** Most worker threads `--jobs` accepts. */
const MAX_JOBS = 64;

/** Parses a flag's value as a real calendar date. */
function isoDateFlag(value: string): string {
  if (!IsoDateSchema.safeParse(value).success) throw new InvalidArgumentError('Expected a real date as YYYY-MM-DD.');
  return value;
}

/** Parses `--jobs`. */
function jobsFlag(value: string): number {
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new InvalidArgumentError(`Expected a whole number from 1 to ${MAX_JOBS}.`);
  return jobs;
}

/** Adds a value to a repeatable flag's list after checking it; codes, vocabulary words and dates may also come comma-separated. */
function listFlag(check: (value: string) => string, commas: boolean): (value: string, previous: string[] | undefined) => string[] {
  return (value, previous) => [...(previous ?? []), ...(commas ? value.split(',') : [value]).map((part) => check(part.trim()))];
}

/** Checks a country code (any case). */
function countryFlag(value: string): string {
  const code = value.toUpperCase();
  if (!CountryCodeSchema.safeParse(code).success) throw new InvalidArgumentError(`'${value}' is not an ISO 3166-1 alpha-2 country code (such as AZ, UZ, TR).`);
  return code;
}

/** Checks a value against a vocabulary. */
function vocabularyFlag(values: readonly string[]): (value: string) => string {
  return (value) => {
    if (!values.includes(value)) throw new InvalidArgumentError(`Expected one of: ${values.join(', ')}.`);
    return value;
  };
}

/** Checks free text (a name). */
function textFlag(value: string): string {
  if (value === '') throw new InvalidArgumentError('Expected a non-empty value.');
  return value;
}

/** The filter keys of `filterRecords`, as flags: name, value name, help and check. */
const FILTER_FLAGS: readonly (readonly [key: keyof RecordFilter, value: string, help: string, check: (value: string) => string])[] = [
  ['country', 'code', 'a country taking part or the event is about (ISO code, e.g. AZ)', countryFlag],
  ['participant', 'code', 'a country taking part', countryFlag],
  ['subject', 'code', 'a country the event is about', countryFlag],
  ['person', 'name', 'a person, by any name or alias (case and accents ignored)', textFlag],
  ['organization', 'name', 'an organisation taking part, hosting or named (name or acronym)', textFlag],
  ['topic', 'topic', `a topic: ${TopicSchema.options.join(', ')}`, vocabularyFlag(TopicSchema.options)],
  ['kind', 'kind', `an event kind: ${EventKindSchema.options.join(', ')}`, vocabularyFlag(EventKindSchema.options)],
  ['series', 'name', 'a series of meetings, by name', textFlag],
  ['city', 'name', 'the city of the event', textFlag],
  ['from', 'date', 'events on or after this date (YYYY-MM-DD)', isoDateFlag],
  ['to', 'date', 'events on or before this date (YYYY-MM-DD)', isoDateFlag],
];

/** The filter the query flags describe: every flag given, with all its values. */
function filterFrom(flags: Readonly<Record<string, unknown>>): RecordFilter {
  const filter: Record<string, string | string[]> = {};
  for (const [key] of FILTER_FLAGS) {
    const values = flags[key];
    if (typeof values === 'string' || (Array.isArray(values) && values.length > 0)) filter[key] = values as string | string[];
  }
  return filter;
}

/** Builds the program; `exit` receives the status of the command that ran. */
function buildProgram(workerScript: URL, exit: (status: number) => void): Command {
  const program = new Command('secpress')
    .description('Turn English press releases about security-service meetings into typed records, and query them.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      // One line per error: commander puts its "Did you mean" hint on a line of its own.
      outputError: (message, write) => {
        const lines = message.replace(/^error: /, '').split('\n');
        write(`secpress: ${lines.map((line) => line.trim()).filter((line) => line !== '').join(' ')}\n`);
      },
    });

  program
    .command('parse')
    .description('Parse press releases (plain text or web pages) into records.')
    .argument('<files...>', 'release files (.txt or .html, told apart by extension or content), folders (walked for them), or - for standard input')
    .option('--published <date>', 'publication date (YYYY-MM-DD), used to resolve year-less dates such as "On October 19"', isoDateFlag)
    .addOption(new Option('-f, --format <format>', 'json: one object for one input, an array for several; ndjson: one record per line').choices(['json', 'ndjson']).default('json'))
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .option('-j, --jobs <n>', 'parse on N worker threads (output stays in input order)', jobsFlag, 1)
    .option('--progress', 'always draw the progress bar on standard error')
    .option('--no-progress', 'never draw it (by default it is drawn on a terminal when there are several inputs)')
    .addHelpText(
      'after',
      '\nExamples:\n  secpress parse release.txt --published 2024-09-15\n  secpress parse page.html\n  secpress parse releases/ --format ndjson --jobs 4 --out records.ndjson\n  curl -s https://example.org/news/1 | secpress parse -',
    )
    .action(async (files: string[], flags: { published?: string; format: 'json' | 'ndjson'; out?: string; jobs: number; progress?: boolean }) => {
      exit(
        await runParseCommand(
          files,
          { published: flags.published ?? null, format: flags.format, out: flags.out ?? null, jobs: flags.jobs, progress: flags.progress },
          workerScript,
        ),
      );
    });

  const query = program
    .command('query')
    .description('Print the records of an NDJSON file (from secpress parse -f ndjson) that match a filter, or the events they report.')
    .argument('<file>', 'records as NDJSON, or - for standard input');
  for (const [key, value, help, check] of FILTER_FLAGS) {
    if (value === 'date') query.option(`--${key} <${value}>`, help, check);
    else {
      const commas = value !== 'name';
      query.option(`--${key} <${value}>`, `${help}; repeat${commas ? ' or separate with commas' : ''} for any of several`, listFlag(check, commas));
    }
  }
  query
    .option('--merge', 'print events, with the reports of one event merged (conflicts between sources kept)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'csv', 'table']).default('json'))
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .addHelpText(
      'after',
      '\nFlags combine with AND; the values of one flag with OR.\n\nExamples:\n  secpress query records.ndjson --country AZ --topic terrorism --format table\n  secpress query records.ndjson --person Naghiyev --from 2022-01-01 --to 2022-12-31\n  secpress query records.ndjson --city Baku --merge --format csv --out events.csv',
    )
    .action(async (file: string, flags: Record<string, unknown> & { merge?: boolean; format: QueryFormat; out?: string }) => {
      const filter = filterFrom(flags);
      if (typeof filter.from === 'string' && typeof filter.to === 'string' && filter.from > filter.to) {
        process.stderr.write(`secpress: --from ${filter.from} is after --to ${filter.to}: no event can match.\n`);
        exit(USAGE_ERROR);
        return;
      }
      exit(await runQueryCommand(file, { filter, merge: flags.merge === true, format: flags.format, out: flags.out ?? null }));
    });

  return program;
}

/**
 * Runs the command line `argv` (as in `process.argv`); resolves with the exit status.
 * `workerScript` is the module worker threads run (the CLI's own file).
 */
export async function runCli(argv: readonly string[], workerScript: URL): Promise<number> {
  let status = 0;
  const program = buildProgram(workerScript, (code) => {
    status = code;
  });
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_ERROR;
    throw error;
  }
  return status;
}
