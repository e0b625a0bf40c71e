/** What a finding is; the names are part of the CLI's JSON contract. */
export const KINDS = [
  'widget',
  'navigation',
  'teaser',
  'caption',
  'credit',
  'feed-footer',
  'source-line',
  'share',
  'subscribe',
  'advertisement',
  'cookie',
  'legal',
  'byline',
  'dateline-meta',
  'comments',
  'tracking-link',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * How sure the engine is that a finding is chaff. `certain`: a rule's words, or a place and
 * neighbours that leave no doubt; cleaning strips these by default. `suspect`: chaff by the weaker
 * evidence of position or shape alone (a short line next to the article, a line that reads like a
 * sentence outside it); shown for review, stripped only when asked (`strip: 'suspect'`).
 */
export type Confidence = 'certain' | 'suspect';
export const CONFIDENCES = ['certain', 'suspect'] as const;

/** One run of chaff lines. Lines are 1-based; offsets are UTF-16 indexes into the BOM-less text. */
export interface Finding {
  kind: Kind;
  rule: string;
  confidence: Confidence;
  line: number;
  endLine: number;
  message: string;
  /** Offset of the first character of `line`. */
  start: number;
  /** Offset just past the last character of `endLine` (its line break excluded). */
  end: number;
}

export interface Metadata {
  source: string | null;
  /** EDTF, minute precision at most, `X` for digits the text lost. */
  published: string | null;
  url: string | null;
  /** YYYY-MM-DD from the page's current-date widget. */
  retrieved: string | null;
  title: string | null;
  author: string | null;
  /** BCP-47. */
  language: string | null;
}

export const METADATA_KEYS = ['source', 'published', 'url', 'retrieved', 'title', 'author', 'language'] as const;

export type Eol = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** A file's text split into lines, with what is needed to write it back byte-for-byte. */
export interface LineDoc {
  /** Text without BOM. */
  text: string;
  bom: boolean;
  eol: Eol;
  /** The line break most used, to write new lines with. */
  newline: '\n' | '\r\n' | '\r';
  finalNewline: boolean;
  /** Line contents, without their `\r`. */
  lines: string[];
  /** Offset of each line's first character in `text`. */
  offsets: number[];
  /** Each line's break as found (`''` for the last line without one). */
  breaks: string[];
}

/** A rule is data: the engine reads these to match and to explain. */
export interface RuleInfo {
  id: string;
  kind: Kind;
  description: string;
  /** Lines it flags (each one alone, or `a\nb` for a block). */
  examples: string[];
  /** Lines it must leave alone. */
  counterExamples: string[];
  /** BCP-47 primary tags, or `*` for language-neutral. */
  languages: string[];
}

export interface FrontMatter {
  /** 1-based line of the closing `---`. */
  endLine: number;
  data: Record<string, unknown>;
  /** Set when the block is not YAML the engine can read: it is kept as content, unanalysed. */
  unreadable?: AnalysisWarning;
}

/** Something the user should hear about a file that is still processed. `line` is 1-based. */
export interface AnalysisWarning {
  line: number;
  message: string;
}

export interface Analysis {
  doc: LineDoc;
  findings: Finding[];
  metadata: Metadata;
  frontMatter: FrontMatter | null;
  /** Set when the text, wrapped at a fixed width or with a blank line after every line, was read as logical lines (findings still name the file's lines). */
  unwrapped?: true;
  /** Problems that did not stop the analysis (front matter kept unread, say). */
  warnings?: AnalysisWarning[];
}

export type MetadataMode = 'front-matter' | 'drop' | 'sidecar';

export interface CleanResult {
  /** The cleaned file text, BOM included if the input had one. */
  text: string;
  metadata: Metadata;
  findings: Finding[];
  /** For `sidecar`: the JSON object to write beside the file. */
  sidecar: Metadata | null;
  changed: boolean;
  /** The analysis's warnings (front matter kept unread, say). */
  warnings?: AnalysisWarning[];
}

/** An edit in BOM-less offsets; applying all (bottom-up) turns the text into its cleaned body. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}
