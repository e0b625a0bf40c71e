import { ENUMERATED, endsTerminal } from './text';

/**
 * The engine reads a line as a unit and a blank line as a break between blocks. Two layouts break
 * that, so their text is read as logical lines, and findings are mapped back to the lines of the file:
 * - text broken at a fixed width (lynx and w3m dumps, html2text, mail): its paragraphs are runs of
 *   lines each as full as the width allows, each run read as one logical line;
 * - text with a blank line after every line (a scraper that writes each element as a block): its
 *   single blank lines part nothing, so they are left out, as if it had no blank lines.
 */
export interface Unwrapped {
  /** The logical text: each wrapped run joined with single spaces (or each single blank line left out), every other line as it was. */
  text: string;
  /** For each logical line, the first and the last line of the file it stands for. */
  first: Int32Array;
  last: Int32Array;
}

/** Widths a wrapper breaks at; wider "widths" are paragraphs that happen to be alike. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 160;
/** Lines broken mid-sentence because the next word did not fit: a wrapped text has at least… */
const MIN_FULL = 3;
/** …and as a share of its lines of some length. */
const FULL_SHARE = 0.14;
/** …of which this share goes on in lower case. */
const LOWER_SHARE = 0.1;
/** Lines shorter than this say nothing about a width. */
const SOME_LENGTH = 20;
/** A longer "word" (a link, a run of unspaced script) cannot be broken: its line says nothing either. */
const LONGEST_WORD = 25;

/** A line that may end where its writer broke it: a sentence's end, or a colon or a bracket closing it. */
const mayEnd = (s: string) => endsTerminal(s) || /[:)\]'’]$/u.test(s);

/** The next line's first word, as far as it tells: a run of unspaced script is no word. */
const firstWord = (s: string) => {
  const sp = s.search(/\s/u);
  return Math.min(sp < 0 ? s.length : sp, LONGEST_WORD);
};

/** Whether the line has a word longer than LONGEST_WORD (a walk over its characters: it runs on every line). */
const hasLongWord = (s: string) => {
  let run = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x3000) run = 0;
    else if (++run > LONGEST_WORD) return true;
  }
  return false;
};

/**
 * The logical lines of `lines` when the text below `bodyStart` is wrapped at a fixed width, or null
 * when it is not (most scraped text: a paragraph a line).
 */
export function unwrap(lines: readonly string[], bodyStart: number): Unwrapped | null {
  const n = lines.length;
  // The width: the longest line that could have been broken.
  let width = 0;
  let some = 0;
  for (let i = bodyStart; i < n; i++) {
    const len = lines[i].trimEnd().length;
    if (len < SOME_LENGTH || hasLongWord(lines[i])) continue;
    some++;
    if (len > width) width = len;
    if (width > MAX_WIDTH) return null;
  }
  if (width < MIN_WIDTH || some < MIN_FULL) return null;
  // A line is broken when the next one's first word would not have fitted on it, mid-sentence.
  const full = new Uint8Array(n);
  let broken = 0;
  let goesOn = 0;
  for (let i = bodyStart; i + 1 < n; i++) {
    const here = lines[i].trimEnd();
    const next = lines[i + 1].trim();
    if (here.length < SOME_LENGTH || next === '' || ENUMERATED.test(next) || here.length + 1 + firstWord(next) <= width) continue;
    // Mid-sentence: a paragraph a line that happens to be long ends in a full stop (and so does a
    // wrapped paragraph's last line that happens to be full: the heading under it is no part of it).
    const lower = /^\p{Ll}/u.test(next);
    if (mayEnd(here) && !lower) continue;
    full[i] = 1;
    broken++;
    if (lower) goesOn++;
  }
  // A sentence broken anywhere goes on in lower case often; items of a list start with capitals.
  if (broken < MIN_FULL || broken < some * FULL_SHARE || goesOn < Math.max(1, broken * LOWER_SHARE)) return null;
  const text: string[] = [];
  const first: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < n; i++) {
    let j = i;
    while (j >= bodyStart && full[j]) j++;
    text.push(j === i ? lines[i] : lines.slice(i, j + 1).map((l) => l.trim()).join(' '));
    first.push(i);
    last.push(j);
    i = j;
  }
  return { text: text.join('\n'), first: Int32Array.from(first), last: Int32Array.from(last) };
}

/** Text with a blank line after every line: at most this share of its lines stand right above another… */
const GLUED_SHARE = 0.05;
/** …it has at least these many lines, for a few blank lines say little… */
const MIN_SPACED = 12;
/**
 * …and a menu's items stand apart too: this many short lines in a row, a blank line after each. (An
 * article, once its chaff is cleaned away, has its paragraphs apart and rarely such a run: read with
 * its blank lines, it keeps its paragraphs' breaks.)
 */
const SPACED_MENU = 6;
const MENU_ITEM_WORDS = 4;

/**
 * The logical lines of `lines` when the text below `bodyStart` has a blank line after (almost) every
 * line: each single blank line left out, a longer run of blank lines kept as one. Null otherwise.
 */
export function undouble(lines: readonly string[], bodyStart: number): Unwrapped | null {
  const n = lines.length;
  let filled = 0;
  let glued = 0;
  for (let i = bodyStart; i < n; i++) {
    if (lines[i].trim() === '') continue;
    filled++;
    if (i + 1 < n && lines[i + 1].trim() !== '') glued++;
  }
  if (filled < MIN_SPACED || glued > filled * GLUED_SHARE || !spacedMenu(lines, bodyStart)) return null;
  const text: string[] = [];
  const first: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < n; i++) {
    let j = i;
    if (i >= bodyStart && lines[i].trim() === '') {
      while (j + 1 < n && lines[j + 1].trim() === '') j++;
      // (A lone blank line parts nothing; the file's first and last lines keep theirs.)
      if (j === i && i > bodyStart && i + 1 < n) continue;
    }
    text.push(lines[i]);
    first.push(i);
    last.push(j);
    i = j;
  }
  return { text: text.join('\n'), first: Int32Array.from(first), last: Int32Array.from(last) };
}

/** A run of SPACED_MENU short lines, each a single blank line under the one before. */
function spacedMenu(lines: readonly string[], bodyStart: number): boolean {
  let run = 0;
  for (let i = bodyStart; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t === '') continue;
    const item = t.split(/\s+/u).length <= MENU_ITEM_WORDS && !endsTerminal(t);
    run = item ? (run > 0 && i >= 2 && lines[i - 1].trim() === '' && lines[i - 2].trim() !== '' ? run + 1 : 1) : 0;
    if (run >= SPACED_MENU) return true;
  }
  return false;
}
