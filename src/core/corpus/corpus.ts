// The corpus as a whole: per-article facts combined into repeated-line counts per source and a
// duplicate index, kept current one article at a time. Which articles need a second analysis (their
// evidence changed) is worked out per source touched, so one changed file costs one source's worth.
import { DuplicateIndex, type DuplicateGroup } from './duplicates';
import { evidenceKey, RepeatedLines, sourceKey, type RepeatedSettings } from './evidence';
import type { ArticleFacts } from './record';

export interface CorpusEntry {
  /** Unique key (a path or a URI). */
  key: string;
  /** `/`-separated path; its folder stands in for a missing source. */
  path: string;
  facts: ArticleFacts;
  /** Counting key: source, or folder. */
  source: string;
  /** The analysis with evidence: for which evidence key, and how many findings it had. */
  final: { evidence: string; findings: number } | null;
}

const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

export class Corpus {
  private readonly counts: RepeatedLines;
  private readonly dups: DuplicateIndex;
  private readonly entries = new Map<string, CorpusEntry>();
  /**
   * Restored articles not counted yet: a corpus restored from a settled cache answers from the
   * cache (findings, duplicate sets) and counts lines only when something changes or asks.
   */
  private pending: CorpusEntry[] = [];
  private restoredGroups: DuplicateGroup[] | null = null;
  private readonly dirty = new Set<string>();
  /** Article keys by counting source, so settling one source does not walk the whole corpus. */
  private readonly bySource = new Map<string, Set<string>>();
  /**
   * Copies and near-copies of one article count once for evidence, or a story scraped five times
   * (or five times with a line edited) would turn its own headline and subheadings into "repeated"
   * lines: each article whose body is alike to a counted one of its source is that one's copy.
   */
  private readonly copyOf = new Map<string, string>();
  private readonly copies = new Map<string, Set<string>>();
  /** Handed out by `stale` and not resolved yet (a cancelled run asks again). */
  private readonly unresolved = new Set<string>();
  /** The source of the latest article set in each folder or below it: the likely source of the next one there. */
  private readonly folderSource = new Map<string, string>();

  constructor(settings: RepeatedSettings, opts: { similarity?: number; order?: (a: string, b: string) => number } = {}) {
    this.counts = new RepeatedLines({ ...settings });
    this.dups = new DuplicateIndex(opts.similarity, opts.order);
  }

  /** Line counts per source (restored articles counted first). */
  get repeated(): RepeatedLines {
    this.count();
    return this.counts;
  }

  get duplicates(): DuplicateIndex {
    this.count();
    return this.dups;
  }

  /**
   * Adds an article as it was when the cache was written from a settled corpus: its final analysis
   * is taken as it is, and counting waits (see `pending`). Only for a corpus restored whole, with
   * `restoreDuplicates` given the sets saved with it; any later `set` or `delete` counts everything.
   */
  restore(key: string, path: string, facts: ArticleFacts, final: NonNullable<CorpusEntry['final']>): CorpusEntry {
    if (this.entries.has(key)) return this.set(key, path, facts, final);
    const entry: CorpusEntry = { key, path, facts, source: sourceKey(facts.metadata.source, path), final };
    this.entries.set(key, entry);
    this.member(entry);
    this.pending.push(entry);
    return entry;
  }

  /** Restored articles whose lines are not counted yet (all of them until the first change). */
  get uncounted(): number {
    return this.pending.length;
  }

  /** The duplicate sets saved with a restored corpus, valid until it changes. */
  restoreDuplicates(groups: DuplicateGroup[]): void {
    this.restoredGroups = groups;
  }

  private member(entry: CorpusEntry): void {
    let members = this.bySource.get(entry.source);
    if (!members) this.bySource.set(entry.source, (members = new Set()));
    members.add(entry.key);
    for (let f = folderOf(entry.path); ; f = folderOf(f)) {
      // A folder already naming this source: above it, a guess either way (and 100,000 articles cost one lookup each).
      if (this.folderSource.get(f) === entry.source) break;
      this.folderSource.set(f, entry.source);
      if (!f) break;
    }
  }

  /** Counts the restored articles (lines per source, copies, duplicate buckets). */
  private count(): void {
    this.countSome(Infinity);
  }

  /** Counts up to `n` restored articles, so that an editor can count a large corpus in slices when idle; true when none is left. */
  countSome(n: number): boolean {
    const take = Math.min(n, this.pending.length);
    for (let i = 0; i < take; i++) {
      const e = this.pending[this.pending.length - 1 - i];
      if (this.entries.get(e.key) === e) this.index(e);
    }
    this.pending.length -= take;
    return this.pending.length === 0;
  }

  private index(entry: CorpusEntry): void {
    this.countOrCopy(entry);
    this.dups.set(entry.key, entry.facts.body);
  }

  /** Counts an article's lines, unless it is a copy of one counted in its source. */
  private countOrCopy(entry: CorpusEntry): void {
    const body = entry.facts.body;
    const lead = body && this.dups.near(body, (k) => k !== entry.key && this.copies.has(k) && this.entries.get(k)?.source === entry.source);
    if (lead) {
      this.copyOf.set(entry.key, lead);
      this.copies.get(lead)!.add(entry.key);
    } else {
      this.copies.set(entry.key, new Set());
      this.counts.add(entry.source, entry.facts.lines);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CorpusEntry | undefined {
    return this.entries.get(key);
  }

  all(): IterableIterator<CorpusEntry> {
    return this.entries.values();
  }

  /** Adds or replaces an article. `final` is a cached second analysis, used if its evidence still holds. */
  set(key: string, path: string, facts: ArticleFacts, final: CorpusEntry['final'] = null): CorpusEntry {
    this.delete(key);
    const entry: CorpusEntry = { key, path, facts, source: sourceKey(facts.metadata.source, path), final };
    this.entries.set(key, entry);
    this.member(entry);
    this.index(entry);
    this.dirty.add(entry.source);
    return entry;
  }

  /**
   * A guess, before its analysis, at the lines a new article at `path` will get as evidence: those
   * repeated by the source of the latest article set in its folder, or else in the nearest folder
   * above (a corpus filed by source, then by date). `stale` corrects a wrong guess.
   */
  hint(path: string): Int32Array | null {
    for (let f = folderOf(path); ; f = folderOf(f)) {
      const source = this.folderSource.get(f);
      if (source !== undefined) return this.repeated.hint(source);
      if (!f) return null;
    }
  }

  delete(key: string): boolean {
    // A change: the restored articles are counted, and the saved duplicate sets no longer hold.
    this.count();
    this.restoredGroups = null;
    const e = this.entries.get(key);
    if (!e) return false;
    this.entries.delete(key);
    this.unresolved.delete(key);
    const members = this.bySource.get(e.source);
    members?.delete(key);
    if (members?.size === 0) this.bySource.delete(e.source);
    this.dups.delete(key);
    const lead = this.copyOf.get(key);
    if (lead !== undefined) {
      this.copyOf.delete(key);
      this.copies.get(lead)?.delete(key);
    } else {
      const copies = this.copies.get(key);
      this.copies.delete(key);
      this.counts.remove(e.source, e.facts.lines);
      // Its copies find another counted article alike, or are counted themselves.
      for (const c of copies ?? []) {
        this.copyOf.delete(c);
        this.countOrCopy(this.entries.get(c)!);
      }
    }
    this.dirty.add(e.source);
    return true;
  }

  /** New thresholds: every source is looked at again. */
  setSettings(settings: RepeatedSettings): void {
    const s = this.counts.settings;
    if (s.enabled === settings.enabled && s.minArticles === settings.minArticles && s.minShare === settings.minShare) return;
    this.counts.settings = { ...settings };
    this.counts.generation++;
    for (const e of this.entries.values()) this.dirty.add(e.source);
  }

  /** Every article's final analysis made with its evidence as it stands (nothing dirty or handed out unresolved). */
  get settled(): boolean {
    return this.dirty.size === 0 && this.unresolved.size === 0;
  }

  /** The evidence key of an article now ('' when no evidence applies). */
  evidenceKey(e: CorpusEntry): string {
    return evidenceKey(this.repeated.applicable(e.source, e.facts));
  }

  /**
   * Settles the articles of the sources changed since the last call: those without applicable
   * evidence take their first analysis as final; the others are returned, to be analysed again
   * (`analyzeInCorpus`) and `resolve`d. Entries whose cached final analysis still holds are kept.
   * `settled` hears of the articles whose count changed without a new analysis (their evidence went away).
   */
  stale(settled?: (e: CorpusEntry) => void): CorpusEntry[] {
    if (this.dirty.size === 0 && this.unresolved.size === 0) return [];
    const sources = new Set(this.dirty);
    this.dirty.clear();
    const out: CorpusEntry[] = [];
    const look = (e: CorpusEntry) => {
      const key = this.evidenceKey(e);
      this.unresolved.delete(e.key);
      if (e.final?.evidence === key) return;
      if (key === '') {
        const changed = (e.final?.findings ?? e.facts.findings) !== e.facts.findings;
        e.final = { evidence: '', findings: e.facts.findings };
        if (changed) settled?.(e);
      } else {
        out.push(e);
        this.unresolved.add(e.key);
      }
    };
    for (const key of [...this.unresolved]) {
      const e = this.entries.get(key);
      if (!e) this.unresolved.delete(key);
      else if (!sources.has(e.source)) look(e);
    }
    for (const source of sources) for (const key of this.bySource.get(source) ?? []) look(this.entries.get(key)!);
    return out;
  }

  /** Records the second analysis of an article (made with the evidence `evidence`). */
  resolve(key: string, evidence: string, findings: number): void {
    const e = this.entries.get(key);
    if (e) e.final = { evidence, findings };
    this.unresolved.delete(key);
  }

  /** Findings with evidence when known, else without. */
  findings(key: string): number {
    const e = this.entries.get(key);
    return e ? (e.final?.findings ?? e.facts.findings) : 0;
  }

  duplicateGroups(): DuplicateGroup[] {
    return this.restoredGroups ?? this.duplicates.groups();
  }
}
