// What the chaff says about the article: title, author, source, dates. Kept apart from line
// classification so either can change without the other.
import { findDate, isDateOnly, edtfDay } from './dates';
import { metadataFromFrontMatter } from './frontmatter';
import type { FrontMatter, Metadata } from './types';

/** The features of a line that metadata reads (a subset of the analysis's line info). */
export interface MetaLine {
  readonly text: string;
  readonly blank: boolean;
  readonly nWords: number;
  readonly prose: boolean;
  readonly exception: boolean;
  readonly rule: { readonly id: string } | null;
  readonly userRule: { readonly id: string } | null;
}

/** What the classification decided about a line: the rule it was flagged by. */
export type MetaMark = { readonly rule: string } | null;

const HEADLINE_END = /[^.,;:]$/u;
/** A full stop at the end (quotes or brackets may follow): a sentence, not a headline. */
const FULL_STOP = /[.。](?:["'”’»)\]]*)$/u;

const isHeadlineLike = (l: MetaLine) =>
  !l.blank && l.nWords >= 2 && l.nWords <= 30 && HEADLINE_END.test(l.text) && !/^https?:\/\//.test(l.text);

/**
 * The title: the headline-like line at or just above the top of the body, skipping bylines and
 * stamps; of two headline-like lines the upper is the title and the lower the standfirst.
 * -1 when there is none.
 */
export function pickTitle(lines: readonly MetaLine[], spanStart: number, spanEnd: number, bodyStart: number): number {
  let title = -1;
  const first = lines[spanStart];
  const headlineCandidate = (i: number) => {
    const l = lines[i];
    return !l.rule && !l.userRule && !l.exception && isHeadlineLike(l) && !FULL_STOP.test(l.text) && l.nWords >= 3 && !/\s[|>›»]\s/u.test(l.text) && !isDateOnly(l.text);
  };
  if (first && spanStart < spanEnd && headlineCandidate(spanStart)) title = spanStart;
  for (let i = spanStart - 1; i >= bodyStart; i--) {
    const l = lines[i];
    if (l.blank || l.exception) continue;
    if (l.rule || l.userRule || isDateOnly(l.text)) continue;
    if (headlineCandidate(i)) {
      // One headline-like line may sit above another: then the upper one is the title.
      const upper = title >= 0 && title < spanStart ? -1 : i;
      title = i;
      if (upper < 0) break;
      continue;
    }
    if (l.prose && i === spanStart - 1) continue;
    break;
  }
  return title;
}

const NAMES_RE = /^(?:by|por|von|par|de|автор|текст|di|oleh|بقلم|كتبت|كتب|written by|reporting by|words by|story by)\s*:?\s+/iu;

export function authorFrom(byline: string): string | null {
  let s = byline.replace(NAMES_RE, '');
  s = s.split(/\s*[|·•–—]\s*|\s+-\s+/u)[0];
  const d = findDate(s);
  if (d) s = s.slice(0, s.indexOf(d.match));
  const parts = s
    .split(/\s*,\s*|\s+(?:and|y|und|et|и|e|dan|و)\s+|\s*&\s*/u)
    .map((p) => p.trim())
    .filter((p) => /^[\p{Lu}\p{Lo}]/u.test(p) && p.split(/\s+/).length <= 4);
  // Agency names after the people are not authors.
  const people = parts.filter((p) => !/^(?:reuters|afp|ap|associated press|bloomberg|dpa|efe|tass|ria novosti|staff|agencies)$/iu.test(p));
  return people.length ? people.join(', ') : null;
}

/** «Name», "Name" and Name are one source. */
const unquote = (name: string) => name.trim().replace(/^["'«»“”„‘’‹›]+|["'«»“”„‘’‹›]+$/gu, '').trim();

export function outletFromLegal(line: string): string | null {
  const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([^.|,]{2,60}?)(?:\.|,|\s*\||\s+all rights|\s*$)/iu.exec(line);
  if (!m) return null;
  const name = m[1].trim().replace(/^(?:by|the)\s+(?=\p{Lu})/u, (x) => (x.toLowerCase().startsWith('the') ? x : ''));
  return /\p{L}/u.test(name) && name.split(/\s+/).length <= 6 ? name : null;
}

export interface MetadataInput {
  lines: readonly MetaLine[];
  /** Per line, the rule that flagged it. */
  marks: readonly MetaMark[];
  /** The title line, -1 for none. */
  title: number;
  /** The line of the page's current-date widget, -1 for none. */
  retrievedLine: number;
  lang: string | null;
  frontMatter: FrontMatter | null;
}

/** The article's metadata from its flagged lines; what a front matter says wins. */
export function readMetadata(input: MetadataInput): Metadata {
  const { lines, marks, title, retrievedLine, lang, frontMatter } = input;
  const n = lines.length;
  const metadata: Metadata = { source: null, published: null, url: null, retrieved: null, title: null, author: null, language: lang };
  if (title >= 0) metadata.title = lines[title].text;
  if (retrievedLine >= 0) metadata.retrieved = edtfDay(isDateOnly(lines[retrievedLine].text)!.edtf);
  const markedWith = (rule: string) => marks.findIndex((m) => m?.rule === rule);
  const ff = markedWith('feed-footer');
  if (ff >= 0) {
    const t = lines[ff].text;
    metadata.url = t.split(/\s+/)[0];
    metadata.published = findDate(t.slice(metadata.url.length))?.edtf ?? null;
  }
  const src = markedWith('feed-source-line');
  if (src >= 0) metadata.source = unquote(lines[src].text.replace(/^(?:from|via)\s+/iu, ''));
  if (!metadata.published) {
    for (const rule of ['published-stamp', 'date-stamp', 'byline', 'header-zone']) {
      for (let i = 0; i < n && !metadata.published; i++) {
        if (marks[i]?.rule === rule && (rule !== 'header-zone' || i > title)) {
          const d = findDate(lines[i].text);
          if (d) metadata.published = d.edtf;
        }
      }
    }
  }
  const by = markedWith('byline');
  if (by >= 0) metadata.author = authorFrom(lines[by].text);
  if (!metadata.source) {
    const legal = markedWith('copyright-notice');
    if (legal >= 0) {
      const outlet = outletFromLegal(lines[legal].text);
      metadata.source = outlet && unquote(outlet);
    }
  }
  if (!metadata.url) {
    const link = marks.findIndex((m, i) => m && /^https?:\/\/\S+$/.test(lines[i].text));
    if (link >= 0) metadata.url = lines[link].text;
  }
  if (frontMatter) {
    for (const [k, v] of Object.entries(metadataFromFrontMatter(frontMatter))) {
      (metadata as unknown as Record<string, string | null>)[k] = v ?? null;
    }
  }
  return metadata;
}
