// Terminal manners: a progress line on stderr while a run goes on (only when stderr is a terminal),
// and colour only where the stream can show it (NO_COLOR, FORCE_COLOR and TERM respected).
import type { WriteStream } from 'node:tty';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** `12/40 files  3.1 MB/s  ETA 0:09`, redrawn at most every `interval` ms and erased at the end. */
export class Progress {
  private done = 0;
  private bytes = 0;
  private last = -Infinity;
  private shown = false;
  private readonly t0: number;

  constructor(
    private readonly stream: ProgressStream | null,
    private readonly opts: { unit: string; total?: number; totalBytes?: number | null; now?: () => number; interval?: number },
  ) {
    this.t0 = this.now();
  }

  private now(): number {
    return this.opts.now ? this.opts.now() : performance.now();
  }

  /** One more item done, of `bytes` bytes. */
  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (!this.stream) return;
    const t = this.now();
    if (t - this.last < (this.opts.interval ?? 100)) return;
    this.last = t;
    this.draw(t);
  }

  /** Totals reported by someone else's loop (an index that counts its own files). */
  update(done: number, bytes = this.bytes): void {
    this.done = done - 1;
    this.tick(bytes - this.bytes);
  }

  line(t = this.now()): string {
    const secs = Math.max(1e-3, (t - this.t0) / 1000);
    const rate = mb(this.bytes) / secs;
    const { total, totalBytes, unit } = this.opts;
    let s = total !== undefined ? `${this.done}/${total} ${unit}` : `${this.done} ${unit}`;
    if (this.bytes > 0) s += `  ${rate.toFixed(1)} MB/s`;
    let left: number | null = null;
    if (totalBytes && this.bytes > 0) left = ((totalBytes - this.bytes) / this.bytes) * secs;
    else if (total !== undefined && this.done > 0) left = ((total - this.done) / this.done) * secs;
    if (left !== null) s += `  ETA ${clock(left)}`;
    return s;
  }

  private draw(t: number): void {
    let s = this.line(t);
    const cols = this.stream!.columns;
    if (cols && s.length >= cols) s = s.slice(0, cols - 1);
    this.stream!.write(`\r${s}\x1b[K`);
    this.shown = true;
  }

  /** Erases the line; returns the totals for a summary. */
  end(): { done: number; bytes: number; seconds: number } {
    if (this.shown) this.stream!.write('\r\x1b[K');
    this.shown = false;
    return { done: this.done, bytes: this.bytes, seconds: (this.now() - this.t0) / 1000 };
  }
}

/** A throughput figure for summaries: `12.3 MB in 1.2 s (10.2 MB/s)`. */
export function throughput(bytes: number, seconds: number): string {
  return `${mb(bytes).toFixed(1)} MB in ${seconds.toFixed(1)} s (${(mb(bytes) / Math.max(seconds, 1e-3)).toFixed(1)} MB/s)`;
}

/** Whether to write colour to a stream: a terminal that has colours, unless NO_COLOR says no. */
export function useColour(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  const tty = stream as Partial<WriteStream>;
  return !!stream.isTTY && (typeof tty.hasColors === 'function' ? tty.hasColors(env) : env.TERM !== 'dumb');
}

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  kind(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
export const paint = (on: boolean): Paint =>
  on ? { bold: sgr(1, 22), dim: sgr(2, 22), kind: sgr(33, 39) } : { bold: (s) => s, dim: (s) => s, kind: (s) => s };
