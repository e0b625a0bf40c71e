// Corpus-level evidence: a normalised line that recurs in many articles of one source is chaff even
// when no rule knows it. Counting works on per-article line hashes, so records can be cached and
// combined; an article's own first analysis says which of its lines a rule already explains.
import { analyzePrepared, prepare, type CorpusEvidence, type Prepared } from '../analyze';
import type { ResolvedConfig } from '../config';
import { findDate } from '../dates';
import type { Analysis } from '../types';
import type { LineHashes } from './duplicates';
import { hashString, normalisedLineHash } from './hash';

/** Findings that only say "outside the article": evidence may name such a line more precisely. */
const POSITIONAL_RULES = new Set(['header-zone', 'footer-zone', 'menu-run']);

export const lineHash = (normalised: string) => hashString(normalised);

export interface LineFacts {
  /** Distinct hashes of the article's normalised non-blank lines, sorted. */
  lines: Int32Array;
  /**
   * The subset evidence must leave alone: lines a specific rule flagged (their rule says more than
   * "repeated", and metadata is read from them) and lines holding a date.
   */
  guarded: Int32Array;
}


/** The line facts of a first analysis (made without evidence). */
export function lineFacts(a: Analysis, known?: LineHashes): LineFacts {
  const n = a.doc.lines.length;
  // Hashes gathered in typed arrays, then sorted and made distinct: cheaper than Sets and their iteration.
  const lines = new Int32Array(n);
  const guarded = new Int32Array(n);
  let nLines = 0;
  let nGuarded = 0;
  const rule: (string | undefined)[] = new Array(n);
  for (const f of a.findings) for (let l = f.line - 1; l < f.endLine && l < n; l++) rule[l] = f.rule;
  for (let i = a.frontMatter ? a.frontMatter.endLine : 0; i < n; i++) {
    const h = known?.known[i] ? known.hashes[i] : normalisedLineHash(a.doc.lines[i]);
    if (h === null) continue;
    lines[nLines++] = h;
    const r = rule[i];
    // Every date the engine reads has a four-digit year: the regexes only run where one could be.
    if ((r && !POSITIONAL_RULES.has(r)) || (/\d{4}/.test(a.doc.lines[i]) && findDate(a.doc.lines[i]))) guarded[nGuarded++] = h;
  }
  const distinct = (hs: Int32Array, count: number): Int32Array => {
    const s = hs.subarray(0, count).sort();
    let m = 0;
    for (let i = 0; i < count; i++) if (m === 0 || s[i] !== s[m - 1]) s[m++] = s[i];
    return s.slice(0, m);
  };
  return { lines: distinct(lines, nLines), guarded: distinct(guarded, nGuarded) };
}

/** Where an article belongs for counting: its source, or its folder when it names none. */
export function sourceKey(source: string | null, path: string): string {
  if (source) return `source:${source.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
  const slash = path.lastIndexOf('/');
  return `folder:${slash >= 0 ? path.slice(0, slash) : ''}`;
}

export interface RepeatedSettings {
  minArticles: number;
  minShare: number;
  enabled: boolean;
}

/**
 * Counts by int32 key, by open addressing in typed arrays: a source's lines are counted a hundred
 * thousand articles at a time on a second start, where a Map costs an allocation and a hash per call.
 * A key whose count falls to zero keeps its slot until the next growth.
 */
export class IntCounts {
  private keys = new Int32Array(64);
  private counts = new Int32Array(64);
  private used = new Uint8Array(64);
  private filled = 0;

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    const h = Math.imul(key, 0x9e3779b1);
    let i = (h ^ (h >>> 15)) & mask;
    while (this.used[i] && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  get(key: number): number {
    const i = this.slot(key);
    return this.used[i] ? this.counts[i] : 0;
  }

  /** Adds `by` (±1) to a key's count. */
  add(key: number, by: number): void {
    let i = this.slot(key);
    if (!this.used[i]) {
      if (by <= 0) return;
      if ((this.filled + 1) * 4 > this.keys.length * 3) {
        this.grow();
        i = this.slot(key);
      }
      this.used[i] = 1;
      this.keys[i] = key;
      this.filled++;
    }
    this.counts[i] += by;
  }

  /** Calls `fn` for every key counted more than zero times. */
  forEach(fn: (key: number, count: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.used[i] && this.counts[i] > 0) fn(this.keys[i], this.counts[i]);
  }

  private grow(): void {
    const { keys, counts, used } = this;
    let live = 0;
    for (let i = 0; i < keys.length; i++) if (used[i] && counts[i] > 0) live++;
    let size = keys.length;
    while ((live + 1) * 2 > size) size *= 2;
    this.keys = new Int32Array(size);
    this.counts = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.filled = 0;
    for (let i = 0; i < keys.length; i++) {
      if (!used[i] || counts[i] <= 0) continue;
      const j = this.slot(keys[i]);
      this.used[j] = 1;
      this.keys[j] = keys[i];
      this.counts[j] = counts[i];
      this.filled++;
    }
  }
}

interface SourceCounts {
  articles: number;
  lines: IntCounts;
  /** The repeated lines as of `hintAt` articles, for `hint`. */
  hint?: Int32Array;
  hintAt?: number;
}

/** Line counts per source; `isRepeated` applies the thresholds of `.chaff.json` `repeatedLines`. */
export class RepeatedLines {
  private readonly sources = new Map<string, SourceCounts>();
  /** Bumped on every change: evidence handed out before may be stale. */
  generation = 0;

  constructor(public settings: RepeatedSettings) {}

  add(source: string, lines: Int32Array): void {
    let s = this.sources.get(source);
    if (!s) this.sources.set(source, (s = { articles: 0, lines: new IntCounts() }));
    s.articles++;
    for (let i = 0; i < lines.length; i++) s.lines.add(lines[i], 1);
    this.generation++;
  }

  remove(source: string, lines: Int32Array): void {
    const s = this.sources.get(source);
    if (!s) return;
    s.articles--;
    for (let i = 0; i < lines.length; i++) s.lines.add(lines[i], -1);
    if (s.articles <= 0) this.sources.delete(source);
    this.generation++;
  }

  articles(source: string): number {
    return this.sources.get(source)?.articles ?? 0;
  }

  count(source: string, hash: number): number {
    return this.sources.get(source)?.lines.get(hash) ?? 0;
  }

  isRepeated(source: string, hash: number): boolean {
    const { enabled, minArticles, minShare } = this.settings;
    if (!enabled) return false;
    const s = this.sources.get(source);
    if (!s || s.articles < minArticles) return false;
    const c = s.lines.get(hash);
    return c >= minArticles && c >= minShare * s.articles;
  }

  /**
   * The lines of a source that are repeated now, sorted: a guess at the evidence its next article
   * will get, so a worker can make the analysis with evidence while it has the text at hand. Worked
   * out again only when the source has grown by a tenth, as a guess may be a little stale.
   */
  hint(source: string): Int32Array | null {
    const { enabled, minArticles } = this.settings;
    const s = this.sources.get(source);
    if (!enabled || !s || s.articles < minArticles) return null;
    if (s.hint && s.hintAt! <= s.articles && s.articles < s.hintAt! * 1.1 + 1) return s.hint;
    const out: number[] = [];
    const min = Math.max(minArticles, this.settings.minShare * s.articles);
    s.lines.forEach((h, c) => {
      if (c >= min) out.push(h);
    });
    s.hint = Int32Array.from(out).sort();
    s.hintAt = s.articles;
    return s.hint;
  }

  /**
   * The article's lines evidence applies to (repeated, not guarded), sorted: empty when the first
   * analysis is already the final one; equal keys mean equal final analyses.
   */
  applicable(source: string, facts: LineFacts): Int32Array {
    if (!this.settings.enabled || this.articles(source) < this.settings.minArticles) return new Int32Array(0);
    const out: number[] = [];
    let g = 0;
    for (const h of facts.lines) {
      while (g < facts.guarded.length && facts.guarded[g] < h) g++;
      if (g < facts.guarded.length && facts.guarded[g] === h) continue;
      if (this.isRepeated(source, h)) out.push(h);
    }
    return Int32Array.from(out);
  }

  /** Every source's repeated lines now, sorted: what a shared evidence file holds. */
  repeatedBySource(): Map<string, Int32Array> {
    const out = new Map<string, Int32Array>();
    const { enabled, minArticles, minShare } = this.settings;
    if (!enabled) return out;
    for (const [source, s] of this.sources) {
      if (s.articles < minArticles) continue;
      const min = Math.max(minArticles, minShare * s.articles);
      const hs: number[] = [];
      s.lines.forEach((h, c) => {
        if (c >= min) hs.push(h);
      });
      if (hs.length) out.set(source, Int32Array.from(hs).sort());
    }
    return out;
  }

  /** Statistics for reports: how many distinct lines are repeated per source. */
  repeatedCount(source: string): number {
    const s = this.sources.get(source);
    if (!s) return 0;
    let n = 0;
    s.lines.forEach((h) => {
      if (this.isRepeated(source, h)) n++;
    });
    return n;
  }
}

/** `applicable` for a given sorted set of repeated lines (a `hint`). */
export function applicableIn(facts: LineFacts, repeated: Int32Array): Int32Array {
  const out: number[] = [];
  let g = 0;
  let r = 0;
  for (const h of facts.lines) {
    while (r < repeated.length && repeated[r] < h) r++;
    if (r === repeated.length) break;
    if (repeated[r] !== h) continue;
    while (g < facts.guarded.length && facts.guarded[g] < h) g++;
    if (g < facts.guarded.length && facts.guarded[g] === h) continue;
    out.push(h);
  }
  return Int32Array.from(out);
}

/** The hook `analyze` takes, for a set of applicable line hashes. */
export function evidenceOf(applicable: Int32Array): CorpusEvidence {
  const set = new Set(applicable);
  return { repeated: (norm) => set.has(lineHash(norm)) };
}

/** A stable text key of the applicable lines (for caches of the second analysis). */
export const evidenceKey = (applicable: Int32Array) => (applicable.length ? Array.from(applicable, (h) => (h >>> 0).toString(36)).join('.') : '');

/** An analysis with corpus evidence, and the first analysis that decided the evidence. */
export interface EvidencedAnalysis {
  /** The final analysis: with evidence when any applies, else `first` itself. */
  analysis: Analysis;
  /** The analysis without evidence: its source and the lines a rule explains decide the evidence. */
  first: Analysis;
  /** Lines evidence applied to, sorted (empty: `analysis === first`). */
  applicable: Int32Array;
}

const NONE = new Int32Array(0);

/**
 * The one way to analyse an article with corpus evidence: first without it, then, when
 * `applicableTo(first)` names repeated lines, again with them, from the same preparation of the text.
 * Everything that analyses with evidence (the index's workers, the editor, the CLI) goes through here,
 * so they all strip the same lines.
 */
export function analyzeWithEvidence(
  text: string,
  config: ResolvedConfig | undefined,
  applicableTo: (first: Analysis) => Int32Array | null | undefined,
  prepared: Prepared = prepare(text, config),
): EvidencedAnalysis {
  const first = analyzePrepared(prepared);
  const applicable = applicableTo(first) ?? NONE;
  const analysis = applicable.length ? analyzePrepared(prepared, evidenceOf(applicable)) : first;
  return { analysis, first, applicable };
}

export interface CorpusAnalysis extends EvidencedAnalysis {
  facts: LineFacts;
  source: string;
}

/**
 * Analyses one article in its corpus: first without evidence (to learn its source and which lines a
 * rule explains), then again with the lines that repeat across that source, if any.
 * `path` is `/`-separated; its folder stands in for a missing source.
 */
export function analyzeInCorpus(text: string, path: string, repeated: RepeatedLines | null, opts: { config?: ResolvedConfig } = {}): CorpusAnalysis {
  let facts!: LineFacts;
  let source!: string;
  const r = analyzeWithEvidence(text, opts.config, (first) => {
    facts = lineFacts(first);
    source = sourceKey(first.metadata.source, path);
    return repeated?.applicable(source, facts);
  });
  return { ...r, facts, source };
}
