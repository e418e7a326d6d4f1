/**
 * The inputs named on the command line: files, folders (walked in name order, releases only)
 * and `-` for standard input, produced one at a time so a folder of any size streams.
 * @module
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { describeFsError } from './readInput.js';

/** One input: a file path, or standard input (`path` null). */
export interface Source {
  /** How messages name it: the path as given, or `-`. */
  readonly name: string;
  readonly path: string | null;
  /** Why it cannot be read, when that is known before reading (a folder that cannot be listed). */
  readonly problem: string | null;
}

/** Files a folder walk picks up; other files in a folder (gold annotations, images) are left alone. */
const RELEASE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.html', '.htm', '.xhtml']);

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The release files under a folder, depth first, in name order; hidden entries skipped. */
async function* walkFolder(folder: string): AsyncGenerator<Source> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { name: folder, path: folder, problem: `cannot list ${folder}: ${describeFsError(error)}` };
    return;
  }
  entries.sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path);
    else if (entry.isFile() && RELEASE_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield { name: path, path, problem: null };
  }
}

/** True when an argument names a folder. */
async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The inputs of `args`, in order: `-` is standard input, a folder gives its release files, and
 * anything else is a file (one that cannot be read fails when it is read, in its turn).
 */
export async function* listSources(args: readonly string[]): AsyncGenerator<Source> {
  for (const arg of args) {
    if (arg === '-') yield { name: '-', path: null, problem: null };
    else if (await isFolder(arg)) yield* walkFolder(arg);
    else yield { name: arg, path: arg, problem: null };
  }
}

/** True when the arguments may give more than one input (several arguments, or a folder). */
export async function mayGiveMany(args: readonly string[]): Promise<boolean> {
  if (args.length !== 1) return true;
  const [only] = args;
  return only !== undefined && only !== '-' && (await isFolder(only));
}

/** How many inputs `args` give (walks the folders once more, reading names only). */
export async function countSources(args: readonly string[]): Promise<number> {
  const sources = listSources(args);
  let count = 0;
  while (!(await sources.next()).done) count++;
  return count;
}
