import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runCli } from './runCli.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

beforeAll(requireBuiltCli);

describe('secpress usage', { timeout: 60_000 }, () => {
  it('prints the version from package.json', () => {
    expect(runCli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(runCli(['-V']).stdout).toBe(`${version}\n`);
  });

  it('prints help for the program and for each command, with status 0', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: secpress \[options\] \[command\]/);
    expect(help.stdout).toMatch(/\n  parse \[options\] <files\.\.\.>/);
    const parseHelp = runCli(['parse', '--help']);
    expect(parseHelp.status).toBe(0);
    for (const flag of ['--published <date>', '--format <format>', '--out <file>', '--jobs <n>', '--no-progress']) expect(parseHelp.stdout).toContain(flag);
  });

  it('exits with 2 and usage on stderr when no command is given', () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: secpress/);
  });

  it('exits with 2 and one clear line for a bad flag, value or command', () => {
    const cases: [string[], RegExp][] = [
      [['parse', 'a.txt', '--publishd', '2024-01-01'], /^secpress: unknown option '--publishd'.*Did you mean --published\?/],
      [['parse', 'a.txt', '--published', '2023-02-29'], /^secpress: option '--published <date>' argument '2023-02-29' is invalid\. Expected a real date as YYYY-MM-DD\.$/],
      [['parse', 'a.txt', '--published', '29/02/2024'], /argument '29\/02\/2024' is invalid/],
      [['parse', 'a.txt', '--format', 'xml'], /argument 'xml' is invalid\. Allowed choices are json, ndjson\.$/],
      [['parse', 'a.txt', '--jobs', 'many'], /argument 'many' is invalid\. Expected a whole number from 1 to 64\.$/],
      [['parse'], /^secpress: missing required argument 'files'$/],
      [['parze', 'a.txt'], /^secpress: unknown command 'parze'/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr.trimEnd(), args.join(' ')).toMatch(message);
    }
  });
});
