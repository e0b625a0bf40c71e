// The corpus index on the Node side: stat every input, reuse cached facts for files whose mtime and
// size are unchanged, read and analyse the rest with bounded concurrency on the worker pool, combine
// them into corpus evidence and duplicates, and analyse again only the articles whose evidence
// changed. Used by `chaff index` (with `--cache`) and by check/clean/analyze over folders.
import { promises as fs, statSync } from 'node:fs';
import { version } from '../../package.json';
import { Corpus, factsFromJson, factsToJson, type ArticleFacts, type CorpusEntry, type FactsJson, type ResolvedConfig } from '../core';
import { readArticleFile, writeAtomic } from './files';
import type { Input } from './paths';
import { AnalysisPool, configKey } from './pool';

declare const __CHAFF_ENGINE__: string | undefined;
/** Changes whenever the engine's source does (set at build time); cached facts of another engine are not used. */
export const ENGINE = `${version}+${typeof __CHAFF_ENGINE__ === 'string' ? __CHAFF_ENGINE__ : 'dev'}`;
const CACHE_FORMAT = 1;

/** One cached file: its stat when analysed, its facts, and its analysis with evidence if one was made. */
export interface CachedFile {
  mtimeMs: number;
  size: number;
  facts: ArticleFacts;
  final: CorpusEntry['final'];
  /** The configuration the facts were made with, when files may have different ones (the editor's nested `.chaff.json`). */
  config?: string;
}

/** Per-file records by key, valid for one engine and one configuration. */
export class IndexCache {
  readonly files = new Map<string, CachedFile>();
  constructor(readonly stamp: string) {}

  /** A cached file, if the stat still matches. */
  lookup(key: string, mtimeMs: number, size: number, config?: string): CachedFile | undefined {
    const c = this.files.get(key);
    return c && c.mtimeMs === mtimeMs && c.size === size && c.config === config ? c : undefined;
  }

  /** NDJSON: a header line, then one line per file, so a huge corpus never becomes one giant string to parse. */
  serialise(): string {
    const out = [JSON.stringify({ format: CACHE_FORMAT, stamp: this.stamp, files: this.files.size })];
    for (const [key, c] of this.files) {
      const row: unknown[] = [key, c.mtimeMs, c.size, factsToJson(c.facts), c.final ? [c.final.evidence, c.final.findings] : null];
      if (c.config !== undefined) row.push(c.config);
      out.push(JSON.stringify(row));
    }
    return out.join('\n') + '\n';
  }

  /** Parses a cache; one of another engine, configuration or format is empty (everything is read again). */
  static parse(text: string, stamp: string): IndexCache {
    const cache = new IndexCache(stamp);
    let start = text.indexOf('\n');
    if (start < 0) return cache;
    try {
      const head = JSON.parse(text.slice(0, start));
      if (head.format !== CACHE_FORMAT || head.stamp !== stamp) return cache;
      while (start < text.length - 1) {
        const end = text.indexOf('\n', start + 1);
        const line = text.slice(start + 1, end < 0 ? text.length : end);
        start = end < 0 ? text.length : end;
        if (!line) continue;
        const [key, mtimeMs, size, facts, final, config] = JSON.parse(line) as [string, number, number, FactsJson, [string, number] | null, string?];
        const c: CachedFile = { mtimeMs, size, facts: factsFromJson(facts), final: final && { evidence: final[0], findings: final[1] } };
        if (config !== undefined) c.config = config;
        cache.files.set(key, c);
      }
    } catch {
      cache.files.clear(); // a damaged cache is only a slower start
    }
    return cache;
  }
}

/** What the cache is valid for: this engine, this configuration. */
export const cacheStamp = (config: ResolvedConfig) => `${ENGINE}|${configKey(config)}`;

export async function loadCache(file: string, config: ResolvedConfig): Promise<IndexCache> {
  const stamp = cacheStamp(config);
  try {
    return IndexCache.parse(await fs.readFile(file, 'utf8'), stamp);
  } catch {
    return new IndexCache(stamp);
  }
}

export async function saveCache(file: string, cache: IndexCache): Promise<void> {
  await writeAtomic(file, cache.serialise());
}

export interface IndexProgress {
  /** Files looked at so far (cached or read). */
  done: number;
  total: number;
  /** Of those, read and analysed (not from the cache). */
  analysed: number;
}

export interface CorpusIndexOptions {
  config: ResolvedConfig;
  maxSize: number;
  onSkip(input: Input, message: string): void;
  /** Cache file to read and update. */
  cacheFile?: string;
  /** An already loaded cache (kept current in place). */
  cache?: IndexCache;
  pool?: AnalysisPool;
  /** Files in flight at once (stat, read, analysis). */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?(p: IndexProgress): void;
  /** Each article as soon as its facts are known (before evidence), to show results early. */
  onArticle?(entry: CorpusEntry, input: Input): void;
}

export interface CorpusIndex {
  corpus: Corpus;
  /** Indexed inputs, in input order, keyed as the corpus is (by `Input.real`). */
  inputs: Input[];
  /** The stat each file had when its facts were made. */
  stamps: Map<string, { mtimeMs: number; size: number }>;
  stats: { files: number; cached: number; analysed: number; reanalysed: number; ms: { scan: number; evidence: number; total: number } };
}

/** Duplicate sets are ordered earliest published first (unknown dates last), then by path. */
function articleOrder(corpus: () => Corpus, display: Map<string, string>) {
  return (a: string, b: string) => {
    const pa = corpus().get(a)?.facts.metadata.published ?? '\uffff';
    const pb = corpus().get(b)?.facts.metadata.published ?? '\uffff';
    if (pa !== pb) return pa < pb ? -1 : 1;
    const da = display.get(a) ?? a;
    const db = display.get(b) ?? b;
    return da < db ? -1 : da > db ? 1 : 0;
  };
}

/** Runs `fn` over items with at most `limit` in flight. */
export async function eachLimited<T>(items: T[], limit: number, fn: (item: T, i: number) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      if (signal?.aborted) return;
      const i = next++;
      await fn(items[i], i);
    }
  });
  await Promise.all(lanes);
}

export async function indexCorpus(inputs: Input[], opts: CorpusIndexOptions): Promise<CorpusIndex> {
  const t0 = performance.now();
  const cache = opts.cache ?? (opts.cacheFile ? await loadCache(opts.cacheFile, opts.config) : null);
  const ownPool = !opts.pool;
  const pool = opts.pool ?? new AnalysisPool(inputs.length > 1 ? undefined : 0);
  const cfg = pool.config(opts.config);
  const display = new Map(inputs.map((i) => [i.real, i.display]));
  let corpus: Corpus;
  corpus = new Corpus(opts.config.repeatedLines, { order: articleOrder(() => corpus, display) });
  const stats: CorpusIndex['stats'] = { files: 0, cached: 0, analysed: 0, reanalysed: 0, ms: { scan: 0, evidence: 0, total: 0 } };
  const ok = new Array<boolean>(inputs.length).fill(false);
  const stamps = new Map<string, { mtimeMs: number; size: number }>();
  let done = 0;
  const report = () => opts.onProgress?.({ done, total: inputs.length, analysed: stats.analysed });
  try {
    // Enough in flight to keep every worker busy while others read, and stats (cache hits) flowing.
    const limit = opts.concurrency ?? Math.max(32, pool.threads * 4);
    await eachLimited(
      inputs,
      limit,
      async (input, i) => {
        let hit: CachedFile | undefined;
        let stat: { mtimeMs: number; size: number } | null = null;
        if (cache) {
          // Synchronous: a cache hit costs one stat, and the promise version costs several times more.
          const st = statSync(input.real, { throwIfNoEntry: false });
          if (st) {
            stat = { mtimeMs: st.mtimeMs, size: st.size };
            if (st.size <= opts.maxSize) hit = cache.lookup(input.real, st.mtimeMs, st.size);
          }
        }
        let facts: ArticleFacts;
        if (hit) {
          facts = hit.facts;
          stats.cached++;
        } else {
          const r = await readArticleFile(input.abs, opts.maxSize);
          if (!r.ok) {
            opts.onSkip(input, r.message);
            cache?.files.delete(input.real);
            done++;
            return;
          }
          stat = { mtimeMs: r.stat.mtimeMs, size: r.stat.size };
          facts = await pool.facts(r.text, cfg);
          stats.analysed++;
        }
        ok[i] = true;
        stamps.set(input.real, stat!);
        const entry = corpus.set(input.real, input.display, facts, hit?.final ?? null);
        opts.onArticle?.(entry, input);
        done++;
        if (done % 256 === 0) report();
      },
      opts.signal,
    );
    report();
    stats.ms.scan = performance.now() - t0;
    if (opts.signal?.aborted) throw new DOMException('index cancelled', 'AbortError');

    // Evidence: a second analysis only where the lines that repeat in its source changed.
    const t1 = performance.now();
    const stale = corpus.stale();
    const byKey = new Map(inputs.map((i) => [i.real, i]));
    await eachLimited(
      stale,
      Math.max(8, pool.threads * 4),
      async (e) => {
        const input = byKey.get(e.key)!;
        const r = await readArticleFile(input.abs, opts.maxSize);
        if (!r.ok) return;
        const applicable = corpus.repeated.applicable(e.source, e.facts);
        const findings = await pool.final(r.text, applicable, cfg);
        corpus.resolve(e.key, corpus.evidenceKey(e), findings);
        stats.reanalysed++;
      },
      opts.signal,
    );
    stats.ms.evidence = performance.now() - t1;
    if (opts.signal?.aborted) throw new DOMException('index cancelled', 'AbortError');
  } finally {
    if (ownPool) await pool.close();
  }

  const indexed = inputs.filter((_, i) => ok[i]);
  stats.files = indexed.length;
  if (cache) {
    // The cache holds what this run saw (files gone from the inputs are forgotten).
    const keep = new Set(indexed.map((i) => i.real));
    let changed = stats.analysed > 0 || stats.reanalysed > 0;
    for (const k of [...cache.files.keys()]) {
      if (keep.has(k)) continue;
      cache.files.delete(k);
      changed = true;
    }
    for (const input of indexed) {
      const e = corpus.get(input.real)!;
      const st = stamps.get(input.real)!;
      const old = cache.files.get(input.real);
      if (old && old.facts === e.facts && old.final?.evidence === e.final?.evidence && old.final?.findings === e.final?.findings) continue;
      cache.files.set(input.real, { mtimeMs: st.mtimeMs, size: st.size, facts: e.facts, final: e.final });
      changed = true;
    }
    // Nothing new: the file on disk is still right (a second start writes nothing).
    if (opts.cacheFile && changed) await saveCache(opts.cacheFile, cache);
  }
  stats.ms.total = performance.now() - t0;
  return { corpus, inputs: indexed, stamps, stats };
}
