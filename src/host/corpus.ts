import type { Stats } from 'node:fs';
import { analyze, analyzeInCorpus, evidenceOf, type Analysis, type AnalyzeOptions, type ArticleEncoding, type Kind, type ResolvedConfig } from '../core';
import { readArticleFile } from './files';
import { indexCorpus, type CorpusIndex, type IndexCache } from './indexCache';
import type { Input } from './paths';

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
  // Unreadable files are reported by the command's own pass.
  return indexCorpus(inputs, { config: opts.config, maxSize: opts.maxSize, onSkip: () => {} });
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

/** One article of the run analysed with its evidence: a changed file's analysis with evidence is the one used, not made again. */
export function analyzeArticle(article: Article, config: ResolvedConfig, index: CorpusIndex | null): Analysis {
  const known = index && indexedEvidence(article, index);
  if (index && !known) return analyzeInCorpus(article.text, article.input.display, index.corpus.repeated, { config }).analysis;
  return analyze(article.text, known?.length ? { config, corpus: evidenceOf(known) } : { config });
}
