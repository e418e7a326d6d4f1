/**
 * The `secpress` executable. In the main thread it runs the command line; in a worker thread
 * (`secpress parse --jobs N`) the same file serves parse tasks.
 * @module
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { runCli } from './program.js';
import { serveParseTasks } from './worker.js';

if (isMainThread) {
  process.exitCode = await runCli(process.argv, new URL(import.meta.url));
} else if (parentPort !== null) {
  serveParseTasks(parentPort);
}
