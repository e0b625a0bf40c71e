import type { Stats } from 'node:fs';
import { analyze, type Analysis, type ResolvedConfig } from '../core';
import { readArticleFile } from './files';
import type { Input } from './paths';

/** One article read from disk. */
export interface Article {
  input: Input;
  /** The bytes as read: in-place writes check the file still holds them. */
  bytes: Buffer;
  /** Decoded text, BOM included. */
  text: string;
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
    if (r.ok) yield { input, bytes: r.bytes, text: r.text, stat: r.stat };
    else opts.onSkip(input, r.message);
  }
}

/** One line of the corpus index. */
export interface IndexRecord {
  path: string;
  source: string | null;
  published: string | null;
  title: string | null;
  /** How many findings the article has. */
  findings: number;
}

export function indexRecord(article: Article, analysis: Analysis): IndexRecord {
  const m = analysis.metadata;
  return { path: article.input.display, source: m.source, published: m.published, title: m.title, findings: analysis.findings.length };
}

export interface IndexOptions extends ReadOptions {
  config: ResolvedConfig;
}

/** Reads and analyses every article; the place where corpus-wide evidence and caching will hook in. */
export async function buildIndex(inputs: Input[], opts: IndexOptions): Promise<IndexRecord[]> {
  const records: IndexRecord[] = [];
  for await (const a of readArticles(inputs, opts)) records.push(indexRecord(a, analyze(a.text, { config: opts.config })));
  return records;
}
