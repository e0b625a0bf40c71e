// Corpus-level logic, pure: tree model, repeated-line evidence, duplicates, per-article records, statistics.
export * from './grouping';
export * from './evidence';
export * from './duplicates';
export * from './record';
export * from './corpus';
export * from './shared';
export * from './stats';
export { hashString, hash64 } from './hash';
