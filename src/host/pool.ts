// The engine on worker threads, with an in-thread fallback (tests, one-file runs, or no worker
// bundle next to this one). Work is queued; each worker is handed a few jobs ahead, so it never
// waits a message round trip between two of them.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { hash64, type ArticleFacts, type FinalCount, type MetadataMode, type ResolvedConfig, type StripLevel } from '../core';
import { runJob, type ArticleReply, type FactsItem, type FactsResult, type JobInput, type PoolConfig, type PoolRequest, type PoolResponse, type WalkResult } from './job';

export type { PoolConfig } from './job';

/** Facts of an article, and the analysis with the evidence guessed for it. */
export interface FactsReply {
  facts: ArticleFacts;
  final: FinalCount;
  /** The file's stat when the job read it. */
  stat?: { mtimeMs: number; size: number };
  /** The text is whitespace only. */
  blank?: true;
}

/** Where the worker bundle sits (beside the CLI or extension bundle). */
export const WORKER_FILE = path.join(__dirname, 'worker.js');

/** A key for a configuration's content (the same `.chaff.json` text and trust, the same key). */
export const configKey = (c: ResolvedConfig) => (c.raw === undefined ? '' : hash64(JSON.stringify(c.raw))) + (c.trusted ? '' : ':untrusted');

export const defaultWorkers = () => Math.max(1, Math.min(8, (os.availableParallelism?.() ?? os.cpus().length) || 1));

/** Where a worker thread's priority can be lowered on its own (Linux: a thread is a task with its own nice value). */
export const canLowerWorkerPriority = process.platform === 'linux';

/** Jobs handed to one worker at a time: enough to cover a round trip, few enough to share work evenly. */
const AHEAD = 2;

interface Job {
  req: PoolRequest;
  resolve(v: PoolResponse): void;
  reject(e: Error): void;
}

export class AnalysisPool {
  private readonly workers: { w: Worker; jobs: Job[] }[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly configs = new Map<string, { pool: PoolConfig; resolved: ResolvedConfig }>();
  private readonly keys = new WeakMap<ResolvedConfig, string>();

  /**
   * `size` 0, or no worker bundle: the engine runs on this thread, yielding between jobs.
   * `background`: workers after the first run at a lower priority where the system allows it (an
   * editor's index must not slow the editor); the first keeps its priority, and being first in line
   * for work, takes the short jobs a start waits for (a folder's walk) at once.
   */
  constructor(size = defaultWorkers(), opts: { background?: boolean } = {}) {
    if (size > 0 && existsSync(WORKER_FILE)) {
      for (let i = 0; i < size; i++) {
        const w = new Worker(WORKER_FILE, { workerData: { background: !!opts.background && i > 0 } });
        w.unref();
        const slot = { w, jobs: [] as Job[] };
        w.on('message', (res: PoolResponse) => {
          // A worker answers its jobs in the order it was given them.
          slot.jobs.shift()?.resolve(res);
          this.pump();
        });
        w.on('error', (e) => {
          for (const job of slot.jobs.splice(0)) job.reject(e);
          // A dead worker takes no more jobs; without workers, the rest run on this thread.
          this.workers.splice(this.workers.indexOf(slot), 1);
          if (this.workers.length === 0) for (const job of this.queue.splice(0)) this.inThread(job.req, this.configs.get(job.req.config?.key ?? '')?.resolved).then(job.resolve, job.reject);
        });
        this.workers.push(slot);
      }
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Work waiting or running (callers keep this bounded). */
  get pending(): number {
    return this.queue.length + this.workers.reduce((n, s) => n + s.jobs.length, 0);
  }

  /**
   * Registers a configuration for later jobs; returns its key. Workers cache configurations by key,
   * so the key is derived from the content: a changed `.chaff.json` gets a new one.
   */
  config(resolved: ResolvedConfig): string {
    // Asked once per file in a scan: the key is worked out once per configuration object.
    let key = this.keys.get(resolved);
    if (key === undefined) this.keys.set(resolved, (key = configKey(resolved)));
    if (!this.configs.has(key)) this.configs.set(key, { pool: { key, raw: resolved.raw, trusted: resolved.trusted }, resolved });
    return key;
  }

  /**
   * Facts of a text or file, with the findings of an analysis on `hint` (the lines its source is
   * believed to repeat, sorted) made from the same preparation. A file that cannot be read gives
   * `{ skip }` with the reason.
   */
  async factsWith(input: JobInput, hint: Int32Array | null, config = ''): Promise<FactsReply | { skip: string }> {
    const [r] = await this.factsMany([{ ...input, hint }], config);
    if ('error' in r) throw new Error(r.error);
    return r;
  }

  /** `factsWith` for several articles in one job (a corpus scan's batches). */
  async factsMany(items: FactsItem[], config = ''): Promise<FactsResult[]> {
    const res = await this.run({ id: 0, op: 'facts', items }, config);
    if ('error' in res) throw new Error(res.error);
    if (!('results' in res)) throw new Error('pool: unexpected reply');
    return res.results;
  }

  /** Findings of an analysis with evidence on the given lines; null when the file cannot be read. */
  async final(input: JobInput | string, applicable: Int32Array, config = ''): Promise<number | null> {
    const res = await this.run({ id: 0, op: 'final', ...(typeof input === 'string' ? { text: input } : input), applicable }, config);
    if ('error' in res) throw new Error(res.error);
    if ('skip' in res) return null;
    if (!('findings' in res)) throw new Error('pool: unexpected reply');
    return res.findings;
  }

  /** An article's text analysed with evidence on the given lines (none: empty), and cleaned if `clean` names a metadata mode. */
  async article(text: string, applicable: Int32Array, clean: MetadataMode | null, config = '', strip: StripLevel = 'certain'): Promise<ArticleReply> {
    const res = await this.run({ id: 0, op: 'article', text, applicable, clean, strip }, config);
    if ('error' in res) throw new Error(res.error);
    if (!('article' in res)) throw new Error('pool: unexpected reply');
    return res.article;
  }

  /**
   * mtime and size of each file, in pairs (NaN when it cannot be stat'ed), made on the workers in
   * batches: on a second start, stat-ing every file is most of the work left.
   */
  async stat(files: string[]): Promise<Float64Array> {
    const out = new Float64Array(files.length * 2);
    const batch = Math.max(256, Math.ceil(files.length / Math.max(1, this.threads * 8)));
    const jobs: Promise<void>[] = [];
    for (let from = 0; from < files.length; from += batch) {
      jobs.push(
        this.run({ id: 0, op: 'stat', files: files.slice(from, from + batch) }, '').then((res) => {
          if (!('stats' in res)) throw new Error('pool: unexpected reply');
          out.set(res.stats, 2 * from);
        }),
      );
    }
    await Promise.all(jobs);
    return out;
  }

  /**
   * A folder's articles, minus those `exclude` globs match, with their stats if asked for, and the
   * folders that hold a file named `marker`: one job on a worker.
   */
  async walk(dir: string, exclude: string[], stat: boolean, marker = ''): Promise<WalkResult> {
    const res = await this.run({ id: 0, op: 'walk', dir, exclude, stat, marker }, '');
    if ('error' in res) throw new Error(res.error);
    if (!('walked' in res)) throw new Error('pool: unexpected reply');
    return res.walked;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new Error('pool closed'));
    await Promise.all(this.workers.map((s) => s.w.terminate()));
    this.workers.length = 0;
  }

  private run(req: PoolRequest, key: string): Promise<PoolResponse> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    req.id = this.nextId++;
    const cfg = this.configs.get(key);
    if (this.workers.length === 0) return this.inThread(req, cfg?.resolved);
    return new Promise((resolve, reject) => {
      this.queue.push({ req: cfg ? { ...req, config: cfg.pool } : req, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.workers) {
      while (slot.jobs.length < AHEAD && this.queue.length > 0) {
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        slot.w.postMessage(job.req);
      }
    }
  }

  private lastYield = Date.now();

  /** Runs on this thread, giving the event loop a turn every few milliseconds. */
  private async inThread(req: PoolRequest, config: ResolvedConfig | undefined): Promise<PoolResponse> {
    if (Date.now() - this.lastYield > 8) {
      await new Promise((r) => setImmediate(r));
      this.lastYield = Date.now();
    }
    return runJob(req, config);
  }
}
