// Corpus statistics from the index's records: what `chaff index --json` prints under `statistics` and
// what the editor's statistics view plots, computed by this one function so the two always agree.
import { KINDS, type Kind } from '../types';
import { dateParts } from './grouping';

/** One article as the index knows it. */
export interface StatsArticle {
  path: string;
  source: string | null;
  published: string | null;
  /** Findings with corpus evidence. */
  findings: number;
  /** Findings of the analysis without corpus evidence, by kind. */
  kinds: Partial<Record<Kind, number>>;
}

export interface StatsDuplicateSet {
  kind: 'exact' | 'near';
  /** Paths; the first is the original, the others its copies. */
  articles: string[];
}

export interface SourceStats {
  /** null: articles that name no source. */
  source: string | null;
  articles: number;
  findings: number;
  /** Findings per article, rounded to two decimals. */
  perArticle: number;
  /** Articles with at least one finding. */
  withFindings: number;
  /** Rule findings by kind (without corpus evidence). */
  kinds: Partial<Record<Kind, number>>;
  /** Findings that only corpus evidence (lines repeated across the source) adds. */
  evidence: number;
  /** Copies of another article: same body, or nearly. */
  exactCopies: number;
  nearCopies: number;
  /** Articles whose date is unknown. */
  undated: number;
}

export interface CorpusStatistics {
  articles: number;
  findings: number;
  /** Articles with at least one finding. */
  withFindings: number;
  /** Distinct sources named (articles without one not counted). */
  sources: number;
  /** Every period an article falls in, oldest first: `YYYY-MM`, or `YYYY` when the month is unknown. */
  periods: string[];
  /** Articles per source and period (undated articles left out: see `suspect.noDate`). */
  overTime: { source: string | null; period: string; articles: number }[];
  /** Rule findings by kind, most first; kinds without any left out. */
  byKind: { kind: Kind; findings: number }[];
  /** Findings corpus evidence adds to the rules' (rule `repeated-line`). */
  evidence: number;
  /** Every source, most findings first. */
  bySource: SourceStats[];
  /** Sources by findings per article, most first (the ten with the most chaff). */
  mostChaff: { source: string | null; perArticle: number; articles: number; findings: number }[];
  duplicates: { exactSets: number; nearSets: number; exactCopies: number; nearCopies: number };
  /** Articles with metadata a reviewer would check: no date, no source, or neither. */
  suspect: { noDate: number; noSource: number; neither: number };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The period an article is counted in: `YYYY-MM`, `YYYY`, or null when undated. */
export function periodOf(published: string | null): string | null {
  const d = dateParts(published);
  if (d.year === null) return null;
  const y = String(d.year).padStart(4, '0');
  return d.month === null ? y : `${y}-${String(d.month).padStart(2, '0')}`;
}

/** Orders sources by name, the unnamed last. */
const bySourceName = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

export function corpusStatistics(articles: Iterable<StatsArticle>, duplicateSets: Iterable<StatsDuplicateSet> = []): CorpusStatistics {
  const sources = new Map<string | null, SourceStats>();
  const sourceOfPath = new Map<string, string | null>();
  const overTime = new Map<string, { source: string | null; period: string; articles: number }>();
  const periods = new Set<string>();
  const kinds = new Map<Kind, number>();
  let total = 0;
  let findings = 0;
  let withFindings = 0;
  let evidence = 0;
  const suspect = { noDate: 0, noSource: 0, neither: 0 };

  for (const a of articles) {
    total++;
    const source = a.source || null;
    sourceOfPath.set(a.path, source);
    let s = sources.get(source);
    if (!s) {
      s = { source, articles: 0, findings: 0, perArticle: 0, withFindings: 0, kinds: {}, evidence: 0, exactCopies: 0, nearCopies: 0, undated: 0 };
      sources.set(source, s);
    }
    s.articles++;
    s.findings += a.findings;
    findings += a.findings;
    if (a.findings > 0) {
      s.withFindings++;
      withFindings++;
    }
    let ruled = 0;
    for (const k of KINDS) {
      const n = a.kinds[k];
      if (!n) continue;
      ruled += n;
      s.kinds[k] = (s.kinds[k] ?? 0) + n;
      kinds.set(k, (kinds.get(k) ?? 0) + n);
    }
    // Evidence only adds findings (lines a rule explains keep their rule).
    const added = Math.max(0, a.findings - ruled);
    s.evidence += added;
    evidence += added;

    const period = periodOf(a.published);
    if (period === null) {
      s.undated++;
      suspect.noDate++;
      if (source === null) suspect.neither++;
    } else {
      periods.add(period);
      const key = `${source ?? ''}\n${period}\n${source === null ? 0 : 1}`;
      const cell = overTime.get(key);
      if (cell) cell.articles++;
      else overTime.set(key, { source, period, articles: 1 });
    }
    if (source === null) suspect.noSource++;
  }

  const dup = { exactSets: 0, nearSets: 0, exactCopies: 0, nearCopies: 0 };
  for (const set of duplicateSets) {
    const copies = set.articles.slice(1).filter((p) => sourceOfPath.has(p));
    if (set.kind === 'exact') dup.exactSets++;
    else dup.nearSets++;
    for (const p of copies) {
      const s = sources.get(sourceOfPath.get(p)!)!;
      if (set.kind === 'exact') {
        s.exactCopies++;
        dup.exactCopies++;
      } else {
        s.nearCopies++;
        dup.nearCopies++;
      }
    }
  }

  const all = [...sources.values()];
  for (const s of all) s.perArticle = round2(s.findings / s.articles);
  all.sort((a, b) => b.findings - a.findings || bySourceName(a.source, b.source));
  const mostChaff = [...all]
    .sort((a, b) => b.perArticle - a.perArticle || b.findings - a.findings || bySourceName(a.source, b.source))
    .slice(0, 10)
    .map(({ source, perArticle, articles, findings }) => ({ source, perArticle, articles, findings }));

  return {
    articles: total,
    findings,
    withFindings,
    sources: all.filter((s) => s.source !== null).length,
    periods: [...periods].sort(),
    overTime: [...overTime.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : bySourceName(a.source, b.source))),
    byKind: [...kinds].map(([kind, n]) => ({ kind, findings: n })).sort((a, b) => b.findings - a.findings || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)),
    evidence,
    bySource: all,
    mostChaff,
    duplicates: dup,
    suspect,
  };
}
