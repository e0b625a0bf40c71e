// One job of the analysis pool, the same on a worker thread and in the calling thread: facts of an
// article (with a guess at its evidence), or the findings of its analysis with given evidence. The
// text comes with the job, or the job reads the file itself, so a corpus scan's reads happen on the
// workers and the calling thread only stats and counts.
import {
  analyzeFactsWith,
  analyzePrepared,
  cleanAnalysed,
  evidenceOf,
  prepare,
  type AnalysisWarning,
  type ArticleFacts,
  type FinalCount,
  type Finding,
  type Metadata,
  type MetadataMode,
  type ResolvedConfig,
  type StripLevel,
} from '../core';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFileSync } from './files';
import { excludeMatcher, walkTree } from './paths';

/** Identifies a configuration (one per `.chaff.json`) and carries what a worker needs to resolve it. */
export interface PoolConfig {
  key: string;
  raw: unknown;
  trusted: boolean;
}

/** The text itself, or a file to read (refused past `maxSize` bytes, binary or not UTF-8). */
export type JobInput = { text: string } | { file: string; maxSize: number };

/** One article of a facts job, with the lines its source is believed to repeat (sorted), if any. */
export type FactsItem = JobInput & { hint: Int32Array | null };

/** Facts of an article and the analysis with its guessed evidence; or why the file was skipped. */
export type FactsResult = { facts: ArticleFacts; final: FinalCount; stat?: { mtimeMs: number; size: number }; blank?: true } | { skip: string } | { error: string };

// Facts jobs carry several articles: one message each way per batch, not per article.
export type PoolRequest = { id: number; config?: PoolConfig } & (
  | { op: 'facts'; items: FactsItem[] }
  | (JobInput & { op: 'final'; applicable: Int32Array })
  | { op: 'article'; text: string; applicable: Int32Array; clean: MetadataMode | null; strip?: StripLevel }
  | { op: 'stat'; files: string[] }
  | { op: 'walk'; dir: string; exclude: string[]; stat: boolean; marker: string }
);

/** A folder's articles (relative `/` paths, sorted), their stats if asked for (pairs, as `stat` gives them), and the .gitignore files read. */
export interface WalkResult {
  rels: string[];
  stats: Float64Array | null;
  gitignores: [string, string][];
  /** Folders holding a file named as the walk's marker. */
  marked: string[];
}

/**
 * An article of a CLI run analysed with its evidence, and cleaned if asked: the cleaned text only
 * when it differs from the input (the input is the caller's already).
 */
export interface ArticleReply {
  findings: Finding[];
  metadata: Metadata;
  warnings?: AnalysisWarning[];
  clean?: { changed: boolean; text?: string; sidecar: Metadata | null };
}

export type PoolResponse = { id: number } & ({ results: FactsResult[] } | { article: ArticleReply } | { findings: number } | { stats: Float64Array } | { walked: WalkResult } | { skip: string } | { error: string });

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

/** A corpus folder listed (and stat'ed) in one job: on a worker, while the caller loads its cache. */
function walk(req: { id: number; dir: string; exclude: string[]; stat: boolean; marker: string }): PoolResponse {
  try {
    const gitignores = new Map<string, string>();
    const marker = { name: req.marker, dirs: [] as string[] };
    const excluded = excludeMatcher(req.exclude);
    const rels = walkTree(req.dir, gitignores, marker)
      .map((f) => f.rel)
      .filter((rel) => !excluded(rel));
    const stats = req.stat ? statFiles(rels.map((rel) => join(req.dir, rel))) : null;
    return { id: req.id, walked: { rels, stats, gitignores: [...gitignores], marked: marker.dirs } };
  } catch (e) {
    return { id: req.id, error: (e as Error).message };
  }
}

function textOf(input: JobInput): { text: string; stat?: { mtimeMs: number; size: number } } | { skip: string } {
  if (!('file' in input)) return { text: input.text };
  const r = readArticleFileSync(input.file, input.maxSize);
  return r.ok ? { text: r.text, stat: { mtimeMs: r.stat.mtimeMs, size: r.stat.size } } : { skip: r.message };
}

function factsOfItem(item: FactsItem, config: ResolvedConfig | undefined): FactsResult {
  try {
    const t = textOf(item);
    if ('skip' in t) return t;
    // Whitespace only: said, so that a caller which does not count such files as articles (the editor) can leave it out.
    return { ...analyzeFactsWith(t.text, config, item.hint), ...(t.stat && { stat: t.stat }), ...(!t.text.trim() && { blank: true as const }) };
  } catch (e) {
    return { error: (e as Error).stack ?? String(e) };
  }
}

/** One analysis with the evidence given (none when empty, as `analyze` without evidence), and the clean made from it. */
function articleOf(text: string, applicable: Int32Array, mode: MetadataMode | null, config: ResolvedConfig | undefined, strip: StripLevel = 'certain'): ArticleReply {
  const corpus = applicable.length ? evidenceOf(applicable) : undefined;
  const analysis = analyzePrepared(prepare(text, config), corpus);
  const reply: ArticleReply = { findings: analysis.findings, metadata: analysis.metadata, ...(analysis.warnings && { warnings: analysis.warnings }) };
  if (mode === null) return reply;
  const c = cleanAnalysed(text, analysis, { config, corpus, metadata: mode, strip });
  reply.clean = { changed: c.changed, sidecar: c.sidecar, ...(c.changed && { text: c.text }) };
  return reply;
}

export function runJob(req: PoolRequest, config: ResolvedConfig | undefined): PoolResponse {
  if (req.op === 'stat') return { id: req.id, stats: statFiles(req.files) };
  if (req.op === 'walk') return walk(req);
  if (req.op === 'facts') return { id: req.id, results: req.items.map((item) => factsOfItem(item, config)) };
  if (req.op === 'article') {
    try {
      return { id: req.id, article: articleOf(req.text, req.applicable, req.clean, config, req.strip) };
    } catch (e) {
      return { id: req.id, error: (e as Error).stack ?? String(e) };
    }
  }
  try {
    const t = textOf(req);
    if ('skip' in t) return { id: req.id, skip: t.skip };
    return { id: req.id, findings: analyzePrepared(prepare(t.text, config), evidenceOf(req.applicable)).findings.length };
  } catch (e) {
    return { id: req.id, error: (e as Error).stack ?? String(e) };
  }
}
