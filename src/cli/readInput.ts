/**
 * Reading one input and telling a web page from plain text.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

/** File extensions of web pages. */
const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml']);

/** The start of a web page: a doctype, or one of the tags a page or fragment opens with. */
const HTML_START = /^(?:\ufeff)?\s*<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|section|!--)[\s>/]/i;

/** True when an input is a web page: by its extension, else by how its content begins. */
export function isHtml(name: string, content: string): boolean {
  return HTML_EXTENSIONS.has(extname(name).toLowerCase()) || HTML_START.test(content.slice(0, 1024));
}

/** All of standard input, as UTF-8 text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Plain words for the file-system errors a user meets. */
const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
};

/** A one-line reason for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return FS_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
}

/** A file's text, as UTF-8. */
export function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}
