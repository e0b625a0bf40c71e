import { ASCII_CLASSES, CASED, charClass, isPlain, LETTER, LOWER_LETTER, lowerUnit, NUMBER, PLAIN, UPPER } from './chars';
import { words } from './text';

import STOPWORDS_ISO from 'stopwords-iso';

// Stop words of 58 languages (stopwords-iso): their density tells prose from menus (jusText's idea),
// their hits tell the language. Entries that are not words (digits, punctuation, phrases) are left out,
// and so are a list's run of single letters (some lists hold the whole alphabet) and its longest words.
function cleanList(list: string[]): string[] {
  const ws = list.map((w) => w.toLowerCase()).filter((w) => /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u.test(w));
  const single = ws.filter((w) => [...w].length === 1);
  // Long entries are rare words, not function words; leaving them out keeps the per-word lookup short.
  return ws.filter((w) => w.length <= 11 && (single.length <= 12 || [...w].length > 1));
}
export const STOPWORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(STOPWORDS_ISO as Record<string, string[]>).map(([k, v]) => [k, new Set(cleanList(v))]),
);
export const LANGS = Object.keys(STOPWORDS);
/** Longest stop word, in code units: a longer run is looked up no further. */
export const MAX_STOP = Math.max(...LANGS.flatMap((l) => [...STOPWORDS[l]].map((w) => w.length)));

// Each stop word once, with a bit per language that has it, in two 32-bit halves (58 languages).
const STOP_INDEX = new Map<string, number>();
const maskLo: number[] = [];
const maskHi: number[] = [];
LANGS.forEach((lang, k) =>
  STOPWORDS[lang].forEach((w) => {
    let at = STOP_INDEX.get(w);
    if (at === undefined) {
      STOP_INDEX.set(w, (at = maskLo.length));
      maskLo.push(0);
      maskHi.push(0);
    }
    if (k < 32) maskLo[at] |= 1 << k;
    else maskHi[at] |= 1 << (k - 32);
  }),
);
/** Languages (bit k of lo, bit k-32 of hi) whose stop words include the word numbered `at`. */
export const STOP_LO = Int32Array.from(maskLo);
export const STOP_HI = Int32Array.from(maskHi);

// The same words in an open-addressed table keyed by a hash of their code units, so that a token can
// be looked up where it stands in its line, lower-cased unit by unit, without making a string of it.
const STOP_BITS = 32 - Math.clz32(STOP_INDEX.size * 2);
const STOP_SLOTS = 1 << STOP_BITS;
const stopWords: string[] = new Array(STOP_SLOTS).fill('');
/**
 * Per slot, side by side so that a probe reads one cache line: the word's hash and length (0: empty
 * slot), its number, and its languages (lo, hi). Most look-ups end without reading the word itself.
 */
const SLOT = 4;
const slots = new Int32Array(STOP_SLOTS * SLOT);
const stopSlot = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - STOP_BITS);
const stepHash = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const withLength = (h: number, len: number) => (h ^ Math.imul(len, 0x27d4eb2d)) | 1;
/**
 * One bit per stop word's key in a table small enough to stay in the processor's first-level cache:
 * most runs that are no stop word are told so here, without a probe of the large table above.
 */
const BLOOM_BITS = 17;
const bloom = new Int32Array(1 << (BLOOM_BITS - 5));
const bloomBit = (key: number) => Math.imul(key, 0x85ebca6b) >>> (32 - BLOOM_BITS);
for (const [w, id] of STOP_INDEX) {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = stepHash(h, w.charCodeAt(i));
  const b = bloomBit(withLength(h, w.length));
  bloom[b >>> 5] |= 1 << (b & 31);
  let at = stopSlot(h);
  while (slots[at * SLOT]) at = (at + 1) & (STOP_SLOTS - 1);
  stopWords[at] = w;
  slots[at * SLOT] = withLength(h, w.length);
  slots[at * SLOT + 1] = id;
  slots[at * SLOT + 2] = STOP_LO[id];
  slots[at * SLOT + 3] = STOP_HI[id];
}

const lowerOf = (c: number) => (c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerUnit(c));

/** The table offset of the stop word that is the lower case of plain s[from, to); -1 for none. */
function stopAt(s: string, from: number, to: number): number {
  if (to - from > MAX_STOP) return -1;
  let h = 0;
  for (let i = from; i < to; i++) h = stepHash(h, lowerOf(s.charCodeAt(i)));
  return stopHashed(s, from, to, h);
}

/** stopAt where the hash of the run's lower-cased units is known already. */
function stopHashed(s: string, from: number, to: number, h: number): number {
  const len = to - from;
  if (len > MAX_STOP) return -1;
  return lookUp(s, from, len, h, withLength(h, len));
}

function sameWord(w: string, s: string, from: number, len: number): boolean {
  let i = 0;
  while (i < len && w.charCodeAt(i) === lowerOf(s.charCodeAt(from + i))) i++;
  return i === len;
}

function lookUp(s: string, from: number, len: number, h: number, key: number): number {
  const b = bloomBit(key);
  if ((bloom[b >>> 5] & (1 << (b & 31))) === 0) return -1;
  for (let at = stopSlot(h); ; at = (at + 1) & (STOP_SLOTS - 1)) {
    const k = slots[at * SLOT];
    if (k === 0) return -1;
    if (k === key && sameWord(stopWords[at], s, from, len)) return at * SLOT;
  }
}

/** Languages written without spaces between words: lengths are counted in characters there. */
export const UNSPACED = new Set(['ja', 'zh', 'th']);

// Script ranges, checked in this order; kana before Han so that Japanese is not taken for Chinese.
const SCRIPTS: [number, number, string][] = [
  [0x3040, 0x30ff, 'ja'],
  [0xac00, 0xd7af, 'ko'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0e00, 0x0e7f, 'th'],
  [0x0590, 0x05ff, 'he'],
  [0x0900, 0x097f, 'hi'],
  [0x0370, 0x03ff, 'el'],
  [0x0400, 0x04ff, 'ru'],
  [0x0600, 0x06ff, 'ar'],
];

/** What a second language of a page needs: hits of its own stop words, against the first's own (see others). */
const SECOND_SHARE = 0.3;
const SECOND_HITS = 15;

/** Counts over a sample of text that language detection decides on. */
export class LanguageTally {
  /** Code units in the letter runs of the lower-cased text. */
  letters = 0;
  /** Letter runs. */
  tokens = 0;
  /** Code units in each of SCRIPTS. */
  readonly scripts = new Int32Array(SCRIPTS.length);
  /**
   * How often each stop word (by number) was seen, spread over its languages only when asked: an
   * open-addressed table of (number + 1, times) pairs, and the numbers in the order first seen.
   */
  private table = new Int32Array(2 * 128);
  private seenIds = new Int32Array(64);
  private seenCount = 0;

  /** Letter runs that are stop words, per language of LANGS. */
  get hits(): Int32Array {
    const hits = new Int32Array(LANGS.length);
    for (let k = 0; k < this.seenCount; k++) addMask(hits, this.seenIds[k], this.timesOf(this.seenIds[k]));
    return hits;
  }

  private slotOf(id: number): number {
    const mask = this.table.length / 2 - 1;
    let at = Math.imul(id, 0x9e3779b1) >>> 0;
    for (at &= mask; ; at = (at + 1) & mask) {
      const k = this.table[2 * at];
      if (k === id + 1 || k === 0) return 2 * at;
    }
  }

  private timesOf(id: number): number {
    return this.table[this.slotOf(id) + 1];
  }

  /** Adds a stretch of text (a line, or a sample of several). */
  add(text: string): void {
    countScripts(text, this.scripts);
    if (isPlain(text)) this.addPlain(text);
    else this.addRegex(text);
  }

  private addPlain(text: string): void {
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      if (charClass(c) & LOWER_LETTER) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        const at = stopAt(text, start, i);
        this.addRun(at < 0 ? -1 : slots[at + 1], i - start);
        start = -1;
      }
    }
  }

  private addRegex(text: string): void {
    for (const t of text.toLowerCase().match(/\p{L}+/gu) ?? []) this.addRun(t.length <= MAX_STOP ? STOP_INDEX.get(t) ?? -1 : -1, t.length);
  }

  /** A letter run of `length` code units, the stop word numbered `id` (-1 for none). */
  addRun(id: number, length: number): void {
    this.letters += length;
    this.tokens++;
    if (id >= 0) this.see(id);
  }

  /** When set, each stop word seen is also written here (number, times): a line's share, to replay. */
  trace: number[] | null = null;

  see(id: number, times = 1): void {
    if (this.trace) this.trace.push(id, times);
    const at = this.slotOf(id);
    if (this.table[at] === 0) {
      if (this.seenCount === this.seenIds.length) {
        const grown = new Int32Array(this.seenIds.length * 2);
        grown.set(this.seenIds);
        this.seenIds = grown;
      }
      this.seenIds[this.seenCount++] = id;
      this.table[at] = id + 1;
      this.table[at + 1] = times;
      // Kept at most half full, so that a probe ends soon.
      if (2 * this.seenCount > this.table.length / 2) this.grow();
    } else this.table[at + 1] += times;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    for (let j = 0; j < old.length; j += 2) if (old[j]) {
      const at = this.slotOf(old[j] - 1);
      this.table[at] = old[j];
      this.table[at + 1] = old[j + 1];
    }
  }

  /**
   * Other languages the sample is written in besides `lang` (indexes into LANGS), up to two: those
   * with SECOND_HITS hits of stop words that `lang` does not have, and at least SECOND_SHARE as many
   * as `lang` has that they do not. A site's prose in English over a short Spanish article makes the
   * page's guess English; the article's lines are Spanish all the same. (A language close to `lang`,
   * as Galician is to Spanish, shares most of its stop words: its own few do not make it a second.)
   */
  others(lang: string | null): number[] {
    const k = lang ? LANGS.indexOf(lang) : -1;
    if (k < 0) return [];
    // Over each seen word's languages only (a few of LANGS): what `lang` has that j does not is its
    // hits less those it shares with j.
    const shared = new Int32Array(LANGS.length);
    const theirs = new Int32Array(LANGS.length);
    let own = 0;
    for (let q = 0; q < this.seenCount; q++) {
      const id = this.seenIds[q];
      const times = this.timesOf(id);
      const inK = (k < 32 ? STOP_LO[id] & (1 << k) : STOP_HI[id] & (1 << (k - 32))) !== 0;
      if (inK) own += times;
      addMask(inK ? shared : theirs, id, times);
    }
    const out: number[] = [];
    for (let j = 0; j < LANGS.length; j++) if (j !== k && theirs[j] >= SECOND_HITS && theirs[j] >= (own - shared[j]) * SECOND_SHARE) out.push(j);
    return out.sort((a, b) => theirs[b] - theirs[a]).slice(0, 2);
  }

  /** A BCP-47 primary tag from scripts, then from stop-word hits. */
  decide(): string | null {
    const { letters, scripts: counts, hits } = this;
    if (letters < 20) return null;
    if (counts[0] > letters * 0.05) return 'ja';
    for (let s = 1; s < 7; s++) if (counts[s] > letters * 0.3) return SCRIPTS[s][2];
    let best: string | null = null;
    let bestHits = 0;
    LANGS.forEach((lang, k) => {
      if (hits[k] > bestHits) {
        bestHits = hits[k];
        best = lang;
      }
    });
    if (best === null || bestHits < Math.max(3, this.tokens * 0.05)) {
      if (counts[7] > letters * 0.3) return 'ru';
      if (counts[8] > letters * 0.3) return 'ar';
    }
    // One word said over and over is no language: a guess needs three different stop words.
    if (best !== null) {
      const k = LANGS.indexOf(best);
      let distinct = 0;
      for (let j = 0; j < this.seenCount; j++) {
        const id = this.seenIds[j];
        if (k < 32 ? STOP_LO[id] & (1 << k) : STOP_HI[id] & (1 << (k - 32))) if (++distinct >= 3) break;
      }
      if (distinct < 3) return null;
    }
    return best;
  }
}

function countScripts(text: string, counts: Int32Array): void {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x0370) countScript(c, counts);
  }
}

function countScript(c: number, counts: Int32Array): void {
  for (let s = 0; s < SCRIPTS.length; s++) {
    if (c >= SCRIPTS[s][0] && c <= SCRIPTS[s][1]) {
      counts[s]++;
      return;
    }
  }
}

/** The characters of text language detection looks at. */
export const SAMPLE_LENGTH = 20000;

/** Guesses a BCP-47 primary tag from scripts, then from stop-word hits. One pass over a sample. */
export function detectLanguage(text: string): string | null {
  const tally = new LanguageTally();
  tally.add(text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text);
  return tally.decide();
}

/** The words (WORD_RE tokens) of an article's lines, as line features count them. */
export class LineWords {
  readonly words: Int32Array;
  /** Words starting with a letter that has case… */
  readonly letterWords: Int32Array;
  /** …and of those, the ones starting with a capital. */
  readonly caps: Int32Array;
  /**
   * The languages (lo, hi masks) of each stop word of each line: those of line i are at
   * `stopMasks[2 * stopFrom[i]..2 * stopFrom[i+1])`. Which language's words count is known only once the
   * language is, after the walk.
   */
  stopMasks: Int32Array;
  readonly stopFrom: Int32Array;
  stopCount = 0;

  constructor(lines: number) {
    this.words = new Int32Array(lines);
    this.letterWords = new Int32Array(lines);
    this.caps = new Int32Array(lines);
    this.stopMasks = new Int32Array(Math.max(512, lines * 8));
    this.stopFrom = new Int32Array(lines + 1);
  }

  /** Starts line i's stop words (lines are walked in order). */
  startLine(i: number): void {
    this.stopFrom[i] = this.stopCount;
    this.stopFrom[i + 1] = this.stopCount;
  }

  addStop(i: number, lo: number, hi: number): void {
    if (2 * this.stopCount === this.stopMasks.length) {
      const grown = new Int32Array(this.stopMasks.length * 2);
      grown.set(this.stopMasks);
      this.stopMasks = grown;
    }
    this.stopMasks[2 * this.stopCount] = lo;
    this.stopMasks[2 * this.stopCount + 1] = hi;
    this.stopCount++;
    this.stopFrom[i + 1] = this.stopCount;
  }

  /** Adds line i's stop words, as addStop would one by one: (lo, hi) pairs. */
  addStops(i: number, masks: readonly number[]): void {
    if (masks.length === 0) return;
    while (2 * this.stopCount + masks.length > this.stopMasks.length) {
      const grown = new Int32Array(this.stopMasks.length * 2);
      grown.set(this.stopMasks);
      this.stopMasks = grown;
    }
    const at = 2 * this.stopCount;
    for (let k = 0; k < masks.length; k++) this.stopMasks[at + k] = masks[k];
    this.stopCount += masks.length / 2;
    this.stopFrom[i + 1] = this.stopCount;
  }

  /** Words of line i that are stop words of language k of LANGS. */
  stop(i: number, k: number): number {
    const half = k < 32 ? 0 : 1;
    const bit = 1 << (k & 31);
    let n = 0;
    for (let j = this.stopFrom[i]; j < this.stopFrom[i + 1]; j++) if (this.stopMasks[2 * j + half] & bit) n++;
    return n;
  }

  private static shared: LineWords | null = null;

  /**
   * Zeroed counts for `lines` lines, valid until the next call: an analysis needs them only while it
   * prepares, and zeroing arrays kept from the last article costs less than allocating them.
   */
  static scratch(lines: number): LineWords {
    // A very long document gets arrays of its own, so that they are not kept alive after it.
    if (lines > 4096) return new LineWords(lines);
    const s = LineWords.shared;
    if (!s || s.words.length < lines) return (LineWords.shared = new LineWords(Math.max(lines, 256)));
    s.words.fill(0, 0, lines);
    s.letterWords.fill(0, 0, lines);
    s.caps.fill(0, 0, lines);
    s.stopFrom.fill(0, 0, lines + 1);
    s.stopCount = 0;
    return s;
  }
}

// Scratch tallies of the line being walked: added to the article's only if the walk gets to the end.
let lineHits = new Int32Array(64);
let lineHitCount = 0;
const lineScripts = new Int32Array(SCRIPTS.length);

/**
 * Counts the words of line `i` into `out` and, if given, adds the line to `tally`: one walk over the
 * code units while they are plain, the regexes for a line that has others. Lines are walked in order.
 */
export function scanLine(line: string, out: LineWords, i: number, tally: LanguageTally | null): void {
  out.startLine(i);
  lineHitCount = 0;
  const mark = out.stopCount;
  let words = 0;
  let letterWords = 0;
  let caps = 0;
  let letters = 0;
  let tokens = 0;
  let scripted = false;
  let word = -1;
  let run = -1;
  // The run's hash, taken as it is walked rather than by walking it again at its end.
  let runHash = 0;
  // The last letter run, whose stop word a word spanning the same code units reuses.
  let runFrom = -1;
  let runTo = -1;
  /** The run's table offset (-1: not a stop word). */
  let runAt = -1;
  for (let j = 0; j <= line.length; j++) {
    // One past the end, a space closes what is open.
    const c = j < line.length ? line.charCodeAt(j) : 32;
    const k = c < 128 ? ASCII_CLASSES[c] : charClass(c);
    if (c >= 128) {
      if (!(k & PLAIN)) {
        out.stopCount = mark;
        out.startLine(i);
        lineHitCount = 0;
        countWordsRegex(line, out, i);
        tally?.add(line);
        return;
      }
      if (c >= 0x370) {
        if (!scripted) {
          lineScripts.fill(0);
          scripted = true;
        }
        countScript(c, lineScripts);
      }
    }
    if (tally) {
      if (k & LOWER_LETTER) {
        if (run < 0) {
          run = j;
          runHash = 0;
        }
        // Only a run that can be a stop word is worth its hash.
        if (j - run < MAX_STOP) runHash = stepHash(runHash, lowerOf(c));
      } else if (run >= 0) {
        runAt = stopHashed(line, run, j, runHash);
        runFrom = run;
        runTo = j;
        if (runAt >= 0) {
          if (lineHitCount === lineHits.length) {
            const grown = new Int32Array(lineHits.length * 2);
            grown.set(lineHits);
            lineHits = grown;
          }
          lineHits[lineHitCount++] = slots[runAt + 1];
        }
        letters += j - run;
        tokens++;
        run = -1;
      }
    }
    if (word >= 0) {
      if (k & (LETTER | NUMBER) || isJoiner(c)) continue;
      const at = runFrom === word && runTo === j ? runAt : stopAt(line, word, j);
      if (at >= 0) out.addStop(i, slots[at + 2], slots[at + 3]);
      word = -1;
    } else if (k & (LETTER | NUMBER)) {
      word = j;
      words++;
      if (k & CASED) {
        letterWords++;
        if (k & UPPER) caps++;
      }
    }
  }
  out.words[i] = words;
  out.letterWords[i] = letterWords;
  out.caps[i] = caps;
  if (tally) {
    tally.letters += letters;
    tally.tokens += tokens;
    if (scripted) for (let s = 0; s < SCRIPTS.length; s++) tally.scripts[s] += lineScripts[s];
    for (let k = 0; k < lineHitCount; k++) tally.see(lineHits[k]);
    lineHitCount = 0;
  }
}

function countWordsRegex(line: string, out: LineWords, i: number): void {
  const ws = words(line);
  out.words[i] = ws.length;
  out.letterWords[i] = out.caps[i] = 0;
  for (const w of ws) {
    const c = w[0];
    const lower = c.toLowerCase();
    if (lower !== c.toUpperCase()) {
      out.letterWords[i]++;
      if (c !== lower) out.caps[i]++;
    }
    if (w.length <= MAX_STOP) {
      const id = STOP_INDEX.get(w.toLowerCase());
      if (id !== undefined) out.addStop(i, STOP_LO[id], STOP_HI[id]);
    }
  }
}

/** Characters WORD_RE lets a word go on through. */
const isJoiner = (c: number) => c === 0x27 || c === 0x2d || c === 0x2019;

/** Counts the word numbered `id`, seen `times` times, for each language that has it. */
function addMask(counts: Int32Array, id: number, times: number): void {
  for (let m = STOP_LO[id]; m; m &= m - 1) counts[31 - Math.clz32(m & -m)] += times;
  for (let m = STOP_HI[id]; m; m &= m - 1) counts[32 + 31 - Math.clz32(m & -m)] += times;
}
