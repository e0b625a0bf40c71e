// The engine's public surface: text in; findings, metadata and cleaned text out. No I/O here.
export * from './types';
export * from './config';
export { splitLines, plural } from './text';
export { analyze, analyzePrepared, prepare, type AnalyzeOptions, type CorpusEvidence, type Prepared } from './analyze';
export { clean, cleanAnalysed, cleanEdits, applyEdits, stripEdits, findingsToStrip, unsettled, type CleanOptions, type StripLevel } from './clean';
export { convergedCleanEdits } from './converge';
export { RULES, ruleById } from './rules';
export { looksLikeScrapedNews } from './detect';
export { parseFrontMatter, renderFrontMatter, renderSidecar, mergeSidecar, orderedMetadata } from './frontmatter';
export * from './corpus';
export { decodeArticle, encodeArticle, type ArticleEncoding, type Decoded } from './decode';
export { schemaProblems, overbroadPattern } from './configSchema';
