// What the corpus keeps of one article: enough to place it in the tree, count its lines for
// evidence and compare its body, without keeping its text. Plain data (the index cache stores it).
import { analyze } from '../analyze';
import type { ResolvedConfig } from '../config';
import { orderedMetadata } from '../frontmatter';
import type { Analysis, Kind, Metadata } from '../types';
import { bodySignature, type BodySignature } from './duplicates';
import { analyzeWithEvidence, applicableIn, evidenceKey, lineFacts, type LineFacts } from './evidence';

export interface ArticleFacts extends LineFacts {
  metadata: Metadata;
  /** Findings of the analysis without corpus evidence. */
  findings: number;
  /** Those findings by kind (kinds without any left out). */
  kinds: Partial<Record<Kind, number>>;
  body: BodySignature | null;
}

export function factsOf(first: Analysis): ArticleFacts {
  // The signature's walk over the body hashes its lines for the line facts too. Named, not spread:
  // a spread of the line facts took more than building the object.
  const n = first.doc.lines.length;
  const known = { known: new Uint8Array(n), hashes: new Int32Array(n) };
  const body = bodySignature(first, known);
  const { lines, guarded } = lineFacts(first, known);
  return { lines, guarded, metadata: orderedMetadata(first.metadata), findings: first.findings.length, kinds: kindCounts(first), body };
}

function kindCounts(a: Analysis): Partial<Record<Kind, number>> {
  const out: Partial<Record<Kind, number>> = {};
  for (const f of a.findings) out[f.kind] = (out[f.kind] ?? 0) + 1;
  return out;
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
  let facts!: ArticleFacts;
  const r = analyzeWithEvidence(text, config, (first) => {
    facts = factsOf(first);
    return repeated && applicableIn(facts, repeated);
  });
  return { facts, final: { evidence: evidenceKey(r.applicable), findings: r.analysis.findings.length } };
}
