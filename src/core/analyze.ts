import type { ResolvedConfig } from './config';
import { parseFrontMatter, metadataFromFrontMatter } from './frontmatter';
import { splitLines } from './text';
import type { Analysis, Metadata } from './types';

/** Lines known, from the rest of the corpus, to repeat across one source's articles. */
export interface CorpusEvidence {
  /** normaliseLine(text) → how many articles of this file's source contain it, and of how many. */
  repeated(normalisedLine: string): boolean;
}

export interface AnalyzeOptions {
  config?: ResolvedConfig;
  corpus?: CorpusEvidence;
}

export function analyze(input: string, opts: AnalyzeOptions = {}): Analysis {
  const doc = splitLines(input);
  const frontMatter = parseFrontMatter(doc);
  const metadata: Metadata = { source: null, published: null, url: null, retrieved: null, title: null, author: null, language: null };
  if (frontMatter) Object.assign(metadata, metadataFromFrontMatter(frontMatter));
  void opts;
  return { doc, findings: [], metadata, frontMatter };
}
