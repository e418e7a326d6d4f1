/**
 * The `secpress` command line: commands, flags, help, and the exit status (0 done, 1 some input
 * could not be read or parsed, 2 the command line itself is wrong).
 * @module
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version } from '../../package.json';
import { IsoDateSchema } from '../schema/record.js';
import { runParseCommand } from './parseCommand.js';

/** Exit status for a command line that is wrong (bad flag, bad date, missing file name). */
export const USAGE_ERROR = 2;

/** Most worker threads `--jobs` accepts. */
const MAX_JOBS = 64;

/** Parses a flag's value as a real calendar date. */
export function isoDateFlag(value: string): string {
  if (!IsoDateSchema.safeParse(value).success) throw new InvalidArgumentError('Expected a real date as YYYY-MM-DD.');
  return value;
}

/** Parses `--jobs`. */
function jobsFlag(value: string): number {
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new InvalidArgumentError(`Expected a whole number from 1 to ${MAX_JOBS}.`);
  return jobs;
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
      outputError: (message, write) => write(`secpress: ${message.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`),
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
