// Duplicate and near-duplicate articles: the body left after removing chaff, normalised, compared
// exactly (a 64-bit hash) and by shingle similarity (MinHash signatures, LSH buckets, Jaccard estimate).
import type { Analysis } from '../types';
import { ASCII_CLASSES, charClass, isPlain, lowerUnit, LOWER_WORD, SPACE } from '../chars';
import { fmix32 } from './hash';

/** Signature length; 16 bands of 4 rows make pairs at Jaccard 0.8 candidates with probability > 0.999. */
export const MINHASH_SIZE = 64;
const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;
/** Words per shingle. */
const SHINGLE = 4;
/** Bodies shorter than this (in words) are too short to call duplicates. */
export const MIN_BODY_WORDS = 20;
export const DEFAULT_SIMILARITY = 0.8;

/** A shingle hash's low bits pick its bin, the rest is its value there. */
const BIN_BITS = Math.log2(MINHASH_SIZE);
const BIN_MASK = MINHASH_SIZE - 1;

export interface BodySignature {
  /** Hash of the normalised body: equal bodies, equal hashes. */
  exact: string;
  /** MinHash of the body's word shingles. */
  minhash: Int32Array;
}

/** The body's words: lines no finding covers, after the front matter, without the title; case, accents of form and punctuation ignored. */
export function bodyWords(a: Analysis): string[] {
  const out: string[] = [];
  bodyLines(a, (t) => {
    const ws = t.normalize('NFKC').toLowerCase().match(WORD);
    if (ws) for (const w of ws) out.push(w);
  });
  return out;
}

/** FNV-1a as `hashString` computes it, fed one code unit at a time. */
const FNV_PRIME = 0x01000193;
const fnvStart = (seed: number) => (0x811c9dc5 ^ seed) | 0;
const EXACT_A = fnvStart(0x9e3779b9);
const EXACT_B = fnvStart(0x7f4a7c15);

/**
 * The body's words as bodyWords gives them, hashed as they are found: each word's `hashString` into
 * `wh`, and the two halves of `hash64(words.join(' '))`. No word strings are made: a line whose code
 * units are all plain is lower-cased and cut into words unit by unit; other lines take the regex path.
 */
let wordHashes = new Int32Array(256);

class BodyHasher {
  // Kept from one signature to the next (one at a time): allocating it took more than a tenth of the walk.
  wh = wordHashes;
  count = 0;
  private a = EXACT_A;
  private b = EXACT_B;
  private w = 0;

  private begin(): void {
    if (this.count > 0) {
      this.a = Math.imul(this.a ^ 0x20, FNV_PRIME);
      this.b = Math.imul(this.b ^ 0x20, FNV_PRIME);
    }
    this.w = fnvStart(0);
  }

  private unit(c: number): void {
    this.a = Math.imul(this.a ^ c, FNV_PRIME);
    this.b = Math.imul(this.b ^ c, FNV_PRIME);
    this.w = Math.imul(this.w ^ c, FNV_PRIME);
  }

  private end(): void {
    if (this.count === this.wh.length) {
      const grown = new Int32Array(this.wh.length * 2);
      grown.set(this.wh);
      this.wh = grown;
      if (grown.length <= 1 << 16) wordHashes = grown;
    }
    this.wh[this.count++] = fmix32(this.w);
  }

  /**
   * Adds a line's words; for a plain line also returns `normalisedLineHash(t)`, worked out in the same
   * walk (line facts need it of every line, and body lines are most of an article's text).
   */
  line(t: string): number | undefined {
    if (!isPlain(t)) {
      const ws = t.normalize('NFKC').toLowerCase().match(WORD);
      if (ws)
        for (const w of ws) {
          this.begin();
          for (let i = 0; i < w.length; i++) this.unit(w.charCodeAt(i));
          this.end();
        }
      return undefined;
    }
    // The plain walk keeps the three hashes in locals: it is the hot loop of a signature.
    let { a, b } = this;
    let w = 0;
    let inWord = false;
    // normalisedLineHash's state: whitespace runs are one space, digit runs one 0, ends trimmed.
    let n = 0x811c9dc5 | 0;
    let empty = true;
    let space = false;
    let digits = false;
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? t.charCodeAt(i) : 32;
      const cls = c < 128 ? ASCII_CLASSES[c] : charClass(c);
      const k = cls & LOWER_WORD;
      if (i < t.length) {
        if (cls & SPACE) {
          space = !empty;
          digits = false;
        } else {
          const isDigit = c >= 48 && c <= 57;
          if (!(isDigit && digits)) {
            digits = isDigit;
            if (space) n = Math.imul(n ^ 0x20, FNV_PRIME);
            space = false;
            empty = false;
            n = Math.imul(n ^ (isDigit ? 0x30 : c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerUnit(c)), FNV_PRIME);
          }
        }
      }
      if (k) {
        if (!inWord) {
          if (this.count > 0) {
            a = Math.imul(a ^ 0x20, FNV_PRIME);
            b = Math.imul(b ^ 0x20, FNV_PRIME);
          }
          w = fnvStart(0);
          inWord = true;
        }
        const l = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerUnit(c);
        a = Math.imul(a ^ l, FNV_PRIME);
        b = Math.imul(b ^ l, FNV_PRIME);
        w = Math.imul(w ^ l, FNV_PRIME);
      } else if (inWord) {
        this.w = w;
        this.end();
        inWord = false;
      }
    }
    this.a = a;
    this.b = b;
    return empty ? undefined : fmix32(n);
  }

  exact(): string {
    return (fmix32(this.a) >>> 0).toString(16).padStart(8, '0') + (fmix32(this.b) >>> 0).toString(16).padStart(8, '0');
  }
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The lines bodyWords reads: not covered by a finding, after the front matter, not the title. */
function bodyLines(a: Analysis, each: (t: string, i: number) => void): void {
  const covered = new Uint8Array(a.doc.lines.length);
  for (const f of a.findings) covered.fill(1, f.line - 1, f.endLine);
  const from = a.frontMatter ? a.frontMatter.endLine : 0;
  const title = a.metadata.title?.trim();
  for (let i = from; i < a.doc.lines.length; i++) {
    if (covered[i]) continue;
    const t = a.doc.lines[i].trim();
    if (t && t !== title) each(t, i);
  }
}

/** `normalisedLineHash` of the lines of a document where `known` is set, as a signature's walk found them. */
export interface LineHashes {
  known: Uint8Array;
  hashes: Int32Array;
}

/**
 * The signature of an article's body, or null when it is too short to compare; fills in `lineHashes`
 * for the body lines it walks plainly.
 *
 * MinHash by one-permutation hashing: a shingle's hash picks its bin by its low bits and competes for
 * that bin's minimum, so each shingle costs one hash instead of MINHASH_SIZE. Empty bins borrow the
 * minimum of a bin chosen by a fixed per-bin sequence (optimal densification, Shrivastava 2017), so two
 * bodies with the same shingles still agree position by position.
 */
export function bodySignature(a: Analysis, lineHashes?: LineHashes): BodySignature | null {
  const h = new BodyHasher();
  bodyLines(a, (t, i) => {
    const norm = h.line(t);
    if (lineHashes && norm !== undefined) {
      lineHashes.known[i] = 1;
      lineHashes.hashes[i] = norm;
    }
  });
  if (h.count < MIN_BODY_WORDS) return null;
  const wh = h.wh;
  const bins = new Int32Array(MINHASH_SIZE).fill(0x7fffffff);
  const filled = new Uint8Array(MINHASH_SIZE);
  for (let i = 0; i + SHINGLE <= h.count; i++) {
    let s = wh[i];
    for (let k = 1; k < SHINGLE; k++) s = fmix32(Math.imul(s, 31) + wh[i + k]);
    const bin = s & BIN_MASK;
    const v = s >>> BIN_BITS;
    if (v < bins[bin]) bins[bin] = v;
    filled[bin] = 1;
  }
  const minhash = new Int32Array(MINHASH_SIZE);
  for (let j = 0; j < MINHASH_SIZE; j++) {
    let from = j;
    for (let attempt = 1; !filled[from]; attempt++) from = fmix32(Math.imul(j + 1, 0x9e3779b9) ^ attempt) & BIN_MASK;
    // With its bin's bits, a borrowed minimum is told apart from a bin's own.
    minhash[j] = (bins[from] << BIN_BITS) | from;
  }
  return { exact: h.exact(), minhash };
}

/** Share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
export function similarity(a: Int32Array, b: Int32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

export interface DuplicateGroup {
  /** `exact`: every body is the same; `near`: bodies at least `similarity` alike. */
  kind: 'exact' | 'near';
  /** The lowest similarity of a pair that joined the group (1 for exact). */
  similarity: number;
  /** Keys, the first being the one the others are taken as copies of. */
  articles: string[];
}

const EMPTY = -1;
const TOMB = -2;

/**
 * LSH buckets: int32 key → article ids, by open addressing in typed arrays, so 100,000 articles' 1.6
 * million bucket keys cost a few megabytes and no garbage. A bucket's first id lives in the table; the
 * rare further ids (shared buckets, the candidates) in `more`.
 */
class Buckets {
  private keys = new Int32Array(1 << 12);
  private vals = new Int32Array(1 << 12).fill(EMPTY);
  private bits = 12;
  private used = 0;
  private live = 0;
  /** Keys of buckets with more than one id → the ids after the first. */
  readonly more = new Map<number, number[]>();

  /** The slot holding `key` (≥ 0), or -(slot to insert it at) - 1; no allocation on this hot path. */
  private find(key: number): number {
    const mask = (1 << this.bits) - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    let tomb = -1;
    for (;;) {
      const v = this.vals[i];
      if (v === EMPTY) return -(tomb >= 0 ? tomb : i) - 1;
      if (v === TOMB) {
        if (tomb < 0) tomb = i;
      } else if (this.keys[i] === key) return i;
      i = (i + 1) & mask;
    }
  }

  /** Adds an id; true when the bucket now holds more than one. */
  add(key: number, id: number): boolean {
    const f = this.find(key);
    if (f >= 0) {
      const list = this.more.get(key);
      if (list) list.push(id);
      else this.more.set(key, [id]);
      return true;
    }
    const at = -f - 1;
    if (this.vals[at] === EMPTY) this.used++;
    this.keys[at] = key;
    this.vals[at] = id;
    this.live++;
    if (this.used > (1 << this.bits) * 0.6) this.rehash();
    return false;
  }

  remove(key: number, id: number): void {
    const at = this.find(key);
    if (at < 0) return;
    const list = this.more.get(key);
    if (this.vals[at] === id) {
      if (list) {
        this.vals[at] = list.shift()!;
        if (list.length === 0) this.more.delete(key);
      } else {
        this.vals[at] = TOMB;
        this.live--;
      }
    } else if (list) {
      const k = list.indexOf(id);
      if (k >= 0) list.splice(k, 1);
      if (list.length === 0) this.more.delete(key);
    }
  }

  /** The first id of a bucket (-1 when there is none). */
  first(key: number): number {
    const at = this.find(key);
    return at >= 0 ? this.vals[at] : -1;
  }

  private rehash(): void {
    const { keys, vals } = this;
    // Grow when full of live entries; otherwise the same size clears the tombstones.
    if (this.live > (1 << this.bits) * 0.3) this.bits++;
    this.keys = new Int32Array(1 << this.bits);
    this.vals = new Int32Array(1 << this.bits).fill(EMPTY);
    this.used = 0;
    this.live = 0;
    for (let i = 0; i < vals.length; i++) {
      if (vals[i] < 0) continue;
      const at = -this.find(keys[i]) - 1;
      this.keys[at] = keys[i];
      this.vals[at] = vals[i];
      this.used++;
      this.live++;
    }
  }
}

/**
 * Articles by body signature, kept incrementally: adding or removing one article touches its 16
 * buckets, and `groups()` only looks at buckets holding more than one article.
 */
export class DuplicateIndex {
  private readonly ids = new Map<string, number>();
  private readonly keys: (string | undefined)[] = [];
  private readonly sigs: (BodySignature | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly buckets = new Buckets();
  private readonly exact = new Map<string, number[]>();
  /** Exact hashes held by more than one article. */
  private readonly exactShared = new Set<string>();
  private cached: DuplicateGroup[] | null = [];

  constructor(
    private readonly threshold = DEFAULT_SIMILARITY,
    /** Orders a group: the first article is the one the others are copies of. */
    private readonly order: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  ) {}

  get size(): number {
    return this.ids.size;
  }

  set(key: string, sig: BodySignature | null): void {
    this.delete(key);
    if (!sig) return;
    const id = this.free.pop() ?? this.keys.length;
    this.ids.set(key, id);
    this.keys[id] = key;
    this.sigs[id] = sig;
    for (const b of bandKeys(sig.minhash)) this.buckets.add(b, id);
    const same = this.exact.get(sig.exact);
    if (same) {
      same.push(id);
      this.exactShared.add(sig.exact);
    } else this.exact.set(sig.exact, [id]);
    this.cached = null;
  }

  delete(key: string): void {
    const id = this.ids.get(key);
    if (id === undefined) return;
    const sig = this.sigs[id]!;
    for (const b of bandKeys(sig.minhash)) this.buckets.remove(b, id);
    const same = this.exact.get(sig.exact)!.filter((x) => x !== id);
    if (same.length) this.exact.set(sig.exact, same);
    else this.exact.delete(sig.exact);
    if (same.length < 2) this.exactShared.delete(sig.exact);
    this.ids.delete(key);
    this.keys[id] = undefined;
    this.sigs[id] = undefined;
    this.free.push(id);
    this.cached = null;
  }

  /** The first article held whose body is at least the threshold alike to `sig` and that `accept` takes, or null. */
  near(sig: BodySignature, accept: (key: string) => boolean): string | null {
    for (const id of this.exact.get(sig.exact) ?? []) if (accept(this.keys[id]!)) return this.keys[id]!;
    for (const b of bandKeys(sig.minhash)) {
      const first = this.buckets.first(b);
      if (first < 0) continue;
      for (const id of [first, ...(this.buckets.more.get(b) ?? [])]) {
        const key = this.keys[id]!;
        // `accept` first: it is a lookup, and a bucket of many copies holds few articles it takes.
        if (accept(key) && similarity(this.sigs[id]!.minhash, sig.minhash) >= this.threshold) return key;
      }
    }
    return null;
  }

  /** Groups of two or more articles, each sorted by `order`, groups sorted by their first article. */
  groups(): DuplicateGroup[] {
    if (this.cached) return this.cached;
    const parent = new Map<number, number>();
    const find = (x: number): number => {
      let r = x;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
      parent.set(x, r);
      return r;
    };
    const minSim = new Map<number, number>();
    const union = (a: number, b: number, sim: number) => {
      const ra = find(a);
      const rb = find(b);
      const s = Math.min(sim, minSim.get(ra) ?? 1, minSim.get(rb) ?? 1);
      if (ra !== rb) parent.set(rb, ra);
      minSim.set(ra, s);
    };
    for (const h of this.exactShared) {
      const ids = this.exact.get(h)!;
      for (let i = 1; i < ids.length; i++) union(ids[0], ids[i], 1);
    }
    const checked = new Set<number>();
    const reps = new Set<number>();
    for (const [b, rest] of this.buckets.more) {
      // Copies of one body (joined above) stand for each other: a story scraped 300 times is one
      // candidate in its buckets, not 300 (45,000 pairs).
      reps.clear();
      reps.add(this.exact.get(this.sigs[this.buckets.first(b)]!.exact)![0]);
      for (const id of rest) reps.add(this.exact.get(this.sigs[id]!.exact)![0]);
      if (reps.size < 2) continue;
      const ids = [...reps];
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const x = ids[i] < ids[j] ? ids[i] : ids[j];
          const y = ids[i] < ids[j] ? ids[j] : ids[i];
          const pair = x * 0x100000000 + y; // a number, not a string: no garbage per pair
          if (checked.has(pair)) continue;
          checked.add(pair);
          const sim = similarity(this.sigs[x]!.minhash, this.sigs[y]!.minhash);
          if (sim >= this.threshold) union(x, y, sim);
        }
    }
    const members = new Map<number, number[]>();
    for (const x of parent.keys()) {
      const r = find(x);
      const list = members.get(r);
      if (list) list.push(x);
      else members.set(r, [x]);
    }
    const out: DuplicateGroup[] = [];
    for (const [root, ids] of members) {
      if (ids.length < 2) continue;
      const exact = ids.every((x) => this.sigs[x]!.exact === this.sigs[ids[0]]!.exact);
      const articles = ids.map((x) => this.keys[x]!).sort(this.order);
      out.push({ kind: exact ? 'exact' : 'near', similarity: exact ? 1 : Math.round((minSim.get(root) ?? 1) * 1000) / 1000, articles });
    }
    out.sort((a, b) => this.order(a.articles[0], b.articles[0]));
    this.cached = out;
    return out;
  }
}

function bandKeys(m: Int32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = Math.imul(b + 1, 0x9e3779b9);
    for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h, 31) + m[b * ROWS + r]);
    out.push(h);
  }
  return out;
}
