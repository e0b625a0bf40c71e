// The engine on worker threads, with an in-thread fallback (tests, one-file runs, or no worker
// bundle next to this one). Work is queued; each worker runs one job at a time.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze, analyzeFacts, evidenceOf, hash64, type ArticleFacts, type ResolvedConfig } from '../core';

export interface PoolConfig {
  /** Identifies the configuration (one per `.chaff.json`). */
  key: string;
  raw: unknown;
  trusted: boolean;
}

export type PoolRequest = { id: number; config?: PoolConfig } & ({ op: 'facts'; text: string } | { op: 'final'; text: string; applicable: Int32Array });
export type PoolResponse = { id: number } & ({ facts: ArticleFacts } | { findings: number } | { error: string });

/** Where the worker bundle sits (beside the CLI or extension bundle). */
export const WORKER_FILE = path.join(__dirname, 'worker.js');

/** A key for a configuration's content (the same `.chaff.json` text and trust, the same key). */
export const configKey = (c: ResolvedConfig) => (c.raw === undefined ? '' : hash64(JSON.stringify(c.raw))) + (c.trusted ? '' : ':untrusted');

export const defaultWorkers = () => Math.max(1, Math.min(8, (os.availableParallelism?.() ?? os.cpus().length) || 1));

interface Job {
  req: PoolRequest;
  resolve(v: PoolResponse): void;
  reject(e: Error): void;
}

export class AnalysisPool {
  private readonly workers: { w: Worker; job: Job | null }[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly configs = new Map<string, { pool: PoolConfig; resolved: ResolvedConfig }>();

  /** `size` 0, or no worker bundle: the engine runs on this thread, yielding between jobs. */
  constructor(size = defaultWorkers()) {
    if (size > 0 && existsSync(WORKER_FILE)) {
      for (let i = 0; i < size; i++) {
        const w = new Worker(WORKER_FILE);
        w.unref();
        const slot = { w, job: null as Job | null };
        w.on('message', (res: PoolResponse) => {
          const job = slot.job;
          slot.job = null;
          job?.resolve(res);
          this.pump();
        });
        w.on('error', (e) => {
          slot.job?.reject(e);
          slot.job = null;
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
    return this.queue.length + this.workers.filter((s) => s.job).length;
  }

  /**
   * Registers a configuration for later jobs; returns its key. Workers cache configurations by key,
   * so the key is derived from the content: a changed `.chaff.json` gets a new one.
   */
  config(resolved: ResolvedConfig): string {
    const key = configKey(resolved);
    if (!this.configs.has(key)) this.configs.set(key, { pool: { key, raw: resolved.raw, trusted: resolved.trusted }, resolved });
    return key;
  }

  async facts(text: string, config = ''): Promise<ArticleFacts> {
    const res = await this.run({ id: 0, op: 'facts', text }, config);
    if ('error' in res) throw new Error(res.error);
    if (!('facts' in res)) throw new Error('pool: unexpected reply');
    return res.facts;
  }

  /** Findings of an analysis with evidence on the given lines. */
  async final(text: string, applicable: Int32Array, config = ''): Promise<number> {
    const res = await this.run({ id: 0, op: 'final', text, applicable }, config);
    if ('error' in res) throw new Error(res.error);
    if (!('findings' in res)) throw new Error('pool: unexpected reply');
    return res.findings;
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
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.w.postMessage(job.req);
    }
  }

  private lastYield = Date.now();

  /** Runs on this thread, giving the event loop a turn every few milliseconds. */
  private async inThread(req: PoolRequest, config: ResolvedConfig | undefined): Promise<PoolResponse> {
    if (Date.now() - this.lastYield > 8) {
      await new Promise((r) => setImmediate(r));
      this.lastYield = Date.now();
    }
    try {
      if (req.op === 'facts') return { id: req.id, facts: analyzeFacts(req.text, config) };
      return { id: req.id, findings: analyze(req.text, { config, corpus: evidenceOf(req.applicable) }).findings.length };
    } catch (e) {
      return { id: req.id, error: (e as Error).stack ?? String(e) };
    }
  }
}
