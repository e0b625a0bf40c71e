import { ASCII_CLASSES, CASED, charClass, isPlain, LETTER, LOWER_LETTER, lowerUnit, NUMBER, PLAIN, UPPER } from './chars';
import { words } from './text';

// Short stop-word lists: enough to tell prose from menus (jusText's idea) and to guess the language.
const STOP: Record<string, string> = {
  en: 'the a an of to in and or is are was were be been that this it its for on with as by at from he she they we you his her their our not but have has had will would said which who',
  es: 'el la los las de del y en que un una por con para se es su sus al lo como más pero fue son ha este esta dijo sobre',
  de: 'der die das und ist nicht ein eine zu den mit von im dem sich auf für des auch es als an wie bei aus sie er wird hat sind dass nach',
  fr: 'le la les de des du et en un une est que qui dans pour pas sur au aux par il elle se ce cette avec plus ont sont été son sa ses',
  ru: 'и в не на что с по как это он она они к из у за от для но так его её ее мы вы был была было были же бы о то все только еще',
  pt: 'o a os as de do da dos das e em um uma que para com não por se na no mais foi ao como mas seu sua é são pelo pela disse',
  ar: 'في من على إلى أن عن مع هذا هذه التي الذي كان ما لا أو وقد قد ذلك بين كما بعد عند حتى إن لم',
  it: 'il lo la i gli le di del della e in un una che per con non si è sono da al alla come più ma anche ha',
  id: 'yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada oleh karena adalah atau bisa mereka kami',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er ook als bij door om maar',
};
export const STOPWORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(STOP).map(([k, v]) => [k, new Set(v.split(' '))]),
);

// Each stop word once, with a bit per language that has it: one lookup per token.
export const LANGS = Object.keys(STOPWORDS);
const STOP_MASK = new Map<string, number>();
LANGS.forEach((lang, k) => STOPWORDS[lang].forEach((w) => STOP_MASK.set(w, (STOP_MASK.get(w) ?? 0) | (1 << k))));

// The same words in an open-addressed table keyed by a hash of their code units, so that a token can
// be looked up where it stands in its line, lower-cased unit by unit, without making a string of it.
const MAX_STOP = Math.max(...[...STOP_MASK.keys()].map((w) => w.length));
const STOP_BITS = 10;
const stopWords: string[] = new Array(1 << STOP_BITS).fill('');
const stopMasks = new Int32Array(1 << STOP_BITS);
const stopSlot = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - STOP_BITS);
const stepHash = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
for (const [w, mask] of STOP_MASK) {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = stepHash(h, w.charCodeAt(i));
  let at = stopSlot(h);
  while (stopWords[at]) at = (at + 1) & ((1 << STOP_BITS) - 1);
  stopWords[at] = w;
  stopMasks[at] = mask;
}

const lowerOf = (c: number) => (c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerUnit(c));

/** The languages (bits) whose stop words include the lower case of plain s[from, to); 0 for none. */
function stopMaskAt(s: string, from: number, to: number): number {
  if (to - from > MAX_STOP) return 0;
  let h = 0;
  for (let i = from; i < to; i++) h = stepHash(h, lowerOf(s.charCodeAt(i)));
  return stopMaskHashed(s, from, to, h);
}

/** stopMaskAt where the hash of the run's lower-cased units is known already. */
function stopMaskHashed(s: string, from: number, to: number, h: number): number {
  const len = to - from;
  if (len > MAX_STOP) return 0;
  for (let at = stopSlot(h); ; at = (at + 1) & ((1 << STOP_BITS) - 1)) {
    const w = stopWords[at];
    if (!w) return 0;
    if (w.length !== len) continue;
    let i = 0;
    while (i < len && w.charCodeAt(i) === lowerOf(s.charCodeAt(from + i))) i++;
    if (i === len) return stopMasks[at];
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

/** Counts over a sample of text that language detection decides on. */
export class LanguageTally {
  /** Code units in the letter runs of the lower-cased text. */
  letters = 0;
  /** Letter runs. */
  tokens = 0;
  /** Code units in each of SCRIPTS. */
  readonly scripts = new Int32Array(SCRIPTS.length);
  /** Letter runs that are stop words, per language of LANGS. */
  readonly hits = new Int32Array(LANGS.length);

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
        this.addRun(stopMaskAt(text, start, i), i - start);
        start = -1;
      }
    }
  }

  private addRegex(text: string): void {
    for (const t of text.toLowerCase().match(/\p{L}+/gu) ?? []) this.addRun(t.length <= MAX_STOP ? STOP_MASK.get(t) ?? 0 : 0, t.length);
  }

  /** A letter run of `length` code units, a stop word of the languages in `mask`. */
  addRun(mask: number, length: number): void {
    this.letters += length;
    this.tokens++;
    addMask(this.hits, mask);
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
  /** Words that are stop words, by line and language: `[line * LANGS.length + language]`. */
  readonly stop: Int32Array;

  constructor(lines: number) {
    this.words = new Int32Array(lines);
    this.letterWords = new Int32Array(lines);
    this.caps = new Int32Array(lines);
    this.stop = new Int32Array(lines * LANGS.length);
  }

  private static shared: LineWords | null = null;

  /**
   * Zeroed counts for `lines` lines, valid until the next call: an analysis needs them only while it
   * prepares, and zeroing arrays kept from the last article costs less than allocating four.
   */
  static scratch(lines: number): LineWords {
    // A very long document gets arrays of its own, so that they are not kept alive after it.
    if (lines > 4096) return new LineWords(lines);
    const s = LineWords.shared;
    if (!s || s.words.length < lines) return (LineWords.shared = new LineWords(Math.max(lines, 256)));
    s.words.fill(0, 0, lines);
    s.letterWords.fill(0, 0, lines);
    s.caps.fill(0, 0, lines);
    s.stop.fill(0, 0, lines * LANGS.length);
    return s;
  }
}

// Scratch tallies of the line being walked: added to the article's only if the walk gets to the end.
const lineHits = new Int32Array(LANGS.length);
const lineScripts = new Int32Array(SCRIPTS.length);

/**
 * Counts the words of line `i` into `out` and, if given, adds the line to `tally`: one walk over the
 * code units while they are plain, the regexes for a line that has others.
 */
export function scanLine(line: string, out: LineWords, i: number, tally: LanguageTally | null): void {
  const stop = i * LANGS.length;
  let words = 0;
  let letterWords = 0;
  let caps = 0;
  let letters = 0;
  let tokens = 0;
  lineHits.fill(0);
  lineScripts.fill(0);
  let word = -1;
  let run = -1;
  // The run's hash, taken as it is walked rather than by walking it again at its end.
  let runHash = 0;
  // The last letter run, whose stop-word mask a word spanning the same code units reuses.
  let runFrom = -1;
  let runTo = -1;
  let runMask = 0;
  for (let j = 0; j <= line.length; j++) {
    // One past the end, a space closes what is open.
    const c = j < line.length ? line.charCodeAt(j) : 32;
    const k = c < 128 ? ASCII_CLASSES[c] : charClass(c);
    if (c >= 128) {
      if (!(k & PLAIN)) {
        out.stop.fill(0, stop, stop + LANGS.length);
        countWordsRegex(line, out, i);
        tally?.add(line);
        return;
      }
      if (c >= 0x370) countScript(c, lineScripts);
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
        runMask = stopMaskHashed(line, run, j, runHash);
        runFrom = run;
        runTo = j;
        addMask(lineHits, runMask);
        letters += j - run;
        tokens++;
        run = -1;
      }
    }
    if (word >= 0) {
      if (k & (LETTER | NUMBER) || isJoiner(c)) continue;
      addMask(out.stop, runFrom === word && runTo === j ? runMask : stopMaskAt(line, word, j), stop);
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
    for (let s = 0; s < SCRIPTS.length; s++) tally.scripts[s] += lineScripts[s];
    for (let k = 0; k < LANGS.length; k++) tally.hits[k] += lineHits[k];
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
    if (w.length <= MAX_STOP) addMask(out.stop, STOP_MASK.get(w.toLowerCase()) ?? 0, i * LANGS.length);
  }
}

/** Characters WORD_RE lets a word go on through. */
const isJoiner = (c: number) => c === 0x27 || c === 0x2d || c === 0x2019;

function addMask(counts: Int32Array, mask: number, at = 0): void {
  for (let k = at; mask; k++, mask >>>= 1) if (mask & 1) counts[k]++;
}
