// One job of the analysis pool, the same on a worker thread and in the calling thread: facts of an
// article (with a guess at its evidence), or the findings of its analysis with given evidence. The
// text comes with the job, or the job reads the file itself, so a corpus scan's reads happen on the
// workers and the calling thread only stats and counts.
import { analyzeFactsWith, analyzePrepared, evidenceOf, prepare, type ArticleFacts, type FinalCount, type ResolvedConfig } from '../core';
import { statSync } from 'node:fs';
import { readArticleFileSync } from './files';

/** Identifies a configuration (one per `.chaff.json`) and carries what a worker needs to resolve it. */
export interface PoolConfig {
  key: string;
  raw: unknown;
  trusted: boolean;
}

/** The text itself, or a file to read (refused past `maxSize` bytes, binary or not UTF-8). */
export type JobInput = { text: string } | { file: string; maxSize: number };

export type PoolRequest = { id: number; config?: PoolConfig } & (
  | (JobInput & ({ op: 'facts'; hint: Int32Array | null } | { op: 'final'; applicable: Int32Array }))
  | { op: 'stat'; files: string[] }
);

export type PoolResponse = { id: number } & (
  | { facts: ArticleFacts; final: FinalCount; stat?: { mtimeMs: number; size: number } }
  | { findings: number }
  | { stats: Float64Array }
  | { skip: string }
  | { error: string }
);

/** mtime and size of each file, in pairs; NaN for one that cannot be stat'ed (gone, say). */
export function statFiles(files: string[]): Float64Array {
  const out = new Float64Array(files.length * 2).fill(NaN);
  files.forEach((f, i) => {
    const st = statSync(f, { throwIfNoEntry: false });
    if (st?.isFile()) {
      out[2 * i] = st.mtimeMs;
      out[2 * i + 1] = st.size;
    }
  });
  return out;
}

export function runJob(req: PoolRequest, config: ResolvedConfig | undefined): PoolResponse {
  if (req.op === 'stat') return { id: req.id, stats: statFiles(req.files) };
  try {
    let text: string;
    let stat: { mtimeMs: number; size: number } | undefined;
    if ('file' in req) {
      const r = readArticleFileSync(req.file, req.maxSize);
      if (!r.ok) return { id: req.id, skip: r.message };
      text = r.text;
      stat = { mtimeMs: r.stat.mtimeMs, size: r.stat.size };
    } else text = req.text;
    if (req.op === 'facts') return { id: req.id, ...analyzeFactsWith(text, config, req.hint), ...(stat && { stat }) };
    return { id: req.id, findings: analyzePrepared(prepare(text, config), evidenceOf(req.applicable)).findings.length };
  } catch (e) {
    return { id: req.id, error: (e as Error).stack ?? String(e) };
  }
}
