/**
 * A fixed pool of worker threads running `secpress parse` tasks. Each worker runs the CLI's
 * own module, which serves tasks when it is not the main thread.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { ParseOutcome, ParseTask } from './parseTask.js';

/** A task waiting for a worker, with the function that settles its promise. */
interface Job {
  readonly task: ParseTask;
  readonly settle: (outcome: ParseOutcome) => void;
}

/** Worker threads that parse tasks; `run` queues a task and resolves with its outcome. */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly all = new Set<Worker>();
  private closed = false;

  /** Starts `size` workers running `script`. */
  constructor(
    size: number,
    private readonly script: URL,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Starts a worker and wires its replies; a worker that dies fails its task and is replaced. */
  private spawn(): void {
    const worker = new Worker(this.script);
    this.all.add(worker);
    this.idle.push(worker);
    worker.on('message', (outcome: ParseOutcome) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      job?.settle(outcome);
      this.pump();
    });
    worker.on('error', (error: Error) => this.lose(worker, error.message));
    worker.on('exit', (code) => this.lose(worker, `worker stopped with code ${code}`));
  }

  /** Fails the task of a worker that died, and starts another in its place. */
  private lose(worker: Worker, reason: string): void {
    if (!this.all.delete(worker)) return;
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    job?.settle({ ok: false, message: `cannot parse ${job.task.name}: ${reason}` });
    if (!this.closed) {
      this.spawn();
      this.pump();
    }
  }

  /** Hands queued tasks to idle workers. */
  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job;
      this.busy.set(worker, job);
      worker.postMessage(job.task);
    }
  }

  /** Parses `task` on the next free worker. */
  run(task: ParseTask): Promise<ParseOutcome> {
    return new Promise((settle) => {
      this.queue.push({ task, settle });
      this.pump();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.all].map((worker) => worker.terminate()));
  }
}
