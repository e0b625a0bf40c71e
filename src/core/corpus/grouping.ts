// The corpus tree as a model: Source › Year › Month › Day › Article (or Year › Month › Day › Source ›
// Article), partial dates under "month unknown" / "day unknown", undated articles under "Undated",
// articles without a source under "Unknown source", plus a "Duplicates" group. Ids are derived from
// the path of keys, so they stay the same across refreshes. Kept incrementally: setting one article
// touches only its chain of groups.
import { findDate } from '../dates';

export type Grouping = 'source' | 'date';

export interface TreeArticle {
  /** Unique key (a URI or a path). */
  key: string;
  /** File name, shown when there is no title. */
  name: string;
  /** Path shown and searched by the filter. */
  path: string;
  source: string | null;
  published: string | null;
  title: string | null;
  findings: number;
  /** Kinds of its rule findings (for `kind:` filters). */
  kinds?: readonly string[];
}

export interface DateParts {
  year: number | null;
  /** 1–12, null when unknown. */
  month: number | null;
  day: number | null;
  /** HH:MM when stated. */
  time: string | null;
}

const EDTF = /^\s*(\d{4}|[\dX]{4})(?:-(\d{2}|[\dX]{2}))?(?:-(\d{2}|[\dX]{2}))?(?:[T ](\d{2}):(\d{2}))?/u;

/** Reads an EDTF date (`2022-XX-19T19:45`, `2021-06`, `2022-10-03 16:45`) or, failing that, a date as prose writes it. */
export function dateParts(published: string | null): DateParts {
  const none: DateParts = { year: null, month: null, day: null, time: null };
  if (!published) return none;
  let m = EDTF.exec(published);
  if (!m) {
    const found = findDate(published);
    m = found ? EDTF.exec(found.edtf) : null;
    if (!m) return none;
  }
  const num = (s: string | undefined, lo: number, hi: number) => (s && /^\d+$/.test(s) && +s >= lo && +s <= hi ? +s : null);
  const year = num(m[1], 1, 9999);
  if (year === null) return none;
  const month = num(m[2], 1, 12);
  const day = num(m[3], 1, 31);
  const time = m[4] !== undefined && +m[4] < 24 && +m[5] < 60 ? `${m[4]}:${m[5]}` : null;
  return { year, month, day, time };
}

export type GroupLevel = 'source' | 'year' | 'month' | 'day' | 'duplicates' | 'duplicate-set';

export interface GroupView {
  type: 'group';
  id: string;
  level: GroupLevel;
  label: string;
  /** Articles under it (those the filter lets through). */
  count: number;
  /** For a duplicate set: exact or near, and how alike. */
  duplicate?: { kind: 'exact' | 'near'; similarity: number };
}

export interface ArticleView {
  type: 'article';
  id: string;
  article: TreeArticle;
  time: string | null;
  /** Shown inside a duplicate set (the same article also sits at its place in the tree). */
  inDuplicates?: boolean;
  /** The article this one is a copy of, if any. */
  duplicateOf?: string;
}

export type NodeView = GroupView | ArticleView;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const UNKNOWN_SOURCE = 'Unknown source';
export const UNDATED = 'Undated';
export const MONTH_UNKNOWN = 'month unknown';
export const DAY_UNKNOWN = 'day unknown';
export const DUPLICATES = 'Duplicates';

interface Segment {
  level: GroupLevel;
  key: string;
  label: string;
  /** Sorts ascending; unknowns sort last. */
  rank: number | string;
}

interface Group extends Segment {
  id: string;
  parent: Group | null;
  /** Null at the last level (most groups: leaves are many and small). */
  children: Map<string, Group> | null;
  /** Only at the last level. */
  articles: TreeArticle[] | null;
  count: number;
  leafKey?: string;
  /**
   * A top-level group's articles not placed below it yet: a source's years, months and days are
   * built when it is first opened (or revealed, or filtered), so 100,000 articles cost one push each.
   */
  pending?: Placed[] | null;
}

interface Placed {
  article: TreeArticle;
  /** Null while the article waits in its top group's `pending`. */
  leaf: Group | null;
  top: Group;
  /** Worked out when first needed: most articles of a large corpus sit in groups never opened. */
  date: DateParts | null;
}

const dateOf = (p: Placed): DateParts => (p.date ??= dateParts(p.article.published));

const LAST = '\uffff';

interface DupSet {
  id: string;
  kind: 'exact' | 'near';
  similarity: number;
  articles: string[];
}

function sourceSegment(source: string | null): Segment {
  return source ? { level: 'source', key: source, label: source, rank: source.toLowerCase() } : { level: 'source', key: '', label: UNKNOWN_SOURCE, rank: LAST };
}

/** Newest first: years, months and days sort descending, unknowns last. */
function dateSegments(d: DateParts): Segment[] {
  if (d.year === null) return [{ level: 'year', key: 'undated', label: UNDATED, rank: Infinity }];
  const segs: Segment[] = [{ level: 'year', key: String(d.year), label: String(d.year), rank: -d.year }];
  segs.push(d.month === null ? { level: 'month', key: 'XX', label: MONTH_UNKNOWN, rank: Infinity } : { level: 'month', key: String(d.month).padStart(2, '0'), label: MONTHS[d.month - 1], rank: -d.month });
  const dayLabel = d.day === null ? DAY_UNKNOWN : d.month === null ? `day ${d.day}` : `${d.day} ${MONTHS[d.month - 1]}`;
  segs.push({ level: 'day', key: d.day === null ? 'XX' : String(d.day).padStart(2, '0'), label: dayLabel, rank: d.day === null ? Infinity : -d.day });
  return segs;
}

/** A group's id: its parent's, then its level's initial and its key. */
const segmentId = (parent: Group, s: Segment) => (parent.parent === null ? '' : parent.id + '/') + `${s.level[0]}:${encodeURIComponent(s.key)}`;

const compareRank = (a: Segment, b: Segment) =>
  typeof a.rank === 'number' && typeof b.rank === 'number' ? a.rank - b.rank : String(a.rank) < String(b.rank) ? -1 : String(a.rank) > String(b.rank) ? 1 : 0;

const articleLabel = (a: TreeArticle) => a.title || a.name;

export class CorpusTree {
  private root: Group = this.newGroup(null, { level: 'source', key: '', label: '', rank: 0 }, '');
  private readonly placed = new Map<string, Placed>();
  private readonly groupsById = new Map<string, Group>();
  /** Last-level groups by source and date. */
  private readonly leaves = new Map<string, Group>();
  private dupSets: DupSet[] = [];
  private readonly dupOf = new Map<string, string>();
  private filterText = '';
  private filterParsed: ArticleFilter = parseFilter('');
  private filtered: Map<Group, number> | null = null;

  constructor(private mode: Grouping = 'source') {}

  get grouping(): Grouping {
    return this.mode;
  }

  get size(): number {
    return this.placed.size;
  }

  get filter(): string {
    return this.filterText;
  }

  setGrouping(mode: Grouping): void {
    if (mode === this.mode) return;
    this.mode = mode;
    const all = [...this.placed.values()].map((p) => p.article);
    this.placed.clear();
    this.groupsById.clear();
    this.leaves.clear();
    this.root = this.newGroup(null, { level: 'source', key: '', label: '', rank: 0 }, '');
    for (const a of all) this.set(a);
  }

  /** Text over title, source and path, case-insensitive, and fields (see `parseFilter`); '' shows everything. */
  setFilter(text: string): void {
    this.filterText = text.trim().toLowerCase();
    this.filterParsed = parseFilter(this.filterText);
    this.filtered = null;
  }

  matches(a: TreeArticle): boolean {
    if (!this.filterText) return true;
    const f = this.filterParsed;
    if (f.source !== undefined && (a.source?.toLowerCase() ?? null) !== f.source) return false;
    if (f.kind !== undefined && !a.kinds?.includes(f.kind)) return false;
    if (f.date !== undefined) {
      const d = dateParts(a.published);
      const period = d.year === null ? null : `${String(d.year).padStart(4, '0')}-${d.month === null ? 'xx' : String(d.month).padStart(2, '0')}`;
      if (f.date === null ? period !== null : !period?.startsWith(f.date)) return false;
    }
    if (f.duplicate && !this.dupOf.has(a.key)) return false;
    const t = f.text;
    return !t || [a.title, a.source, a.path, a.name].some((s) => s?.toLowerCase().includes(t));
  }

  has(key: string): boolean {
    return this.placed.has(key);
  }

  article(key: string): TreeArticle | undefined {
    return this.placed.get(key)?.article;
  }

  /** Adds or moves an article. Returns false when nothing shown changed. */
  set(a: TreeArticle): boolean {
    const old = this.placed.get(a.key);
    if (old && sameArticle(old.article, a)) return false;
    if (old) this.unplace(old);
    const p: Placed = { article: a, leaf: null, top: this.root, date: null };
    const seg = this.mode === 'source' ? sourceSegment(a.source) : dateSegments(dateOf(p))[0];
    const id = segmentId(this.root, seg);
    this.root.children ??= new Map();
    let top = this.root.children.get(id);
    if (!top) {
      top = this.newGroup(this.root, seg, id);
      top.pending = [];
      this.root.children.set(id, top);
    }
    p.top = top;
    this.placed.set(a.key, p);
    this.root.count++;
    top.count++;
    if (top.pending) top.pending.push(p);
    else this.placeBelow(p);
    this.filtered = null;
    return true;
  }

  /** Builds a top-level group's levels for the articles waiting in it. */
  private build(top: Group): void {
    const pending = top.pending;
    if (!pending) return;
    top.pending = null;
    for (const p of pending) this.placeBelow(p);
  }

  /** Builds the top-level group that `id` (a group's) lies in. */
  private buildFor(id: string): void {
    const slash = id.indexOf('/');
    const top = this.groupsById.get(slash < 0 ? id : id.slice(0, slash));
    if (top) this.build(top);
  }

  /** Puts an article below its (built) top group, down to its leaf; counts below the top. */
  private placeBelow(p: Placed): void {
    const a = p.article;
    const d = dateOf(p);
    // Many articles share a place: find it by source and date before building the path of groups.
    const leafKey = `${a.source ?? ''}\u0000${d.year}-${d.month}-${d.day}`;
    let g = this.leaves.get(leafKey);
    if (!g) {
      const src = sourceSegment(a.source);
      const dates = dateSegments(d);
      const segs = this.mode === 'source' ? dates : [...dates.slice(1), src];
      g = p.top;
      for (const s of segs) {
        const id = segmentId(g, s);
        g.children ??= new Map();
        let child: Group | undefined = g.children.get(id);
        if (!child) {
          child = this.newGroup(g, s, id);
          g.children.set(id, child);
        }
        g = child;
      }
      g.leafKey = leafKey;
      this.leaves.set(leafKey, g);
    }
    (g.articles ??= []).push(a);
    for (let q: Group | null = g; q && q !== p.top; q = q.parent) q.count++;
    p.leaf = g;
  }

  delete(key: string): boolean {
    const p = this.placed.get(key);
    if (!p) return false;
    this.unplace(p);
    this.filtered = null;
    return true;
  }

  /** Duplicate sets by article key; the first key of each is the original. */
  setDuplicates(groups: { kind: 'exact' | 'near'; similarity: number; articles: string[] }[]): void {
    this.dupSets = groups.map((g) => ({ ...g, id: `dup/${encodeURIComponent(g.articles[0])}` }));
    this.dupOf.clear();
    for (const g of groups) for (const k of g.articles.slice(1)) this.dupOf.set(k, g.articles[0]);
  }

  duplicateOf(key: string): string | undefined {
    return this.dupOf.get(key);
  }

  /** The id an article has at its place in the tree. */
  articleId(key: string): string {
    return `a:${key}`;
  }

  /** Children of a node (the roots for undefined). */
  children(id?: string): NodeView[] {
    if (id === undefined) {
      const roots = this.groupChildren(this.root);
      const dups = this.visibleDupSets();
      if (dups.length) roots.push({ type: 'group', id: 'dup', level: 'duplicates', label: DUPLICATES, count: dups.reduce((n, s) => n + s.shown.length, 0) });
      return roots;
    }
    if (id === 'dup') {
      return this.visibleDupSets().map(({ set, shown }) => ({
        type: 'group',
        id: set.id,
        level: 'duplicate-set',
        label: articleLabel(this.placed.get(shown[0])!.article),
        count: shown.length,
        duplicate: { kind: set.kind, similarity: set.similarity },
      }));
    }
    if (id.startsWith('dup/')) {
      const set = this.visibleDupSets().find((s) => s.set.id === id);
      return (set?.shown ?? []).map((k) => ({ ...this.articleView(this.placed.get(k)!), id: `${id}/${encodeURIComponent(k)}`, inDuplicates: true }));
    }
    this.buildFor(id);
    const g = this.groupsById.get(id);
    if (!g) return [];
    if (g.articles) {
      return g.articles
        .filter((a) => this.matches(a))
        .map((a) => this.articleView(this.placed.get(a.key)!))
        .sort((x, y) => (x.time === y.time ? 0 : x.time === null ? 1 : y.time === null ? -1 : x.time < y.time ? 1 : -1) || articleLabel(x.article).localeCompare(articleLabel(y.article)) || (x.article.path < y.article.path ? -1 : 1));
    }
    return this.groupChildren(g);
  }

  /** The parent's id, undefined for roots and unknown ids. */
  parent(id: string): string | undefined {
    if (id.startsWith('a:')) return this.leafOf(this.placed.get(id.slice(2)))?.id;
    if (id === 'dup') return undefined;
    if (id.startsWith('dup/')) {
      const set = this.dupSets.find((s) => id.startsWith(s.id + '/'));
      return set ? set.id : id.split('/').length > 2 ? undefined : 'dup';
    }
    this.buildFor(id);
    const g = this.groupsById.get(id);
    return g?.parent && g.parent !== this.root ? g.parent.id : undefined;
  }

  /** The view of one node, as `children` of its parent would give it. */
  node(id: string): NodeView | undefined {
    const parent = this.parent(id);
    if (parent === undefined && id.startsWith('a:')) return undefined;
    return this.children(parent).find((n) => n.id === id);
  }

  /** All ids on the way from a root down to an article's place (for reveal). */
  pathTo(key: string): string[] {
    const p = this.placed.get(key);
    if (!p) return [];
    const out = [this.articleId(key)];
    for (let g: Group | null = this.leafOf(p); g && g !== this.root; g = g.parent) out.unshift(g.id);
    return out;
  }

  private visibleDupSets() {
    const out: { set: DupSet; shown: string[] }[] = [];
    for (const set of this.dupSets) {
      const present = set.articles.filter((k) => this.placed.has(k));
      if (present.length < 2) continue;
      // A set shows when any of its articles matches the filter: the copies explain each other.
      if (this.filterText && !present.some((k) => this.matches(this.placed.get(k)!.article))) continue;
      out.push({ set, shown: present });
    }
    return out;
  }

  private articleView(p: Placed): ArticleView {
    const v: ArticleView = { type: 'article', id: this.articleId(p.article.key), article: p.article, time: dateOf(p).time };
    const of = this.dupOf.get(p.article.key);
    if (of) v.duplicateOf = of;
    return v;
  }

  private groupChildren(g: Group): NodeView[] {
    const counts = this.counts();
    return [...(g.children?.values() ?? [])]
      .filter((c) => (counts ? (counts.get(c) ?? 0) > 0 : c.count > 0))
      .sort((a, b) => compareRank(a, b) || (a.label < b.label ? -1 : 1))
      .map((c) => ({ type: 'group', id: c.id, level: c.level, label: c.label, count: counts ? (counts.get(c) ?? 0) : c.count }));
  }

  /** Counts under the filter (null when there is no filter: the kept counts hold). */
  private counts(): Map<Group, number> | null {
    if (!this.filterText) return null;
    if (!this.filtered) {
      const m = new Map<Group, number>();
      for (const p of this.placed.values()) {
        if (!this.matches(p.article)) continue;
        for (let g: Group | null = this.leafOf(p); g; g = g.parent) m.set(g, (m.get(g) ?? 0) + 1);
      }
      this.filtered = m;
    }
    return this.filtered;
  }

  /** An article's leaf, its top group built first if need be. */
  private leafOf(p: Placed | undefined): Group | null {
    if (!p) return null;
    if (!p.leaf) this.build(p.top);
    return p.leaf;
  }

  private unplace(p: Placed): void {
    this.placed.delete(p.article.key);
    const start = p.leaf ?? p.top;
    if (p.leaf) {
      const list = p.leaf.articles!;
      list.splice(list.indexOf(p.article), 1);
    } else p.top.pending!.splice(p.top.pending!.indexOf(p), 1);
    for (let g: Group | null = start; g; g = g.parent) g.count--;
    // Empty groups go, so their ids can come back later with a fresh state.
    for (let g: Group | null = start; g && g !== this.root && g.count === 0; g = g.parent) {
      g.parent!.children!.delete(g.id);
      this.groupsById.delete(g.id);
      if (g.leafKey !== undefined) this.leaves.delete(g.leafKey);
    }
  }

  private newGroup(parent: Group | null, s: Segment, id: string): Group {
    const g: Group = { level: s.level, key: s.key, label: s.label, rank: s.rank, id, parent, children: null, articles: null, count: 0, leafKey: undefined };
    if (parent) this.groupsById.set(id, g);
    return g;
  }
}

function sameArticle(a: TreeArticle, b: TreeArticle): boolean {
  return a.name === b.name && a.path === b.path && a.source === b.source && a.published === b.published && a.title === b.title && a.findings === b.findings && String(a.kinds) === String(b.kinds);
}

/** A parsed filter; fields absent (undefined) do not filter. Values are lower case. */
export interface ArticleFilter {
  /** Free text, searched in title, source and path. */
  text: string;
  /** Exactly this source; null: articles naming none. */
  source?: string | null;
  kind?: string;
  /** A period prefix (`2022`, `2022-03`; `2022-xx` for a year whose month is lost); null: undated. */
  date?: string | null;
  /** Only copies of another article. */
  duplicate?: boolean;
}

const FIELD = /(?:^|\s)(source|kind|date|is):(?:"([^"]*)"|(\S*))/giu;

/**
 * Reads a Corpus filter: free text plus fields, all of which must hold: `source:"Name"` (`source:none`),
 * `kind:teaser`, `date:2022-03` (`date:none`), `is:duplicate`. The statistics view's bars set these.
 */
export function parseFilter(text: string): ArticleFilter {
  const f: ArticleFilter = { text: '' };
  const rest = text.toLowerCase().replace(FIELD, (_, field: string, quoted: string | undefined, bare: string | undefined) => {
    const v = (quoted ?? bare ?? '').trim();
    if (field === 'source') f.source = v === 'none' ? null : v;
    else if (field === 'kind') f.kind = v;
    else if (field === 'date') f.date = v === 'none' ? null : v;
    else if (v === 'duplicate') f.duplicate = true;
    else return `${field}:${v}`; // not a field after all: searched as text
    return ' ';
  });
  f.text = rest.replace(/\s+/g, ' ').trim();
  return f;
}
