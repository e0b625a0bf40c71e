// The corpus index on the Node side: stat every input, reuse cached facts for files whose mtime and
// size are unchanged, read and analyse the rest with bounded concurrency on the worker pool, combine
// them into corpus evidence and duplicates, and analyse again only the articles whose evidence
// changed. Used by `chaff index` (with `--cache`) and by check/clean/analyze over folders.
import { promises as fs } from 'node:fs';
import { version } from '../../package.json';
import { Corpus, evidenceKey, type ArticleFacts, type CorpusEntry, type DuplicateGroup, type Kind, type Metadata, type ResolvedConfig } from '../core';
import { writeAtomic } from './files';
import { fsMessage } from './errors';
import type { Input } from './paths';
import { AnalysisPool, configKey } from './pool';

declare const __CHAFF_ENGINE__: string | undefined;
/** Changes whenever the engine's source does (set at build time); cached facts of another engine are not used. */
export const ENGINE = `${version}+${typeof __CHAFF_ENGINE__ === 'string' ? __CHAFF_ENGINE__ : 'dev'}`;
const CACHE_FORMAT = 4;
/** Files per job of a scan. */
const BATCH = 8;

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
  /**
   * The duplicate sets of the corpus these files made, settled (every file's final analysis made
   * with its evidence): with them a second start that finds nothing changed counts nothing.
   */
  groups: DuplicateGroup[] | null = null;
  constructor(readonly stamp: string) {}

  /** A cached file, if the stat still matches. */
  lookup(key: string, mtimeMs: number, size: number, config?: string): CachedFile | undefined {
    const c = this.files.get(key);
    return c && c.mtimeMs === mtimeMs && c.size === size && c.config === config ? c : undefined;
  }

  /**
   * A header line, one JSON text of rows (strings and numbers, with folders, sources and evidence
   * keys as indexes into a table of strings), then every row's line hashes and MinHash as one block
   * of int32: a second start parses one JSON text and takes views of the block.
   */
  serialise(): Buffer {
    const strings: string[] = [];
    const ids = new Map<string, number>();
    const intern = (v: string | null | undefined) => {
      if (v === null || v === undefined) return -1;
      let id = ids.get(v);
      if (id === undefined) ids.set(v, (id = strings.push(v) - 1));
      return id;
    };
    const rows: Row[] = [];
    let ints = 0;
    for (const c of this.files.values()) ints += c.facts.lines.length + c.facts.guarded.length + (c.facts.body ? c.facts.body.minhash.length : 0);
    const block = new Int32Array(ints);
    let at = 0;
    const put = (a: Int32Array) => {
      block.set(a, at);
      at += a.length;
      return a.length;
    };
    for (const [key, c] of this.files) {
      const f = c.facts;
      const m = f.metadata;
      const slash = key.lastIndexOf('/') + 1;
      rows.push([
        intern(key.slice(0, slash)),
        key.slice(slash),
        c.mtimeMs,
        c.size,
        intern(c.config),
        [intern(m.source), m.published, m.url, m.retrieved, m.title, intern(m.author), intern(m.language)],
        f.findings,
        Object.entries(f.kinds).flatMap(([k, n]) => [intern(k), n]),
        put(f.lines),
        put(f.guarded),
        f.body ? [f.body.exact, put(f.body.minhash)] : null,
        c.final ? [intern(c.final.evidence), c.final.findings] : null,
      ]);
    }
    const index = new Map([...this.files.keys()].map((k, i) => [k, i]));
    const groups = this.groups?.every((g) => g.articles.every((k) => index.has(k)))
      ? this.groups.map((g) => [g.kind, g.similarity, g.articles.map((k) => index.get(k)!)])
      : null;
    const json = Buffer.from(JSON.stringify({ strings, rows, groups }) + '\n', 'utf8');
    const head = Buffer.from(JSON.stringify({ format: CACHE_FORMAT, stamp: this.stamp, files: this.files.size, json: json.length, ints, littleEndian: LITTLE_ENDIAN }) + '\n', 'utf8');
    // The block starts at a multiple of 4 bytes, so it can be viewed in place.
    const pad = Buffer.alloc((4 - ((head.length + json.length) % 4)) % 4, 0x20);
    return Buffer.concat([head, json, pad, Buffer.from(block.buffer, block.byteOffset, block.byteLength)]);
  }

  /** Parses a cache; one of another engine, configuration, format or byte order, or a damaged one, is empty (everything is read again). */
  static parse(bytes: Uint8Array, stamp: string): IndexCache {
    const cache = new IndexCache(stamp);
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const nl = buf.indexOf(0x0a);
    if (nl < 0) return cache;
    try {
      const head = JSON.parse(buf.toString('utf8', 0, nl));
      if (head.format !== CACHE_FORMAT || head.stamp !== stamp || head.littleEndian !== LITTLE_ENDIAN) return cache;
      const { strings, rows, groups } = JSON.parse(buf.toString('utf8', nl + 1, nl + 1 + head.json)) as { strings: string[]; rows: Row[]; groups: [DuplicateGroup['kind'], number, number[]][] | null };
      let start = nl + 1 + head.json;
      start += (4 - (start % 4)) % 4;
      if (start + head.ints * 4 > buf.length) throw new Error('cache truncated');
      // Views into one block; a copy only if the bytes are not 4-aligned in memory.
      const off = buf.byteOffset + start;
      const block = off % 4 === 0 ? new Int32Array(buf.buffer, off, head.ints) : new Int32Array(buf.buffer.slice(off, off + head.ints * 4));
      let at = 0;
      const take = (n: number) => block.subarray(at, (at += n));
      const str = (i: number) => {
        if (i === -1) return null;
        const v = strings[i];
        if (typeof v !== 'string') throw new Error('cache damaged');
        return v;
      };
      const keys: string[] = [];
      for (const [folder, name, mtimeMs, size, config, m, findings, kindCounts, nLines, nGuarded, body, final] of rows) {
        const metadata: Metadata = { source: str(m[0]), published: m[1], url: m[2], retrieved: m[3], title: m[4], author: str(m[5]), language: str(m[6]) };
        const kinds: ArticleFacts['kinds'] = {};
        for (let i = 0; i < kindCounts.length; i += 2) kinds[str(kindCounts[i]) as Kind] = kindCounts[i + 1];
        const facts: ArticleFacts = { metadata, findings, kinds, lines: take(nLines), guarded: take(nGuarded), body: body && { exact: body[0], minhash: take(body[1]) } };
        const c: CachedFile = { mtimeMs, size, facts, final: final && { evidence: str(final[0])!, findings: final[1] } };
        if (config !== -1) c.config = str(config)!;
        const key = str(folder) + name;
        keys.push(key);
        cache.files.set(key, c);
      }
      if (at !== head.ints) throw new Error('cache damaged');
      cache.groups = groups && groups.map(([kind, similarity, ids]) => ({ kind, similarity, articles: ids.map((i) => keys[i]) }));
    } catch {
      cache.files.clear(); // a damaged cache is only a slower start
      cache.groups = null;
    }
    return cache;
  }
}

/** folder (string index), name, mtime, size, config, metadata (source, author and language as string indexes), findings, findings by kind (kind index, count, …), line and guarded counts, body, final. */
type Row = [number, string, number, number, number, [number, string | null, string | null, string | null, string | null, number, number], number, number[], number, number, [string, number] | null, [number, number] | null];

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** What the cache is valid for: this engine, this configuration. */
export const cacheStamp = (config: ResolvedConfig) => `${ENGINE}|${configKey(config)}`;

export async function loadCache(file: string, config: ResolvedConfig): Promise<IndexCache> {
  const stamp = cacheStamp(config);
  try {
    return IndexCache.parse(await fs.readFile(file), stamp);
  } catch {
    return new IndexCache(stamp);
  }
}

/**
 * Why `file` cannot be used as a cache (null: it can): a folder, or a file that is not one of ours.
 * A file that is there and is no cache is someone's data, never overwritten.
 */
export async function notACache(file: string): Promise<string | null> {
  let fh: fs.FileHandle;
  try {
    fh = await fs.open(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    return code === 'EISDIR' ? 'is a folder; give a file name' : fsMessage(e);
  }
  try {
    const st = await fh.stat();
    if (st.isDirectory()) return 'is a folder; give a file name';
    if (!st.isFile()) return 'not a regular file';
    if (st.size === 0) return null;
    const head = Buffer.alloc(Math.min(st.size, 4096));
    await fh.read(head, 0, head.length, 0);
    const nl = head.indexOf(0x0a);
    try {
      const h = JSON.parse(head.toString('utf8', 0, nl < 0 ? head.length : nl));
      if (h && typeof h === 'object' && 'format' in h && 'stamp' in h) return null;
    } catch {
      // not JSON: not ours
    }
    return 'not a chaff index cache; refusing to overwrite it';
  } finally {
    await fh.close();
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
  /**
   * false: leave out the second analysis of articles whose evidence changed during the scan (it only
   * counts their findings); a caller that analyses every article with its evidence anyway needs
   * only the evidence. Not with a cache, which keeps those counts.
   */
  settle?: boolean;
  /** Batches of files in flight at once (each read and analysed on a worker). */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?(p: IndexProgress): void;
  /** Each article as soon as its facts are known (before evidence), to show results early; `cached` when they come from the cache. */
  onArticle?(entry: CorpusEntry, input: Input, cached: boolean): void;
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

/** Runs `fn` over items with at most `limit` in flight, stopping early once `stop` says so. */
export async function eachLimited<T>(items: T[], limit: number, fn: (item: T, i: number) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length && !stop()) {
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
  const corpus: Corpus = new Corpus(opts.config.repeatedLines, { order: articleOrder(() => corpus, display) });
  const stats: CorpusIndex['stats'] = { files: 0, cached: 0, analysed: 0, reanalysed: 0, ms: { scan: 0, evidence: 0, total: 0 } };
  const ok = new Array<boolean>(inputs.length).fill(false);
  const stamps = new Map<string, { mtimeMs: number; size: number }>();
  let done = 0;
  const report = () => opts.onProgress?.({ done, total: inputs.length, analysed: stats.analysed });
  try {
    // Cache hits first: the stats are made on the workers in batches, and a hit costs no read.
    let misses = inputs.map((_, i) => i);
    if (cache?.files.size) {
      const st = await pool.stat(inputs.map((i) => i.real));
      const hits: (CachedFile | undefined)[] = inputs.map((input, i) => {
        const size = st[2 * i + 1];
        return size <= opts.maxSize ? cache.lookup(input.real, st[2 * i], size) : undefined;
      });
      misses = inputs.flatMap((_, i) => (hits[i] ? [] : [i]));
      // Nothing changed since a settled cache was written: the corpus it describes is restored as it
      // was, final analyses and duplicate sets included, and counted only if asked.
      const unchanged = misses.length === 0 && cache.files.size === inputs.length && cache.groups !== null && hits.every((h) => h!.final);
      for (let i = 0; i < inputs.length; i++) {
        const input = inputs[i];
        const hit = hits[i];
        if (!hit) continue;
        stats.cached++;
        ok[i] = true;
        stamps.set(input.real, { mtimeMs: hit.mtimeMs, size: hit.size });
        const entry = unchanged ? corpus.restore(input.real, input.display, hit.facts, hit.final!) : corpus.set(input.real, input.display, hit.facts, hit.final);
        opts.onArticle?.(entry, input, true);
        if (++done % 256 === 0) report();
        if (opts.signal?.aborted) break;
      }
      if (unchanged) corpus.restoreDuplicates(cache.groups!);
    }
    // Batches of neighbouring files (one message each way per batch), enough in flight to keep every
    // worker busy. Each file goes with the evidence its source is believed to have so far, so that
    // few articles need a second read after the scan.
    const batches: number[][] = [];
    for (let k = 0; k < misses.length; k += BATCH) batches.push(misses.slice(k, k + BATCH));
    await eachLimited(
      batches,
      opts.concurrency ?? Math.max(4, pool.threads * 3),
      async (batch) => {
        const results = await pool.factsMany(batch.map((i) => ({ file: inputs[i].abs, maxSize: opts.maxSize, hint: corpus.hint(inputs[i].display) })), cfg);
        batch.forEach((i, k) => {
          const r = results[k];
          const input = inputs[i];
          if ('error' in r) throw new Error(`${input.display}: ${r.error}`);
          if ('skip' in r) {
            opts.onSkip(input, r.skip);
            cache?.files.delete(input.real);
            done++;
            return;
          }
          stats.analysed++;
          ok[i] = true;
          stamps.set(input.real, r.stat!);
          const entry = corpus.set(input.real, input.display, r.facts, r.final);
          opts.onArticle?.(entry, input, false);
          if (++done % 256 === 0) report();
        });
      },
      () => !!opts.signal?.aborted,
    );
    report();
    stats.ms.scan = performance.now() - t0;
    if (opts.signal?.aborted) throw new DOMException('index cancelled', 'AbortError');

    // Evidence: a second analysis only where the lines that repeat in its source changed.
    const t1 = performance.now();
    const stale = opts.settle === false && !cache ? [] : corpus.stale();
    const byKey = new Map(inputs.map((i) => [i.real, i]));
    await eachLimited(
      stale,
      Math.max(8, pool.threads * 4),
      async (e) => {
        const input = byKey.get(e.key)!;
        const applicable = corpus.repeated.applicable(e.source, e.facts);
        const findings = await pool.final({ file: input.abs, maxSize: opts.maxSize }, applicable, cfg);
        if (findings === null) return;
        corpus.resolve(e.key, evidenceKey(applicable), findings);
        stats.reanalysed++;
      },
      () => !!opts.signal?.aborted,
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
    // Saved only from a settled corpus: a second start may then restore it as it is.
    const groups = corpus.settled ? corpus.duplicateGroups() : null;
    if (cache.groups !== groups) {
      cache.groups = groups;
      changed = true;
    }
    // Nothing new: the file on disk is still right (a second start writes nothing).
    if (opts.cacheFile && changed) await saveCache(opts.cacheFile, cache);
  }
  stats.ms.total = performance.now() - t0;
  return { corpus, inputs: indexed, stamps, stats };
}
