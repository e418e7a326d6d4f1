/**
 * The worker-thread side of `secpress parse --jobs N`: answers each task with its outcome.
 * @module
 */
import type { MessagePort } from 'node:worker_threads';
import { runParseTask, type ParseTask } from './parseTask.js';

/** Serves parse tasks posted on `port`, one at a time, until the worker is stopped. */
export function serveParseTasks(port: MessagePort): void {
  port.on('message', (task: ParseTask) => {
    void runParseTask(task).then((outcome) => port.postMessage(outcome));
  });
}
