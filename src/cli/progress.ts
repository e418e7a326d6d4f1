/**
 * A progress bar on standard error for long runs, redrawn at most ten times a second.
 * @module
 */
import type { WriteStream } from 'node:tty';

const WIDTH = 24;
const REDRAW_MS = 100;

/** Where the bar is drawn: a terminal, or any stream when the bar was asked for. */
type BarStream = Pick<WriteStream, 'write'> & { readonly isTTY?: boolean };

/** Counts finished inputs and draws `[#####-----]  45% 4500/10000 files, 120/s`. */
export class ProgressBar {
  private done = 0;
  private failed = 0;
  private lastDraw = 0;
  private readonly started = Date.now();

  /** `total` is null when it is not known. */
  constructor(
    private readonly stream: BarStream,
    private readonly total: number | null,
  ) {}

  private line(): string {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const rate = `${Math.round(this.done / seconds)}/s`;
    const failed = this.failed > 0 ? `, ${this.failed} failed` : '';
    if (this.total === null || this.total === 0) return `${this.done} ${this.done === 1 ? 'file' : 'files'}, ${rate}${failed}`;
    const share = Math.min(this.done / this.total, 1);
    const filled = Math.round(share * WIDTH);
    const percent = `${Math.floor(share * 100)}%`.padStart(4);
    return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${percent} ${this.done}/${this.total} files, ${rate}${failed}`;
  }

  private draw(): void {
    this.lastDraw = Date.now();
    this.stream.write(`\r${this.line()}${this.stream.isTTY === true ? '\u001b[K' : ''}`);
  }

  /** Counts one finished input and redraws when it is time. */
  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    if (Date.now() - this.lastDraw >= REDRAW_MS) this.draw();
  }

  /** Writes a message on its own line, then redraws the bar under it. */
  message(text: string): void {
    this.stream.write(`\r${this.stream.isTTY === true ? '\u001b[K' : ''}${text}\n`);
    this.draw();
  }

  /** Draws the final state and ends the line. */
  finish(): void {
    this.draw();
    this.stream.write('\n');
  }
}
