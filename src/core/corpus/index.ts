// Corpus-level logic, pure: tree model, repeated-line evidence, duplicates, per-article records.
export * from './grouping';
export * from './evidence';
export * from './duplicates';
export * from './record';
export * from './corpus';
export * from './shared';
export { hashString, hash64 } from './hash';
