// The Node side that the CLI and the editor share: finding and reading article files, the
// configuration lookup, the worker pool, the corpus index and its cache, atomic writes.
// Both faces import from here only; the engine itself is `src/core`.
export { ChaffError, fsMessage } from './errors';
export { CONFIG_NAME, findConfig, loadConfig, nearestConfig, type ConfigSteps, type LoadedConfig } from './config';
export {
  ChangedOnDiskError,
  DEFAULT_MAX_SIZE,
  parseSize,
  readArticleFile,
  readArticleFileSync,
  readIfExists,
  removeStaleTemps,
  sidecarPath,
  tempName,
  WriteRefusedError,
  writeAtomic,
  writeIfChanged,
  type ReadResult,
  type WriteOptions,
} from './files';
export {
  collectInputs,
  configGlobs,
  corpusMatcher,
  displayPath,
  excludeMatcher,
  gitignoreMatcher,
  gitignoreRules,
  isInside,
  toPosix,
  walkTree,
  type CollectOptions,
  type CorpusMatcherOptions,
  type Input,
  type PathError,
  type Walked,
} from './paths';
export { AnalysisPool, canLowerWorkerPriority, configKey, defaultWorkers, WORKER_FILE } from './pool';
export type { ArticleReply, FactsItem, FactsResult, WalkResult } from './job';
export {
  cacheStamp,
  eachLimited,
  ENGINE,
  IndexCache,
  indexCorpus,
  loadCache,
  notACache,
  saveCache,
  type CachedFile,
  type CorpusIndex,
  type CorpusIndexOptions,
  type IndexProgress,
} from './indexCache';
export {
  analyseArticles,
  analyzeArticle,
  articleOptions,
  buildIndex,
  cleanArticles,
  corpusEvidence,
  readArticles,
  type Article,
  type ArticleAnalysis,
  type RunOptions,
  type DuplicateRecord,
  type IndexOptions,
  type IndexRecord,
  type ReadOptions,
} from './corpus';
export { nodeFiles, type FileAccess, type FileStat } from './fileAccess';
export { Indexer, type CorpusChange, type Discovered, type FileConfig, type IndexedFile, type IndexerHost, type IndexState, type Target, type WalkedFolder } from './indexer';
export { evidenceOfIndex, evidenceOfJsonl, loadEvidence, openInput, readJsonl, recordPath, type JsonlItem, type JsonRecord } from './jsonl';
