import type { Stats } from 'node:fs';
import {
  analyze,
  analyzeInCorpus,
  cleanAnalysed,
  evidenceOf,
  type Analysis,
  type AnalyzeOptions,
  type ArticleEncoding,
  type CleanResult,
  type Kind,
  type MetadataMode,
  type StripLevel,
  type ResolvedConfig,
} from '../core';
import { readArticleFile } from './files';
import { indexCorpus, type CorpusIndex, type IndexCache } from './indexCache';
import type { ArticleReply } from './job';
import type { Input } from './paths';
import type { AnalysisPool } from './pool';

/** One article read from disk. */
export interface Article {
  input: Input;
  /** The bytes as read: in-place writes check the file still holds them. */
  bytes: Buffer;
  /** Decoded text, BOM included. */
  text: string;
  /** What it was decoded from: a rewrite is encoded the same way. */
  encoding: ArticleEncoding;
  stat: Stats;
}

export interface ReadOptions {
  maxSize: number;
  /** Called for each file that cannot be read; the file is then left out. */
  onSkip(input: Input, message: string): void;
  /** Files read ahead while the previous ones are processed. */
  readAhead?: number;
}

/** Reads the inputs in order, overlapping disk reads with the caller's work. */
export async function* readArticles(inputs: Input[], opts: ReadOptions): AsyncGenerator<Article> {
  const limit = Math.max(1, opts.readAhead ?? 8);
  const read = (input: Input) => readArticleFile(input.abs, opts.maxSize).then((r) => ({ input, r }));
  const pending: ReturnType<typeof read>[] = [];
  let next = 0;
  while (next < inputs.length && pending.length < limit) pending.push(read(inputs[next++]));
  while (pending.length) {
    const { input, r } = await pending.shift()!;
    if (next < inputs.length) pending.push(read(inputs[next++]));
    if (r.ok) yield { input, bytes: r.bytes, text: r.text, encoding: r.encoding, stat: r.stat };
    else opts.onSkip(input, r.message);
  }
}

/** One line of the corpus index. */
export interface IndexRecord {
  path: string;
  source: string | null;
  published: string | null;
  title: string | null;
  /** How many findings the article has (with corpus evidence). */
  findings: number;
  /** Path of the article this one duplicates (same or nearly the same body), or null. */
  duplicateOf: string | null;
  /** Its rule findings (without corpus evidence) by kind. */
  kinds: Partial<Record<Kind, number>>;
}

export interface DuplicateRecord {
  kind: 'exact' | 'near';
  similarity: number;
  /** Paths; the first is the original (earliest published), the others its copies. */
  articles: string[];
}

export interface IndexOptions extends ReadOptions {
  config: ResolvedConfig;
  cacheFile?: string;
  cache?: IndexCache;
  /** The pool to index on (default: one of its own). */
  pool?: AnalysisPool;
}

/** Reads and analyses every article, with corpus evidence and duplicate detection. */
export async function buildIndex(inputs: Input[], opts: IndexOptions): Promise<{ records: IndexRecord[]; duplicates: DuplicateRecord[]; index: CorpusIndex }> {
  const index = await indexCorpus(inputs, { config: opts.config, maxSize: opts.maxSize, onSkip: opts.onSkip, cacheFile: opts.cacheFile, cache: opts.cache });
  const { corpus } = index;
  const shown = new Map(index.inputs.map((i) => [i.real, i.display]));
  const dupOf = new Map<string, string>();
  const duplicates = corpus.duplicateGroups().map((g) => {
    for (const k of g.articles.slice(1)) dupOf.set(k, shown.get(g.articles[0])!);
    return { kind: g.kind, similarity: g.similarity, articles: g.articles.map((k) => shown.get(k)!) };
  });
  const records = index.inputs.map((input) => {
    const { metadata: m, kinds } = corpus.get(input.real)!.facts;
    return { path: input.display, source: m.source, published: m.published, title: m.title, findings: corpus.findings(input.real), duplicateOf: dupOf.get(input.real) ?? null, kinds };
  });
  return { records, duplicates, index };
}

/**
 * Corpus evidence for a run over several files (check, clean, analyze): the inputs are indexed first,
 * so each article is analysed with the lines that repeat across its source. Null when there are too
 * few files for any line to count as repeated, or evidence is off.
 */
export async function corpusEvidence(inputs: Input[], opts: Omit<IndexOptions, 'readAhead'>): Promise<CorpusIndex | null> {
  const r = opts.config.repeatedLines;
  if (!r.enabled || inputs.length < r.minArticles) return null;
  // Unreadable files are reported by the command's own pass, which analyses every article with its evidence (so the index need not settle).
  return indexCorpus(inputs, { config: opts.config, maxSize: opts.maxSize, onSkip: () => {}, pool: opts.pool, settle: false });
}

/** The lines evidence applies to in an article of the run, from its facts; null when the file changed since it was indexed. */
function indexedEvidence(article: Article, index: CorpusIndex): Int32Array | null {
  const key = article.input.real;
  const entry = index.corpus.get(key);
  const st = index.stamps.get(key);
  if (!entry || !st || st.mtimeMs !== article.stat.mtimeMs || st.size !== article.stat.size) return null;
  return index.corpus.repeated.applicable(entry.source, entry.facts);
}

/** Analysis options for one article of the run: its evidence, from its facts when the file is as indexed. */
export function articleOptions(article: Article, config: ResolvedConfig, index: CorpusIndex | null): AnalyzeOptions {
  if (!index) return { config };
  // Changed since it was indexed: work its evidence out from the text as it is now.
  const applicable = indexedEvidence(article, index) ?? analyzeInCorpus(article.text, article.input.display, index.corpus.repeated, { config }).applicable;
  return applicable.length ? { config, corpus: evidenceOf(applicable) } : { config };
}

/** One article of the run analysed with its evidence, on this thread (the reference `analyseArticles` is checked against): a changed file's analysis with evidence is the one used, not made again. */
export function analyzeArticle(article: Article, config: ResolvedConfig, index: CorpusIndex | null): Analysis {
  const known = index && indexedEvidence(article, index);
  if (index && !known) return analyzeInCorpus(article.text, article.input.display, index.corpus.repeated, { config }).analysis;
  return analyze(article.text, known?.length ? { config, corpus: evidenceOf(known) } : { config });
}

/** What check and analyze report of an article. */
export type ArticleAnalysis = Pick<Analysis, 'findings' | 'metadata' | 'warnings'>;

export interface RunOptions extends ReadOptions {
  config: ResolvedConfig;
  /** The run's corpus evidence (null: none). */
  index: CorpusIndex | null;
  pool: AnalysisPool;
  /** Articles analysed here instead (evidence shared from a file, say), with the options that analysis used. */
  local?: (article: Article) => { analysis: Analysis; options: AnalyzeOptions };
}

const NONE = new Int32Array(0);

/**
 * Reads the inputs in order and analyses each with its evidence on the pool (every core), a few
 * ahead of the caller; yields them, and reports unreadable files, in input order. A file changed
 * since it was indexed is analysed here, from its text as it is now (rare).
 */
async function* runArticles<R>(
  inputs: Input[],
  opts: RunOptions,
  mode: MetadataMode | null,
  strip: StripLevel,
  make: (a: Article, r: ArticleReply | Analysis, options: AnalyzeOptions) => R,
): AsyncGenerator<{ article: Article; result: R }> {
  const cfg = opts.pool.config(opts.config);
  const resultOf = async (a: Article): Promise<R> => {
    if (opts.local) {
      const { analysis, options } = opts.local(a);
      return make(a, analysis, options);
    }
    const known = opts.index ? indexedEvidence(a, opts.index) : NONE;
    if (!known) {
      const r = analyzeInCorpus(a.text, a.input.display, opts.index!.corpus.repeated, { config: opts.config });
      return make(a, r.analysis, r.applicable.length ? { config: opts.config, corpus: evidenceOf(r.applicable) } : { config: opts.config });
    }
    return make(a, await opts.pool.article(a.text, known, mode, cfg, strip), {});
  };
  type Slot = { input: Input; skip: string } | { article: Article; result: Promise<R> };
  const start = async (input: Input): Promise<Slot> => {
    const r = await readArticleFile(input.abs, opts.maxSize);
    if (!r.ok) return { input, skip: r.message };
    const article: Article = { input, bytes: r.bytes, text: r.text, encoding: r.encoding, stat: r.stat };
    const result = resultOf(article);
    // Awaited in turn; until then a failure must not count as unhandled.
    result.catch(() => {});
    return { article, result };
  };
  const limit = Math.max(1, opts.readAhead ?? Math.max(8, opts.pool.threads * 4));
  const pending: Promise<Slot>[] = [];
  let next = 0;
  while (next < inputs.length && pending.length < limit) pending.push(start(inputs[next++]));
  while (pending.length) {
    const slot = await pending.shift()!;
    if (next < inputs.length) pending.push(start(inputs[next++]));
    if ('skip' in slot) opts.onSkip(slot.input, slot.skip);
    else yield { article: slot.article, result: await slot.result };
  }
}

/** Each readable input analysed with its evidence, in input order (see `runArticles`). */
export function analyseArticles(inputs: Input[], opts: RunOptions): AsyncGenerator<{ article: Article; result: ArticleAnalysis }> {
  return runArticles(inputs, opts, null, 'certain', (_a, r) => ({ findings: r.findings, metadata: r.metadata, ...(r.warnings && { warnings: r.warnings }) }));
}

/** Each readable input cleaned with its evidence (one analysis each), in input order (see `runArticles`). */
export function cleanArticles(inputs: Input[], opts: RunOptions & { metadata: MetadataMode; strip?: StripLevel }): AsyncGenerator<{ article: Article; result: CleanResult }> {
  const strip = opts.strip ?? 'certain';
  return runArticles(inputs, opts, opts.metadata, strip, (a, r, options) => {
    if ('doc' in r) return cleanAnalysed(a.text, r, { ...options, metadata: opts.metadata, strip });
    const c = r.clean!;
    return { text: c.text ?? a.text, metadata: r.metadata, findings: r.findings, sidecar: c.sidecar, changed: c.changed, ...(r.warnings && { warnings: r.warnings }) };
  });
}
