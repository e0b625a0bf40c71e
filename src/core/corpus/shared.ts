// Corpus evidence made once and shared by many runs (shards of a pipeline): the lines each source
// repeats, and the duplicate sets. An article analysed with it gets what it would get in one run
// over the whole corpus, because what evidence applies to it depends only on its own text, its path
// (the folder stands in for a missing source) and its source's repeated lines.
import { analyzePrepared, prepare, type AnalyzeOptions } from '../analyze';
import type { ResolvedConfig } from '../config';
import type { Analysis } from '../types';
import type { Corpus } from './corpus';
import type { DuplicateGroup } from './duplicates';
import { applicableIn, evidenceOf, lineFacts, sourceKey, type RepeatedSettings } from './evidence';

export const EVIDENCE_FORMAT = 1;

export interface SharedEvidence {
  /** What the evidence is valid for (engine and configuration); another one gives other findings. */
  stamp: string;
  settings: RepeatedSettings;
  /** Articles counted. */
  articles: number;
  /** Repeated line hashes by counting source, sorted. */
  sources: Map<string, Int32Array>;
  /** Duplicate sets by article path (or record id); the first of each is the original. */
  duplicates: { kind: DuplicateGroup['kind']; similarity: number; articles: string[] }[];
}

/** The evidence of a counted corpus; `name` turns a corpus key into the path shown for it. */
export function sharedEvidenceOf(corpus: Corpus, stamp: string, settings: RepeatedSettings, name: (key: string) => string): SharedEvidence {
  return {
    stamp,
    settings: { ...settings },
    articles: corpus.size,
    sources: corpus.repeated.repeatedBySource(),
    duplicates: corpus.duplicateGroups().map((g) => ({ kind: g.kind, similarity: g.similarity, articles: g.articles.map(name) })),
  };
}

/** One JSON text; sources sorted, so equal evidence is equal bytes. */
export function serialiseEvidence(e: SharedEvidence): string {
  const sources: Record<string, number[]> = {};
  for (const k of [...e.sources.keys()].sort()) sources[k] = Array.from(e.sources.get(k)!);
  return JSON.stringify({ chaffEvidence: EVIDENCE_FORMAT, stamp: e.stamp, settings: e.settings, articles: e.articles, sources, duplicates: e.duplicates }) + '\n';
}

/** Parses an evidence file; throws an Error saying what is wrong with it. */
export function parseEvidence(text: string): SharedEvidence {
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON (${(e as Error).message})`, { cause: e });
  }
  const o = j as Record<string, unknown>;
  if (!o || typeof o !== 'object' || o.chaffEvidence === undefined) throw new Error('not a chaff evidence file (made by `chaff evidence`)');
  if (o.chaffEvidence !== EVIDENCE_FORMAT) throw new Error(`evidence format ${String(o.chaffEvidence)} is not the one this chaff reads (${EVIDENCE_FORMAT})`);
  const s = o.settings as RepeatedSettings;
  if (typeof o.stamp !== 'string' || !s || typeof s.minArticles !== 'number' || typeof s.minShare !== 'number' || typeof s.enabled !== 'boolean' || typeof o.sources !== 'object' || !o.sources || !Array.isArray(o.duplicates)) {
    throw new Error('evidence file damaged');
  }
  const sources = new Map<string, Int32Array>();
  for (const [k, v] of Object.entries(o.sources as Record<string, unknown>)) {
    if (!Array.isArray(v) || !v.every((h) => Number.isInteger(h))) throw new Error(`evidence file damaged (source ${k})`);
    sources.set(k, Int32Array.from(v as number[]).sort());
  }
  return { stamp: o.stamp, settings: s, articles: Number(o.articles) || 0, sources, duplicates: o.duplicates as SharedEvidence['duplicates'] };
}

/** The duplicate an article repeats (the original of its set), by path or id; null when none. */
export function duplicateIndex(e: SharedEvidence): Map<string, string> {
  const m = new Map<string, string>();
  for (const g of e.duplicates) for (const a of g.articles.slice(1)) m.set(a, g.articles[0]);
  return m;
}

/**
 * Analyses an article with shared evidence: first without (its source, the lines a rule explains),
 * then again with the repeated lines of its source that apply, if any. `options` cleans it the same way.
 */
export function analyzeWithShared(text: string, path: string, e: SharedEvidence | null, config?: ResolvedConfig): { analysis: Analysis; options: AnalyzeOptions } {
  const prepared = prepare(text, config);
  const first = analyzePrepared(prepared);
  const repeated = e?.sources.get(sourceKey(first.metadata.source, path));
  if (!repeated) return { analysis: first, options: { config } };
  const applicable = applicableIn(lineFacts(first), repeated);
  if (!applicable.length) return { analysis: first, options: { config } };
  const corpus = evidenceOf(applicable);
  return { analysis: analyzePrepared(prepared, corpus), options: { config, corpus } };
}
