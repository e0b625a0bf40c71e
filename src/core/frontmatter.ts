import { parseDocument, stringify } from 'yaml';
import { plainFrontMatterData } from './plainYaml';
import { METADATA_KEYS, type FrontMatter, type LineDoc, type Metadata } from './types';

const FENCE = '---';
/** A line of a YAML block mapping: `key:` at the margin, an indented continuation, or a list item. */
const YAML_LINE = /^(?:[\p{L}\p{N}_$"'][^:]*:(?:\s|$)|\s+\S|- )/u;

/**
 * A YAML block fenced by `---` lines at the very top; null when absent. A block the parser cannot
 * read (a syntax error, no closing fence, not a mapping) is returned with `unreadable` set and no
 * data: it is the user's text, kept as it is and never analysed as chaff.
 */
export function parseFrontMatter(doc: LineDoc): FrontMatter | null {
  if (doc.lines[0]?.trimEnd() !== FENCE) return null;
  let end = -1;
  for (let i = 1; i < doc.lines.length; i++) {
    const l = doc.lines[i].trimEnd();
    if (l === FENCE || l === '...') {
      end = i;
      break;
    }
  }
  if (end < 0) {
    // No closing fence: the key lines under the opening one are still someone's metadata.
    let last = 0;
    while (last + 1 < doc.lines.length && YAML_LINE.test(doc.lines[last + 1])) last++;
    if (last === 0) return null;
    return { endLine: last + 1, data: {}, unreadable: { line: 1, message: `front matter has no closing '${FENCE}'` } };
  }
  const plain = plainFrontMatterData(doc.lines, 1, end);
  if (plain) return { endLine: end + 1, data: plain };
  const unreadable = (line: number, why: string): FrontMatter => ({ endLine: end + 1, data: {}, unreadable: { line, message: `front matter cannot be read (${why})` } });
  const parsed = parseDocument(doc.lines.slice(1, end).join('\n'), { uniqueKeys: false });
  if (parsed.errors.length) {
    const e = parsed.errors[0];
    return unreadable(1 + (e.linePos?.[0].line ?? 0), e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
  }
  let data: unknown;
  try {
    data = parsed.toJS({ maxAliasCount: 10 });
  } catch (e) {
    return unreadable(2, (e as Error).message); // an alias without its anchor, or too many aliases
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) return unreadable(2, 'not a mapping of keys to values');
  return { endLine: end + 1, data: (data ?? {}) as Record<string, unknown> };
}

/** The keys of `meta` that have a value, in the documented order. */
export function knownMetadata(meta: Partial<Metadata>): Partial<Metadata> {
  const out: Partial<Metadata> = {};
  for (const k of METADATA_KEYS) if (meta[k] !== null && meta[k] !== undefined) out[k] = meta[k];
  return out;
}

/** YAML lines for the given keys (no fences); empty when there is none. */
export function yamlLines(meta: Partial<Metadata>): string[] {
  if (Object.keys(meta).length === 0) return [];
  return stringify(meta, { lineWidth: 0, defaultStringType: 'PLAIN' }).trimEnd().split('\n');
}

/** The metadata found as a front-matter block: keys without a value are left out; '' when none has one. */
export function renderFrontMatter(meta: Metadata, newline: string): string {
  const body = yamlLines(knownMetadata(meta));
  return body.length ? [FENCE, ...body, FENCE].join(newline) + newline : '';
}

/** Reads the metadata keys a front matter holds; other keys are ignored. */
export function metadataFromFrontMatter(fm: FrontMatter): Partial<Metadata> {
  const out: Partial<Metadata> = {};
  for (const k of METADATA_KEYS) {
    if (!(k in fm.data)) continue;
    const v = fm.data[k];
    if (v === null || v === undefined) out[k] = null;
    else if (v instanceof Date) out[k] = v.toISOString().slice(0, k === 'published' ? 16 : 10);
    else out[k] = String(v);
  }
  return out;
}

/** Metadata with its keys in the documented order and every key present (missing ones null). */
export function orderedMetadata(m: Partial<Metadata>): Metadata {
  const out = {} as Record<string, string | null>;
  for (const k of METADATA_KEYS) out[k] = m[k] ?? null;
  return out as unknown as Metadata;
}

/** A new `NAME.meta.json`: the keys found, two-space JSON and a final newline. */
export function renderSidecar(m: Metadata): string {
  return JSON.stringify(knownMetadata(m), null, 2) + '\n';
}

/**
 * The `NAME.meta.json` to write given the one already there (null: none): its text is kept byte for
 * byte and only the metadata keys it lacks are added, never a null one. A file that is not a JSON
 * object is not ours to rewrite: an error says so.
 */
export function mergeSidecar(existing: string | null, m: Metadata): { text: string } | { error: string } {
  if (existing === null) return { text: renderSidecar(m) };
  let old: unknown;
  try {
    old = JSON.parse(existing.replace(/^\ufeff/, ''));
  } catch {
    return { error: 'is not valid JSON; left as it is' };
  }
  if (!old || typeof old !== 'object' || Array.isArray(old)) return { error: 'is not a JSON object; left as it is' };
  const add = Object.entries(knownMetadata(m)).filter(([k]) => !Object.hasOwn(old as object, k));
  if (add.length === 0) return { text: existing };
  const close = existing.lastIndexOf('}');
  const before = existing.slice(0, close).replace(/\s*$/, '');
  const sep = Object.keys(old).length ? ',' : '';
  const text = before + sep + add.map(([k, v]) => `\n  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',') + '\n' + existing.slice(close);
  try {
    const back = JSON.parse(text.replace(/^\ufeff/, ''));
    if (JSON.stringify(back) === JSON.stringify({ ...(old as object), ...Object.fromEntries(add) })) return { text };
  } catch {
    // fall through: the text was not what it seemed
  }
  return { error: 'could not be completed without rewriting it; left as it is' };
}
