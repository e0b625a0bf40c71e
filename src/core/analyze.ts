import { normaliseLine, type ResolvedConfig } from './config';
import { charClass, LETTER } from './chars';
import { findDate, isDateOnly, isTimeWord } from './dates';
import { parseFrontMatter } from './frontmatter';
import { LANGS, LanguageTally, LineWords, SAMPLE_LENGTH, scanLine, STOPWORDS, UNSPACED } from './lang';
import { CREDITED, entryLists, headTitle, pickTitle, readableNames, readMetadata, stoppedHeadline } from './metadata';
import { matchRule, memoFor, type RuleMemo } from './match';
import { isBareMarker, kindOf, ruleById, type LineRule, type RuleId } from './rules';
import { ENUMERATED, KEY_VALUE, SIGN_OFF, endsTerminal, isSalutation, splitLines } from './text';
import { codeLines, ingredientLines } from './blocks';
import type { Analysis, Finding, FrontMatter, Kind, LineDoc } from './types';
import { undouble, unwrap } from './unwrap';
import { userRuleMatcher } from './userRules';

/** A label and an e-mail address: "Contact: press@example.org", "Media enquiries: …". */
const CONTACT_RE = /^[\p{L}][\p{L} .'’-]{1,40}:\s*.{0,60}[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/u;
// Its backtracking costs microseconds a line, and it is tried on every unexplained footer line: a
// line without an "@" cannot match it.
const CONTACT_LINE = { test: (line: string) => line.includes('@') && CONTACT_RE.test(line) };

/** Lines known, from the rest of the corpus, to repeat across this file's source. */
export interface CorpusEvidence {
  repeated(normalisedLine: string): boolean;
}

export interface AnalyzeOptions {
  config?: ResolvedConfig;
  corpus?: CorpusEvidence;
}

interface LineInfo {
  text: string;
  blank: boolean;
  nWords: number;
  terminal: boolean;
  stop: number | null;
  /** Most words start upper-case: a headline or a menu, not a sentence. */
  titleCase: boolean;
  prose: boolean;
  /** A row of a table: tab-separated cells. */
  tableRow: boolean;
  rule: LineRule | null;
  /** Set by a workspace rule. */
  userRule: { id: string; kind: Kind; description: string } | null;
  exception: boolean;
}

interface Mark {
  rule: string;
  kind: Kind;
  message: string;
  suspect: boolean;
}

const BLANK_RELIEF = 1;
const CARD_WORDS = 45;
/** Words of an excerpt under a box's heading, at most: the box's entries may carry longer ones. */
const BOX_EXCERPT_WORDS = 150;
const HEADLINE_END = /[^.,;:。，、；：]$/u;
/** A full stop at the end (quotes or brackets may follow): a sentence, not a headline. */
/** Words of a keyed sentence under a heading, at most ("Gulls: Host Springfield on Wednesday."). */
const KEYED_WORDS = 20;
/** Words of a subhead right under a box of headlines, at most. */
const SUBHEAD_WORDS = 4;
const FULL_STOP = /[.。](?:["'”’»)\]]*)$/u;
/** A name's last initial: "Mark T.". */
const INITIAL_END = /(?:^|\s)\p{Lu}\.$/u;
/** The heading of a box of other stories: "Read also", "Related", "Most read". */
const boxHeading = (r: LineRule | null | undefined) => !!r && ((r.id === 'read-more-marker' && r.opensTeaser === true) || r.id === 'most-read-heading');
/** A line of dialogue, an interview's question or answer, opens with a dash ("— Why did you stay?"); no headline does. */
const DIALOGUE = /^[—–―]\s/u;
/** A question ends the line ("Why did you stay?", "¿Por qué?"). */
const QUESTION = /[?？]["”»’)]*$/u;
/** A sentence's end inside a line: the line holds two sentences or more. */
const SENTENCE_BREAK = /[.!?。！？]["”»’)]*\s+\p{Lu}/u;
/** A list's lead-in ends in a colon ("What you'll need:"): no box's headline does. */
const LEAD_IN = /:$/u;
/** A rank alone over a headline in a list of the most read ("2", "3."). */
const RANK = /^\p{N}{1,2}[.)]?$/u;
/** A headline that starts with its rank in a box of the most read: "2. New cycle lane opens". */
const RANKED = /^\d{1,2}[.)]\s/u;

// Stop-word density (stopwords-iso lists) of a line that reads as prose: a short line needs more.
const PROSE_STOP = 0.45;
const LONG_PROSE_STOP = 0.25;
/** Short unexplained lines the context walk crosses to reach a further paragraph. */
const REACH_NEUTRAL = 15;
/** A paragraph the context walk reaches for: long, and with the stop words of prose (jusText's 'good'). */
const GOOD_LENGTH = 150;
const GOOD_STOP = 0.4;
/** …and a shorter one, a sentence, reached across at most NEAR_NEUTRAL short lines… */
const NEAR_NEUTRAL = 6;
const FAIR_STOP = 0.3;
/** …or across at most NEAR_BLOCKS blocks of them (a list under its head counts once). */
const NEAR_BLOCKS = 3;
/** Non-blank lines next to the body whose position alone does not make them certain chaff. */
const MARGIN_LINES = 4;
/** Words of an item of a list under the body, at most ("Good port selection, including HDMI 2.1"). */
const LIST_ITEM_WORDS = 8;
// A press release's dateline: "HALLETT, Pa., May 6, 2025 /PRNewswire/ --", "… (BUSINESS WIRE)--".
const WIRE_DATELINE = /^\p{Lu}[^\n]{1,80}?\d{4}\s*(?:\/[^/]{2,40}\/|\((?:[\p{Lu} ]{2,30}WIRE|[\p{L}.]{2,30}\.com)\))\s*(?:--|[–—])/u;
// A match's minute on a line of its own: a live commentary's entry stamp ("61'", "90+3'").
const MINUTE = String.raw`(\d{1,3})(?:\+(\d{1,2}))?['’′]`;
const MATCH_MINUTE = new RegExp(`^${MINUTE}$`, 'u');
// A match's clock on a line of its own: a minute or the match's state ("FT", "Half-time").
const MATCH_CLOCK = new RegExp(`^(?:${MINUTE}|FT|HT|Full[- ]time|Half[- ]time)$`, 'iu');
// Curly quotes and apostrophes as straight ones.
const straight = (t: string) => t.replace(/[‘’‚‛]/gu, "'").replace(/[“”„‟]/gu, '"');

/** The heading of a box of the quotes an article names: "Stocks in this story", "Aktien in diesem Artikel". */
const QUOTES_HEAD = /^(?:(?:stocks|shares|tickers|companies|quotes) (?:in|from|mentioned in) this (?:story|article|report)|(?:related|mentioned) (?:stocks|tickers|companies|quotes)|in this article|aktien (?:in diesem|im) artikel|(?:im artikel )?erwähnte (?:werte|aktien|unternehmen)|werte im artikel|(?:les )?valeurs citées(?: dans cet article)?|actions mentionnées|(?:valores|empresas|acciones) (?:mencionad[oa]s|en esta noticia|citad[oa]s)|ações (?:mencionadas|citadas|nesta (?:matéria|notícia))|titoli (?:citati|menzionati)(?: nell['’]articolo)?|spółki w (?:artykule|tekście)|(?:компании|акции) в (?:статье|материале)|упомянутые (?:компании|акции))\s*:?$/iu;
/** A quote's ticker symbol, its price, and its change ("VNTR", "₹1,412.60", "+7.12 (+9.24%)"). */
const QUOTE_SYMBOL = /^(?=.*\p{Lu})[\p{Lu}\d^][\p{Lu}\d.:^=-]{0,11}$/u;
const QUOTE_PRICE = /^(?:\p{Sc}|[A-Z]{1,3}\$|Rs\.?)?\s?\d{1,3}(?:[,.\s ]\d{3})*(?:[.,]\d{1,4})?\s?(?:\p{Sc}|[A-Z]{3}|zł|kr)?$/u;
const QUOTE_CHANGE = /^[▲▼↑↓]?\s?[+−–-]\s?\d[\d.,]*\s?%?(?:\s?\(\s?[+−–-]?\d[\d.,]*\s?%\s?\))?$/u;
/** Lines a box of quotes may run to, and entries of a table of contents: bounds, so long menus cost little. */
const QUOTE_BOX_LINES = 80;
const TOC_ENTRIES = 60;

// A correction to the article: "Correction, 29 January: …", "An earlier version of this story …".
const CORRECTION_NOTE = /^(?:(?:correction|clarification|editor['’]s note|korrektur|berichtigung|richtigstellung|corrección|rectificación|fe de erratas|correção|errata(?: corrige)?|rettifica|rectificatif|erratum|исправление|уточнение|sprostowanie|korekta)\b[^:]{0,40}:|an earlier version of this (?:article|story|post|report)\b)/iu;
// "Jane Doe contributed to this report."
const CONTRIBUTED = /\bcontributed (?:reporting|research|to this (?:report|article|story))\b/u;
/** Words of a line of menu entries (a post's categories), at most. */
const CATEGORY_WORDS = 12;
/** What a press release's tail is marked as, by position or by its headings ("About X", "Media contact"). */
const RELEASE_TAIL = new Set<string>(['author-box', 'footer-zone', 'menu-run']);
/** The body opens like a press release: its first paragraph, or one of the next few, after a wire's dateline. */
const wireRelease = (lines: readonly LineInfo[], from: number, to: number) => {
  for (let i = from, seen = 0; i <= to && seen < 3; i++) {
    if (lines[i].blank) continue;
    seen++;
    if (WIRE_DATELINE.test(lines[i].text)) return true;
  }
  return false;
};
// A number in a row of results: a time, a score, a rank, a margin, a count.
const FIGURE = /(?<![\p{L}\p{N}])[+-]?\d+(?:[:.,-]\d+)*(?![\p{L}\p{N}])/gu;
// …one of them a time, a score or a margin ("4:41:09", "2-1", "+0:07"), or a count in brackets
// ("Wellington 31 (Whaanga 2, Latu tries)"), not only a rank and a total.
/** A match to come, one team against another ("Marlow Heath v Lanford Rangers"): a fixture list's line, not a headline. */
const FIXTURE = /^\p{Lu}[\p{L}\p{N}.'’ -]{1,40} (?:v|vs\.?|x|gegen|contre|contra) \p{Lu}[\p{L}\p{N}.'’ -]{1,40}$/u;
const RESULT_FIGURE = /\d[:\-–]\d|(?<![\p{L}\p{N}])\+\d|\([^()]*\d/u;
/** Lines of its block above the last paragraph, at most, for the lines under it to count with it. */
const BLOCK_ABOVE = 8;
/** Lines of a box of headlines set into an article, at most, for the body to go on above it. */
const BOX_LINES = 6;
/** Lines under a box's heading searched, at most, for the article going on below the box. */
const RESUME_LINES = 16;
/**
 * Share of the topic words of the paragraphs beyond such a box (three at most) that the article uses,
 * at least, for them to go on with it. Over our pages, three paragraphs of an article's second half
 * pass against its first half 85% of the time, three of another article's 3%. Words are compared by
 * their first letters (STEM).
 */
const RESUME_TOPIC = 0.15;
const RESUME_PARAGRAPHS = 3;
/**
 * Share of those words, at most, for the paragraphs under a box to be another story's (the next
 * one): 3% of an article's second half falls under it, 71% of another article's.
 */
const BOX_OFF_TOPIC = 0.05;
/** Prose words over the box, at least, to tell that: a listicle's items each have a topic of their own. */
const OFF_TOPIC_ABOVE = 100;
/** Paragraphs over the box, at most, that give the article's topic. */
const ABOVE_PARAGRAPHS = 8;
/** Letters a word is compared by: "repair", "repairs" and "repaired" are one word. */
const STEM = 5;
/** Topic words under the box, at least, to judge them by; prose words over it, at least. */
const RESUME_WORDS = 6;
const RESUME_ABOVE = 40;
/** Words of a photo caption under a paragraph, at most. */
const CAPTION_WORDS = 20;
/** A picture's counter in a gallery: "6 / 12", "Photo 3 of 8". */
const SLIDE_COUNTER = /^(?:\p{L}+\s+)?\d{1,3}\s*(?:\/|of|de|von|sur|di|z|из)\s*\d{1,3}$/iu;
/** The headlines a "Most read" box (or a run of them under "Related") holds at most. */
const BOX_HEADLINES = 10;
/** A teaser card's summary under its headline is at most this long… */
const CARD_SUMMARY_WORDS = 60;
/** Words of an excerpt over its own "Read more" button, at most. */
const LONE_CARD_WORDS = 80;
/** cardExcerpts' mark of such an excerpt. */
const LONE_CARD = 2;
/** …and a box of cards under one marker holds at most this many. */
const MAX_CARDS = 12;

/**
 * `/\p{L}(?:\.\.\.|…)$/u.test(t)`, read from the end: the regex, anchored at the end only, was tried
 * from every position of each line ending in a full stop.
 */
export function letterBeforeEllipsis(t: string): boolean {
  const e = t.endsWith('…') ? t.length - 1 : t.endsWith('...') ? t.length - 3 : -1;
  if (e <= 0) return false;
  const c = t.charCodeAt(e - 1);
  if (c < 0xd800 || c > 0xdfff) return (charClass(c) & LETTER) !== 0;
  // A letter outside the basic plane: its two code units, as the regex reads them.
  const hi = e >= 2 ? t.charCodeAt(e - 2) : 0;
  return c >= 0xdc00 && hi >= 0xd800 && hi <= 0xdbff && /^\p{L}$/u.test(t.slice(e - 2, e));
}

/**
 * A list of topics run together with commas under a label ("Read More: Federal Reserve, Banks,
 * Interest Rates, Wall Street"): four items or more, each a few words that start with a capital.
 * Long as it may be, it is no sentence.
 */
function keywordList(t: string): boolean {
  // Under a label: without one, a line of names is a credits list the article may hold.
  const label = /^[^:,]{2,30}:\s+/u.exec(t);
  if (!label) return false;
  const items = t.slice(label[0].length).split(/\s*[,;]\s+/u);
  if (items.length < 4) return false;
  return items.every((x) => /^[\p{Lu}\p{N}]/u.test(x) && x.split(/\s+/u).length <= 6);
}

/** Line features of a trimmed line, from the counts of its words (scanLine). */
function lineInfo(t: string, lang: string | null, lw: LineWords, i: number, others: readonly number[] = []): Omit<LineInfo, 'rule' | 'userRule' | 'exception'> {
  if (!t) return { text: t, blank: true, nWords: 0, terminal: false, stop: null, titleCase: false, prose: false, tableRow: false };
  const unspaced = lang !== null && UNSPACED.has(lang);
  const words = lw.words[i];
  const nWords = unspaced ? Math.ceil(t.replace(/\s/g, '').length / 2) : words;
  const terminal = endsTerminal(t);
  const k = lang ? LANGS.indexOf(lang) : -1;
  // Where words are not spaced, a line is one run of letters: its share of stop words says nothing.
  // (In the page's other languages too: a line is read in the one whose stop words it has most of.)
  let stop = !unspaced && k >= 0 && words ? lw.stop(i, k) / words : null;
  if (stop !== null) for (const o of others) stop = Math.max(stop, lw.stop(i, o) / words);
  // Most words start with a capital: a headline or a menu.
  const titleCase = lw.letterWords[i] >= 3 && lw.caps[i] / lw.letterWords[i] >= 0.6;
  // A line cut short with an ellipsis is a teaser excerpt, not a paragraph (Gopher's signal).
  const last = t.charCodeAt(t.length - 1);
  const truncated = (last === 0x2e || last === 0x2026) && letterBeforeEllipsis(t);
  const prose = !truncated && !(nWords >= 8 && !terminal && keywordList(t)) &&
    ((nWords >= 8 && (terminal || (stop !== null && stop >= PROSE_STOP && !titleCase))) || (nWords >= 25 && (stop === null || stop >= LONG_PROSE_STOP || /[,.;:!?]/u.test(t))) || (unspaced && nWords >= 15));
  const tableRow = t.includes('\t') && /\S\t+\S.*\t/u.test(t);
  return { text: t, blank: false, nWords, terminal, stop, titleCase, prose, tableRow };
}

/** Per-line content score: prose pushes the body span outwards, unexplained short lines pull it in. */
function score(l: LineInfo): number {
  if (l.blank) return 0;
  // A marker that only follows articles (comments, "Most read") is a wall the body rarely crosses.
  if (l.rule?.endsBody) return -60;
  if (l.userRule || (l.rule && l.rule.zone !== 'outside' && l.rule.zone !== 'footer')) return -2;
  // A sentence with no end is a headline, a teaser's as often as a subhead's: it weighs less than a paragraph.
  if (l.prose) return l.terminal || l.nWords >= 20 ? Math.min(l.nWords, 60) : l.nWords / 2;
  if (l.tableRow) return 2;
  if (l.nWords >= 5 && l.terminal) return 1;
  return l.nWords <= 3 ? -3 : -2;
}

/** The best contiguous span by score (maximum subarray, as in Body Text Extraction). */
function bestSpan(scores: number[], from: number): [number, number] | null {
  let best = 0;
  let bestS = -1;
  let bestE = -1;
  let cur = 0;
  let curS = from;
  for (let i = from; i < scores.length; i++) {
    if (cur <= 0) {
      cur = 0;
      curS = i;
    }
    cur += scores[i];
    if (cur > best) {
      best = cur;
      bestS = curS;
      bestE = i;
    }
  }
  if (bestS < 0) return null;
  while (bestS < bestE && scores[bestS] <= 0) bestS++;
  return [bestS, bestE];
}

/** The paragraphs of a reader's comment, at most, between its stamp and its "Reply". */
const COMMENT_PARAGRAPHS = 3;
/** A time of day or a time ago ("10:42", "3 hours ago", "vor 2 Stunden", "il y a 3 heures"): a reader's comment's stamp gives one. */
const COMMENT_TIME = /\d(?:[:.]|\s?h\s?)\d{2}|\b(?:ago|vor \d|il y a|hace|fa|temu|geleden)\b|há \d|назад/iu;

/** A date alone on a line, read in either order where its slashes allow both ("04/06/2024"): a stamp whichever day it is. */
const dateAlone = (t: string) => isDateOnly(t) ?? isDateOnly(t, { slashes: 'dmy' });

/** A date, then "by" and its writer's name: a blog post's head line (the date is checked apart). */
const DATE_BY = /^(.{6,40}?)\s+(?:by|von|par|por|di|door|av|przez)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

const stampAt = (lines: readonly LineInfo[], i: number) => {
  if (i < 0 || i >= lines.length || lines[i].blank) return false;
  const r = lines[i].rule;
  // A date and time alone ("Jan 22, 2024 5:47 PM") is a stamp before any rule has named it.
  if (r) return r.id === 'published-stamp' || r.id === 'date-stamp';
  if (lines[i].nWords <= 8 && dateAlone(lines[i].text)) return true;
  // ("February 9, 2025 by Jane Doe")
  const m = lines[i].nWords <= 12 ? DATE_BY.exec(lines[i].text) : null;
  return !!m && !!dateAlone(m[1]);
};

/**
 * A short article can lose to the teaser list under it ("You might also like"): more prose, but
 * each paragraph a card under its own headline. When the best span is such a list and a box
 * heading that ends articles stands between it and earlier prose, the best span above that heading
 * is the article.
 */
function teaserListAfterWall(lines: readonly LineInfo[], scores: number[], span: [number, number] | null, from: number, inset?: Uint8Array): [number, number] | null {
  if (!span) return span;
  const cards = cardList(lines, span[0], span[1]);
  // Right under a box's heading ("Most read"), entries each under a date or a headline are the box's
  // even with long excerpts: the article, a brief say, stands above the box.
  // (Or under a bare "Read also", "こちらもおすすめ", that heads them as "More stories" does.)
  // (Each excerpt under its headline, or over its own count or stamp: "12 fotos".)
  const underBox = !cards && someAbove(lines, span[0], 2, (l) => (!!l.rule?.endsBody && l.rule.kind !== 'comments') || (boxHeading(l.rule) && isBareMarker(l.text))) && cardList(lines, span[0], span[1], BOX_EXCERPT_WORDS, true);
  if (!cards && !underBox) return teaserListInSpan(lines, span, inset);
  let wall = -1;
  for (let i = span[0] - 1; i >= from; i--) {
    const r = lines[i].rule;
    // (A bare "Read also" over the cards heads their box as "More stories" does.)
    if ((r?.endsBody || boxHeading(r)) && lines[i].nWords <= 8) {
      wall = i;
      break;
    }
  }
  if (wall < 0) return span;
  let prose = 0;
  for (let i = from; i < wall; i++) if (lines[i].prose) prose += lines[i].nWords;
  if (prose < (underBox ? 40 : 25)) return span;
  return bestSpan(scores.slice(0, wall), from) ?? span;
}

/** Whether the prose of lines [from, to] is a list of cards: short paragraphs, two in three under a headline of their own. */
function cardList(lines: readonly LineInfo[], from: number, to: number, most = CARD_WORDS, boxed = false): boolean {
  let paragraphs = 0;
  let headed = 0;
  // (Under a box's heading, an excerpt over its own count or stamp, "12 fotos", "2 hours ago", is a card's,
  // whatever its title reads as: a gallery's "Fotos: …" reads as a credit.)
  const counted = (i: number) => {
    const k = nonBlank(lines, i + 1, 1);
    return boxed && k < lines.length && k <= i + 2 && (stampAt(lines, k) || lines[k].rule?.id === 'gallery-counter');
  };
  // (A headline may read as prose, "Local bakery marks fifty years on the high street": it has no end.
  // A signature's name or a list's "Key: value" is none.)
  const headline = (j: number) =>
    j >= 0 && !lines[j].blank && !lines[j].rule && lines[j].nWords >= 2 && lines[j].nWords <= 20 && (!lines[j].prose || !lines[j].terminal) && !KEY_VALUE.test(lines[j].text);
  for (let i = from; i <= to; i++) {
    const l = lines[i];
    if (!l.prose || headline(i)) continue;
    paragraphs++;
    if (l.nWords > most) return false;
    let j = i - 1;
    if (j >= 0 && lines[j].blank) j--;
    if (headline(j) || counted(i)) headed++;
  }
  return paragraphs >= 2 && headed * 3 >= paragraphs * 2;
}

/** Words of prose that make an article above the cards, however many cards there are. */
const SHORT_ARTICLE = 40;

/**
 * The best span can run across a box heading that ends articles ("More stories") when the teasers
 * under it carry long excerpts: when all the prose under the heading is such a list, the span ends there.
 */
function teaserListInSpan(lines: readonly LineInfo[], span: [number, number], inset?: Uint8Array): [number, number] {
  for (let w = span[0] + 1; w < span[1]; w++) {
    // (A box of other stories set into the article ends nothing: the article goes on under it.)
    if (inset?.[w]) continue;
    const r = lines[w].rule;
    // (The article's sign-off, its author's bio or a newsletter prompt, ends it as such a heading does.)
    if (!(r?.endsBody || r?.id === 'author-bio' || r?.kind === 'subscribe') || lines[w].nWords > (r.endsBody ? 8 : 80)) continue;
    // (Under such a heading, a card's summary may run long, the first sentences of its story, and the
    // cards may outweigh a short article.)
    const above = proseWords(lines, span[0], w - 1);
    // (Nor when two lines or more under it give facts, "Tel: 01632 960 118", "Where: Town Hall": a list the article gives, no teasers.)
    let facts = 0;
    for (let j = w + 1; j <= span[1] && facts < 2; j++) if (!lines[j].blank && !lines[j].prose && !lines[j].rule && KEY_VALUE.test(lines[j].text)) facts++;
    if (facts >= 2) continue;
    if (cardList(lines, w + 1, span[1], r.endsBody ? BOX_EXCERPT_WORDS : CARD_WORDS, !!r.endsBody) && (r.endsBody ? above >= SHORT_ARTICLE : above >= proseWords(lines, w + 1, span[1]))) {
      // (On its last line, not on a blank one: what is set under the article is looked for from there.)
      let end = w - 1;
      while (end > span[0] && lines[end].blank) end--;
      return [span[0], end];
    }
  }
  return span;
}

/** Lines between two headlines of a list of dated ones, at most (the headline, its date, a blank line). */
const DATED_GAP = 4;
/** Dated headlines in a row that make a list. */
const DATED_RUN = 3;
/** Stop words of a headline in a list of other stories, at most: headlines leave them out, lyrics and list items do not. */
const HEADLINE_STOP = 0.5;

/**
 * A list of headlines each with its date right under or over it and no excerpt ("New cycle lane
 * opens / March 1, 2024"): other stories, not the article's. The article's own head has one date.
 */
function datedHeadlines(lines: readonly LineInfo[]): Uint8Array {
  const n = lines.length;
  const out = new Uint8Array(n);
  const headline = (i: number) => {
    const l = lines[i];
    return !l.blank && !l.terminal && !l.rule && !l.userRule && l.nWords >= 3 && l.nWords <= 20 && isHeadlineLike(l) && (stampAt(lines, i + 1) || stampAt(lines, i - 1));
  };
  let run: number[] = [];
  const flush = () => {
    if (run.length >= DATED_RUN) for (const i of run) out[i] = 1;
    run = [];
  };
  for (let i = 0; i < n; i++) {
    if (!headline(i)) continue;
    if (run.length && i - run[run.length - 1] > DATED_GAP) flush();
    run.push(i);
  }
  flush();
  return out;
}

/** Chaff lines in a row (a menu) after which the prose above is the site's, not an article's. */
const MENU_RESET = 16;
/** Short lines in a row under prose that make the page's menu. */
const MENU_RUN = 8;
/** Words of a dateline that names the author too. */
const DATELINE_WORDS = 12;
/** Words of a blog's tagline among its menu's links. */
const TAGLINE_WORDS = 10;
/** A blog's menu: fewer links, so the article under it must also outweigh the prose above. */
const SHORT_MENU_RUN = 4;
/** Lines from a headline's byline or date to its first paragraph, at most (blank lines not counted). */
const HEAD_TO_BODY = 8;
/** A sentence's weight (its words, unless it reads as a card's) under an article's head that makes it the first paragraph. */
const PARAGRAPH_WEIGHT = 15;
/** Prose under a rights line that outweighs this many times the prose above it is the article. */
const RIGHTS_SHARE = 4;
/** A rights line: the page's end, whatever prose a site puts under it. */
const RIGHTS_LINE = /©|\(c\)\s*\d{4}|copyright|all rights reserved|rechte vorbehalten|droits réservés|derechos reservados|direitos reservados|diritti riservati|права защищены|wszelkie prawa|無断転載|무단/iu;

/** Words of the prose no rule explains in lines [from, to] (a consent banner's prose does not count). */
function proseWords(lines: readonly LineInfo[], from: number, to: number): number {
  let words = 0;
  for (let i = from; i <= to; i++) if (lines[i].prose && !lines[i].rule) words += lines[i].nWords;
  return words;
}

/**
 * Prose under the page's rights line (a site's "about us", a disclaimer) is no article when there is
 * prose above it: the best span above the rights line is the article then (a span that runs across
 * the rights line ends there).
 */
function articleAboveRights(lines: readonly LineInfo[], scores: number[], span: [number, number] | null, from: number): [number, number] | null {
  if (!span) return span;
  // The rights line, or the footer's legal links (two within a few lines: imprint, privacy).
  let rights = -1;
  let legal = -1;
  for (let i = span[1] - 1; i >= from && rights < 0; i--) {
    const l = lines[i];
    if (l.blank) continue;
    // (A picture's credit with a © is no rights line: captions stand inside articles.)
    if (l.nWords <= 20 && l.rule?.kind === 'legal' && RIGHTS_LINE.test(l.text)) rights = i;
    else if (l.rule?.kind === 'legal') {
      if (legal >= 0 && legal - i <= 4) rights = i;
      legal = i;
    }
  }
  if (rights < 0) return span;
  // (A rights line in the header's menu has the article under it, with its date or byline, or
  // far more prose than above.)
  const above = proseWords(lines, from, rights - 1);
  if (above < 25 || (span[0] > rights && datedAbove(lines, span[0])) || above * RIGHTS_SHARE < proseWords(lines, rights + 1, span[1])) return span;
  return bestSpan(scores.slice(0, rights), from) ?? span;
}

/**
 * Prose above the page's menu (a sidebar's welcome, a site's "about" text placed first) is no article
 * when, under the menu, a headline with its byline or date heads a stretch of prose: that is the article.
 */
function articleUnderMenu(lines: readonly LineInfo[], scores: number[], span: [number, number] | null): [number, number] | null {
  if (!span) return span;
  const menuItem = (k: number) => lines[k].blank || (!lines[k].prose && lines[k].nWords <= 4);
  /** The article under a menu of `menu` lines that ends at line i, the prose above it ending at `above`; or null. */
  const under = (i: number, menu: number, above: number): [number, number] | null => {
    // A headline, then its byline or date, within a few lines under the menu.
    let head = -1;
    for (let k = i, seen = 0; k < lines.length && seen < 6 && head < 0; k++) {
      const l = lines[k];
      if (l.blank) continue;
      // A consent banner or a menu's last buttons between the menu and the headline do not count.
      if (!(l.rule && !l.rule.endsBody && l.rule.id !== 'byline' && !stampAt(lines, k))) seen++;
      // (A dateline with its author, "30. April 2024 von Sandra", "Postado por Lurdinha em 12 de novembro de 2019", is one too.)
      if (l.rule?.id === 'byline' || stampAt(lines, k) || (!l.rule && !l.prose && l.nWords <= DATELINE_WORDS && findDate(l.text))) head = k;
    }
    // The head is a headline's: a reader's comment under a name and a date has none.
    if (head < 0 || !headlineAbove(lines, head)) return null;
    // The box that ends the article, under its first paragraph (a comment count in the head is none).
    let wall = head + 1;
    while (wall < lines.length && !lines[wall].prose) wall++;
    while (wall < lines.length && !lines[wall].rule?.endsBody) wall++;
    const below = bestSpan(scores.slice(0, wall), head + 1);
    // The article starts right under its head; prose further down is another box's.
    if (!below) return null;
    // (When the prose above has no head of its own, as a site's welcome placed first, the article's first
    // paragraph may lie above the best span: a recipe's lists and contents weigh the span down.)
    const headless = !headed(lines, span[0]) && !datedHead(lines, span[0], above);
    let between = 0;
    for (let k = head + 1; k < below[0] && between <= HEAD_TO_BODY; k++) {
      if (lines[k].blank) continue;
      if (headless && lines[k].prose && lines[k].terminal && !lines[k].rule && scores[k] >= PARAGRAPH_WEIGHT) below[0] = k;
      else between++;
    }
    if (between > HEAD_TO_BODY) return null;
    const prose = proseWords(lines, below[0], below[1]);
    if (prose < 40) return null;
    // Under a short menu (a blog's few links), the article is also the longer of the two, unless the
    // prose above has no head of its own (a sidebar's welcome placed first has no headline or date).
    return menu < MENU_RUN && prose <= proseWords(lines, span[0], above) && headed(lines, span[0]) ? null : below;
  };
  // The menu: a run of MENU_RUN short lines with no sentence, right under the span.
  let i = span[1] + 1;
  while (i < lines.length && lines[i].blank) i++;
  let menu = 0;
  // (A blog's tagline right under its name, "Family recipes, tested in our kitchen", goes with its links.)
  let tagline = false;
  for (; i < lines.length; i++) {
    if (menuItem(i)) menu += lines[i].blank ? 0 : 1;
    else if (!tagline && menu === 1 && !lines[i].prose && lines[i].nWords <= TAGLINE_WORDS) tagline = true;
    else break;
  }
  const found = menu >= SHORT_MENU_RUN ? under(i, menu, span[1]) : null;
  if (found || headed(lines, span[0]) || datedHead(lines, span[0], span[1])) return found ?? span;
  // Or inside the span, under prose with no head of its own: a blog's few links between the two.
  for (let k = span[0]; k <= span[1]; k++) {
    if (!lines[k].prose) continue;
    let j = k + 1;
    while (j <= span[1] && lines[j].blank) j++;
    const start = j;
    menu = 0;
    for (; j <= span[1] && menuItem(j); j++) if (!lines[j].blank) menu++;
    if (menu >= SHORT_MENU_RUN) return under(j, menu, start - 1) ?? span;
    k = j - 1;
  }
  return span;
}

/**
 * A label over the span's head ("Next article", "Nächster Artikel") says that the story under it is
 * another page's, loaded after this one: the article is the best span above the label, when it has
 * prose of some length (a navigation link above the article has none above it).
 */
function articleAboveNext(lines: readonly LineInfo[], scores: number[], span: [number, number] | null, from: number): [number, number] | null {
  if (!span) return span;
  // The label: over the span's start with no paragraph between (the story's head, its contents, a caption).
  let label = -1;
  for (let k = span[0] - 1; k >= from && !(lines[k].prose && lines[k].nWords >= 15); k--) {
    if (lines[k].rule?.id === 'post-navigation' && isBareMarker(lines[k].text) && NEXT_LABEL.test(lines[k].text)) {
      label = k;
      break;
    }
  }
  if (label < 0 || !datedHead(lines, label + 1, span[1])) return span;
  const above = bestSpan(scores.slice(0, label), from);
  return above && proseWords(lines, above[0], above[1]) >= 40 ? above : span;
}

/** A label for the next story (not the previous one, which a page may show above its article). */
const NEXT_LABEL = /next|nächste|suivant|siguiente|successiv|próxim|следующ|następn|次の/iu;

/** A headed article's prose that outweighs this share of an unheaded span's prose is the article. */
const HEADED_SHARE = 2;
/** Heads tried at most: each costs a walk to its wall, and a page of a thousand dated lines is a list. */
const MAX_HEADS = 50;

/** A run of MENU_RUN short lines with no sentence (the page's menu) between lines from and to. */
function menuBetween(lines: readonly LineInfo[], from: number, to: number): boolean {
  let run = 0;
  for (let k = from; k < to; k++) {
    const l = lines[k];
    if (l.blank) continue;
    run = !l.prose && l.nWords <= 4 ? run + 1 : 0;
    if (run >= MENU_RUN) return true;
  }
  return false;
}

/**
 * Prose with no head (a site's "about us", a sidebar's welcome) is no article when elsewhere a
 * headline with its byline or date heads a stretch of prose of some length: that is the article,
 * however short (a news brief).
 */
function headedArticle(lines: readonly LineInfo[], scores: number[], span: [number, number] | null, from: number, dated: Uint8Array): [number, number] | null {
  // (A headline alone is no head here: a teaser's headline stands over its summary too.)
  if (!span || datedHead(lines, span[0], span[1])) return span;
  const n = lines.length;
  // (A span of teasers, each paragraph right under a headline of its own, weighs nothing against a dated head.)
  const mine = teaserRun(lines, span[0], span[1]) ? 0 : proseWords(lines, span[0], span[1]);
  // The next line that ends articles at or after each line, worked out once.
  const nextWall = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) nextWall[i] = lines[i].rule?.endsBody ? i : nextWall[i + 1];
  let best: [number, number] | null = null;
  let bestProse = 0;
  for (let k = from, heads = 0; k < n && heads < MAX_HEADS; k++) {
    if (k >= span[0] && k <= span[1]) continue;
    if (!(lines[k].rule?.id === 'byline' || stampAt(lines, k)) || !headlineAbove(lines, k)) continue;
    // (A headline in a list of dated headlines is another story's: an article has one head.)
    if (someAbove(lines, k, 2, (_, j) => dated[j] === 1)) continue;
    heads++;
    // Under a box that ends articles ("More stories", comments), a dated headline is a teaser's or a reader's.
    // (Not when the page's menu stands between the span and that box: the span is prose placed first, and
    // the box a player's or a header's, "Up next" over the headline.)
    if (k > span[1] && nextWall[span[1] + 1] < k && !menuBetween(lines, span[1] + 1, nextWall[span[1] + 1])) break;
    // The box that ends the article, under its first paragraph (a comment count in the head is none).
    let prose = k + 1;
    while (prose < n && !lines[prose].prose) prose++;
    const wall = nextWall[prose];
    // Above the span, the article ends where the span begins.
    const below = bestSpan(scores.slice(0, k < span[0] ? Math.min(wall, span[0]) : wall), k + 1);
    if (!below) continue;
    // The article begins at its first paragraph under its head (a short first paragraph scores low),
    // unless a line found as chaff stands between.
    if (prose < below[0] && !lines.slice(prose, below[0]).some((l) => l.rule || l.userRule)) below[0] = prose;
    // (Share buttons, a caption, a newsletter box between the head and the text do not count.)
    let between = 0;
    for (let j = k + 1; j < below[0]; j++) if (!lines[j].blank && !lines[j].rule) between++;
    if (between > HEAD_TO_BODY) continue;
    const words = proseWords(lines, below[0], below[1]);
    // A box that ends articles between this one and the span: the span is what follows an article,
    // unless the box is a few lines set into it ("You might also like" and two headlines).
    if (below[1] < span[0] && words >= 25 && nextWall[below[1] + 1] < span[0]) {
      let gap = 0;
      for (let j = below[1] + 1; j < span[0]; j++) {
        if (lines[j].blank) continue;
        // A list's lead-in ("What you'll need:") under the box: the article goes on from there.
        if (j > nextWall[below[1] + 1] && leadsList(lines, j, span[0])) break;
        gap++;
      }
      // (Not across a paywall, the article's tags or its author's box: nothing under them is the article.)
      return gap <= BOX_LINES && !tailBetween(lines, below[1] + 1, span[0]) ? [below[0], span[1]] : below;
    }
    if (words > bestProse) {
      best = below;
      bestProse = words;
    }
  }
  return best && bestProse >= 40 && bestProse * HEADED_SHARE >= mine ? best : span;
}

/** Words of a teaser's headline, at least: a section's subhead is shorter. */
const TEASER_HEADLINE_WORDS = 6;
/** Characters of a teaser's headline of fewer words, at least: German or Russian say as much in five long words. */
const TEASER_HEADLINE_CHARS = 36;
/** A headline of a teaser's length: six words, or four words or more that run to TEASER_HEADLINE_CHARS. */
const teaserHeadline = (l: LineInfo) => l.nWords >= TEASER_HEADLINE_WORDS || (l.nWords >= 4 && l.text.length >= TEASER_HEADLINE_CHARS);

/**
 * Lines [from, to] are a run of teasers: each paragraph, a summary of a card's length, right under its
 * own headline (no blank line between, which spaces an article's subhead from its section).
 */
function teaserRun(lines: readonly LineInfo[], from: number, to: number): boolean {
  let paragraphs = 0;
  let headed = 0;
  for (let i = from; i <= to; i++) {
    const l = lines[i];
    if (!l.prose || !l.terminal) continue;
    paragraphs++;
    if (l.nWords > CARD_SUMMARY_WORDS) return false;
    const h = i > 0 ? lines[i - 1] : null;
    if (h && !h.blank && !h.rule && !h.terminal && h.nWords >= TEASER_HEADLINE_WORDS && h.nWords <= 20) headed++;
  }
  return paragraphs >= 2 && headed * 3 >= paragraphs * 2;
}

/** A paywall's weight against the body: more than any pitch under it holds. */
const PAYWALL_WEIGHT = 1000;
/** Lines under a paywall's prompt searched for its pitch. */
const PITCH_LINES = 20;

/**
 * Line i is a paywall's prompt over its pitch (plans, prices, "Already a subscriber?": two subscription
 * lines or more under it). Then nothing under it is the article. (A prompt over the article's own
 * text, which some pages hold whole behind it, is no such wall.)
 */
function paywallAt(lines: readonly LineInfo[], i: number): boolean {
  if (lines[i].rule?.id !== 'paywall-prompt') return false;
  let pitch = 0;
  for (let j = i + 1; j < Math.min(lines.length, i + 1 + PITCH_LINES) && pitch < 2; j++) if (lines[j].rule?.kind === 'subscribe') pitch++;
  return pitch >= 2;
}

/** What ends an article stands in lines from..to-1: a paywall over its pitch, the article's tags, its author's box. */
function tailBetween(lines: readonly LineInfo[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const id = lines[j].rule?.id;
    if (id === 'tags-line' || id === 'author-box' || paywallAt(lines, j)) return true;
  }
  return false;
}

/**
 * Line j is a list's lead-in ("What you'll need:", "Zutaten:"), a short unflagged line ending in a
 * colon, and only short lines follow it up to line `to` with nothing that ends an article among them.
 */
function leadsList(lines: readonly LineInfo[], j: number, to: number): boolean {
  const l = lines[j];
  if (l.rule || l.prose || l.nWords > 8 || !LEAD_IN.test(l.text)) return false;
  let items = 0;
  for (let i = j + 1; i < to; i++) {
    if (lines[i].blank) continue;
    if (lines[i].rule?.endsBody || lines[i].prose) return false;
    items++;
  }
  return items >= 2;
}

/** Lines of a poem or a song, at least, for a block of short lines to read as verse. */
const VERSE_LINES = 12;

/** Lines from..to, none blank, are verse: many, nearly all of a few words, most with no full stop. */
function verse(lines: readonly LineInfo[], from: number, to: number): boolean {
  if (to - from + 1 < VERSE_LINES) return false;
  let short = 0;
  let stops = 0;
  for (let i = from; i <= to; i++) {
    // (A menu's items are of a word or two, and its rules name many of them.)
    if (lines[i].nWords >= 3 && lines[i].nWords <= 12 && !lines[i].rule) short++;
    if (FULL_STOP.test(lines[i].text)) stops++;
  }
  const all = to - from + 1;
  return short >= 0.75 * all && stops <= 0.3 * all;
}

/** Headlines in a row at the span's end, with no paragraph among them, that make a box of other stories. */
const TAIL_HEADLINES = 4;

/**
 * A box of headlines under the article, under a topic of the site's rather than a heading that ends
 * articles ("Harbour repairs" over five headlines, spaced or not): no paragraph among them, a paragraph
 * of the article right above. Headlines that read as prose (a question, many stop words) carried the
 * span on; it ends above them. A poem's lines or a box of facts ("Key: value") are no such box.
 */
function headlineTail(lines: readonly LineInfo[], span: [number, number], listed: Uint8Array): [number, number] {
  const headline = (l: LineInfo) =>
    // (A table's rows are none: "1<tab>Hexworth Hill<tab>27<tab>61".)
    !l.rule && !l.userRule && l.nWords >= 3 && l.nWords <= 20 && isHeadlineLike(l) && /^[\p{Lu}\p{N}«"„“¿¡]/u.test(l.text) && !ENUMERATED.test(l.text) && !TABBED.test(l.text);
  let k = span[1];
  let heads = 0;
  let facts = 0;
  // (Headlines leave most stop words out, though some in a language that needs them have as many as a sentence; a poem's lines do not.)
  let wordy = 0;
  for (; k > span[0]; k--) {
    const l = lines[k];
    if (l.blank) continue;
    if (!headline(l) || listed[k]) break;
    heads++;
    if (KEY_VALUE.test(l.text)) facts++;
    if (l.stop !== null && l.stop >= HEADLINE_STOP) wordy++;
  }
  // (The box's topic over them, a word or two: "Harbour repairs".)
  const top = k;
  if (!lines[k].blank && !lines[k].prose && !lines[k].rule && lines[k].nWords <= 3 && isHeadlineLike(lines[k])) k = nonBlank(lines, k - 1, -1);
  if (heads < TAIL_HEADLINES || facts > 1 || 4 * wordy > 3 * heads || !(lines[k].prose && lines[k].terminal && !lines[k].rule) || verse(lines, top + 1, span[1])) return span;
  return [span[0], k];
}

/** A text's words that tell its topic: four letters or more, no stop words. */
const topicWords = (t: string, lang: string | null): string[] => {
  const stops = lang ? STOPWORDS[lang] : undefined;
  return (t.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !stops?.has(w));
};

/** A text's topic words by their first STEM letters: "repair", "repairs" and "repaired" are one. */
const topicStems = (t: string, lang: string | null): string[] => topicWords(t, lang).map((w) => w.slice(0, STEM));

/**
 * An ad slot, a photo's caption or credit, a link to one other story ("Read more: …"), an embedded
 * post's placeholder: what stands in an article between its paragraphs.
 */
const asideAt = (lines: readonly LineInfo[], k: number) => {
  const r = lines[k].rule;
  return !!r && (['advertisement', 'caption', 'credit'].includes(r.kind) || r.id === 'external-content' || (r.id === 'read-more-marker' && !isBareMarker(lines[k].text)));
};

/**
 * The paragraphs from line k on, one way, up to the first box or what ends an article (downwards, up
 * to any chaff but an aside: the article goes on right under the box): their topic words (by their
 * first STEM letters), their prose words and their count, `most` paragraphs at most.
 */
function topicParagraphs(lines: readonly LineInfo[], card: Uint8Array, lang: string | null, k: number, step: 1 | -1, most: number): { words: string[]; prose: number; found: number } {
  const n = lines.length;
  const ender = (j: number) => {
    const r = lines[j].rule;
    return !!r && (r.kind === 'comments' || r.id === 'copyright-notice' || r.id === 'author-box' || r.id === 'author-bio' || r.id === 'tags-line' || paywallAt(lines, j) || (!!r.endsBody && !boxHeading(r)));
  };
  const words: string[] = [];
  let prose = 0;
  let found = 0;
  for (let seen = 0; k >= 0 && k < n && seen < 3 * RESUME_LINES && found < most; k += step) {
    if (lines[k].blank) continue;
    seen++;
    if (!asideAt(lines, k) && (ender(k) || boxHeading(lines[k].rule) || (step > 0 && lines[k].rule))) break;
    const l = lines[k];
    if (!(l.prose && l.terminal && !l.rule && !l.userRule && !card[k])) continue;
    found++;
    prose += l.nWords;
    words.push(...topicStems(l.text, lang));
  }
  return { words, prose, found };
}

/**
 * Whether the article goes on under a row of its own buttons set into it (share buttons) that ends
 * at line `last`: two paragraphs at least under it keep to the topic of those over line `first`
 * (RESUME_TOPIC of their topic words), as under a box of other stories (see insetBoxes).
 */
function goesOnUnder(lines: readonly LineInfo[], card: Uint8Array, lang: string | null, first: number, last: number): boolean {
  const above = topicParagraphs(lines, card, lang, first - 1, -1, ABOVE_PARAGRAPHS);
  if (above.prose < RESUME_ABOVE || above.found < 2) return false;
  const below = topicParagraphs(lines, card, lang, last + 1, 1, RESUME_PARAGRAPHS);
  if (below.words.length < RESUME_WORDS || below.found < 2) return false;
  const topic = new Set(above.words);
  return below.words.filter((w) => topic.has(w)).length >= RESUME_TOPIC * below.words.length;
}

/**
 * Boxes of other stories set into the article ("Most read", "Related" and a few headlines) with the
 * article going on under them: the paragraphs right under the box's headlines keep to the topic of
 * those right above its heading. Such a heading ends no article. The next story under an article is
 * on another topic; a story's cards (a headline over its summary each) are no such box. Returns each
 * box as [its heading, the line after its headlines], and the headings of boxes under which the
 * paragraphs are on another topic: the article does not go on there.
 */
function insetBoxes(lines: readonly LineInfo[], card: Uint8Array, lang: string | null): { boxes: [number, number][]; offTopic: Uint8Array } {
  const boxes: [number, number][] = [];
  const n = lines.length;
  const offTopic = new Uint8Array(n);
  const aside = (k: number) => asideAt(lines, k);
  const stems = (k: number) => topicStems(lines[k].text, lang);
  const paragraphs = (k: number, step: 1 | -1, most: number) => topicParagraphs(lines, card, lang, k, step, most);
  for (let i = 0; i < n; i++) {
    if (lines[i].blank || !boxHeading(lines[i].rule) || !isBareMarker(lines[i].text)) continue;
    // (Under the article's share buttons or a newsletter's form, a box is the page's, not set into
    // the article: right over its heading stands a paragraph, or an ad slot or a caption.)
    const over = nonBlank(lines, i - 1, -1);
    if (over >= 0 && lines[over].rule && !aside(over)) continue;
    const above = paragraphs(i - 1, -1, ABOVE_PARAGRAPHS);
    if (above.prose < RESUME_ABOVE || above.found < 2) continue;
    const topic = new Set(above.words);
    /** Words of ws the article over the box uses. */
    const shared = (ws: string[]) => ws.filter((w) => topic.has(w)).length;
    const topical = (ws: string[], share: number) => shared(ws) >= share * ws.length;
    // Its headlines: two at least, alike in being ranked or not, none a sentence or on the article's topic.
    let entries = 0;
    let end = i + 1;
    let ranked: number | null = null;
    // (A box whose lines stand together ends at its first blank line.)
    const together = i + 1 < n && !lines[i + 1].blank;
    for (let k = i + 1; k < n && entries <= BOX_LINES; k++) {
      if (lines[k].blank) {
        if (together) break;
        continue;
      }
      // (A headline's rank or time stamp on a line of its own goes with it.)
      if (RANK.test(lines[k].text) || stampAt(lines, k)) continue;
      // How the headline is ranked: by a number on the line over it, by one starting it, or not at all.
      const rankLine = nonBlank(lines, k - 1, -1);
      const rank = rankLine > i && RANK.test(lines[rankLine].text) ? 2 : RANKED.test(lines[k].text) ? 1 : 0;
      const ws = stems(k);
      // (A ranked one is the box's whatever its words, when its rank follows the one before.)
      const inRank = rank > 0 && parseInt(rank === 2 ? lines[rankLine].text : lines[k].text, 10) === entries + 1;
      if (boxHeading(lines[k].rule) || lines[k].tableRow || lines[k].nWords < 2 || lines[k].nWords > 30 || lines[k].terminal || (ranked !== null && rank !== ranked) || (!inRank && ws.length >= 2 && topical(ws, 0.5))) break;
      ranked ??= rank;
      entries++;
      end = k + 1;
    }
    if (entries < 2 || entries > BOX_LINES) continue;
    const below = paragraphs(end, 1, RESUME_PARAGRAPHS);
    // (Two paragraphs at least before the article's end: an author's line under a box of cards is no article going on.)
    if (below.words.length < RESUME_WORDS || below.found < 2) continue;
    const common = shared(below.words);
    if (common >= RESUME_TOPIC * below.words.length) boxes.push([i, end]);
    else if (above.prose >= OFF_TOPIC_ABOVE && common <= BOX_OFF_TOPIC * below.words.length) offTopic[i] = 1;
  }
  return { boxes, offTopic };
}

/**
 * Whether the story under the head at line `head` is on another topic than the article that ends at
 * line `last`: of the topic words of its first paragraphs (RESUME_PARAGRAPHS), the article's last
 * ABOVE_PARAGRAPHS paragraphs use STORY_OFF_TOPIC at most, and those hold STORY_WORDS prose words.
 */
function offTopicStory(lines: readonly LineInfo[], card: Uint8Array, lang: string | null, last: number, head: number): boolean {
  const { topic, prose } = articleTopic(lines, lang, last, 0, card);
  let words = 0;
  let shared = 0;
  for (let k = head + 1, found = 0; k < lines.length && found < RESUME_PARAGRAPHS && !lines[k].rule?.endsBody; k++) {
    if (!storyParagraph(lines[k]) || card[k]) continue;
    found++;
    for (const w of topicWords(lines[k].text, lang)) {
      words++;
      // (Words of the calendar and the clock, "Saturday", "minutes", are any two stories': they share no topic.)
      if (topic.has(w.slice(0, STEM)) && !isTimeWord(w)) shared++;
    }
  }
  return prose >= STORY_WORDS && words >= STORY_TOPIC_WORDS && shared <= STORY_OFF_TOPIC * words;
}

/** Topic words of the article's last ABOVE_PARAGRAPHS paragraphs, from line `last` up to `first` (cards left out), and their words. */
function articleTopic(lines: readonly LineInfo[], lang: string | null, last: number, first: number, card?: Uint8Array): { topic: Set<string>; prose: number } {
  const topic = new Set<string>();
  let prose = 0;
  for (let k = last, found = 0; k >= first && found < ABOVE_PARAGRAPHS; k--) {
    if (!storyParagraph(lines[k]) || card?.[k]) continue;
    found++;
    prose += lines[k].nWords;
    for (const w of topicStems(lines[k].text, lang)) topic.add(w);
  }
  return { topic, prose };
}

/**
 * Share of those words, at most, for a story under its own head to be another page's. Looser than a
 * box's bound (BOX_OFF_TOPIC), as the head already tells a story apart: over our pages, 7% of
 * three paragraphs of an article's second half fall under it, 91% of another article's.
 */
const STORY_OFF_TOPIC = 0.1;
/** Topic words of a next story's first paragraphs, at least, to judge its topic by. */
const STORY_TOPIC_WORDS = 20;

/** Lines under the last card, at most, that the span may end on (a caption, a credit). */
const CARDS_TRAILING = 2;
/** Cards of other stories at the span's end, at least, for their topic to tell them from the article's sections. */
const OFF_TOPIC_CARDS = 3;
/** Prose words of the article above such cards, at least: enough to know its topic. */
const TOPIC_WORDS = 150;
/**
 * Prose words of a short article (a brief) above such cards, at least. Its few words tell its topic
 * less surely, so each card must also read as one: a headline of a teaser's length over one sentence.
 */
const BRIEF_TOPIC_WORDS = 60;
/** Share of a card's words the article above uses, at most, for the card to be another story's. */
const CARD_TOPIC = 0.2;
/** Words of a card, at least, to judge its topic by. */
const CARD_TOPIC_WORDS = 6;

/**
 * Other stories' cards under the article with no heading over them: three headlines or more, each
 * over a paragraph of a few dozen words, none sharing more than a fifth of its words with the
 * article above (a section of the article, its subhead and its paragraph, goes on with its names
 * and its subject). Words are those of four letters or more that are no stop words. Under a brief
 * the cards must also look the part (BRIEF_TOPIC_WORDS).
 */
function offTopicCards(lines: readonly LineInfo[], span: [number, number], lang: string | null): [number, number] {
  const words = (t: string) => topicWords(t, lang);
  const headline = (j: number) => {
    const l = lines[j];
    return !l.blank && !l.rule && !l.userRule && l.nWords >= 2 && l.nWords <= 20 && (!l.prose || !l.terminal) && HEADLINE_END.test(l.text) && !KEY_VALUE.test(l.text);
  };
  let heads: number[] = [];
  // (Heads from the last up laid out as the last card is, a headline right over its summary or a line apart.)
  let alike = 0;
  let gap = 0;
  const walk = (last: number) => {
    heads = [];
    alike = 0;
    gap = 0;
    let p = last;
    while (heads.length < MAX_CARDS && p > span[0] && lines[p].prose && !lines[p].rule && !lines[p].userRule && lines[p].nWords <= CARD_WORDS) {
      const h = nonBlank(lines, p - 1, -1);
      if (h <= span[0] || p - h > 2 || !headline(h)) break;
      if (!heads.length) gap = p - h;
      if (alike === heads.length && p - h === gap) alike++;
      heads.push(h);
      p = nonBlank(lines, h - 1, -1);
    }
  };
  walk(span[1]);
  // (The span may end a line or two under the cards, on what the page puts there, a photo's caption
  // or a credit, but no paragraph of a story.)
  for (let last = span[1], skipped = 0; heads.length < OFF_TOPIC_CARDS && skipped < CARDS_TRAILING && !storyParagraph(lines[last]); skipped++) {
    last = nonBlank(lines, last - 1, -1);
    if (last <= span[0]) break;
    walk(last);
  }
  if (heads.length < OFF_TOPIC_CARDS) return span;
  const topicAbove = (first: number) => {
    const above = new Set<string>();
    let prose = 0;
    for (let i = span[0]; i < first; i++) {
      if (lines[i].blank || lines[i].rule) continue;
      for (const w of words(lines[i].text)) above.add(w);
      if (lines[i].prose) prose += lines[i].nWords;
    }
    return { above, prose };
  };
  let { above, prose } = topicAbove(heads[heads.length - 1]);
  const brief = prose < TOPIC_WORDS;
  const summaryOf = (h: number) => lines[nonBlank(lines, h + 1, 1)].text;
  if (brief) {
    // A site lays its cards out alike, each a headline of a teaser's length over one sentence: from the
    // last card up, a headline over a paragraph laid out or written otherwise is the brief's own.
    let cards = 0;
    while (cards < alike && teaserHeadline(lines[heads[cards]]) && !SENTENCE_BREAK.test(summaryOf(heads[cards]))) cards++;
    heads.length = cards;
    if (heads.length < OFF_TOPIC_CARDS) return span;
    ({ above, prose } = topicAbove(heads[heads.length - 1]));
    if (prose < BRIEF_TOPIC_WORDS) return span;
  }
  for (const h of heads) {
    const summary = summaryOf(h);
    const own = new Set([...words(lines[h].text), ...words(summary)]);
    let shared = 0;
    for (const w of own) if (above.has(w)) shared++;
    if (own.size < CARD_TOPIC_WORDS || shared > CARD_TOPIC * own.size) return span;
  }
  const end = nonBlank(lines, heads[heads.length - 1] - 1, -1);
  return lines[end].prose && !lines[end].rule ? [span[0], end] : span;
}

/** Prose of the page's own article above the next story's head, at least, for the head to end it. */
const STORY_WORDS = 50;
/** Heads of other stories under the article at most: more are a live story's entries or a roundup's. */
const MAX_STORIES = 2;

/** The first line from j on (dir 1) or back (dir -1) that is not blank; -1 or lines.length when none. */
function nonBlank(lines: readonly LineInfo[], j: number, dir: 1 | -1): number {
  while (j >= 0 && j < lines.length && lines[j].blank) j += dir;
  return j;
}

/** What may stand between a story's head and its first paragraph: its share buttons, a caption, a byline or an ad. */
const headInsert = (r: LineRule) => r.kind === 'share' || r.kind === 'caption' || r.kind === 'credit' || r.kind === 'byline' || r.kind === 'advertisement';

/** A paragraph a story's text opens with. */
const storyParagraph = (l: LineInfo) => l.prose && !l.rule && l.nWords >= 15;

/**
 * The head of another story at line k (a byline or a date, not a clock time alone: a live story's
 * entries carry those): the line of its headline (within a few lines above, no sentence), when a
 * paragraph follows within HEAD_TO_BODY lines; or -1.
 */
function storyHeadAt(lines: readonly LineInfo[], card: Uint8Array, k: number): number {
  const l = lines[k];
  if (l.blank || card[k] || !(l.rule?.id === 'byline' || (stampAt(lines, k) && !TIME_ONLY.test(l.text)))) return -1;
  const dateOver = dateOverHeadline(lines, card, k);
  if (dateOver >= 0) return dateOver;
  // The headline, right over the byline or date or over a standfirst and the head's other lines.
  let h = -1;
  let dek = 0;
  for (let j = k - 1, seen = 0; j >= 0 && seen < 3; j--) {
    const c = lines[j];
    if (c.blank) continue;
    seen++;
    // (A headline may read as a sentence with no end.)
    if (!c.rule && c.nWords >= 3 && isHeadlineLike(c)) {
      h = j;
      break;
    }
    if (c.rule ? c.rule.id !== 'byline' && !stampAt(lines, j) : !c.prose || ++dek > 1) return -1;
  }
  if (h < 0) return -1;
  // (A box of headlines, each with its date: a date over the headline too, or the box's heading, or
  // another headline and its date under this one.)
  const boxHead = (j: number) => {
    const r = lines[j].rule;
    // (A byline that ends in a full stop, "… contributed to this report.", is the article's last line.)
    return stampAt(lines, j) || (r?.id === 'byline' && !lines[j].terminal) || r?.id === 'most-read-heading' || r?.opensTeaser === true;
  };
  const above = nonBlank(lines, h - 1, -1);
  // (Nor is the last of a run of facts, "Key: value" lines or a table's rows, that ends the article.)
  const fact = (j: number) => j >= 0 && !lines[j].blank && (KEY_VALUE.test(lines[j].text) || lines[j].tableRow);
  const factRun = (j: number) => fact(j) && fact(j - 1);
  // (Nor another headline right over it: a list of teasers, each a headline and its excerpt. A
  // sentence that ends in a quote, '"He never listens."', is the article's last paragraph; a short
  // line right under a paragraph is its last line, "Helpline: 0800 555 2047", "Player of the Match: …".)
  const articleEnd = (j: number) => {
    const k = nonBlank(lines, j - 1, -1);
    return (lines[j].prose && lines[j].terminal) || (k >= 0 && storyParagraph(lines[k]) && !card[k]);
  };
  if (above >= 0 && (boxHead(above) || (!lines[above].rule && lines[above].nWords >= 4 && isHeadlineLike(lines[above]) && !articleEnd(above) && !factRun(above)))) return -1;
  // (Lines right over the headline, no blank line between: a kicker, or the box's other headlines.)
  for (let j = h - 1; j >= 0 && j >= h - BOX_LINES && !lines[j].blank; j--) if (boxHead(j) || (!lines[j].rule && lines[j].nWords >= 4 && isHeadlineLike(lines[j]))) return -1;
  const next = nonBlank(lines, k + 1, 1);
  if (next < lines.length && !lines[next].rule && isHeadlineLike(lines[next])) {
    for (let j = next + 1, seen = 0; j < lines.length && seen < 3; j++) {
      if (lines[j].blank) continue;
      seen++;
      if (stampAt(lines, j)) return -1;
    }
  }
  for (let j = k + 1, seen = 0; j < lines.length && seen < HEAD_TO_BODY; j++) {
    if (lines[j].blank) continue;
    seen++;
    // (Between a head and its text stand its share buttons, a caption or an ad: not tags or a menu.)
    const r = lines[j].rule;
    if (r && (r.endsBody || !(headInsert(r) || r.kind === 'dateline-meta'))) return -1;
    // (A teaser's excerpt under its headline and date is no story's paragraph; under a byline it may be.)
    if (storyParagraph(lines[j])) return card[j] && l.rule?.id !== 'byline' ? -1 : h;
  }
  return -1;
}

/**
 * A head whose date stands over its headline ("March 12, 2024" / headline / byline): line k, the
 * date, when the headline is right under it and a paragraph follows with no further date between
 * (a box's headlines each over their dates have one); or -1.
 */
function dateOverHeadline(lines: readonly LineInfo[], card: Uint8Array, k: number): number {
  if (!stampAt(lines, k)) return -1;
  const h = nonBlank(lines, k + 1, 1);
  if (h >= lines.length || lines[h].rule || lines[h].nWords < 3 || !isHeadlineLike(lines[h]) || card[h]) return -1;
  // (Over the date, another headline: a box's entries, each a headline and its date; or a byline or
  // another date: the date is then the last line of a head, not the first.)
  const above = nonBlank(lines, k - 1, -1);
  if (above >= 0 && (stampAt(lines, above) || lines[above].rule?.id === 'byline' || (!lines[above].rule && lines[above].nWords >= 4 && isHeadlineLike(lines[above])))) return -1;
  for (let j = nonBlank(lines, h + 1, 1), seen = 0; j < lines.length && seen < HEAD_TO_BODY; j = nonBlank(lines, j + 1, 1)) {
    seen++;
    const r = lines[j].rule;
    if (stampAt(lines, j) || (r && (r.endsBody || !headInsert(r)))) return -1;
    if (storyParagraph(lines[j])) return card[j] ? -1 : k;
  }
  return -1;
}

/** The heads (headline lines) of stories that start in lines [from, to]; past MAX_STORIES, one more at most. */
function storyHeads(lines: readonly LineInfo[], card: Uint8Array, from: number, to: number): number[] {
  const heads: number[] = [];
  for (let k = from; k <= to && heads.length <= MAX_STORIES; k++) {
    const h = storyHeadAt(lines, card, k);
    if (h >= from && (!heads.length || h > heads[heads.length - 1])) heads.push(h);
  }
  return heads;
}

/**
 * Sites that load one story after another put the next story under the article: its headline with
 * its byline or date, its paragraphs, often under a label ("Next article"). The page's own story is
 * the first. When the span is a story under such a head (a label over it or not) and a dated
 * article of some length ends right above it, that article is the span; when the span runs on into
 * a next story, it ends above that story's head. (A live story's entries or a roundup's, each under
 * a head of its own, are one text: more than MAX_STORIES heads and nothing is cut.)
 */
function firstStory(lines: readonly LineInfo[], card: Uint8Array, scores: number[], span: [number, number] | null, from: number, lang: string | null): [number, number] | null {
  if (!span) return span;
  const n = lines.length;
  // The head over the span: a story's headline over its byline or date, within a few lines above.
  let top = -1;
  for (let j = span[0] - 1, seen = 0; j >= from && seen < HEAD_TO_BODY; j--) {
    if (lines[j].blank) continue;
    seen++;
    const h = storyHeadAt(lines, card, j);
    if (h >= from) top = h;
  }
  if (top < 0) top = farHead(lines, card, span[0], from);
  if (top > from) {
    // (A label right over the head goes with it.)
    let labelled = false;
    for (let j = top - 1, seen = 0; j >= from && seen < 2; j--) {
      if (lines[j].blank) continue;
      seen++;
      if (lines[j].rule?.id === 'post-navigation') {
        top = j;
        labelled = true;
      }
    }
    // The article above ends right over that head: a few lines may stand between (its share
    // buttons); under a label, its whole tail (a box of facts), though no prose of its own.
    const above = bestSpan(scores.slice(0, top), from);
    if (above && proseWords(lines, above[0], above[1]) >= STORY_WORDS && datedHead(lines, above[0], above[1])) {
      let gap = 0;
      for (let j = above[1] + 1; j < top; j++) if (!lines[j].blank && !lines[j].rule) gap++;
      if (gap <= BOX_LINES || (labelled && proseWords(lines, above[1] + 1, top - 1) < STORY_WORDS)) span = above;
    }
  }
  // The span runs on into the next story.
  const heads = storyHeads(lines, card, span[0] + 1, n - 1);
  // (Under its label, "Next article", the head is another story's however far the article's own
  // byline stands above its first paragraph.)
  const labelledHead = (h: number) => {
    const j = nonBlank(lines, h - 1, -1);
    return j >= 0 && lines[j].rule?.id === 'post-navigation';
  };
  if (heads.length && heads.length <= MAX_STORIES && heads[0] <= span[1] && proseWords(lines, span[0], heads[0] - 1) >= STORY_WORDS && (labelledHead(heads[0]) || datedHead(lines, span[0], heads[0] - 1) || offTopicStory(lines, card, lang, heads[0] - 1, heads[0]))) {
    // (A kicker right over the headline, or a label over the story, goes with it.)
    let end = heads[0] - 1;
    if (end > span[0] && !lines[end].blank && !lines[end].prose && lines[end].nWords <= 3) end--;
    while (end > span[0] && (lines[end].blank || lines[end].rule?.id === 'post-navigation')) end--;
    return [span[0], end];
  }
  return span;
}

/**
 * A story's head further above the span: its headline over its byline or date, with no paragraph
 * between it and the span (a live story's key events, a list of its points), at most
 * 3 × HEAD_TO_BODY of them; or -1.
 */
function farHead(lines: readonly LineInfo[], card: Uint8Array, start: number, from: number): number {
  for (let k = start - 1, seen = 0; k > from && seen < 3 * HEAD_TO_BODY; k--) {
    const l = lines[k];
    if (l.blank) continue;
    if (storyParagraph(l)) return -1;
    if (++seen <= HEAD_TO_BODY || card[k] || !(l.rule?.id === 'byline' || (stampAt(lines, k) && !TIME_ONLY.test(l.text)))) continue;
    let h = nonBlank(lines, k - 1, -1);
    if (h >= 0 && (lines[h].rule?.id === 'byline' || stampAt(lines, h))) h = nonBlank(lines, h - 1, -1);
    if (h > from && !lines[h].rule && !card[h] && !lines[h].terminal && lines[h].nWords >= 3 && isHeadlineLike(lines[h])) return h;
  }
  return -1;
}

/** Whether a line within `reach` lines above line `start` (blank lines not counted) passes `test`. */
function someAbove(lines: readonly LineInfo[], start: number, reach: number, test: (l: LineInfo, k: number) => boolean): boolean {
  for (let k = start - 1, seen = 0; k >= 0 && seen < reach; k--) {
    if (lines[k].blank) continue;
    seen++;
    if (test(lines[k], k)) return true;
  }
  return false;
}

/** Whether a byline or a date stands within HEAD_TO_BODY lines above line `start`. */
// (Not across a paywall: the head over it is the article's, the pitch under it has none.)
const datedAbove = (lines: readonly LineInfo[], start: number) => {
  for (let k = start - 1, seen = 0; k >= 0 && seen < HEAD_TO_BODY; k--) {
    if (lines[k].blank) continue;
    seen++;
    if (lines[k].rule?.id === 'byline' || stampAt(lines, k)) return true;
    if (paywallAt(lines, k)) return false;
  }
  return false;
};

/** Whether a byline or a date stands within HEAD_TO_BODY lines above line `start`, or under it up to `end` (a span that starts at its headline). */
const datedHead = (lines: readonly LineInfo[], start: number, end: number) => {
  if (datedAbove(lines, start)) return true;
  for (let k = start, seen = 0; k <= end && seen < HEAD_TO_BODY; k++) {
    if (lines[k].blank) continue;
    seen++;
    if (lines[k].rule?.id === 'byline' || stampAt(lines, k)) return true;
  }
  return false;
};

/** Whether a headline stands within a few lines above line `start`. */
// (A headline may read as a sentence, or be a quote; it has no full stop, unless it is in Title Case.)
const headlineAbove = (lines: readonly LineInfo[], start: number) => someAbove(lines, start, 3, (l) => !l.rule && l.nWords >= 3 && (isHeadlineLike(l) || stoppedHeadline(l)));

/** Whether a headline, a byline or a date stands within a few lines above line `start`. */
const headed = (lines: readonly LineInfo[], start: number) =>
  someAbove(lines, start, 3, (l, k) => l.rule?.id === 'byline' || stampAt(lines, k) || (!l.prose && l.nWords >= 3 && isHeadlineLike(l)));

/** A bare "Read more" button on line i. */
const readMoreAt = (lines: readonly LineInfo[], i: number) => i < lines.length && lines[i].rule?.id === 'read-more-marker' && isBareMarker(lines[i].text);

/**
 * A button that reads on, under an excerpt ("Read more", "Leer más"). "Read also" opens a teaser instead, and so
 * do "Leia mais" and "Read more:" on many sites.
 */
const READ_ON = /^(?:read more|read the full (?:story|article)|continue reading|keep reading|learn more|see more|leer más|leer (?:el )?artículo|seguir leyendo|conoc[eé] más|saiba mais|ler (?:artigo|mais|matéria)|continuar (?:lendo|a ler)|weiterlesen|mehr (?:lesen|erfahren)|zum artikel|artikel lesen|lire (?:la suite|plus|l['’]article)|en savoir plus|continua(?:re)? a leggere|leggi (?:tutto|di più|l['’]articolo)|scopri di più|подробнее|читать (?:далее|дальше|полностью|статью)|czytaj (?:dalej|więcej)|dowiedz się więcej|lees (?:meer|verder)|(?:続き|記事|記事全文|全文)を読む|もっと見る)\s*[»›→>….]*$/iu;
const readOnAt = (lines: readonly LineInfo[], i: number) => readMoreAt(lines, i) && READ_ON.test(lines[i].text);

/** A running time alone on a line ("02:41", "1:05:12"), as a video player or a list of videos shows it. */
const durationAt = (lines: readonly LineInfo[], i: number) => i >= 0 && i < lines.length && lines[i].rule?.id === 'gallery-counter' && /^\d{1,2}:\d{2}(?::\d{2})?$/u.test(lines[i].text);

/** Words of a card's summary at most when its headline alone tells it: a sentence or two. */
const SOLO_SUMMARY_WORDS = 35;
/** A headline of four words or more, right over a summary of one or two sentences with no blank line between. */
const solo = (lines: readonly LineInfo[], i: number) => {
  const h = lines[i - 1];
  // (A list's item that starts in lower case is no headline.)
  // (Nor is a live entry's head, led by its time: "14:32 Ferries stay in port".)
  return i > 0 && !h.blank && h.nWords >= 4 && !/^\p{Ll}/u.test(h.text) && !/[?:]$/u.test(h.text) && !/^\d{1,2}[:.h]\d{2}\b/u.test(h.text) && isHeadlineLike(h) && lines[i].nWords <= SOLO_SUMMARY_WORDS && (lines[i].text.match(/[.!?]["”»’)]*\s+\p{Lu}/gu) ?? []).length <= 1;
};

/**
 * A short label with a number right above line i's paragraph ("Step 3", "Krok 3", "3", or a range,
 * "Day 2 to 4", "Tag 2 bis 4"): its first and last number, else null.
 */
function stepNumbers(lines: readonly LineInfo[], i: number): [number, number] | null {
  const j = nonBlank(lines, i - 1, -1);
  if (j < 0 || j < i - 2) return null;
  const m = /^(?:\p{L}+\s+)?#?(\d{1,2})(?:\s*(?:[-–]|\p{L}{1,5})\s*(\d{1,2}))?[.:)]?$/u.exec(lines[j].text);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return to >= from ? [from, to] : null;
}

/** A line of a list of facts: a key, a colon, its value ("Lundi, mardi : 12 h – 14 h"). */
const FACT = /^[^:]{1,60}:\s+\S/u;

/** A row of a table, its cells split by tabs ("Weight\t1.29kg"). */
const TABBED = /\S\t+\S/u;

/** Items of a list one under another, at most: a longer run of lines with no end is a list of headlines. */
const LIST_ITEMS = 10;

/**
 * Lists one under another, each under its head (a subhead of a few words, "Ihr Profil", or a lead-in,
 * "Kurz zu den Daten:"), two lists at least: a job ad's "Ihre Aufgaben", "Ihr Profil", "Wir bieten", a
 * test's pros and cons. Their items (phrases of four words or more with no end) are the article's
 * lists, not teaser cards or a box of headlines. A run of more than ten such lines, or of lines led by
 * a time, is a list of headlines. Returns 1 for each item.
 */
function listItems(lines: readonly LineInfo[], code: Uint8Array): Uint8Array {
  const n = lines.length;
  const out = new Uint8Array(n);
  // (Not an entry of a table of contents, with its dot leaders, nor a line of code.)
  const items = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const l = lines[k];
    if (!l.blank && !l.terminal && !l.rule && !code[k] && l.nWords >= 4 && !/^\d{1,2}[:.h]\d{2}\b|\.{4}|…{2}/u.test(l.text)) items[k] = 1;
  }
  const item = (k: number) => k >= 0 && k < n && items[k] === 1;
  // A subhead of a few words ("Ihr Profil") or a lead-in ("Kurz zu den Daten:") over a list.
  const head = (k: number) => k >= 0 && k < n && !lines[k].blank && !lines[k].rule && (LEAD_IN.test(lines[k].text) || (lines[k].nWords <= 4 && !lines[k].terminal));
  /** The items of a list from a on, under its head (a blank line between at most): the last one, or -1. */
  const listFrom = (a: number) => {
    const h = nonBlank(lines, a - 1, -1);
    if (!item(a) || a - h > 2 || !head(h)) return -1;
    let b = a;
    while (item(b + 1) && b - a < LIST_ITEMS) b++;
    return b - a + 1 >= 2 && b - a + 1 <= LIST_ITEMS ? b : -1;
  };
  /** The first item of the list whose items run through i. */
  const firstItem = (i: number) => {
    let a = i;
    while (item(a - 1) && i - a < LIST_ITEMS) a--;
    return a;
  };
  const listItem = (i: number) => {
    const a = firstItem(i);
    const b = listFrom(a);
    if (b < i) return false;
    // Another list under this one, or over it, each under its head.
    const h2 = nonBlank(lines, b + 1, 1);
    if (h2 - b <= 2 && head(h2) && listFrom(nonBlank(lines, h2 + 1, 1)) > 0) return true;
    const prevEnd = nonBlank(lines, nonBlank(lines, a - 1, -1) - 1, -1);
    return prevEnd >= 0 && a - prevEnd <= 4 && item(prevEnd) && listFrom(firstItem(prevEnd)) === prevEnd;
  };
  for (let i = 0; i < n; i++) if (item(i) && listItem(i)) out[i] = 1;
  return out;
}

/**
 * Where each short line (at most `maxWords` words) of lines [from, to] stands last, by `key`: the
 * map that tells whether a line stands again below (a table of contents' entries, as subheads).
 */
function lastAtOf(lines: readonly LineInfo[], from: number, to: number, maxWords: number, key: (t: string) => string = (t) => t): Map<string, number> {
  const at = new Map<string, number>();
  for (let j = from; j <= to; j++) if (!lines[j].blank && lines[j].nWords <= maxWords) at.set(key(lines[j].text), j);
  return at;
}

/** Words of a lead-in over a list ("What you'll need:"), at most. */
const LEAD_IN_WORDS = 12;
/** Items of a list under a lead-in, at most, and words of each. */
const LEAD_LIST_ITEMS = 20;
const LEAD_ITEM_WORDS = 8;

/**
 * A list under a lead-in that ends in a colon, next to the article's prose ("What you'll need:",
 * "Cloche", "Ruler", "Moss"): the article's, however short its items; a menu has no sentence of the
 * text to introduce it. Such lines weigh nothing either way. Returns 1 for the lead-in and each item.
 */
function leadInLists(lines: readonly LineInfo[]): Uint8Array {
  const n = lines.length;
  const out = new Uint8Array(n);
  const plain = (k: number) => k >= 0 && k < n && !lines[k].blank && !lines[k].rule && !lines[k].userRule;
  const prose = (k: number) => plain(k) && lines[k].prose;
  // Where each short line stands last: built once, at the first list.
  let lastAt: Map<string, number> | null = null;
  for (let h = 0; h < n; h++) {
    const l = lines[h];
    if (!plain(h) || l.nWords < 2 || l.nWords > LEAD_IN_WORDS || !LEAD_IN.test(l.text)) continue;
    const a = h + 1 < n && lines[h + 1].blank ? h + 2 : h + 1;
    let b = a;
    while (b - a < LEAD_LIST_ITEMS && plain(b) && !lines[b].prose && lines[b].nWords <= LEAD_ITEM_WORDS) b++;
    if (b - a < 2 || (!prose(nonBlank(lines, h - 1, -1)) && !prose(nonBlank(lines, b, 1)))) continue;
    // (Not a table of contents: its entries stand again below, as subheads.)
    lastAt ??= lastAtOf(lines, 0, n - 1, LEAD_ITEM_WORDS);
    let again = 0;
    for (let k = a; k < b; k++) if ((lastAt.get(lines[k].text) ?? -1) >= b) again++;
    if (again >= 2) continue;
    for (let k = h; k < b; k++) out[k] = 1;
    h = b - 1;
  }
  return out;
}

/**
 * Related-story cards: an excerpt under a head of two or more short lines (kicker, headline, byline,
 * section), repeated. One such paragraph can be an article's; three in a row are a teaser list.
 */
function cardExcerpts(lines: readonly LineInfo[], listed: Uint8Array): Uint8Array {
  const n = lines.length;
  const isCard = new Uint8Array(n);
  const candidates: number[] = [];
  // The first line of each candidate's head.
  const tops: number[] = [];
  const single = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    // Teaser excerpts are a sentence or two; a long paragraph under a product name is a listicle's body.
    // With a time stamp right under it, a longer one is still a card's (an article's has no stamp of its own).
    // (So is one with its own "Read more" button or a video's running time under it.)
    // (Its stamp right under it, or under one blank line, as a scraper that spaces every line writes it.)
    if (!lines[i].prose) continue;
    const under = i + 2 < n && lines[i + 1].blank ? i + 2 : i + 1;
    if (lines[i].nWords > (readOnAt(lines, i + 1) ? LONE_CARD_WORDS : stampAt(lines, under) || readMoreAt(lines, i + 1) || durationAt(lines, under) ? CARD_SUMMARY_WORDS : CARD_WORDS)) continue;
    // A list's items run one under another with no full stop ("Timeouts now default to 10 seconds"): no card under its headline.
    if (!lines[i].terminal && i > 0 && lines[i - 1].prose) continue;
    // (Nor is an item of a list among others, each under its subhead: "Ihre Aufgaben", "Ihr Profil". A
    // run of more than ten lines with no end, or of lines led by a time, is a list of headlines.)
    if (listed[i]) continue;
    // (Nor is an item of a list that goes on in lower case under its lead-in: a card's summary is a sentence.)
    if (/^\p{Ll}/u.test(lines[i].text)) continue;
    // (Nor are a box of facts' "Key: value" lines, one under another, a card under its headline.)
    if (!lines[i].terminal && KEY_VALUE.test(lines[i].text) && i > 0 && KEY_VALUE.test(lines[i - 1].text)) continue;
    let j = i - 1;
    if (j >= 0 && lines[j].blank) j--;
    // (A video's running time may stand between its title and its summary.)
    const timed = durationAt(lines, j);
    if (timed) j--;
    let head = 0;
    let headline = false;
    let facts = 0;
    let listy = 0;
    let leadIn = false;
    // Bylines and stamps head the article itself, not a card.
    // A headline may read as a sentence, but it has no full stop.
    while (j >= 0 && !lines[j].blank && !(lines[j].prose && lines[j].terminal) && !FULL_STOP.test(lines[j].text) && !lines[j].rule && lines[j].nWords <= 20) {
      if (lines[j].nWords >= 3) headline = true;
      if (lines[j].nWords >= 4 && /:$/u.test(lines[j].text)) leadIn = true;
      if (FACT.test(lines[j].text)) facts++;
      if (listed[j] || KEY_VALUE.test(lines[j].text) || FACT.test(lines[j].text)) listy++;
      // (A line of facts split by bars counts each: "Drive: 15 minutes | Distance: 3.1 miles".)
      listy += Math.max(0, lines[j].text.split(/\s[|·•]\s/u).filter((x) => FACT.test(x)).length - 1);
      head++;
      j--;
    }
    // (Nor is a list over a paragraph, its items or its "Key: value" lines: a how-to's measurements, parts or steps.)
    if (listy >= 2) continue;
    // (Nor are items under their lead-in, "It does not copy:", when no blank line parts them.)
    if (leadIn) continue;
    // A card's head holds its headline; a minute and an event ("84'", "Substitution") head a live entry,
    // and a list of facts ("Centro: 15,2 %", "Triana: 13,8 %") the article's next paragraph.
    if (!headline || (facts >= 2 && facts === head)) continue;
    // A headline alone over its excerpt, with a time stamp above or below the pair (a teaser
    // list's "2H ago"), is a card too: the repetition below tells it from an article's head.
    // So is one under a video's running time ("02:41"), or over its own "Read more" button.
    if (head === 1 && (timed || stampAt(lines, j) || stampAt(lines, i + 1) || stampAt(lines, i + 2) || durationAt(lines, j) || readOnAt(lines, i + 1))) head = 2;
    // So is a headline of its own over a one-sentence summary, with no blank line between (three in a row, below).
    if (head === 1 && solo(lines, i)) {
      head = 2;
      single[i] = 1;
    }
    // A card has one excerpt: a further paragraph under it makes an entry of a live blog or a Q&A.
    let k = i + 1;
    while (k < n && lines[k].blank) k++;
    if (k < n && lines[k].prose && lines[k].terminal && !lines[k].rule && lines[k].nWords >= 15) continue;
    // A headline over one excerpt and a "Read more" button of its own is a teaser even alone (a sponsored card, a section's lead story).
    if (readOnAt(lines, i + 1)) isCard[i] = LONE_CARD;
    if (head >= 2) {
      candidates.push(i);
      tops.push(j + 1);
    }
  }
  // Sections of a how-to or a list article under numbered heads ("Step 3", "Schritt 3", or a head
  // led by its number, "3. Orrin Vela (2021)"): one number next to another, they are the article's
  // own parts, not teasers.
  const numbers = candidates.map((i, k): [number, number] | null => {
    const top = lines[tops[k]].text;
    const rank = RANKED.test(top) ? parseInt(top, 10) : -1;
    return stepNumbers(lines, i) ?? (rank >= 0 ? [rank, rank] : null);
  });
  const numbered = new Set<number>();
  for (const x of numbers) if (x) for (let v = x[0]; v <= x[1]; v++) numbered.add(v);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const x = numbers[k];
    if (x && (numbered.has(x[0] - 1) || numbered.has(x[1] + 1))) {
      candidates.splice(k, 1);
      tops.splice(k, 1);
    }
  }
  // A page whose prose is mostly such excerpts is an index of teasers, or the article is its own lead.
  let loneWords = 0;
  let proseWords = 0;
  for (let i = 0; i < n; i++) {
    if (!lines[i].prose) continue;
    proseWords += lines[i].nWords;
    if (isCard[i] === LONE_CARD) loneWords += lines[i].nWords;
  }
  if (loneWords * 2 > proseWords) for (let i = 0; i < n; i++) if (isCard[i] === LONE_CARD) isCard[i] = 0;
  for (let k = 0; k < candidates.length; k++) {
    // Cards of a headline alone stand one under another, a blank line between at most: a wider gap is the article's own short lines.
    const near = (a: number, b: number) => a >= 0 && b < candidates.length && candidates[b] - candidates[a] <= (single[candidates[a]] || single[candidates[b]] ? 3 : 8);
    const inRun = (near(k - 2, k - 1) && near(k - 1, k)) || (near(k - 1, k) && near(k, k + 1)) || (near(k, k + 1) && near(k + 1, k + 2));
    if (inRun) isCard[candidates[k]] = 1;
  }
  return isCard;
}


/**
 * A list the body announces ("…tour dates:") or that starts numbering right after it belongs to the
 * article, up to the first flagged line or a gap of two blank lines.
 */
function extendByList(lines: readonly LineInfo[], end: number): number {
  let j = end + 1;
  while (j < lines.length && lines[j].blank) j++;
  if (j >= lines.length || j - end > 2) return end;
  const bodyEnd = end;
  let announced = LEAD_IN.test(lines[end].text);
  // (Its items may stand under a blank line; then they are one block, and the list ends with it.)
  let block = false;
  if (!announced && LEAD_IN.test(lines[j].text) && !lines[j].rule && lines[j].nWords >= 2 && lines[j].nWords <= 20 && j + 1 < lines.length) {
    block = lines[j + 1].blank;
    if (!block || (j + 2 < lines.length && !lines[j + 2].blank)) {
      announced = true;
      end = j++;
      if (block) j++;
    }
  }
  const numbered = /^(?:1[.)]|\(1\))\s+\S/u.test(lines[j].text) || /^[-–•*·]\s+\S/u.test(lines[j].text);
  if (!announced && !numbered) return end;
  let last = end;
  let blanks = 0;
  for (let i = j; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) {
      if (block && last > end) break;
      blanks++;
      continue;
    }
    // Two blank lines end the list unless the numbering goes on after them.
    if (blanks >= 2 && !ENUMERATED.test(l.text)) break;
    blanks = 0;
    // A date alone on a line is stripped wherever it stands: not an item that keeps a list's announcement.
    if (l.rule || l.userRule || dateAlone(l.text)) break;
    const listy = ENUMERATED.test(l.text) || /^https?:\/\/\S+$/u.test(l.text) || l.nWords <= 25 || l.prose;
    if (!listy) break;
    last = i;
  }
  // An announcement with no items after it stays outside, as it would once its box is gone.
  return last === end ? bodyEnd : last;
}

/** Items of a list that ends the article, at least, and their words at most. */
const LIST_END_ITEMS = 3;
const LIST_END_WORDS = 30;
/** A list item's lead, before its dash or colon: a date, or a key of a few words. */
const ITEM_LEAD = /^(.{2,40}?)(?:\s[–—-]\s|:\s)\S/u;

/**
 * A list that ends the article with no lead-in: a timeline ("March 3, 2019 – The port hands the
 * wall over"), a schedule, "Key: value" facts. Its items stand right under the last paragraph, each
 * led by a date or a key of a few words before a dash or a colon, and they keep to the article's
 * topic (RESUME_TOPIC of their words), as a box of other stories' dated headlines does not. The article then ends with the list, up to a flagged line or a gap of two blank lines.
 */
function topicList(lines: readonly LineInfo[], end: number, start: number, lang: string | null): number {
  let j = end + 1;
  while (j < lines.length && lines[j].blank) j++;
  if (j - end > 2) return end;
  const items: number[] = [];
  for (let blanks = 0; j < lines.length; j++) {
    const l = lines[j];
    if (l.blank) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    const m = l.rule || l.userRule || l.nWords < 4 || l.nWords > LIST_END_WORDS ? null : ITEM_LEAD.exec(l.text);
    if (!m) break;
    // (A key has no sentence in it; "Sept. 5", a day with no year, is one.)
    if (!dateAlone(m[1]) && (m[1].split(/\s+/u).length > 4 || /[!?]|\.\s+\p{Lu}\p{Ll}|\.$/u.test(m[1]))) break;
    items.push(j);
  }
  if (items.length < LIST_END_ITEMS) return end;
  const { topic } = articleTopic(lines, lang, end, start);
  const words = items.flatMap((k) => topicStems(lines[k].text, lang));
  const shared = words.filter((w) => topic.has(w)).length;
  return words.length && shared >= RESUME_TOPIC * words.length ? items[items.length - 1] : end;
}

/** The author's bio: the last lines of the body looked at, and where in its line the byline's name may stand. */
const BIO_LINES = 10;
const BIO_NAME_AT = 60;
/** Lines around a pull quote in which the paragraph it repeats is looked for. */
const PULL_QUOTE_REACH = 40;
/** A code box's language label and copy button ("bash", "Copy code"). */
const CODE_LANGUAGE = /^(?:bash|sh|shell|zsh|console|terminal|ini|toml|ya?ml|json|js|javascript|jsx|ts|typescript|tsx|python|py|go|golang|rust|java|kotlin|c|cpp|c\+\+|c#|csharp|php|ruby|sql|html|xml|css|scss|text|plaintext|powershell|dockerfile|diff|makefile|nginx|conf|systemd)$/iu;
const COPY_BUTTON = /^(?:copy(?: code| to clipboard)?|copied!?|code kopieren|kopieren|copier(?: le code)?|copiar(?: código)?|copia(?: codice)?|kopiuj(?: kod)?|копировать(?: код)?|скопировать|コピー(?:する)?|复制(?:代码)?)$/iu;
/** A caption's placing of the people it shows: ", left,", "(links)", "de gauche à droite". */
const CAPTION_PLACES = /,\s(?:left|right|center|centre|second (?:from )?(?:left|right))(?:,|\sand\s)|\((?:left|right|center|centre|pictured|links|rechts|mitte|à gauche|à droite|au centre|izquierda|derecha|centro|à esquerda|à direita|a sinistra|a destra|z lewej|z prawej|слева|справа|в центре)\)|(?:^|\s)(?:from left|v\. ?l\. ?n\. ?r\.|von links|de gauche à droite|de izquierda a derecha|da esquerda para a direita|da sinistra(?: a destra)?|od lewej|слева направо)\b/iu;
/** A clock time alone, with its zone ("11:48 a.m. ET", "15:47", "9h30"). */
const TIME_ONLY = /^(?=\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?:\s+(?:[A-Z]{2,4}|Uhr|GMT[+-]\d{1,2}|UTC[+-]?\d{0,2}))?$/u;
/** The weight of a ticker's line against the body: enough that no paragraph between two of its lines joins the article. */
const TICKER_WEIGHT = 20;
/** A time and a headline on one line ("14:32 Artist arrested", "9h05 Le point"); not "10.30 Uhr", not "4:14 p.m.". */
const TIME_HEADLINE = /^(?:[01]?\d|2[0-3])[:.h][0-5]\d\s+(?![AaPp]\.?\s?[Mm]\b)(?!Uhr\b)[\p{L}«"„“‘'(¡¿]/u;

/** A line's leading clock time in minutes since midnight, or -1. */
/** A match's minute, added time counted in: "90+3'" is 93. */
function matchMinute(t: string): number {
  const m = MATCH_MINUTE.exec(t);
  return m ? Number(m[1]) + Number(m[2] ?? 0) : -1;
}

function minutesOf(t: string): number {
  const m = /^(\d{1,2})[:.h](\d{2})/u.exec(t);
  return m ? Number(m[1]) * 60 + Number(m[2]) : -1;
}

/**
 * A ticker ("Latest", "Live"): lines of a time and a headline, two or more one under another. A live
 * story's entries have a paragraph under each such line.
 */
function tickerLines(lines: readonly LineInfo[]): Uint8Array {
  const n = lines.length;
  const ticker = new Uint8Array(n);
  // A ticker runs from the latest down; a programme of the day ("10:00 Opening by the mayor") runs up,
  // and is the article's.
  const timed = (i: number) => i >= 0 && i < n && !lines[i].blank && lines[i].nWords >= 4 && lines[i].nWords <= 30 && TIME_HEADLINE.test(lines[i].text);
  for (let i = 0; i < n; ) {
    let j = i;
    while (timed(j) && (j === i || minutesOf(lines[j].text) <= minutesOf(lines[j - 1].text))) j++;
    if (j - i >= 2) ticker.fill(1, i, j);
    i = j > i ? j : i + 1;
  }
  // Or the time on a line of its own over each headline, three pairs at least with no paragraph among them.
  const time = (i: number) => i < n && !lines[i].blank && TIME_ONLY.test(lines[i].text);
  const headline = (i: number) => i < n && !lines[i].blank && !lines[i].terminal && lines[i].nWords >= 3 && lines[i].nWords <= 30;
  for (let i = 0; i < n; ) {
    let j = i;
    while (time(j) && headline(j + 1) && (j === i || minutesOf(lines[j].text) <= minutesOf(lines[j - 2].text))) j += 2;
    if (j - i >= 6) ticker.fill(1, i, j);
    i = j > i ? j : i + 1;
  }
  return ticker;
}

/** Entries a live story has at least, each under a time of its own. */
const LIVE_ENTRIES = 3;
/** Entries of a live story read for its topic, at most. */
const MAX_ENTRIES = 200;
/** Lines a live entry's head holds at most over its paragraph: the time, the author, a headline. */
const LIVE_HEAD_LINES = 3;

/**
 * A live story's entry heads: a time alone over at most two short lines (the author, the entry's
 * headline) and a paragraph, LIVE_ENTRIES times or more. They break the story as subheads do, so they
 * weigh nothing against it.
 */
function liveHeads(lines: readonly LineInfo[]): Uint8Array {
  const n = lines.length;
  const live = new Uint8Array(n);
  const heads: number[][] = [];
  // (A match's commentary stamps its entries with the minute: "61'", "90+3'".)
  const stamp = (t: string) => TIME_ONLY.test(t) || MATCH_MINUTE.test(t);
  for (let i = 0; i < n; i++) {
    if (lines[i].blank || !stamp(lines[i].text)) continue;
    const head = [i];
    for (let k = i + 1; k < n; k++) {
      if (lines[k].blank) continue;
      if (lines[k].prose && !lines[k].rule) {
        heads.push(head);
        break;
      }
      if (head.length === LIVE_HEAD_LINES || lines[k].nWords > 15 || stamp(lines[k].text)) break;
      head.push(k);
    }
  }
  // (Its times run one way, the latest first or last; a list of videos' durations runs no way.)
  const times = heads.map((h) => (MATCH_MINUTE.test(lines[h[0]].text) ? matchMinute(lines[h[0]].text) : minutesOf(lines[h[0]].text)));
  // (A ticker's times over the story may come first, out of its order: the story's entries are the
  // longest run that keeps one order, when it holds two heads in three.)
  let from = 0;
  let to = 0;
  for (let a = 0; a < times.length; ) {
    let b = a + 1;
    const dir = b < times.length ? Math.sign(times[b] - times[a]) : 0;
    while (b < times.length && (times[b] === times[b - 1] || Math.sign(times[b] - times[b - 1]) === dir)) b++;
    if (b - a > to - from) [from, to] = [a, b];
    a = b > a + 1 ? b - 1 : b;
  }
  if (to - from < LIVE_ENTRIES || (to - from) * 3 < heads.length * 2) return live;
  heads.splice(to);
  heads.splice(0, from);
  for (const h of heads) for (const k of h) live[k] = 1;
  // An entry among them with no paragraph of its own (a list of phone numbers) has its time too, and its author under it.
  const last = heads[heads.length - 1][0];
  for (let i = heads[0][0]; i < last; i++) {
    if (live[i] || lines[i].blank || !stamp(lines[i].text)) continue;
    live[i] = 1;
    if (i + 1 < n && !lines[i + 1].blank && !lines[i + 1].prose && lines[i + 1].nWords <= 4) live[i + 1] = 1;
  }
  return live;
}

/**
 * In a live story whose entries run to two paragraphs or more, an entry of one paragraph under its
 * time and headline is the story's too, not a teaser card (cards have one excerpt each).
 */
function unCardLiveEntries(lines: readonly LineInfo[], live: Uint8Array, card: Uint8Array, lang: string | null): void {
  const n = lines.length;
  const first = live.indexOf(1);
  const last = live.lastIndexOf(1);
  // (Entries between two heads: what follows the last one may be the page's.)
  // (A match's minutes stamp no box of the latest news: its entries are the commentary's, however short.)
  let long = MATCH_MINUTE.test(lines[first].text);
  // (Each entry with its own share button is a post of the story too: a list of teasers has none.)
  let shared = 0;
  for (let i = first, paragraphs = 0; i < last && !long; i++) {
    if (lines[i].rule?.kind === 'share' && !live[i] && ++shared >= 2) long = true;
    if (live[i]) paragraphs = 0;
    // (A headline may read as prose: it has no end.)
    else if (lines[i].prose && lines[i].terminal && !lines[i].rule && ++paragraphs >= 2) long = true;
  }
  // (So is each entry when they tell one story: most share a good part of their words with the others.)
  if (!long) long = oneStory(lines, live, first, n, lang);
  if (!long) return;
  // (And so is any paragraph among the entries, up to what ends the story: "The scores in one place:" and its lines.)
  let end = last;
  while (end < n && !lines[end].rule?.endsBody) end++;
  for (let i = first; i < end; i++) if (card[i]) card[i] = 0;
}

/** Share of an entry's words the other entries use, at least, for it to be a post of the same story. */
const STORY_TOPIC = 0.3;

/**
 * The entries under live heads from line `first` tell one story: two in three or more share
 * STORY_TOPIC of their words (of four letters or more, no stop words) with the others. A list of the
 * latest news tells many. (Read before a clean, and after: it holds whatever buttons were stripped.)
 */
function oneStory(lines: readonly LineInfo[], live: Uint8Array, first: number, to: number, lang: string | null): boolean {
  const entries: Set<string>[] = [];
  for (let i = first; i < to; i++) {
    if (live[i] && (i === first || !live[i - 1])) {
      if (entries.length >= MAX_ENTRIES) break;
      entries.push(new Set());
    }
    const e = entries[entries.length - 1];
    if (!lines[i].blank && (live[i] || (lines[i].prose && !lines[i].rule))) for (const w of topicWords(lines[i].text, lang)) e.add(w);
    // (Up to the last entry's paragraph: what follows it is the page's.)
    if (!live[i] && lines[i].rule?.endsBody) break;
  }
  if (entries.length < LIVE_ENTRIES) return false;
  const count = new Map<string, number>();
  for (const e of entries) for (const w of e) count.set(w, (count.get(w) ?? 0) + 1);
  let told = 0;
  for (const e of entries) {
    let shared = 0;
    for (const w of e) if ((count.get(w) ?? 0) > 1) shared++;
    if (e.size >= CARD_TOPIC_WORDS && shared >= STORY_TOPIC * e.size) told++;
  }
  return told * 3 >= entries.length * 2;
}

/** Ranks in a row, at least, for a list of headlines under them to be a box of the most read. */
const RANKED_RUN = 3;

/**
 * A heading of other stories ("Up next") over lines that are no headlines but keyed sentences, two or
 * more ("Foxes: Visit Lakeview on Tuesday." / "Gulls: Host Springfield on Wednesday."): a game
 * recap's next fixtures, the article's own. The heading is read as a subhead.
 */
function keyedUnderHeading(given: readonly LineInfo[]): readonly LineInfo[] {
  let lines = given;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].rule?.id !== 'most-read-heading') continue;
    let keyed = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.blank) continue;
      if (l.rule || l.nWords > KEYED_WORDS || !KEY_VALUE.test(l.text) || !FULL_STOP.test(l.text)) break;
      keyed++;
    }
    if (keyed < 2) continue;
    if (lines === given) lines = given.slice();
    (lines as LineInfo[])[i] = { ...lines[i], rule: null };
  }
  return lines;
}

/**
 * A box of the most read with no heading: ranks alone ("1", "2", "3") each over one headline, one
 * right under another. Its headlines weigh and end the body as teaser cards do. (An article's numbered
 * sections have their paragraphs between the numbers.)
 */
function rankedHeadlines(lines: readonly LineInfo[], card: Uint8Array): void {
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    if (lines[i].blank || !RANK.test(lines[i].text) || lines[i].text.replace(/\D/gu, '') !== '1') continue;
    // (Under its heading, the box is read as one: a box set into the article is crossed whole.)
    const above = nonBlank(lines, i - 1, -1);
    if (above >= 0 && lines[above].rule?.endsBody) continue;
    const heads: number[] = [];
    let k = i;
    while (k < n && RANK.test(lines[k].text) && Number(lines[k].text.replace(/\D/gu, '')) === heads.length + 1) {
      const h = nonBlank(lines, k + 1, 1);
      if (h >= n || lines[h].rule || lines[h].nWords < 3 || lines[h].nWords > 20 || !isHeadlineLike(lines[h])) break;
      heads.push(h);
      k = nonBlank(lines, h + 1, 1);
    }
    if (heads.length < RANKED_RUN) continue;
    for (const h of heads) card[h] = 1;
    i = heads[heads.length - 1];
  }
}

/** A name alone: two to four capitalised words. */
const BARE_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3}$/u;

const isHeadlineLike = (l: LineInfo) =>
  !l.blank && l.nWords >= 2 && l.nWords <= 30 && HEADLINE_END.test(l.text) && !/^https?:\/\//.test(l.text);

const reasons = new Map<string, string>();

/** A short reason: the first clause of the rule's description, then the line itself. */
function messageFor(ruleId: string, line: string, extra?: string): string {
  let reason = reasons.get(ruleId);
  if (reason === undefined) reasons.set(ruleId, (reason = (ruleById(ruleId)?.description ?? ruleId).split(/[:;]\s|\.(?:\s|$)/u)[0]));
  const shown = line.length > 60 ? `${line.slice(0, 57)}…` : line;
  return `${reason}${extra ? ` (${extra})` : ''}: "${shown}"`;
}

/**
 * The per-line work of an analysis (splitting, language, line features, rule matches): the costly
 * part, which does not depend on corpus evidence, so one preparation serves an analysis without
 * evidence and one with it.
 */
export interface Prepared {
  /** The text as analysed: when the file is wrapped at a fixed width or double-spaced, its logical lines. */
  readonly doc: LineDoc;
  /** The file's own lines, when `doc` is their logical lines. */
  readonly wrapped?: { readonly doc: LineDoc; readonly frontMatter: FrontMatter | null; readonly first: Int32Array; readonly last: Int32Array };
  readonly frontMatter: FrontMatter | null;
  readonly lang: string | null;
  readonly lines: readonly LineInfo[];
  readonly config: ResolvedConfig | undefined;
}

/**
 * What the walk over one line found (its word counts and its share of the language sample) and the
 * rule it matched: a pure function of the line, kept so that an unchanged line need not be walked
 * and tried again when a document is analysed again (an editor's after each edit, clean's passes).
 */
interface LineRecord {
  words: number;
  letterWords: number;
  caps: number;
  /** Its stop words' languages: (lo, hi) pairs. */
  stops: readonly number[];
  /** Its share of the language tally, when it was walked with one (taken into the sample whole). */
  tally: { letters: number; tokens: number; scripts: Int32Array; hits: readonly number[] } | null;
  /** The built-in rule it matched, for the rule memo (the set of disabled rules) and word count given. */
  ruleMemo: RuleMemo | null;
  ruleWords: number;
  rule: LineRule | null;
}

/**
 * Lines kept by their text (untrimmed), bounded by their characters, and the last document that kept
 * its lines. One store is shared by the analyses of long documents (an editor's); clean makes one for
 * its passes over one text.
 */
export class LineStore {
  readonly records = new Map<string, LineRecord>();
  chars = 0;
  /**
   * The lines of the last document kept here, with their records. An edited version of it is compared
   * with it from both ends first: an equal line there costs a comparison, not a look-up (hashing a
   * line costs more than comparing it).
   */
  lastLines: readonly string[] = [];
  lastRecords: (LineRecord | undefined)[] = [];
  /** Whether keys are copied: a line is a slice that would keep its whole document alive. */
  constructor(readonly lasting = false) {}
}
const shared = new LineStore(true);
const RECORDED_CHARS = 1 << 22;
/** Longer lines are not kept: walking such a line costs little more than hashing it. */
const RECORD_LINE = 1 << 16;
/** Documents this long keep their lines' records: an editor analyses them again after each edit. */
const RECORD_DOC = 32 * 1024;

/** Drops the lines kept from earlier analyses (for tests: an analysis must not depend on them). */
export function forgetLines(): void {
  shared.records.clear();
  shared.chars = 0;
  shared.lastLines = [];
  shared.lastRecords = [];
}

// Plain arrays: typed arrays cost several times as much to make, and most of these are short.
const NO_STOPS: readonly number[] = [];
const NO_SCRIPTS = new Int32Array(0);
/** The tally's counts before the line being recorded was walked, and the stop words it saw. */
const before = { scripts: new Int32Array(0), letters: 0, tokens: 0, trace: [] as number[] };

function record(store: LineStore, raw: string, counts: LineWords, i: number, tally: LanguageTally | null): LineRecord {
  const from = counts.stopFrom[i];
  const to = counts.stopFrom[i + 1];
  let share: LineRecord['tally'] = null;
  if (tally) {
    let scripts = NO_SCRIPTS;
    for (let s = 0; s < tally.scripts.length; s++) {
      if (tally.scripts[s] === before.scripts[s]) continue;
      if (scripts === NO_SCRIPTS) scripts = new Int32Array(tally.scripts.length);
      scripts[s] = tally.scripts[s] - before.scripts[s];
    }
    share = { letters: tally.letters - before.letters, tokens: tally.tokens - before.tokens, scripts, hits: before.trace.length ? before.trace.slice() : NO_STOPS };
  }
  const rec: LineRecord = {
    words: counts.words[i],
    letterWords: counts.letterWords[i],
    caps: counts.caps[i],
    stops: to > from ? Array.from(counts.stopMasks.subarray(2 * from, 2 * to)) : NO_STOPS,
    tally: share,
    ruleMemo: null,
    ruleWords: 0,
    rule: null,
  };
  if (store.chars + raw.length > RECORDED_CHARS) {
    store.records.clear();
    store.chars = 0;
  }
  store.records.set(store.lasting ? (' ' + raw).slice(1) : raw, rec);
  store.chars += raw.length;
  return rec;
}

function replay(rec: LineRecord, counts: LineWords, i: number, tally: LanguageTally | null): void {
  counts.startLine(i);
  counts.words[i] = rec.words;
  counts.letterWords[i] = rec.letterWords;
  counts.caps[i] = rec.caps;
  counts.addStops(i, rec.stops);
  if (tally && rec.tally) {
    const t = rec.tally;
    tally.letters += t.letters;
    tally.tokens += t.tokens;
    for (let s = 0; s < t.scripts.length; s++) tally.scripts[s] += t.scripts[s];
    for (let k = 0; k < t.hits.length; k += 2) tally.see(t.hits[k], t.hits[k + 1]);
  }
}

/**
 * `keep`: where the lines are kept and looked up (true: the store shared by long documents, which
 * they use by default; false: nowhere).
 */
export function prepare(input: string, cfg?: ResolvedConfig, keep: boolean | LineStore = input.length >= RECORD_DOC): Prepared {
  const doc = splitLines(input);
  const frontMatter = parseFrontMatter(doc);
  const bodyStart = frontMatter ? frontMatter.endLine : 0;
  const logical = undouble(doc.lines, bodyStart) ?? unwrap(doc.lines, bodyStart);
  if (!logical) return prepareDoc(doc, frontMatter, cfg, keep);
  const ldoc = splitLines(logical.text);
  return { ...prepareDoc(ldoc, parseFrontMatter(ldoc), cfg, keep), wrapped: { doc, frontMatter, first: logical.first, last: logical.last } };
}

function prepareDoc(doc: LineDoc, frontMatter: FrontMatter | null, cfg: ResolvedConfig | undefined, keep: boolean | LineStore): Prepared {
  const store = keep === true ? shared : keep || null;
  const bodyStart = frontMatter ? frontMatter.endLine : 0;
  const n = doc.lines.length;

  // One walk over each line counts its words and feeds language detection, which reads the first
  // SAMPLE_LENGTH characters of the body (its lines joined by newlines).
  const tally = new LanguageTally();
  const counts = LineWords.scratch(n);
  // Short documents read kept lines only when asked to keep theirs (clean's passes): an unrelated
  // article would pay a look-up a line for nothing.
  const known = store ? new Array<LineRecord | undefined>(n) : null;
  const lastLines = store ? store.lastLines : [];
  const lastRecords = store ? store.lastRecords : [];
  // Lines equal to the last kept document's at its start and at its end.
  const lastN = lastLines.length;
  let head = 0;
  let tail = 0;
  if (known && lastN) {
    while (head < n && head < lastN && doc.lines[head] === lastLines[head]) head++;
    while (tail < n - head && tail < lastN - head && doc.lines[n - 1 - tail] === lastLines[lastN - 1 - tail]) tail++;
  }
  let sampled = 0;
  for (let i = bodyStart; i < n; i++) {
    const raw = doc.lines[i];
    const room = SAMPLE_LENGTH - sampled;
    const whole = room >= raw.length;
    let rec = !known || raw.length > RECORD_LINE ? undefined : i < head ? lastRecords[i] : i >= n - tail ? lastRecords[i - n + lastN] : undefined;
    if (store && !rec && raw.length <= RECORD_LINE) rec = store.records.get(raw);
    if (rec && (rec.tally || !whole)) replay(rec, counts, i, whole ? tally : null);
    else if (store && raw.length <= RECORD_LINE) {
      if (whole) {
        if (before.scripts.length !== tally.scripts.length) before.scripts = new Int32Array(tally.scripts.length);
        before.scripts.set(tally.scripts);
        before.letters = tally.letters;
        before.tokens = tally.tokens;
        before.trace.length = 0;
        tally.trace = before.trace;
      }
      scanLine(raw, counts, i, whole ? tally : null);
      tally.trace = null;
      rec = record(store, raw, counts, i, whole ? tally : null);
    } else scanLine(raw, counts, i, whole ? tally : null);
    if (known) known[i] = rec;
    if (room > 0 && room < raw.length) tally.add(raw.slice(0, room));
    sampled += raw.length + 1;
  }
  const lang = tally.decide();
  const others = lang && !UNSPACED.has(lang) ? tally.others(lang) : [];
  if (store && known && doc.text.length <= RECORDED_CHARS) {
    store.lastLines = doc.lines;
    store.lastRecords = known;
  }

  const memo = memoFor(cfg);
  const users = cfg?.trusted && cfg.rules.length ? userRuleMatcher(cfg.rules) : null;
  const lines: LineInfo[] = doc.lines.map((raw, i) => {
    const base = lineInfo(i < bodyStart ? '' : raw.trim(), lang, counts, i, others);
    const exception = !base.blank && !!cfg?.exceptions.size && cfg.exceptions.has(normaliseLine(base.text));
    let userRule: LineInfo['userRule'] = null;
    if (!base.blank && !exception && users) {
      const u = users.first(base.text, cfg!.disabledRules);
      if (u) userRule = { id: u.id, kind: u.kind, description: u.description };
    }
    const info = base as LineInfo;
    if (base.blank || exception) info.rule = null;
    else {
      const rec = known?.[i];
      if (rec && rec.ruleMemo === memo && rec.ruleWords === base.nWords) info.rule = rec.rule;
      else {
        info.rule = matchRule(base, cfg, memo);
        if (rec) {
          rec.ruleMemo = memo;
          rec.ruleWords = base.nWords;
          rec.rule = info.rule;
        }
      }
    }
    info.userRule = userRule;
    info.exception = exception;
    return info;
  });
  return { doc, frontMatter, lang, lines, config: cfg };
}

/** Words of a related story's headline in capitals, at least; a subhead in capitals has fewer. */
const CAPS_LINK_WORDS = 9;
/** A line in capitals: no lower-case letter, two capitalised words at least. */
const CAPS_LINE = /^(?=(?:.*\p{Lu}{2,}){2})[^\p{Ll}]+$/u;

/** A table's row written with bars between its cells, figures among them ("2017 | 640 | 702 | 62"). */
const PIPE_ROW = /^(?=.*\d)[^|]+(?:\s\|\s[^|]+){2,}$/u;

/** Lines between an article's end and its recipe card's list of ingredients, at most. */
const RECIPE_REACH = 16;

/** A source's label: under a table, the table's source. */
const TABLE_SOURCE = /^(?:sources?|quellen?|fuentes?|fontes?|źródło|источники?|出典|来源|來源|출처)\s*[:：]/iu;

/** Times a short label must stand in a text, apart, to be the page's own. */
const LABEL_REPEATS = 3;
/** Words of a paragraph next to such a label. */
const LABEL_PARAGRAPH = 15;

/**
 * A short label the page sets between the article's paragraphs again and again ("Article content"):
 * the page's, not the article's. Not a line a rule reads already ("Story continues below"), a
 * speaker's name or a Q&A's label, which head what they introduce, nor a number or a line with a colon.
 */
function repeatedLabels(lines: readonly LineInfo[]): Uint8Array {
  const out = new Uint8Array(lines.length);
  const at = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || l.rule || l.userRule || l.exception || l.nWords < 2 || l.nWords > 4 || l.text.length > 40 || l.terminal) continue;
    const key = l.text.toLowerCase();
    const list = at.get(key);
    if (list) list.push(i);
    else at.set(key, [i]);
  }
  // (Between paragraphs: a paragraph right above or under it, not a menu's items or a footer's links.)
  const paragraph = (i: number, step: 1 | -1) => {
    const j = nonBlank(lines, i + step, step);
    return j >= 0 && j < lines.length && lines[j].prose && lines[j].nWords >= LABEL_PARAGRAPH;
  };
  // (Read only where a text repeats: most short lines stand once.)
  const shaped = (t: string) => !/[\d:：?!]/u.test(t) && /\p{L}/u.test(t) && !BARE_NAME.test(t) && /\p{Ll}/u.test(t);
  for (const all of at.values()) {
    if (all.length < LABEL_REPEATS) continue;
    const list = all.filter((i) => shaped(lines[i].text));
    if (list.length < LABEL_REPEATS) continue;
    if (list.filter((i) => paragraph(i, -1) || paragraph(i, 1)).length < LABEL_REPEATS) continue;
    for (const i of list) out[i] = 1;
  }
  return out;
}

/** A picture's credit closing a line: a name of two to four words in brackets ("… (Mara Quill)"). */
const CREDIT_END = /\s\(((?!(?:Ft|Feat|Featuring|With|Via|And|Und|Et|Con|Mit)\b)\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3})\)\.?$/u;
/** Words of such a caption before its credit, at least. */
const CREDITED_WORDS = 3;

/**
 * Captions that close on the same name in brackets, three times at least ("Dig a hole in the oasis.
 * (Mara Quill)"): one photographer's pictures, left for review (a text may close its own lines so).
 */
function repeatedCredits(lines: readonly LineInfo[]): Uint8Array {
  const out = new Uint8Array(lines.length);
  const at = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || l.rule || l.userRule || l.exception || l.nWords > CAPTION_WORDS || (!l.text.endsWith(')') && !l.text.endsWith(').'))) continue;
    const m = CREDIT_END.exec(l.text);
    if (!m || l.nWords - m[1].split(/\s/u).length < CREDITED_WORDS) continue;
    const list = at.get(m[1]);
    if (list) list.push(i);
    else at.set(m[1], [i]);
  }
  for (const list of at.values()) if (list.length >= LABEL_REPEATS) for (const i of list) out[i] = 1;
  return out;
}

/** A social network's handle alone on a line, under its owner's name: the head of a post set into the page. */
const HANDLE = /^@[\p{L}\p{N}_.]{2,30}$/u;
/** A post's own lines around its text: a dot, its time and date, counts, and the network's buttons. */
const EMBED_CHROME = /^(?:[·•]|follow|reply|repost|like|share|copy link(?: to (?:post|tweet))?|read \d[\d.,]*[KkMm]? repl(?:y|ies)|(?:read more|view|see more) on (?:x|twitter|instagram|threads|bluesky|facebook|tiktok)|\d[\d.,]*[KkMm]?|\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?\s?[·•]\s?.{4,20}\d)$/iu;
/** Lines of a post's text at most, between its head and its buttons. */
const EMBED_TEXT_LINES = 3;

/**
 * Social posts set into the page (a name over its handle, the post, its time, counts and buttons):
 * their lines around the post's text, which the walk crosses and a clean strips ("Reply" under a post
 * is no comment thread's). The text itself is left to the article.
 */
function socialEmbeds(lines: readonly LineInfo[]): Uint8Array {
  const out = new Uint8Array(lines.length);
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].blank || !HANDLE.test(lines[i].text)) continue;
    const name = i - 1;
    if (lines[name].blank || lines[name].prose || lines[name].nWords > 5) continue;
    let end = i;
    let chrome = 0;
    let text = 0;
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k];
      if (l.blank) continue;
      if (EMBED_CHROME.test(l.text)) {
        chrome++;
        end = k;
      } else if (++text > EMBED_TEXT_LINES) break;
    }
    if (chrome < 2) continue;
    for (let k = name; k <= end; k++) if (!lines[k].blank && (k <= i || EMBED_CHROME.test(lines[k].text))) out[k] = 1;
    i = end;
  }
  return out;
}

/** A slideshow's buttons under each counter ("Prev", "Next"). */
const SLIDE_BUTTON = /^(?:prev(?:ious)?|next|back|forward|previous slide|next slide|[‹›«»<>←→])$/iu;
/** Slides at least, for a run of counters to be a slideshow. */
const SLIDES = 3;
/** Lines of the last slide read, at most: no counter follows it. */
const SLIDE_LINES = 12;

/**
 * A slideshow set out as text: each slide under its counter ("3/11") and buttons ("Prev", "Next"),
 * with a heading of its own and a paragraph (a listicle's items), not a caption alone as a gallery's
 * pictures have. Returns the counters and buttons, which the walk crosses: the slides are the article's.
 */
function slidePagers(lines: readonly LineInfo[]): Uint8Array {
  const n = lines.length;
  const out = new Uint8Array(n);
  const counters: number[] = [];
  for (let i = 0; i < n; i++) if (!lines[i].blank && SLIDE_COUNTER.test(lines[i].text)) counters.push(i);
  if (counters.length < SLIDES) return out;
  // (A slide holds a short heading and a paragraph between its buttons and the next counter.)
  let slides = 0;
  const pager: number[][] = [];
  for (let c = 0; c < counters.length; c++) {
    const k = counters[c];
    const own: number[] = [k];
    let j = k + 1;
    for (; j < n && own.length < 3; j++) {
      if (lines[j].blank) continue;
      if (!SLIDE_BUTTON.test(lines[j].text)) break;
      own.push(j);
    }
    pager.push(own);
    const to = c + 1 < counters.length ? counters[c + 1] : Math.min(n, j + SLIDE_LINES);
    let heading = false;
    let paragraph = false;
    for (let m = j; m < to; m++) {
      const l = lines[m];
      if (l.blank || l.rule) continue;
      if (l.prose && l.nWords >= 15) paragraph = true;
      else if (!l.prose && !l.terminal && l.nWords <= 8 && isHeadlineLike(l)) heading = true;
    }
    if (heading && paragraph && own.length > 1) slides++;
  }
  if (slides < SLIDES) return out;
  for (const p of pager) for (const k of p) out[k] = 1;
  return out;
}

export function analyze(input: string, opts: AnalyzeOptions = {}): Analysis {
  return analyzePrepared(prepare(input, opts.config), opts.corpus);
}

/** The decisions of an analysis over prepared lines; the lines are only read, so they can be reused. */
export function analyzePrepared(p: Prepared, corpus?: CorpusEvidence): Analysis {
  const a = decide(p, corpus);
  const w = p.wrapped;
  if (!w) return a;
  // Back from logical lines to the file's own.
  const lines = w.doc.lines;
  const findings = a.findings.map((f) => {
    const first = w.first[f.line - 1];
    const last = w.last[f.endLine - 1];
    return { ...f, line: first + 1, endLine: last + 1, start: w.doc.offsets[first], end: w.doc.offsets[last] + lines[last].length };
  });
  const warnings = a.warnings?.map((x) => ({ ...x, line: w.first[x.line - 1] + 1 }));
  const back = { ...a, doc: w.doc, frontMatter: w.frontMatter, findings, unwrapped: true as const };
  return warnings ? { ...back, warnings } : back;
}

function decide(p: Prepared, corpus?: CorpusEvidence): Analysis {
  const { doc, frontMatter, lang } = p;
  const lines = keyedUnderHeading(p.lines);
  const unspacedDoc = lang !== null && UNSPACED.has(lang);
  const nounCaps = lang === 'de' || lang === 'lb';
  const bodyStart = frontMatter ? frontMatter.endLine : 0;
  const n = doc.lines.length;

  // 1. The article body: the best-scoring run of lines. Chaff comes in runs while content breaks
  // (subheadings, list items) come alone, so each further non-prose line of a run costs more;
  // reader comments after a real article count for little, however long they run.
  const texts = lines.map((l) => l.text);
  // Code and a recipe's ingredients: runs of short lines that are content, not a menu.
  const code = codeLines(texts);
  const ingredient = ingredientLines(texts);
  const listed = listItems(lines, code);
  const card = cardExcerpts(lines, listed);
  const leadList = leadInLists(lines);
  const label = p.config?.disabledRules.has('repeated-label') ? new Uint8Array(n) : repeatedLabels(lines);
  const embed = p.config?.disabledRules.has('social-embed') ? new Uint8Array(n) : socialEmbeds(lines);
  const credited = p.config?.disabledRules.has('caption-with-credit') ? new Uint8Array(n) : repeatedCredits(lines);
  const slide = slidePagers(lines);
  // A ticker's lines weigh and end the body as cards do.
  const ticker = tickerLines(lines);
  for (let i = 0; i < n; i++) if (ticker[i]) card[i] = 1;
  const live = liveHeads(lines);
  if (live.includes(1)) unCardLiveEntries(lines, live, card, lang);
  rankedHeadlines(lines, card);
  const dated = datedHeadlines(lines);
  // Lines the corpus shows this source repeats on its pages (a sidebar's "about us") are no article's.
  const repeated = new Uint8Array(lines.length);
  if (corpus) for (let i = bodyStart; i < lines.length; i++) if (!lines[i].blank && corpus.repeated(normaliseLine(lines[i].text))) repeated[i] = 1;
  const prevLine = (i: number) => {
    let j = i - 1;
    while (j > 0 && lines[j].blank) j--;
    return j;
  };
  const nextLine = (i: number) => {
    let j = i + 1;
    while (j < n - 1 && lines[j].blank) j++;
    return j;
  };
  /** A line that may be a commenter's name: a few words, no sentence. */
  const shortName = (i: number) => i >= 0 && i < n && !lines[i].blank && !lines[i].prose && lines[i].nWords <= 4;
  /** A reader comment's stamp: it gives the time ("3 hours ago", "5 March 2024 at 10:42"); an update's dateline under its label gives the day. */
  const commentStamp = (i: number) => i >= 0 && i < n && (stampAt(lines, i) || TIME_ONLY.test(lines[i].text)) && COMMENT_TIME.test(lines[i].text);
  /** A reader's comment starts at i: a short name line ("Marc T.", "sophie_k dit :") over its date and time. */
  const commentHeadAt = (i: number) => shortName(i) && nextLine(i) > i && commentStamp(nextLine(i));
  /** A teaser's headline: the unflagged line of no sentence right over a card's summary. (It weighs as its card does.) */
  const cardHeadAt = (i: number) => i + 1 < n && card[i + 1] === 1 && !lines[i].blank && !lines[i].rule && !lines[i].terminal && lines[i].nWords <= 20;
  // Boxes of other stories set into the article: their headings end nothing.
  const { boxes: insets, offTopic } = unspacedDoc ? { boxes: [], offTopic: new Uint8Array(n) } : insetBoxes(lines, card, lang);
  const insetHead = new Uint8Array(n);
  // (The walk passes over such a box as over code: its headlines are no list of other stories under the article.)
  const insetLine = new Uint8Array(n);
  for (const [h, end] of insets) {
    insetHead[h] = 1;
    insetLine.fill(1, h, end);
  }
  const scoreLines = (): number[] => {
    const scores: number[] = [];
    let run = 0;
    let proseSeen = 0;
    // Prose since the last menu: what reader comments would follow.
    let proseAbove = 0;
    let damp = 1;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      let sc = score(l);
      // A ticker's lines stand in a box of their own: a live entry under them is not the article's.
      if (ticker[i]) sc = -TICKER_WEIGHT;
      // (No span runs across a paywall into its pitch, however much prose the pitch holds.)
      else if (paywallAt(lines, i)) sc = -PAYWALL_WEIGHT;
      else if (card[i] || repeated[i] || cardHeadAt(i)) sc = -2;
      else if (ingredient[i]) sc = 2;
      else if (code[i] || leadList[i]) sc = 0;
      // (An entry's head neither weighs nor lengthens a run of chaff.)
      // (And a box of other stories set into the article.)
      if ((live[i] && !ticker[i] && !card[i]) || embed[i] || slide[i] || insetLine[i]) {
        scores.push(0);
        continue;
      }
      // (So does a comments heading over a comment's name and time after any article, a short one too.)
      if (l.rule?.kind === 'comments' && l.rule.endsBody && (proseAbove >= 100 || commentHeadAt(nextLine(i)))) damp = 0.2;
      if (sc > 0) sc *= damp;
      if (l.prose) {
        proseSeen += l.nWords;
        proseAbove += l.nWords;
      }
      // Menus are lists of adjacent lines; short content (headings, recipe steps) is spaced like paragraphs.
      // A run of blank lines counts as one: cleaning collapses such runs, and must not change the span.
      if (l.blank && !(i > 0 && lines[i - 1].blank)) run = Math.max(0, run - BLANK_RELIEF);
      if (sc < 0) {
        run++;
        // After a menu's long run, a comments link in the article's head follows no article.
        if (run >= MENU_RESET) proseAbove = 0;
        scores.push(sc * Math.min(run, 8));
      } else {
        // After real prose, one paragraph does not forgive a long run of chaff (related-story cards).
        if (sc > 0) run = run >= 6 && proseSeen >= 150 ? Math.floor(run / 2) : 0;
        scores.push(sc);
      }
    }
    return scores;
  };
  let scores = scoreLines();
  // When all the prose there is reads as cards, the cards are the article (a live story of short entries).
  if (!bestSpan(scores, bodyStart) && card.includes(1)) {
    card.fill(0);
    scores = scoreLines();
  }
  const found = firstStory(lines, card, scores, articleAboveNext(lines, scores, headedArticle(lines, scores, articleUnderMenu(lines, scores, articleAboveRights(lines, scores, teaserListAfterWall(lines, scores, bestSpan(scores, bodyStart), bodyStart, insetHead), bodyStart)), bodyStart, dated), bodyStart), bodyStart, lang);
  const span = found && !unspacedDoc ? offTopicCards(lines, headlineTail(lines, found, listed), lang) : found;
  // A box of headlines cut off the span's end ends the article: the walk down does not take it back.
  const tailFrom = span ? span[1] + 1 : n;
  const tailTo = found ? found[1] : -1;
  const tailBox = (i: number) => i >= tailFrom && i <= tailTo && !lines[i].blank;
  // A poem or a song is its block of lines as a whole, however short the lines the span took.
  // (Not where the span holds a paragraph: headlines under an article are no verse.)
  if (span && !lines.slice(span[0], span[1] + 1).some((l) => l.nWords > 15)) {
    let from = span[0];
    while (from > bodyStart && !lines[from - 1].blank) from--;
    let to = span[1];
    while (to + 1 < n && !lines[to + 1].blank) to++;
    if (verse(lines, from, to)) [span[0], span[1]] = [from, to];
  }
  const spanStart = span ? span[0] : n;
  const spanEnd = span ? topicList(lines, extendByList(lines, span[1]), span[0], lang) : n - 1;
  /**
   * The paragraph at p ends a reader's comment: a comments control ("Reply") right under it, at most
   * COMMENT_PARAGRAPHS paragraphs over it under a short name line over a time stamp. Returns the name's
   * line, or -1.
   */
  const commentName = (p: number) => {
    const under = nextLine(p);
    if (under <= p || under >= n || lines[under].rule?.kind !== 'comments' || !lines[p].prose) return -1;
    let first = p;
    for (let k = 1; k < COMMENT_PARAGRAPHS && lines[prevLine(first)].prose && !lines[prevLine(first)].rule; k++) first = prevLine(first);
    // (A name may end in an initial's full stop: "Mark T.".)
    const named = (i: number) => shortName(i) && (!FULL_STOP.test(lines[i].text) || INITIAL_END.test(lines[i].text));
    const stamp = prevLine(first);
    // The time may stand among the buttons under the comment ("12 March 2024 at 19:15 · Reply"), or after the name on its line.
    if (COMMENT_TIME.test(lines[under].text)) return named(stamp) ? stamp : -1;
    const l = lines[stamp];
    if (!l.prose && l.nWords <= 10 && /^\p{L}/u.test(l.text) && COMMENT_TIME.test(l.text) && !stampAt(lines, stamp) && findDate(l.text)) return stamp;
    return commentStamp(stamp) && named(prevLine(stamp)) ? prevLine(stamp) : -1;
  };
  // The next story's head under the article ends it (see firstStory). Unless a label ("Next article")
  // or the article's own tail (share buttons, tags, comments) stands between, or the story is on
  // another topic, the next story may be the text's next item (a weekly's briefs, each under its
  // headline and byline): its lines are left for review.
  const storyWall = new Uint8Array(n);
  let storyFrom = n;
  let storyTo = -1;
  const heads = span && proseWords(lines, span[0], spanEnd) >= STORY_WORDS ? storyHeads(lines, card, spanEnd + 1, n - 1) : [];
  // (Under an article with no byline or date of its own, a story on another topic.)
  if (span && heads.length && (datedHead(lines, span[0], spanEnd) || offTopicStory(lines, card, lang, spanEnd, heads[0]))) {
    // (Under a box that ends articles, readers' comments or other stories' teasers, a dated headline is theirs.)
    let wallAt = spanEnd + 1;
    while (wallAt < n && !lines[wallAt].rule?.endsBody) wallAt++;
    // (A reader's comment under its name and time is no story, though its head reads as a byline and a date.)
    let comment = false;
    if (heads.length) {
      for (let j = heads[0]; j < Math.min(n, heads[0] + 4 + 2 * COMMENT_PARAGRAPHS) && !comment; j++) {
        const name = commentName(j);
        comment = name >= 0 && Math.abs(name - heads[0]) <= 2;
      }
    }
    if (heads.length && heads.length <= MAX_STORIES && heads[0] < wallAt && !comment) {
      for (const h of heads) storyWall[h] = 1;
      // (From the article's last paragraph: the span may end on its tail.)
      let last = heads[0] - 1;
      while (last > span[0] && !(lines[last].prose && !lines[last].rule)) last--;
      let tail = 0;
      for (let j = last + 1; j < heads[0]; j++) {
        const r = lines[j].rule;
        if (r?.id === 'post-navigation') tail += 2;
        else if (r && (r.kind === 'share' || r.id === 'tags-line' || r.kind === 'comments' || r.kind === 'subscribe')) tail++;
      }
      // (A story on another topic than the article's is another page's; one on the same topic may be
      // the text's next item, a follow-up or a brief of the same weekly.)
      if (tail < 2 && !offTopicStory(lines, card, lang, last, heads[0])) {
        // Up to the story's last paragraph, before a box that ends articles.
        storyFrom = heads[0];
        for (let j = heads[0] + 1; j < n && !lines[j].rule?.endsBody; j++) if (storyParagraph(lines[j]) && !card[j]) storyTo = j + 1;
      }
    }
  }

  // 2. Title: picked with the metadata; its line is content whatever the rules say.
  let title = pickTitle(lines, spanStart, spanEnd, bodyStart, lang);
  // A standfirst sits between title and body; when the span missed it, it is still content.
  const bodyFrom = title >= 0 ? title : spanStart;

  // 2b. Context, as in jusText: short lines take the class of the blocks around them. The body takes
  // in further paragraphs that lie beyond short unexplained lines (subheads, list items, code) and at
  // most one flagged line at a time (an ad slot, a caption); a wall (a teaser, widget or comments
  // head) or two flagged lines in a row end it. Upwards it stops at the title.
  // Zone findings next to the body are 'suspect': left for review by a default clean.
  /** Shaped like content rather than a menu item: a sentence, a headline, a list item or a key and its value. */
  const shaped = (i: number) => {
    const l = lines[i];
    return !flagged(i) && !card[i] && !dated[i] && (l.prose || l.terminal || (l.nWords >= 3 && isHeadlineLike(l)) || ENUMERATED.test(l.text) || /:$|\S:\s+\S/u.test(l.text));
  };
  const good = (i: number) => {
    const l = lines[i];
    return l.prose && (l.text.length >= GOOD_LENGTH || (unspacedDoc && l.nWords >= GOOD_LENGTH / 6)) && !card[i] && !l.rule && !l.userRule && (l.stop === null || l.stop >= GOOD_STOP);
  };
  /** A short line right above or below, no blank between: i is an item of a list of headlines or names. */
  const shortAt = (j: number) => j >= 0 && j < n && !lines[j].blank && !lines[j].prose && lines[j].nWords <= 6;
  const fair = (i: number) => {
    const l = lines[i];
    // A question or an exclamation between two short lines is a teaser's headline, not a paragraph.
    const listed = /[?!]["”»’)]*$/u.test(l.text) && shortAt(i - 1) && shortAt(i + 1);
    return l.prose && l.terminal && !listed && !card[i] && !l.rule && !l.userRule && (l.stop === null || l.stop >= FAIR_STOP);
  };
  const inset = (i: number) => {
    const r = lines[i].rule;
    // (An embed's placeholder, a post or a video waiting for consent, stands in the article too; so
    // does a rating's box, over a recipe's card or an answer.)
    return r?.kind === 'subscribe' || r?.kind === 'advertisement' || r?.id === 'external-content' || r?.id === 'rating-widget';
  };
  /** An ad slot or a photo's caption or credit: what a box of headlines holds besides them. */
  const insert = (i: number) => inset(i) || lines[i].rule?.kind === 'caption' || lines[i].rule?.kind === 'credit';
  // Whether a line is a date alone, worked out once (0 unknown, 1 no, 2 yes).
  const dateOnly = new Uint8Array(n);
  const isDate = (i: number) => (dateOnly[i] ||= dateAlone(lines[i].text) ? 2 : 1) === 2;
  const flagged = (i: number) => !!(lines[i].rule || lines[i].userRule) || isDate(i);
  const keyValue = (i: number) => i < n && !lines[i].blank && !lines[i].prose && KEY_VALUE.test(lines[i].text);
  /** A row of figures (a result, a score, a split time): names among two or more numbers. */
  const figures = (i: number) => i >= 0 && i < n && !lines[i].blank && !lines[i].prose && lines[i].nWords <= 25 && !flagged(i) && !card[i] && RESULT_FIGURE.test(lines[i].text) && (lines[i].text.match(FIGURE) ?? []).length >= 2;
  /** "Key: value" lines, two in a row from i or i + 1: a box of facts (a match's line-ups, phone numbers). */
  const factBox = (i: number) => i >= 0 && (keyValue(i) || keyValue(i + 2)) && keyValue(i + 1);
  const wall = (i: number) => {
    const r = lines[i].rule;
    if (insetHead[i]) return false;
    // A related-story card ends the article too, and so do two title-case headlines in a row.
    if (card[i] || dated[i] || storyWall[i] || tailBox(i)) return true;
    // (Not in German, which capitalises every noun: a sentence broken over two lines reads so too;
    // nor in a box of facts, whose "Key: value" lines are full of names, or a table's rows; nor next
    // to a photo's caption or credit, which a subhead stands against when no blank line parts them.)
    if (!nounCaps && lines[i].titleCase && lines[i].nWords >= 3 && i + 1 < n && lines[i + 1].titleCase && lines[i + 1].nWords >= 3 && !photoLine(i) && !photoLine(i + 1) && !factBox(i) && !(TABBED.test(lines[i].text) && TABBED.test(lines[i + 1].text)) && !(figures(i) && figures(i + 1)) && !(FIXTURE.test(lines[i].text) && FIXTURE.test(lines[i + 1].text))) return true;
    // (A rating's stars and count head a recipe's card or an answer: they end nothing.)
    return !!r && (!!r.endsBody || (r.kind === 'widget' && r.id !== 'rating-widget') || r.kind === 'comments' || (r.opensTeaser === true && isBareMarker(lines[i].text)));
  };
  // Text with no blank lines (paragraphs one under another) has no gap to end a box: a paragraph does.
  let blankLines = 0;
  for (let i = bodyStart; i < n; i++) if (lines[i].blank) blankLines++;
  const noBlankLines = blankLines < (n - bodyStart) / 20;
  // Another headline under the paragraph: the box is of cards (a headline, its summary), not the article.
  // (A long headline may read as prose; it has no end.)
  const cardNext = (i: number) => i < n && !lines[i].blank && isHeadlineLike(lines[i]) && (!lines[i].prose || !lines[i].terminal);
  const insetTeaser = (i: number) =>
    i < n && lines[i].rule?.id === 'read-more-marker' && isBareMarker(lines[i].text) && i + 2 < n && !lines[i + 1].blank && !lines[i + 1].rule &&
    isHeadlineLike(lines[i + 1]) && !lines[i + 1].prose && (lines[i + 2].blank || (noBlankLines && good(i + 2) && !cardNext(i + 3)));
  /** A photo of a gallery: its counter ("3 / 12"), a caption or a credit. */
  const photoLine = (i: number) => {
    if (i < 0 || i >= n) return false;
    const r = lines[i].rule;
    return r?.kind === 'caption' || r?.kind === 'credit' || (r?.id === 'gallery-counter' && /\d/u.test(lines[i].text));
  };
  /**
   * A gallery set into the article, from line j on in the walk's direction: photos, each its counter,
   * its caption and its credit (a caption with no rule of its own stands between two of these), with
   * its own "Previous" and "Next" under it. Two photos at least. Returns its last line that way, or j.
   */
  const galleryFrom = (j: number, step: 1 | -1) => {
    if (!photoLine(j)) return j;
    let photos = 0;
    let end = j;
    let pager = 0;
    for (let k = j; k >= bodyStart && k < n; k += step) {
      if (lines[k].blank) continue;
      if (photoLine(k)) {
        if (pager) break;
        if (lines[k].rule!.id === 'gallery-counter' || lines[k].rule!.kind === 'credit' || lines[k].rule!.id === 'caption-with-credit') photos++;
        end = k;
        continue;
      }
      const before = step > 0 ? prevLine(k) : nextLine(k);
      const after = step > 0 ? nextLine(k) : prevLine(k);
      if (!pager && !flagged(k) && !card[k] && lines[k].nWords <= CAPTION_WORDS && before === end && after !== k && photoLine(after)) {
        end = k;
        continue;
      }
      // (The gallery's own buttons under it.)
      if (step > 0 && pager < 2 && before === end && lines[k].nWords <= 2 && !lines[k].terminal && (lines[k].rule?.kind === 'navigation' || !flagged(k))) {
        pager++;
        end = k;
        continue;
      }
      break;
    }
    return photos >= 2 ? end : j;
  };
  const galleries: [number, number][] = [];
  /**
   * A table of contents above the body names the article's sections: a heading it lists, set apart
   * further down (a public office's "Opening hours" under its downloads), opens a section of the
   * article; so does one right above the body. The contents must list two subheads of the body itself.
   */
  const sectionsOfContents = (start: number, end: number): [number, number] => {
    const entries = new Set<string>();
    for (let i = bodyStart; i < start; i++) {
      const l = lines[i];
      if (!l.blank && !l.prose && l.nWords <= 8 && !l.terminal) entries.add(l.text);
    }
    const heading = (i: number) => !lines[i].blank && lines[i].nWords <= 8 && entries.has(lines[i].text) && i > 0 && lines[i - 1].blank && i + 1 < n && lines[i + 1].blank;
    let inBody = 0;
    for (let i = start; i <= end && inBody < 2; i++) if (heading(i)) inBody++;
    if (inBody < 2) return [start, end];
    const above = prevLine(start);
    if (above > bodyStart && above > title && heading(above)) start = above;
    for (let i = end + 1, seen = 0; i < n && seen < 40; i++) {
      if (lines[i].blank) continue;
      if (wall(i)) break;
      seen++;
      if (!heading(i)) continue;
      // The heading and the block under it.
      let j = i + 1;
      while (j < n && lines[j].blank) j++;
      while (j < n && !lines[j].blank && !wall(j)) j++;
      end = j - 1;
      i = end;
      seen = 0;
    }
    return [start, end];
  };
  /** Lines from a up to b that are not blank: a box's size whether or not a scraper spaced its lines. */
  const filled = (a: number, b: number) => {
    let c = 0;
    for (let k = a; k < b; k++) if (!lines[k].blank) c++;
    return c;
  };
  /** Lines a to b that rank or date a box's headline ("2", "5 hours ago"). */
  const marked = (a: number, b: number) => {
    let c = 0;
    for (let k = a; k < b; k++) if (RANK.test(lines[k].text) || stampAt(lines, k)) c++;
    return c;
  };
  /**
   * Walking down, the lines between the last paragraph taken in and line head are the article's own
   * (a subhead, a list, code, an ad slot): a box at head stands in the article as one right under a
   * paragraph does.
   */
  const sinceLast = (head: number, last: number) => {
    for (let k = prevLine(head); k > last; k = prevLine(k)) if (!inset(k) && !code[k] && !shaped(k)) return false;
    return true;
  };
  const boxInArticle = (head: number, below: number, last = -1) => {
    if (lines[head].rule?.id !== 'most-read-heading' || offTopic[head] || below >= n || filled(head, below) > BOX_LINES + 1 || !good(below)) return false;
    let headlines = 0;
    for (let k = head + 1; k < below; k++) {
      if ((lines[k].prose && lines[k].terminal) || card[k] || flagged(k)) return false;
      if (lines[k].nWords >= 3 && isHeadlineLike(lines[k])) headlines++;
    }
    const above = prevLine(head);
    // Another headline and its paragraph under that one: the box heads a list of teasers, not an inset.
    const after = nextLine(below);
    if (after < n - 1 && cardNext(after) && (good(nextLine(after)) || fair(nextLine(after)))) return false;
    return headlines > 0 && above >= 0 && (good(above) || (last >= 0 && above > last && sinceLast(head, last)));
  };
  /** The first paragraph under a box's head. */
  const boxEnd = (head: number) => {
    let k = head + 1;
    for (let seen = 1; k < n && seen <= BOX_LINES + 1 && !good(k); k++) if (!lines[k].blank) seen++;
    return k;
  };
  /**
   * A box of headlines set into the article ("Read also", "Related", "Most read" and a few headlines,
   * with their kickers, dates, captions or an ad among them): returns the line after it, or head when
   * it is none. A box whose lines stand together ends at its first blank line.
   */
  const crossed: [number, number][] = [];
  const boxSpan = (head: number) => {
    // (Where words are not spaced, a line's count of words says too little to tell a box's headline.)
    if (unspacedDoc || !boxHeading(lines[head].rule) || !isBareMarker(lines[head].text)) return head;
    const together = head + 1 < n && !lines[head + 1].blank;
    // A headline of the box: no sentence, not flagged, under a kicker or a rank when kicker is set.
    // (A lead-in, "What you'll need:", opens the article's list under the box.)
    const entry = (k: number) => !lines[k].blank && !flagged(k) && !card[k] && !FULL_STOP.test(lines[k].text) && !LEAD_IN.test(lines[k].text) && lines[k].nWords >= 3 && lines[k].nWords <= 30;
    let kicker = false;
    let headlines = 0;
    let k = head + 1;
    let seen = 0;
    for (; k < n; k++) {
      if (lines[k].blank) {
        if (together && headlines > 0) {
          k = nextLine(k);
          // ("Read also" and its one headline, right under the box.)
          if (insetTeaser(k)) k = nextLine(k + 1);
          break;
        }
        continue;
      }
      // (An entry's kicker, rank or time goes with its headline: only headlines, captions and ads count.)
      if (headlines > 0 && (lines[k].rule?.kind === 'dateline-meta' || isDate(k) || stampAt(lines, k))) continue;
      if (insert(k)) {
        seen++;
        continue;
      }
      // A kicker over a headline of the box ("Local", "Kreis Hollbach").
      // (Or its rank in a list of the most read: "1", "2.".)
      const rank = RANK.test(lines[k].text);
      if ((rank || (!flagged(k) && !card[k] && lines[k].nWords <= 3 && !lines[k].terminal)) && k + 1 < n && entry(k + 1)) {
        kicker = true;
        continue;
      }
      // ("Read also" and its one headline, right under the box.)
      if (headlines > 0 && insetTeaser(k)) {
        seen += 2;
        k++;
        continue;
      }
      // (A headline under its kicker, or in a list of dated headlines, may read as a sentence with no end.)
      // (Or a ranked one, its rank on its line: "2. New cycle lane opens on the coast road".)
      if (!(kicker || dated[k] || RANKED.test(lines[k].text) ? entry(k) : entry(k) && !lines[k].prose && isHeadlineLike(lines[k]))) break;
      kicker = false;
      headlines++;
      if (++seen > BOX_LINES) return head;
    }
    return headlines < 2 || k >= n || wall(k) ? head : k;
  };
  /** Below a box, the article goes on: a line shaped like its content or code, or a short subhead over one. */
  const goesOn = (k: number, last: number) => {
    // (An ad slot, an embed with its consent button, a caption or a "Read also: …" line may stand
    // between; a button, "Quiero suscribirme", or a name does not go on.)
    const between = (i: number) => {
      const r = lines[i].rule;
      return insert(i) || r?.kind === 'cookie' || (r?.id === 'read-more-marker' && !isBareMarker(lines[i].text));
    };
    let c = k;
    while (c < n - 1 && between(c)) c = nextLine(c);
    const shape = (i: number) => i < n && (shaped(i) || code[i]);
    const plain = (i: number) => i < n && !lines[i].blank && !flagged(i) && !card[i];
    // (A list's items stand together, under a subhead that may be the box's last line.)
    const list = (i: number) => plain(i) && plain(i + 1);
    const next = nextLine(c);
    // (Or the list that the article's last paragraph leads in to, "… when:", its sentence not ended.)
    return shape(c) || (plain(c) && lines[c].nWords <= 4 && (shape(next) || list(next))) || (list(c) && (isHeadlineLike(lines[prevLine(c)]) || !lines[last].terminal));
  };
  /** Such a box right under the article's last paragraph (or an ad slot under it): the line after it, or head. */
  const boxUnder = (head: number, last: number) => {
    let above = prevLine(head);
    while (above > last && inset(above)) above = prevLine(above);
    // (Or the last paragraph's photo caption, a short line of its own.)
    if (above > last && prevLine(above) === last && (insert(above) || (!flagged(above) && !card[above] && lines[above].nWords <= CAPTION_WORDS))) above = last;
    // (Or the article's own lines under it: a subhead, a list, code.)
    if ((above !== last && !sinceLast(head, last)) || offTopic[head]) return head;
    const end = boxSpan(head);
    return end > head && goesOn(end, last) ? end : head;
  };
  /** Walking up: such a box over the paragraphs taken in, a paragraph of the article over it; the line after it, or head. */
  const boxOver = (head: number, last: number) => {
    const end = boxSpan(head);
    const above = prevLine(head);
    return end > head && end <= last && above >= 0 && !flagged(above) && (good(above) || fair(above)) ? end : head;
  };
  /** The nearest box heading ("Read also", "Most read") above line j, within a box's reach (its headlines with a stamp each), or -1. */
  const boxHeadAbove = (j: number) => {
    for (let k = j - 1, seen = 0; k >= bodyStart && seen <= 2 * BOX_LINES; k--) {
      if (lines[k].blank) continue;
      if (boxHeading(lines[k].rule)) return k;
      seen++;
    }
    return -1;
  };
  /** Walking up from line j inside a box set into the article (a headline, a headline's stamp): the box's head, once crossed, or -1. */
  const crossUp = (j: number, last: number) => {
    const h = boxHeadAbove(j);
    const end = h >= 0 ? boxOver(h, last) : -1;
    if (end <= j) return -1;
    crossed.push([h, end]);
    return h;
  };
  const headish = (i: number) => {
    if (i >= n) return false;
    const l = lines[i];
    return !l.blank && !l.terminal && !flagged(i) && l.nWords >= 5 && l.nWords <= 20 && isHeadlineLike(l) && !/^\p{Ll}/u.test(l.text) && !ENUMERATED.test(l.text) && !/[:()]/u.test(l.text) && !/^\p{N}/u.test(l.text) && (l.stop === null || l.stop < HEADLINE_STOP) && !FIXTURE.test(l.text);
  };
  const shortSentence = (i: number) => {
    const l = lines[i];
    return !card[i] && l.nWords >= 4 && FULL_STOP.test(l.text) && /^["“„«]?\p{Lu}/u.test(l.text) && (l.stop === null || l.stop >= FAIR_STOP);
  };
  /** Two headlines in a row with no paragraph between: a list of other stories. */
  // (Not the items of a list right under its label, a word ("Pros", "Cons") or a lead-in ("What we know:"), no blank line between.)
  const listLabel = (j: number) => j >= 0 && !lines[j].blank && !flagged(j) && (/^\p{Lu}\p{Ll}+$/u.test(lines[j].text) || (lines[j].nWords <= 4 && /:$/u.test(lines[j].text)));
  const headRun = (i: number) => headish(i) && headish(nextLine(i)) && !listLabel(i - 1);
  const liveStory = live.includes(1);
  /** A time or a date alone among the next few lines: the stamp of a live story's next entry. */
  const stampSoon = (i: number) => {
    for (let k = i + 1, seen = 0; k < n && seen < 4; k++) {
      if (lines[k].blank) continue;
      if (TIME_ONLY.test(lines[k].text) || stampAt(lines, k)) return true;
      seen++;
    }
    return false;
  };
  const reach = (from: number, step: 1 | -1, limit: number): [last: number, stop: number] => {
    let last = from;
    let bad = 0;
    let neutral = 0;
    let shares = 0;
    // Blocks of short lines (a list under its head: no blank line between) among the neutral ones.
    let blocks = 0;
    let j = from + step;
    for (; step > 0 ? j <= limit : j >= limit; j += step) {
      // Code goes with the text around it, however long (a config file, a script).
      // (So does a live story's entry head: its time, its author and its headline.)
      // (And a social post's head and buttons: its text is the article's.)
      if (lines[j].blank || lines[j].exception || code[j] || live[j] || label[j] || embed[j] || slide[j] || insetLine[j]) continue;
      // "Read also" and its headline set into the article (no blank line between them): the
      // article goes on below them.
      if (step > 0 && insetTeaser(j)) {
        j++;
        continue;
      }
      if (step < 0 && j > 0 && insetTeaser(j - 1)) {
        j--;
        continue;
      }
      // A gallery set into the article is crossed as one insert: the article goes on under it.
      const galleryEnd = galleryFrom(j, step);
      if (galleryEnd !== j) {
        galleries.push(step > 0 ? [j, galleryEnd] : [galleryEnd, j]);
        j = galleryEnd;
        continue;
      }
      // (An ad's own button, "Learn more", under it ends nothing.)
      if (wall(j) && !(readOnAt(lines, j) && j > 0 && inset(prevLine(j)))) {
        // A box of a few headlines set into the article ("You might also like") with a paragraph
        // right above its head and one right under it: the article goes on across the box.
        if (step < 0 && boxInArticle(j, last)) continue;
        if (step < 0) {
          const end = boxOver(j, last);
          if (end > j) {
            crossed.push([j, end]);
            continue;
          }
          // (Or a headline of such a box, dated: its head is near above.)
          const h = dated[j] ? crossUp(j, last) : -1;
          if (h >= 0) {
            j = h;
            bad = 0;
            continue;
          }
        }
        // (Downwards, on to the paragraph under the box: its headlines are no list of other stories.)
        const below = step > 0 ? boxEnd(j) : n;
        if (step > 0 && boxInArticle(j, below, last)) {
          j = below - 1;
          continue;
        }
        if (step > 0) {
          const end = boxUnder(j, last);
          if (end > j) {
            crossed.push([j, end]);
            // (Its headlines count; their ranks and time stamps do not.)
            neutral += filled(j, end) - marked(j, end);
            j = end - 1;
            continue;
          }
        }
        break;
      }
      if (flagged(j)) {
        // Upwards, the flagged line may be the last of a box set into the article (a headline's time
        // stamp): the walk goes on over the box when its head is near above.
        if (step < 0 && !inset(j) && bad >= 1) {
          const h = crossUp(j, last);
          if (h >= 0) {
            j = h;
            bad = 0;
            continue;
          }
        }
        // Boxes set into an article (an ad slot, a newsletter box) take several lines; other chaff in a row ends it.
        if (!inset(j) && ++bad >= 2) break;
        // Downwards, the article's tags, or its share buttons (named among unflagged ones), end it:
        // an author's bio or a box below them is not the article's.
        // (One share row will do, unless a stamp follows it: a live story's entries each end in one;
        // a second one will, but in a live story.)
        const id = lines[j].rule?.id;
        // (A row of share buttons set into the article: the paragraphs under it keep to its topic. A
        // lone button, "Print", heads a recipe's card or a box as well.)
        if (step > 0 && id === 'share-line' && !liveStory) {
          let e = j;
          for (let k = j + 1; k < n && (lines[k].blank || lines[k].rule?.id === 'share-line'); k++) if (!lines[k].blank) e = k;
          if (e > j && goesOnUnder(lines, card, lang, j, e)) {
            j = e;
            bad = 0;
            continue;
          }
        }
        if (step > 0 && (id === 'tags-line' || (id === 'share-line' && (liveStory ? !stampSoon(j) : ++shares >= 2 || !stampSoon(j))))) break;
        continue;
      }
      bad = 0;
      // A shorter paragraph counts when few short lines, or few lists, stand between.
      if (good(j) || ingredient[j] || ((neutral <= NEAR_NEUTRAL || blocks <= NEAR_BLOCKS) && fair(j))) {
        last = j;
        neutral = 0;
        blocks = 0;
        shares = 0;
      } else {
        const prev = j - step;
        // A short sentence (an article written a sentence to a paragraph) is no evidence either way:
        // it does not count against reaching the next paragraph.
        // (Nor is an item of the article's lists, each under its subhead.)
        if (shortSentence(j) || listed[j]) continue;
        // Two headlines in a row under the article start a list of other stories: it ends here.
        if (step > 0 && headRun(j)) break;
        if (neutral === 0 || prev < 0 || prev >= n || lines[prev].blank) blocks++;
        if (++neutral > REACH_NEUTRAL) break;
      }
    }
    return [last, j];
  };
  const aboveTitleLine = title > bodyStart ? prevLine(title) : -1;
  let bodyStartLine = spanStart;
  let bodyEndLine = spanEnd;
  // Lines between the body and where the context walk stopped: neither clearly article nor clearly chaff.
  let marginTop = spanStart;
  let marginBottom = spanEnd;
  // A recipe's card under the article, its ingredients and steps (see below).
  let recipeFrom = n;
  let recipeTo = -1;
  if (span) {
    [bodyEndLine, marginBottom] = reach(spanEnd, 1, n - 1);
    // A reader's comment over its "Reply" (a name, a time stamp, the comment) is not the article's last
    // paragraph: the article ends above the name.
    const commentFrom = commentName(bodyEndLine);
    if (commentFrom > spanStart) bodyEndLine = prevLine(commentFrom);
    // The writer's closing right under the last paragraph ("Gruß Jörg", "Best, Anna") ends it.
    const closing = nextLine(bodyEndLine);
    if (commentFrom < 0 && closing > bodyEndLine && closing - bodyEndLine <= 2 && closing < n && !flagged(closing) && lines[bodyEndLine].prose && SIGN_OFF.test(lines[closing].text)) {
      bodyEndLine = closing;
      if (marginBottom <= bodyEndLine) marginBottom = bodyEndLine + 1;
    }
    // Lines right under the last paragraph, with no blank line between, are of its block (a list of
    // "Key: value" lines, a line-up), when the block is a short one set apart by blank lines (in
    // text without blank lines, everything is one block).
    // So are they when the body is that block and it is verse: a poem's or a song's lines, short ones
    // one under another.
    let blockStart = bodyEndLine;
    while (blockStart > bodyStart && !lines[blockStart - 1].blank) blockStart--;
    if (bodyEndLine - blockStart <= BLOCK_ABOVE || (blockStart >= spanStart && verse(lines, blockStart, bodyEndLine))) {
      while (bodyEndLine + 1 < n && !lines[bodyEndLine + 1].blank && !lines[bodyEndLine + 1].exception && !flagged(bodyEndLine + 1) && !card[bodyEndLine + 1] && !storyWall[bodyEndLine + 1]) bodyEndLine++;
      if (marginBottom <= bodyEndLine) marginBottom = bodyEndLine + 1;
    }
    // A title found below a paragraph or a list item was a subhead: the walk goes on past it. (A title
    // does not start in lower case; a list item may.)
    const aboveTitle = aboveTitleLine;
    const subhead =
      title >= 0 && title < spanStart && aboveTitle >= 0 &&
      (good(aboveTitle) || (shaped(aboveTitle) && (!isHeadlineLike(lines[aboveTitle]) || /^\p{Ll}/u.test(lines[title].text) || /^\p{Ll}/u.test(lines[aboveTitle].text))));
    [bodyStartLine, marginTop] = reach(spanStart, -1, subhead ? bodyStart : Math.max(bodyStart, title + 1));
    // A list item below the body ("Battery lasts two days", "Tela de 90 Hz"): a short phrase in
    // sentence case, not a menu's capitalised words, a single word or a headline ("X: Y", a question).
    const phrase = (j: number) => {
      const l = lines[j];
      return !l.blank && !flagged(j) && !card[j] && l.nWords >= 2 && l.nWords <= LIST_ITEM_WORDS && /\s\p{Ll}/u.test(l.text) && !/[:?!]/u.test(l.text);
    };
    // The margin: the run of content-shaped lines (a subhead, list items, a short answer) next to the
    // body, crossing one flagged line at a time; what lies beyond it is certain chaff.
    const margin = (from: number, step: 1 | -1, stop: number) => {
      let j = from + step;
      let bad = 0;
      let end = from + step;
      let list = false;
      let facts = false;
      for (let k = 0; j !== stop && j >= 0 && j < n; j += step) {
        if (lines[j].blank) {
          // A box of facts, its lines together, ends where its block does (a league table may follow).
          if (facts) break;
          list = false;
          continue;
        }
        // A list (its lines without a blank between, one a phrase or a "Key: value") counts as one line; so does code.
        const item = code[j] || (list && !flagged(j) && (lines[j].nWords <= LIST_ITEM_WORDS || factBox(j - 1))) || (figures(j) && (figures(j - 1) || figures(j + 1)));
        if (k >= MARGIN_LINES && !item) break;
        if (wall(j)) break;
        if (flagged(j)) {
          if (++bad >= 2) break;
          continue;
        }
        bad = 0;
        // A two-word head of a list counts with its items.
        const head = !shaped(j) && lines[j].nWords <= 3 && j + step >= 0 && j + step < n && step > 0 && (shaped(nextLine(j)) || phrase(nextLine(j)) || figures(nextLine(j)));
        // Above the body a headline-like line is a title, a menu or a teaser, not a lost subhead.
        const ok = step > 0 ? shaped(j) || phrase(j) || item : shaped(j) && !(isHeadlineLike(lines[j]) && !lines[j].prose && !ENUMERATED.test(lines[j].text));
        if (!ok && !head) break;
        if (!item) k++;
        if (step > 0 && (phrase(j) || factBox(j - 1) || factBox(j))) list = true;
        if (step > 0 && keyValue(j) && keyValue(j - 1)) facts = true;
        end = j + step;
      }
      return end;
    };
    // The head of a list the body opens with ("Key takeaways", "Ingredients"), alone right above it.
    const h = prevLine(bodyStartLine);
    const opensWithList = bodyStartLine + 1 < n && !lines[bodyStartLine + 1].blank && !flagged(bodyStartLine + 1) && !flagged(bodyStartLine);
    // (So is the number of the first section, a long read's "I", right above its first paragraph,
    // when the body numbers a second one: "II".)
    const secondSection = () => {
      for (let k = bodyStartLine + 1; k <= bodyEndLine; k++) if (/^II\.?$/u.test(lines[k].text)) return true;
      return false;
    };
    const firstSection = h > title && h >= bodyStartLine - 2 && !flagged(h) && /^I\.?$/u.test(lines[h].text) && lines[bodyStartLine].prose && secondSection();
    if (firstSection || (opensWithList && h > title && h >= bodyStartLine - 2 && !flagged(h) && !card[h] && lines[h].nWords >= 1 && lines[h].nWords <= 4 && (h === 0 || lines[h - 1].blank || flagged(h - 1)))) {
      bodyStartLine = h;
      if (marginTop >= h) marginTop = h - 1;
    }
    const reachStop = marginBottom;
    marginBottom = margin(bodyEndLine, 1, marginBottom);
    // A reader's comment is no margin of the article, though its name ("Mark T.") may read as a sentence.
    for (let j = bodyEndLine + 1; j < marginBottom; j++) {
      const name = commentName(j);
      if (name >= 0) {
        marginBottom = Math.max(bodyEndLine + 1, name);
        break;
      }
    }
    // The walk may stop inside a list that opens right under the body (the streets a notice names):
    // where a count of lines ended it says nothing for certain, so the rest of the list, and a
    // paragraph right under it, are left for review.
    if (marginBottom === reachStop && reachStop < n && !lines[reachStop].blank && !lines[reachStop - 1].blank) {
      let s = reachStop;
      while (s > bodyEndLine + 1 && !lines[s - 1].blank) s--;
      let e = reachStop;
      while (e + 1 < n && !lines[e + 1].blank) e++;
      let list = s > bodyEndLine + 1 && s === nextLine(bodyEndLine);
      for (let k = s; k <= e && list; k++) if (flagged(k) || card[k] || lines[k].nWords > 6 || lines[k].terminal) list = false;
      if (list) {
        marginBottom = e + 1;
        const next = nextLine(e);
        if (next < n && lines[next].prose && lines[next].terminal && !flagged(next) && !card[next]) marginBottom = next + 1;
      }
    }
    marginTop = margin(bodyStartLine, -1, marginTop);
    // A live match report's clock over its latest entry ("FT", "90+5'"), when its entries have theirs:
    // the report's, left for review.
    if (marginTop > title && marginTop >= bodyStart && MATCH_CLOCK.test(lines[marginTop].text)) {
      let clocks = 0;
      for (let k = bodyStartLine; k <= bodyEndLine && clocks < 2; k++) if (MATCH_CLOCK.test(lines[k].text)) clocks++;
      if (clocks >= 2) marginTop--;
    }
    // No title over the span: the headline may stand over the paragraphs the walk took in above it.
    if (title < 0 && bodyStartLine < spanStart) {
      const t = pickTitle(lines, bodyStartLine, spanEnd, bodyStart, lang);
      if (t >= 0 && t < bodyStartLine) title = t;
    }
    [bodyStartLine, bodyEndLine] = sectionsOfContents(bodyStartLine, bodyEndLine);
    // A lead picture's caption over the first paragraph is no paragraph of the body (see CAPTION_PLACES).
    while (bodyStartLine < bodyEndLine && title >= 0 && title < bodyStartLine && CAPTION_PLACES.test(lines[bodyStartLine].text) && !lines[bodyStartLine].rule) bodyStartLine = nextLine(bodyStartLine);
    // A salutation over the first paragraph ("Dear residents,") opens it.
    const greeting = prevLine(bodyStartLine);
    if (greeting >= bodyStart && greeting > title && greeting < bodyStartLine && !flagged(greeting) && isSalutation(lines[greeting].text, lines[greeting].nWords) && bodyStartLine - greeting <= 2) bodyStartLine = greeting;
    if (marginBottom <= bodyEndLine) marginBottom = bodyEndLine + 1;
    if (marginTop >= bodyStartLine) marginTop = bodyStartLine - 1;
    // A recipe's card under the article (its title, rating and times over "Ingredients"): its
    // ingredients and its steps are the article's too; the card's head between stays chaff.
    let k = bodyEndLine + 1;
    for (let seen = 0; k < n && seen <= RECIPE_REACH && !ingredient[k]; k++) {
      if (lines[k].blank) continue;
      if (lines[k].rule?.endsBody || card[k] || storyWall[k]) break;
      seen++;
    }
    if (k < n && ingredient[k] && k > bodyEndLine + 1) {
      let e = k;
      while (e + 1 < n && (ingredient[e + 1] || (lines[e + 1].blank && e + 2 < n && ingredient[e + 2]))) e++;
      recipeFrom = k;
      recipeTo = Math.max(e, reach(e, 1, n - 1)[0]);
    }
  }

  const marks: (Mark | null)[] = new Array(n).fill(null);
  const mark = (i: number, rule: RuleId, kind: Kind = kindOf(rule), extra?: string, suspect = false) => {
    marks[i] = { rule, kind, message: messageFor(rule, lines[i].text, extra), suspect };
  };

  let retrievedLine = -1;
  for (let i = bodyStart; i < n; i++) {
    const l = lines[i];
    if (l.blank || l.exception) continue;
    const inBody = (i >= bodyStartLine && i <= bodyEndLine) || (i >= recipeFrom && i <= recipeTo);
    // In the body, a line of code or a measure is what it says, whatever rule its words match.
    if (inBody && (code[i] || ingredient[i])) continue;
    const header = i < bodyFrom;
    const meta = i > title && title >= 0 && i < bodyStartLine;
    const footer = i > bodyEndLine;
    // Position alone says chaff, but the line is content-shaped and next to the body.
    // (The head of a recipe's card over its ingredients, its title, rating and times, is no margin.)
    // (So is a correction to the article right under it, a button between: "Leave a comment".)
    const doubtful = (i > marginTop && i < bodyStartLine) || (i > bodyEndLine && i < marginBottom && !(i < recipeFrom && recipeTo >= 0)) || (i >= storyFrom && i < storyTo) || (footer && CORRECTION_NOTE.test(l.text) && filled(bodyEndLine + 1, i) <= 1);
    if (i === title) continue;
    if (label[i] && !l.userRule) {
      mark(i, 'repeated-label');
      continue;
    }
    if (embed[i] && !l.userRule) {
      mark(i, 'social-embed');
      continue;
    }
    // (In the body: a line the page's margins hold is theirs already.)
    if (credited[i] && inBody && !l.userRule) {
      mark(i, 'caption-with-credit', undefined, 'the same credit closes three captions or more', true);
      continue;
    }
    // (A slideshow's counter and buttons, in the body too.)
    if (slide[i] && !l.userRule) {
      mark(i, 'gallery-counter');
      continue;
    }
    // A table's source right under it ("Source: HDB") is the table's, not a picture's credit.
    if (inBody && l.rule?.kind === 'credit' && !l.userRule && TABLE_SOURCE.test(l.text) && (lines[prevLine(i)].tableRow || PIPE_ROW.test(lines[prevLine(i)].text))) continue;
    if (ticker[i] && !l.userRule) {
      mark(i, 'ticker-line');
      continue;
    }
    if (l.userRule) {
      marks[i] = { rule: l.userRule.id, kind: l.userRule.kind, message: `${l.userRule.description}: "${l.text.slice(0, 60)}"`, suspect: false };
      continue;
    }
    const r = l.rule;
    if (r && (r.zone === 'any' || (r.zone === 'outside' && !inBody) || (r.zone === 'footer' && footer))) {
      // A credit to colleagues under the article is printed as its last line: some keep it, some do not.
      mark(i, r.id, undefined, undefined, r.kind === 'byline' && CONTRIBUTED.test(l.text));
      continue;
    }
    // Corpus evidence names lines no rule explains; a rule's finding says more.
    if (repeated[i]) {
      mark(i, 'repeated-line', header ? 'navigation' : r?.kind ?? 'other', 'repeated across this source');
      continue;
    }
    // A time alone is a live story's entry stamp, and a bare name under it the entry's author; in the
    // body, left for review (an agency's updates keep their times as text).
    if (TIME_ONLY.test(l.text)) {
      mark(i, 'date-stamp', undefined, undefined, inBody || doubtful);
      continue;
    }
    if (i > 0 && TIME_ONLY.test(lines[prevLine(i)].text) && BARE_NAME.test(l.text)) {
      mark(i, 'byline', undefined, undefined, inBody || doubtful);
      continue;
    }
    const date = dateAlone(l.text);
    if (inBody && !(date && i !== title)) continue;
    // A row of a table in the body ("4.2.3<tab>April 2014") is the table's, dates and all.
    if (inBody && TABBED.test(l.text) && (TABBED.test(lines[prevLine(i)].text) || TABBED.test(lines[nextLine(i)].text))) continue;
    // (The day the page was read only from a date whose order is known: "04/06/2024" is a stamp, not a day.)
    if (date && header && retrievedLine < 0 && !date.hasTime && isDateOnly(l.text)) {
      retrievedLine = i;
      mark(i, 'date-widget');
      continue;
    }
    if (date) {
      mark(i, 'date-stamp');
      continue;
    }
    // Under the title, a line that gives a date among other words is the dateline ("Nov 18, 2019 ·
    // Updated …", "Monday … 7:45 am PST by Jane Doe"), not a standfirst.
    if (meta && !l.prose && !l.terminal && l.nWords <= 24 && !r && findDate(l.text)) {
      mark(i, 'published-stamp');
      continue;
    }
    // A lead picture's caption names who stands where ("X, left, and Y"); a standfirst does not.
    if (meta && !r && CAPTION_PLACES.test(l.text)) {
      mark(i, 'caption-lead');
      continue;
    }
    if (meta && (l.prose || (l.nWords >= 8 && !l.titleCase))) continue; // standfirst
    if (r) {
      mark(i, r.id);
      continue;
    }
    // Contact details right after the last paragraph (a press release's, an article's) end the
    // text; a site footer's come among its links, which their own rules and runs catch.
    if (footer && CONTACT_LINE.test(l.text)) {
      let p = i - 1;
      while (p >= bodyStart && lines[p].blank) p--;
      if (p >= bodyStart && lines[p].prose && !marks[p]) continue;
    }
    const zone = footer ? 'footer-zone' : 'header-zone';
    const kind: Kind =
      l.nWords <= 3 ? 'navigation' : footer && isHeadlineLike(l) ? 'teaser' : meta ? 'dateline-meta' : footer ? 'other' : 'navigation';
    const runOfShort = (j: number) => j >= 0 && j < n && !lines[j].blank && lines[j].nWords <= 3 && !lines[j].terminal;
    if (l.nWords <= 3 && (runOfShort(i - 1) || runOfShort(i + 1))) mark(i, 'menu-run', undefined, undefined, doubtful);
    else mark(i, zone, kind, undefined, doubtful);
  }

  // A link to another story set between two paragraphs, its headline in capitals as some sites write
  // them ("PENSIONER, 84, LEFT STRANDED FOR SIX HOURS AFTER BUS DRIVER REFUSES TO STOP"): a subhead in capitals is shorter.
  for (let i = bodyStartLine + 1; i < bodyEndLine; i++) {
    const l = lines[i];
    if (marks[i] || i === title || l.blank || l.exception || l.userRule || l.nWords < CAPS_LINK_WORDS || l.terminal || !CAPS_LINE.test(l.text)) continue;
    const above = prevLine(i);
    const below = nextLine(i);
    if (lines[above].prose && lines[above].terminal && lines[below].prose && !marks[above] && !marks[below]) mark(i, 'teaser-headline', 'teaser', 'in capitals, between paragraphs');
  }

  // A sign-up box's head: the newsletter's name, alone or over its pitch, right over the box's e-mail
  // field or button ("Get the Morning Brief" / "Start your day with …" / "Email address" / "Sign Up").
  for (let i = bodyStart; i + 1 < n; i++) {
    const l = lines[i];
    if (marks[i] || i === title || l.blank || l.exception || l.terminal || l.nWords < 2 || l.nWords > 10 || !isHeadlineLike(l)) continue;
    const pitch = !marks[i + 1] && i + 1 !== title && !lines[i + 1].blank && lines[i + 1].nWords <= 30 && !lines[i + 1].exception ? i + 1 : i;
    const box = pitch + 1;
    if (box >= n || marks[box]?.kind !== 'subscribe' || marks[box]!.suspect || lines[box].nWords > 3) continue;
    // (A box's own heading, "Newsletter" over its pitch and its button, is no field or button: the
    // lines over it are the article's, a subhead and its paragraph when no blank line parts them.)
    if (box + 2 < n && (!marks[box + 1] || marks[box + 1]!.kind === 'subscribe') && /\.$/u.test(lines[box + 1].text) && lines[box + 1].nWords >= 4 && marks[box + 2]?.kind === 'subscribe') continue;
    for (let j = i; j <= pitch; j++) mark(j, 'newsletter-box');
    i = pitch;
  }

  // A caption: a sentence standing alone right over its picture's credit.
  for (let i = bodyStart + 1; i < n; i++) {
    const m = marks[i];
    if (!m || m.kind !== 'credit' || m.suspect || marks[i - 1]?.kind === 'credit') continue;
    const c = i - 1;
    const l = lines[c];
    if (c === title || l.blank || l.exception || marks[c] || l.nWords < 4 || l.nWords > 60 || !FULL_STOP.test(l.text)) continue;
    // A gallery gives its caption twice, one copy right under the other.
    const top = c - 1 > bodyStart && c - 1 !== title && !marks[c - 1] && lines[c - 1].text === l.text ? c - 1 : c;
    if (top > bodyStart && !lines[top - 1].blank && !marks[top - 1] && top - 1 !== title) continue;
    let k = i;
    while (k + 1 < n && marks[k + 1]?.kind === 'credit') k++;
    if (k + 1 < n && !lines[k + 1].blank && !marks[k + 1]) continue;
    for (let j = top; j <= c; j++) mark(j, 'caption-above-credit');
  }

  // …and one right under the credit, the byline or the date under it: the picture's, not a standfirst.
  const headMeta = (i: number) => i < n && !!marks[i] && !marks[i]!.suspect && (marks[i]!.kind === 'byline' || marks[i]!.rule === 'published-stamp' || marks[i]!.rule === 'date-stamp');
  for (let i = bodyStart; i < n; i++) {
    const m = marks[i];
    if (!m || m.kind !== 'credit' || m.suspect) continue;
    const c = nextLine(i);
    if (c <= i || c >= n) continue;
    const l = lines[c];
    if (c === title || l.blank || l.exception || marks[c] || l.nWords < 4 || l.nWords > 60 || !FULL_STOP.test(l.text) || !headMeta(nextLine(c))) continue;
    mark(c, 'caption-under-credit');
  }

  // A teaser standing alone (its headline, its excerpt, its own "Read more"), even inside the body.
  for (let i = bodyStart + 1; i < n; i++) {
    if (card[i] !== LONE_CARD || i === title) continue;
    const open = (j: number) => !marks[j] || marks[j]!.suspect;
    let top = i;
    // Its head: the headline and a kicker or an advertiser's name over it, no sentence among them.
    while (top - 1 > bodyStart && top - 1 !== title && i - top < 3) {
      const h = lines[top - 1];
      if (h.blank || !open(top - 1) || (h.prose && h.terminal) || FULL_STOP.test(h.text) || h.nWords > 20) break;
      top--;
    }
    for (let j = top; j <= i; j++) if (open(j)) mark(j, 'teaser-headline');
  }

  // A code box's label and copy button, right over its code.
  for (let i = bodyStart + 1; i < n; i++) {
    if (!code[i] || code[i - 1]) continue;
    for (let k = i - 1, seen = 0; k >= bodyStart && seen < 2; k--) {
      const l = lines[k];
      if (l.blank) continue;
      seen++;
      if (marks[k] || !(CODE_LANGUAGE.test(l.text) || COPY_BUTTON.test(l.text))) break;
      mark(k, 'code-label');
    }
  }

  // A line between two pictures' counters ("6 / 12", a caption, "7 / 12") is the gallery's caption,
  // wherever the gallery stands.
  const counterAt = (k: number) => k >= 0 && k < n && lines[k].rule?.id === 'gallery-counter' && SLIDE_COUNTER.test(lines[k].text);
  for (let i = bodyStart + 1; i < n - 1; i++) {
    const l = lines[i];
    if (l.blank || l.exception || l.userRule || marks[i] || i === title || l.nWords > CAPTION_WORDS) continue;
    if (counterAt(prevLine(i)) && counterAt(nextLine(i))) mark(i, 'gallery-caption');
  }

  // A pull quote: a sentence of the body shown again, set apart, inside a paragraph of the body. Left
  // for review: some readers (and the benchmark's gold) keep it as the article's.
  if (span && bodyEndLine - bodyStartLine < 5000) {
    const norm = (t: string) => t.toLowerCase().replace(/[“”"„«»‘’'‹›—–-]/gu, ' ').replace(/\s+/gu, ' ').replace(/[\s.,;:!?…]+$/u, '').trim();
    const apart = (k: number) => k < 0 || k >= n || lines[k].blank || noBlankLines;
    const candidate = (i: number) => {
      const l = lines[i];
      // One sentence or a quote, no longer than a pull quote runs.
      return !l.blank && !l.exception && !marks[i] && i !== title && l.nWords >= 6 && l.nWords <= 30 && apart(i - 1) && apart(i + 1) && !/[.!?]["”»’]?\s+\p{Lu}/u.test(l.text);
    };
    // A pull quote stands near the paragraph it repeats: only paragraphs within PULL_QUOTE_REACH lines
    // are read, and only those that hold a piece of the line as it is written are normalised.
    for (let i = bodyStartLine; i <= bodyEndLine; i++) {
      if (!candidate(i)) continue;
      // (Quotes and apostrophes as one kind: a pull quote is often set in curly ones, the text in straight.)
      const piece = straight(lines[i].text.replace(/^[^\p{L}\p{N}]+/u, '').slice(0, 16));
      if (piece.length < 16) continue;
      let q = '';
      let inParagraph = false;
      let again = false;
      for (let k = Math.max(bodyStartLine, i - PULL_QUOTE_REACH); k <= Math.min(bodyEndLine, i + PULL_QUOTE_REACH) && !again; k++) {
        if (k === i || !straight(lines[k].text).includes(piece)) continue;
        q ||= norm(lines[i].text);
        const b = norm(lines[k].text);
        // (A line the body has alone more than once is of a repeated list, a meal plan's say.)
        if (b === q) again = true;
        else if (lines[k].prose && b.length > q.length + 10 && b.includes(q)) inParagraph = true;
      }
      if (inParagraph && !again && q.length >= 24) mark(i, 'pull-quote', undefined, undefined, true);
    }
  }

  // 3. Teaser blocks: after a bare "Read more" marker, its caption and related headline; after a
  // "Most read" heading, the list of headlines under it.
  for (let i = bodyStart; i < n; i++) {
    const m = marks[i];
    if (!m || (m.rule !== 'read-more-marker' && m.rule !== 'most-read-heading')) continue;
    const bare = isBareMarker(lines[i].text);
    if (!bare) continue;
    // A button that closes a box ("Ad copy… / More") heads nothing: the blank line after it ends the box.
    if (i > bodyStart && !lines[i - 1].blank && i + 1 < n && lines[i + 1].blank && m.rule === 'read-more-marker') continue;
    // Nor does a consent banner's "Learn more", whatever follows it.
    if (i > bodyStart && marks[i - 1]?.kind === 'cookie') continue;
    // Nor an ad's own button right under its copy ("Advertisement / Loans from 5.9% / More"), with no blank line after it either.
    if (m.rule === 'read-more-marker' && i - 2 >= bodyStart && marks[i - 2]?.kind === 'advertisement' && !lines[i - 1].blank && !marks[i - 1]) continue;
    // "Read also" and its one headline set into the article, which goes on below them.
    if (insetTeaser(i)) {
      if (!marks[i + 1]) mark(i + 1, 'teaser-headline');
      continue;
    }
    let most = m.rule === 'most-read-heading' ? BOX_HEADLINES : 3;
    let taken = 0;
    let blanks = 0;
    let headline = false;
    let cards = false;
    let contiguous = true;
    // Two headlines of the box with no blank line between them.
    let glued = false;
    // Words of its headlines so far.
    let words = 0;
    const zoned = (j: number) => marks[j]!.rule === 'footer-zone' && marks[j]!.suspect;
    /** A question with its answer right under it, and the next question under that: an interview, not cards. */
    const interview = (j: number) => {
      if (!QUESTION.test(lines[j].text) || j + 1 >= n || lines[j + 1].blank || !lines[j + 1].prose) return false;
      const k = nextLine(j + 1);
      return k > j + 1 && k < n && QUESTION.test(lines[k].text);
    };
    const teaserHead = (j: number) => {
      const l = lines[j];
      // Left for review by position alone (a zone's suspect mark): under the marker it is a headline.
      // A table's row, or the caption over one, is the article's.
      if (j >= n || l.tableRow || (j + 1 < n && lines[j + 1].tableRow)) return false;
      // (Nor is a lead-in, "What you'll need:", which opens the article's list under the box, nor an
      // interview's question or answer after its dash, "— Why did you stay?".)
      return !l.blank && !l.exception && (!marks[j] || zoned(j)) && isHeadlineLike(l) && l.nWords <= 20 && !FULL_STOP.test(l.text) && !LEAD_IN.test(l.text) && !DIALOGUE.test(l.text) && !interview(j);
    };
    /** A further headline of a box whose headlines stand a blank line apart, after j. */
    const spacedNext = (j: number) => {
      const k = nextLine(j);
      return teaserHead(k) && lines[k].nWords >= 4 && k + 1 < n && lines[k + 1].blank;
    };
    /** An item of the article's list: it goes on in lower case, is numbered or ends in ';'. */
    const listItemAt = (k: number) => k < n && !lines[k].blank && !marks[k] && (/^\p{Ll}/u.test(lines[k].text) || ENUMERATED.test(lines[k].text) || /;$/u.test(lines[k].text));
    // A card: a headline with its summary right under it.
    // (A summary is a sentence: a line going on in lower case is a list's item.)
    // (A card has one summary, a sentence or two: a long one with a paragraph right under it makes the
    // pair a subhead of the article and its text.)
    const cardAt = (j: number) =>
      teaserHead(j) && j + 1 < n && !lines[j + 1].blank && !lines[j + 1].exception && !marks[j + 1] && lines[j + 1].prose && lines[j + 1].nWords <= CARD_SUMMARY_WORDS &&
      !/^\p{Ll}/u.test(lines[j + 1].text) && !(lines[j + 1].nWords > SOLO_SUMMARY_WORDS && j + 2 < n && !marks[j + 2] && lines[j + 2].prose && lines[j + 2].terminal && lines[j + 2].nWords >= 15);
    for (let j = i + 1; j < n && taken < most; j++) {
      const l = lines[j];
      if (l.blank) {
        contiguous = false;
        // Headlines of one box stand together: after a blank line the article goes on, unless the
        // box is of cards and another card follows.
        // (A box whose headlines stand a blank line apart goes on to a further headline when another
        // follows it or the box ends under it: one over a line of the article may be its subhead.)
        const further = nextLine(j);
        const spaced = headline && !glued && m.rule === 'read-more-marker' && blanks === 0 && spacedNext(j) &&
          (spacedNext(further) || nextLine(further) >= n - 1 || flagged(nextLine(further)) || card[nextLine(further)]);
        if ((++blanks > 1 || headline) && taken > 0 && !(cards && cardAt(nextLine(j))) && !spaced) break;
        if (spaced && taken === 2) most = Math.max(most, BOX_HEADLINES);
        continue;
      }
      if (l.exception) break;
      const cur = marks[j];
      if (cur && (cur.kind === 'caption' || cur.kind === 'credit')) {
        taken++;
        continue;
      }
      // (A headline's time stamp, "2 hours ago", goes with it.)
      if (cur && headline && (cur.rule === 'published-stamp' || cur.rule === 'date-stamp')) continue;
      if (cur && !zoned(j)) break;
      // A kicker over a headline of the box ("Local", "Kreis Hollbach") goes with it.
      if (!cur && l.nWords <= 3 && !l.prose && !l.terminal && !LEAD_IN.test(l.text) && teaserHead(nextLine(j)) && nextLine(j) === j + 1) {
        mark(j, 'teaser-headline', undefined, 'its kicker');
        continue;
      }
      if (teaserHead(j)) {
        // Headlines standing together under the marker, with no blank line, are one box however many.
        if (taken === 2 && !cards && contiguous) most = Math.max(most, BOX_HEADLINES);
        // A box of cards holds two at least: one headline with a sentence under it may be the article's.
        // (A box of bare headlines holds no card after them: a headline over a paragraph there is the article's going on.)
        const card = cardAt(j) && (cards || (taken === 0 && cardAt(nextLine(j + 1))));
        // A further line set apart over a paragraph may be the article's next subhead: left for review.
        // (So may one right over the article's list, its items going on in lower case or numbered, or
        // over the sentence that announces it: "The budget includes:".)
        const announces = (k: number) => k < n && !flagged(k) && !card && LEAD_IN.test(lines[k].text) && lines[k].nWords >= 3 && !isHeadlineLike(lines[k]);
        // (And a last line of half the words of the box's headlines or fewer, right over a paragraph: "The big mistake".)
        const subhead =
          (headline && !card && m.rule === 'read-more-marker' && lines[j].nWords <= 8 && j + 1 < n && ((lines[j + 1].blank && (good(nextLine(j)) || announces(nextLine(j)))) || (listItemAt(j + 1) && listItemAt(j + 2)))) ||
          (taken >= 2 && contiguous && !card && lines[j].nWords <= SUBHEAD_WORDS && lines[j].nWords * 2 * taken <= words && j + 1 < n && good(j + 1));
        words += lines[j].nWords;
        mark(j, 'teaser-headline', undefined, undefined, subhead);
        if (headline && blanks === 0) glued = true;
        if (card) {
          mark(++j, 'teaser-headline', undefined, 'its summary');
          if (!cards) most = Math.max(most, MAX_CARDS);
          cards = true;
        }
        taken++;
        blanks = 0;
        headline = true;
        continue;
      }
      break;
    }
  }

  // The captions of a gallery the walk crossed are the gallery's.
  for (const [from, to] of galleries) {
    if (from > bodyEndLine || to < bodyStartLine) continue;
    for (let k = from; k <= to; k++) if (!lines[k].blank && !marks[k]) mark(k, lines[k].nWords > 2 ? 'gallery-caption' : 'gallery-counter');
  }

  // The headlines of a box the walk crossed are the box's; a last one set apart over a paragraph may
  // be the article's next subhead: left for review.
  for (const [head, end] of [...crossed, ...insets]) {
    if (head > bodyEndLine || end <= bodyStartLine) continue;
    for (let k = head + 1; k < end; k++) {
      if (lines[k].blank || marks[k]) continue;
      // (Not a ranked one: "5. …", or under its rank.)
      const last = nextLine(k) >= end && !RANKED.test(lines[k].text) && !RANK.test(lines[prevLine(k)].text);
      mark(k, 'teaser-headline', undefined, undefined, last);
    }
  }

  // A table of contents above the body: its entries are the body's subheads, which stay.
  if (span && bodyStartLine > bodyStart) {
    const inBody = new Set<string>();
    for (let i = bodyStartLine; i <= bodyEndLine; i++) if (!lines[i].blank && lines[i].nWords <= 20) inBody.add(lines[i].text);
    for (let i = Math.max(bodyStart, title + 1); i < bodyStartLine; i++) {
      const m = marks[i];
      if (!lines[i].blank && (!m || m.suspect) && inBody.has(lines[i].text)) mark(i, 'toc-heading', 'navigation', 'an entry the body repeats');
    }
  }

  // A table of contents set after the first paragraphs (a blog plugin's box): its heading, its toggle,
  // and entries that the body repeats below as subheads, numbered or not.
  if (span) {
    const entryKey = (t: string) => t.replace(/^\d+(?:\.\d+)*\.?\s+/u, '').toLowerCase();
    // Where each short line of the body is last seen: built once, on the first contents that need it.
    let lastAt: Map<string, number> | null = null;
    for (let i = bodyStartLine; i < bodyEndLine; i++) {
      if (lines[i].rule?.id !== 'toc-heading' || (marks[i] && !marks[i]!.suspect)) continue;
      const heads = [i];
      let k = i + 1;
      for (; k <= bodyEndLine && (lines[k].blank || lines[k].rule?.id === 'toc-heading'); k++) if (!lines[k].blank) heads.push(k);
      const entries: number[] = [];
      // (The run ends where the body's first subhead, the first entry again, follows with no gap.)
      for (; k <= bodyEndLine && entries.length < TOC_ENTRIES && (lines[k].blank || (lines[k].nWords <= 20 && !lines[k].prose)); k++) {
        if (lines[k].blank) continue;
        if (entries.length && entryKey(lines[k].text) === entryKey(lines[entries[0]].text)) break;
        entries.push(k);
      }
      let repeated = 0;
      if (entries.length >= 2) {
        lastAt ??= lastAtOf(lines, bodyStartLine, bodyEndLine, 20, entryKey);
        while (repeated < entries.length && (lastAt.get(entryKey(lines[entries[repeated]].text)) ?? -1) >= k) repeated++;
      }
      if (repeated < 2) {
        i = heads[heads.length - 1];
        continue;
      }
      for (const h of heads) mark(h, 'toc-heading');
      for (const e of entries.slice(0, repeated)) mark(e, 'toc-heading', 'navigation', 'an entry the body repeats');
      i = entries[repeated - 1];
    }
  }

  // A box of the quotes the article names, set into it or under it: each company's name, symbol, price
  // and change under a heading. Two figures at least, so a list under "In this article" stays.
  // With no heading, two quotes at least, each with its symbol and its change.
  for (let i = bodyStart; i < n; i++) {
    if (lines[i].blank || (marks[i] && !marks[i]!.suspect)) continue;
    const head = lines[i].nWords <= 6 && QUOTES_HEAD.test(lines[i].text);
    if (!head && !(lines[i].text.length <= 12 && QUOTE_SYMBOL.test(lines[i].text))) continue;
    const rows: number[] = [];
    let figures = 0;
    let changes = 0;
    let symbols = 0;
    // (The box ends at its last figure: a name after it may be the next paragraph's subhead.)
    let end = 0;
    for (let k = head ? i + 1 : i; k < n && k <= i + QUOTE_BOX_LINES; k++) {
      const l = lines[k];
      if (l.blank) continue;
      const change = QUOTE_CHANGE.test(l.text);
      const figure = change || QUOTE_PRICE.test(l.text);
      const symbol = !figure && QUOTE_SYMBOL.test(l.text);
      if (!figure && !symbol && !(l.nWords <= 5 && !l.prose && /^\p{Lu}/u.test(l.text) && !/[.!?:]$/u.test(l.text))) break;
      if (change) changes++;
      if (symbol) symbols++;
      rows.push(k);
      if (figure) {
        figures++;
        end = rows.length;
      }
    }
    if (head ? figures < 2 : changes < 2 || symbols < 2) continue;
    rows.length = end;
    if (head) mark(i, 'ticker-widget');
    for (const k of rows) mark(k, 'ticker-widget');
    i = rows[rows.length - 1];
  }

  // The headline shown again below it (a kicker in capitals, a caption, a teaser of itself): the title
  // line says it once.
  if (title >= 0) {
    const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const headline = key(lines[title].text);
    for (let i = title + 1; i < n; i++) {
      const l = lines[i];
      if (l.blank || l.exception || marks[i] || l.text.length !== lines[title].text.length || key(l.text) !== headline) continue;
      // In the body the same words as they stand may be a subhead the title was taken from (a table of contents above).
      if (l.text !== lines[title].text || i < bodyStartLine || i > bodyEndLine) mark(i, 'title-repeat');
    }
  }

  // The lead given word for word again further down (a share or e-mail box shows the headline and the
  // lead): the later copy goes, with the headline right over it. (Other paragraphs said twice, an
  // interview's question to each guest, a meal plan's dish, are the article's.)
  let lead = span ? bodyStartLine : n;
  while (lead <= bodyEndLine && !(lines[lead].prose && lines[lead].nWords >= 15)) lead++;
  if (lead <= bodyEndLine) {
    for (let i = lead + 1; i < n; i++) {
      const l = lines[i];
      if (l.blank || l.text !== lines[lead].text || (marks[i] && !marks[i]!.suspect)) continue;
      // The box gives the headline right over its copy; a lead said twice with no headline is the text's own.
      const h = prevLine(i);
      if (title < 0 || h <= title || lines[h].text !== lines[title].text || (marks[h] && !marks[h]!.suspect && marks[h]!.rule !== 'title-repeat')) continue;
      mark(i, 'paragraph-repeat');
      mark(h, 'paragraph-repeat');
    }
  }

  // The metadata is read before the author's bio is marked: the byline names whose bio it is.
  // (With no title for the body, the metadata still reads the headline the page head shows.)
  const metaTitle = title >= 0 && !CREDITED.test(lines[title].text) ? title : headTitle(lines, spanStart, bodyStart, lang);
  const metadata = readMetadata({ lines, marks, title: metaTitle, span: [spanStart, spanEnd], bodyStart, retrievedLine, lang, frontMatter });

  // The author's bio under the article: the byline's name alone on a line, or early in a line about
  // them, among the body's last lines. It and what follows it in the body are not the article.
  if (span && metadata.author) {
    const names = metadata.author.split(', ').filter((a) => a.includes(' '));
    // The name opens the line, or follows an opening phrase about the author ("Reporter since 2015, Jane Doe …").
    const named = (t: string) => names.some((a) => {
      const k = t.indexOf(a);
      return k === 0 || (k > 0 && k <= BIO_NAME_AT && t.slice(0, k).endsWith(', '));
    });
    let bio = -1;
    for (let i = bodyEndLine, seen = 0; i > bodyStartLine && seen < BIO_LINES; i--) {
      if (lines[i].blank || marks[i]) continue;
      seen++;
      if (lines[i].nWords <= 90 && named(lines[i].text)) bio = i;
    }
    // Its block is the bio; a long paragraph under that is the article going on (a story about
    // someone of the byline's name).
    let block = bio;
    while (bio > 0 && block < bodyEndLine && !lines[block + 1].blank) block++;
    let longAfter = false;
    for (let i = block + 1; bio > 0 && i <= bodyEndLine; i++) if (lines[i].prose && lines[i].nWords >= 40 && !marks[i]) longAfter = true;
    if (bio > 0 && !longAfter && proseWords(lines, bodyStartLine, bio - 1) >= 100) {
      for (let i = bio; i <= bodyEndLine; i++) if (!lines[i].blank && !lines[i].exception && !marks[i]) mark(i, i <= block ? 'author-bio' : 'footer-zone', i <= block ? undefined : 'other');
    }
  }
  // Names in capitals as they are read ("DANA MERCER" → "Dana Mercer"); the bio above looked for them as written.
  if (metadata.author) metadata.author = readableNames(metadata.author);

  // A line of the page's own menu entries, two or more split by commas or bars ("Events, Village
  // life"): the post's categories, which the page's menu lists too (see entryLists).
  const entryList = entryLists(lines);
  for (let i = bodyStart; i < n; i++) {
    const l = lines[i];
    if (marks[i] || l.blank || l.exception || i === title || l.terminal || l.nWords > CATEGORY_WORDS) continue;
    if (entryList(l.text)) mark(i, 'tags-line');
  }

  // A press release's own tail right under its body, "About <Company>" over the company's paragraph
  // and its media contact: the release as sent holds them, and a site's "About" box reads the same.
  // Left for review, up to the next line of another rule (its "SOURCE" line, a box of links).
  if (span && wireRelease(lines, bodyStartLine, bodyEndLine)) {
    let i = nextLine(bodyEndLine);
    if (i < n && marks[i]?.rule === 'author-box') {
      for (; i < n; i++) {
        const m = marks[i];
        if (lines[i].blank || !m) continue;
        if (!RELEASE_TAIL.has(m.rule)) break;
        m.suspect = true;
      }
    }
  }

  // 4. Findings: one per run of adjacent lines with the same rule.
  const findings: Finding[] = [];
  for (let i = bodyStart; i < n; i++) {
    const m = marks[i];
    if (!m) continue;
    let j = i;
    while (j + 1 < n && marks[j + 1] && marks[j + 1]!.rule === m.rule && marks[j + 1]!.kind === m.kind && marks[j + 1]!.suspect === m.suspect) j++;
    findings.push({
      kind: m.kind,
      rule: m.rule,
      confidence: m.suspect ? 'suspect' : 'certain',
      line: i + 1,
      endLine: j + 1,
      message: j > i ? messageFor(m.rule, lines[i].text, `${j - i + 1} lines`) : m.message,
      start: doc.offsets[i],
      end: doc.offsets[j] + doc.lines[j].length,
    });
    i = j;
  }

  return frontMatter?.unreadable ? { doc, findings, metadata, frontMatter, warnings: [frontMatter.unreadable] } : { doc, findings, metadata, frontMatter };
}
