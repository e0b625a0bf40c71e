import { parseDocument, stringify } from 'yaml';
import { plainFrontMatterData } from './plainYaml';
import { METADATA_KEYS, type FrontMatter, type LineDoc, type Metadata } from './types';

/** A YAML block fenced by `---` lines at the very top; null when absent or not a mapping. */
export function parseFrontMatter(doc: LineDoc): FrontMatter | null {
  if (doc.lines[0]?.trimEnd() !== '---') return null;
  let end = -1;
  for (let i = 1; i < doc.lines.length; i++) {
    const l = doc.lines[i].trimEnd();
    if (l === '---' || l === '...') {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const plain = plainFrontMatterData(doc.lines, 1, end);
  if (plain) return { endLine: end + 1, data: plain };
  const parsed = parseDocument(doc.lines.slice(1, end).join('\n'), { uniqueKeys: false });
  if (parsed.errors.length) return null;
  let data: unknown;
  try {
    data = parsed.toJS({ maxAliasCount: 10 });
  } catch {
    return null; // an alias without its anchor, or too many aliases: not front matter we can read
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) return null;
  return { endLine: end + 1, data: (data ?? {}) as Record<string, unknown> };
}

/** Metadata as a front-matter block, null values kept so the schema is visible. */
export function renderFrontMatter(meta: Metadata, newline: string): string {
  const body = stringify(orderedMetadata(meta), { lineWidth: 0, defaultStringType: 'PLAIN', nullStr: 'null' }).trimEnd();
  return ['---', ...body.split('\n'), '---'].join(newline) + newline;
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

/** The `NAME.meta.json` written beside a cleaned article: two-space JSON and a final newline. */
export function renderSidecar(m: Metadata): string {
  return JSON.stringify(orderedMetadata(m), null, 2) + '\n';
}
