// What the corpus keeps of one article: enough to place it in the tree, count its lines for
// evidence and compare its body, without keeping its text. Plain data, cached as JSON.
import { analyze, analyzePrepared, prepare } from '../analyze';
import type { ResolvedConfig } from '../config';
import { METADATA_KEYS, type Analysis, type Metadata } from '../types';
import { bodySignature, type BodySignature } from './duplicates';
import { applicableIn, evidenceKey, evidenceOf, lineFacts, type LineFacts } from './evidence';
import { base64ToInt32, int32ToBase64 } from './hash';

export interface ArticleFacts extends LineFacts {
  metadata: Metadata;
  /** Findings of the analysis without corpus evidence. */
  findings: number;
  body: BodySignature | null;
}

export function factsOf(first: Analysis): ArticleFacts {
  return { ...lineFacts(first), metadata: pickMetadata(first.metadata), findings: first.findings.length, body: bodySignature(first) };
}

/** Analyses a text without evidence and keeps its facts. */
export function analyzeFacts(text: string, config?: ResolvedConfig): ArticleFacts {
  return factsOf(analyze(text, { config }));
}

/** An analysis with evidence, summed up: for which evidence key, and how many findings it had. */
export interface FinalCount {
  evidence: string;
  findings: number;
}

/**
 * Facts of a text and, for `repeated` (the lines its source is believed to repeat, sorted), the
 * findings of the analysis with that evidence, from one preparation. The corpus checks the guess
 * later: only an article whose evidence turns out different is read and analysed again.
 */
export function analyzeFactsWith(text: string, config: ResolvedConfig | undefined, repeated: Int32Array | null): { facts: ArticleFacts; final: FinalCount } {
  const prepared = prepare(text, config);
  const first = analyzePrepared(prepared);
  const facts = factsOf(first);
  const applicable = repeated ? applicableIn(facts, repeated) : new Int32Array(0);
  if (applicable.length === 0) return { facts, final: { evidence: '', findings: facts.findings } };
  return { facts, final: { evidence: evidenceKey(applicable), findings: analyzePrepared(prepared, evidenceOf(applicable)).findings.length } };
}

function pickMetadata(m: Metadata): Metadata {
  const out = {} as Record<string, string | null>;
  for (const k of METADATA_KEYS) out[k] = m[k] ?? null;
  return out as unknown as Metadata;
}

/** JSON form of ArticleFacts (typed arrays as base64). */
export interface FactsJson {
  m: Metadata;
  f: number;
  l: string;
  g: string;
  b: { e: string; h: string } | null;
}

export function factsToJson(f: ArticleFacts): FactsJson {
  return { m: f.metadata, f: f.findings, l: int32ToBase64(f.lines), g: int32ToBase64(f.guarded), b: f.body && { e: f.body.exact, h: int32ToBase64(f.body.minhash) } };
}

export function factsFromJson(j: FactsJson): ArticleFacts {
  return {
    metadata: j.m,
    findings: j.f,
    lines: base64ToInt32(j.l),
    guarded: base64ToInt32(j.g),
    body: j.b && { exact: j.b.e, minhash: base64ToInt32(j.b.h) },
  };
}
