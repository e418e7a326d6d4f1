/**
 * Where the CLI writes: standard output or `--out FILE`, with back-pressure, so output of any
 * size streams through constant memory. A closed pipe (`secpress parse ... | head`) ends the
 * writing quietly.
 * @module
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { describeFsError } from './readInput.js';

/** A text sink that waits when the reader is slow. */
export interface Output {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
  /** True once the reader has gone away (a closed pipe); further writes are dropped. */
  readonly gone: boolean;
}

/** Why an output file could not be opened. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/** Resolves when a stream can take more, or will take nothing more (closed, failed). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** Wraps a writable stream. */
function streamOutput(stream: Writable, ownsStream: boolean): Output {
  let gone = false;
  let failure: Error | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') gone = true;
    else failure = error;
  });
  return {
    get gone() {
      return gone;
    },
    async write(chunk: string) {
      if (failure !== null) throw new OutputError(`cannot write the output: ${describeFsError(failure)}`);
      if (gone) return;
      if (!stream.write(chunk)) await drained(stream);
    },
    async close() {
      if (!ownsStream || gone) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/** Opens `--out FILE`, or standard output when `path` is null. Rejects with an OutputError when the file cannot be opened. */
export async function openOutput(path: string | null): Promise<Output> {
  if (path === null) return streamOutput(process.stdout, false);
  const stream = createWriteStream(path);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new OutputError(`cannot write ${path}: ${describeFsError(error)}`);
  }
  return streamOutput(stream, true);
}
