import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PressRecordSchema } from '../../src/index.js';
import { CLI, HTML_FIXTURES, requireBuiltCli, runCli } from './runCli.js';

const records = (ndjson: string) => ndjson.trimEnd().split('\n').map((line) => PressRecordSchema.parse(JSON.parse(line)));

let scratch = '';
beforeAll(() => {
  requireBuiltCli();
  scratch = mkdtempSync(join(tmpdir(), 'secpress-cli-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('secpress parse', { timeout: 60_000 }, () => {
  it('prints one JSON object for one text file, with --published as the reference date', () => {
    const run = runCli(['parse', 'releases/02-tashkent-talks.txt', '--published', '2021-03-03']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const record = PressRecordSchema.parse(JSON.parse(run.stdout));
    expect(record.text.startsWith('Tashkent, March 3, UzA. The Chairman of the State Security Service of Uzbekistan')).toBe(true);
    expect(record.source.publishedAt).toBe('2021-03-03');
    expect(run.stdout.startsWith('{\n  "id": ')).toBe(true);
  });

  it('walks a folder in name order, for .txt and .html files only, and prints a JSON array', () => {
    const run = runCli(['parse', 'releases']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const parsed = (JSON.parse(run.stdout) as unknown[]).map((r) => PressRecordSchema.parse(r));
    expect(parsed.map((r) => r.text.slice(0, 12))).toEqual(['Minsk, 28 Ap', 'Tashkent, Ma', 'Gulf intelli']);
    expect(parsed[2]?.headline).toBe('Gulf intelligence chiefs sign memorandum in Muscat');
    expect(parsed[2]?.source).toMatchObject({ outlet: 'Gulf Wire', publishedAt: '2023-11-08', url: 'https://gulfwire.example/en/2023/11/muscat' });
    expect(parsed[2]?.text).not.toContain('Other news');
  });

  it('prints NDJSON, one record per line, in the order of the arguments', () => {
    const run = runCli(['parse', 'releases/2024/03-muscat-memorandum.html', 'releases/01-minsk-council.txt', '--format', 'ndjson']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toHaveLength(3);
    expect(records(run.stdout).map((r) => r.headline)).toEqual(['Gulf intelligence chiefs sign memorandum in Muscat', null]);
  });

  it('reads standard input with -, and tells a web page from text by its content', () => {
    const page = readFileSync(join(HTML_FIXTURES, 'news-site.html'), 'utf8');
    const fromPage = runCli(['parse', '-'], { input: page });
    expect(fromPage.status).toBe(0);
    expect(JSON.parse(fromPage.stdout)).toMatchObject({ headline: 'Heads of special services of Central Asia meet in Almaty', source: { outlet: 'Steppe Daily News' } });
    const fromText = runCli(['parse', '-'], { input: 'Baku, May 3. The heads of the services of Azerbaijan and Turkey met in Baku.' });
    expect(JSON.parse(fromText.stdout)).toMatchObject({ headline: null, text: 'Baku, May 3. The heads of the services of Azerbaijan and Turkey met in Baku.' });
    const noExtension = runCli(['parse', 'page-without-extension']);
    expect(JSON.parse(noExtension.stdout)).toMatchObject({ headline: 'Talks in Baku', source: { outlet: 'Caspian Herald' } });
  });

  it('reads standard input once: a second - is a failed input', () => {
    const run = runCli(['parse', '-', '-', '-f', 'ndjson'], { input: 'Minsk, April 28. The council met in Minsk.' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('secpress: standard input (-) can be read only once\n');
    expect(records(run.stdout).map((r) => r.text)).toEqual(['Minsk, April 28. The council met in Minsk.']);
  });

  it('writes to --out and nothing to standard output', () => {
    const out = join(scratch, 'records.ndjson');
    const run = runCli(['parse', 'releases', '--format', 'ndjson', '--out', out]);
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(records(readFileSync(out, 'utf8'))).toHaveLength(3);
  });

  it('goes on past an unreadable file, says why on stderr and exits with 1', () => {
    const run = runCli(['parse', 'releases/01-minsk-council.txt', 'no-such-release.txt', 'releases/02-tashkent-talks.txt', '-f', 'ndjson']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('secpress: cannot read no-such-release.txt: no such file or directory\n');
    expect(records(run.stdout)).toHaveLength(2);
  });

  it('exits with 1 when the output file cannot be written', () => {
    const run = runCli(['parse', 'releases', '--out', join(scratch, 'missing-folder', 'x.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^secpress: cannot write .*x\.json: no such file or directory\n$/);
  });

  it('gives the same output, in the same order, on worker threads', () => {
    const folder = join(scratch, 'many');
    mkdirSync(join(folder, 'b'), { recursive: true });
    for (let i = 0; i < 120; i++) {
      const name = join(folder, i % 3 === 0 ? 'b' : '', `r${String(i).padStart(3, '0')}.txt`);
      writeFileSync(name, `Baku, May ${(i % 28) + 1}. Release ${i}: the heads of the security services of Azerbaijan and Georgia met in Baku.`);
    }
    const one = runCli(['parse', folder, '-f', 'ndjson']);
    const three = runCli(['parse', folder, '-f', 'ndjson', '--jobs', '3']);
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(records(three.stdout).map((r) => /Release (\d+)/.exec(r.text)?.[1])[0]).toBe('0');
  });

  it('draws a progress bar on stderr only when asked (stderr here is a pipe)', () => {
    expect(runCli(['parse', 'releases', '-f', 'ndjson']).stderr).toBe('');
    const run = runCli(['parse', 'releases', '-f', 'ndjson', '--progress']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/\[#{24}\] 100% 3\/3 files, \d+\/s\n$/);
  });

  it('keeps the progress bar and error messages on separate lines', () => {
    const run = runCli(['parse', 'releases', 'gone.txt', '-f', 'ndjson', '--progress']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('\rsecpress: cannot read gone.txt: no such file or directory\n');
    expect(run.stderr).toMatch(/100% 4\/4 files, \d+\/s, 1 failed\n$/);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const folder = join(scratch, 'pipe');
    mkdirSync(folder);
    for (let i = 0; i < 400; i++) writeFileSync(join(folder, `r${i}.txt`), `Release ${i}. ${'The heads of the services met in Baku. '.repeat(50)}`);
    const shell = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" parse "${folder}" -f ndjson | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(shell.stdout).toBe('status=0\n');
    expect(shell.stderr).toBe('');
  });

  it('reports a release over the size limit as a failed input', () => {
    const big = join(scratch, 'big.txt');
    writeFileSync(big, 'The heads of the services met. '.repeat(40_000));
    const run = runCli(['parse', big, 'releases/02-tashkent-talks.txt', '-f', 'ndjson']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^secpress: cannot parse .*big\.txt: The release has \d+ characters, more than maxLength \(1048576\)\n$/);
    expect(records(run.stdout)).toHaveLength(1);
  });
});
