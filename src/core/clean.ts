import { isMap, isScalar, parseDocument } from 'yaml';
import { analyze, type AnalyzeOptions } from './analyze';
import { renderFrontMatter, yamlLines } from './frontmatter';
import { plainFrontMatter } from './plainYaml';
import { METADATA_KEYS, type Analysis, type FrontMatter, type CleanResult, type Finding, type LineDoc, type Metadata, type MetadataMode, type TextEdit } from './types';

/** Which findings a clean strips: the certain ones (the default), or the suspect ones too. */
export type StripLevel = 'certain' | 'suspect';

export interface CleanOptions extends AnalyzeOptions {
  metadata?: MetadataMode;
  strip?: StripLevel;
}

/** The findings a clean at this level strips. */
export const findingsToStrip = (findings: Finding[], strip: StripLevel = 'certain'): Finding[] =>
  strip === 'suspect' ? findings : findings.filter((f) => f.confidence === 'certain');

const isBlank = (s: string) => s.trim() === '';

/**
 * Edits that remove the given findings' lines and tidy the blank lines around them: a removed run
 * between two kept lines leaves exactly one blank line, and none at the top or bottom of the body.
 * With `tidyAll`, every blank run in the body is tidied the same way (what a whole clean does).
 * Kept lines are never touched.
 */
export function stripEdits(doc: LineDoc, findings: Finding[], bodyStart = 0, tidyAll = false): TextEdit[] {
  const n = doc.lines.length;
  const removed = new Uint8Array(n);
  for (const f of findings) for (let l = f.line - 1; l < f.endLine && l < n; l++) if (l >= bodyStart) removed[l] = 1;
  const drop = new Uint8Array(n);
  const insertBlank = new Set<number>(); // index of the first line of a run to replace with one blank line
  let i = bodyStart;
  while (i < n) {
    if (!removed[i] && !isBlank(doc.lines[i])) {
      i++;
      continue;
    }
    let j = i;
    let hasRemoved = false;
    let firstBlank = -1;
    while (j < n && (removed[j] || isBlank(doc.lines[j]))) {
      if (removed[j]) hasRemoved = true;
      else if (firstBlank < 0) firstBlank = j;
      j++;
    }
    if (hasRemoved || tidyAll) {
      // Front matter counts as a kept line above the body: one blank line stays between them.
      const atEdge = (i === 0 && bodyStart === 0) || j === n;
      for (let k = i; k < j; k++) drop[k] = 1;
      if (!atEdge) {
        if (firstBlank >= 0) drop[firstBlank] = 0;
        else insertBlank.add(i);
      }
    }
    i = j;
  }
  const edits: TextEdit[] = [];
  for (let k = bodyStart; k < n; ) {
    if (!drop[k]) {
      k++;
      continue;
    }
    let e = k;
    while (e < n && drop[e] && !(e > k && insertBlank.has(e))) e++;
    let start = doc.offsets[k];
    const end = e < n ? doc.offsets[e] : doc.text.length;
    // A run at the very end takes the break of the line before it when the file had no final
    // newline (it still has none); otherwise the last kept line keeps its break.
    if (e === n && !doc.finalNewline && k > 0) start -= doc.breaks[k - 1].length;
    edits.push({ start, end, text: insertBlank.has(k) ? doc.newline : '' });
    k = e;
  }
  return edits;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * Adds the metadata keys an existing front matter lacks (never a null one) as new lines above its
 * closing fence. The lines already there are the user's and stay byte for byte: a block that cannot
 * take new lines without changing what it says (a flow mapping, say) is left alone.
 */
function completeFrontMatter(doc: LineDoc, fm: FrontMatter, meta: Metadata): TextEdit | null {
  if (fm.unreadable) return null;
  const yamlText = doc.lines.slice(1, fm.endLine - 1).join('\n');
  // Read as parseFrontMatter reads it (a repeated key is allowed).
  const y = parseDocument(yamlText, { uniqueKeys: false });
  const c = y.contents;
  const empty = c === null || (isScalar(c) && c.value === null && !c.anchor && c.source === undefined);
  if (y.errors.length || !(empty || (isMap(c) && !c.flow))) return null;
  const missing: Partial<Metadata> = {};
  for (const k of METADATA_KEYS) if (meta[k] !== null && !y.has(k)) missing[k] = meta[k];
  const lines = yamlLines(missing);
  if (lines.length === 0) return null;
  const next = yamlText === '' ? lines.join('\n') : `${yamlText}\n${lines.join('\n')}`;
  // What the block said must be what it still says, plus the new keys.
  const before = parseDocument(yamlText, { uniqueKeys: false }).toJS({ maxAliasCount: 10 }) ?? {};
  const after = parseDocument(next, { uniqueKeys: false });
  if (after.errors.length || sameJson(after.toJS({ maxAliasCount: 10 }), { ...before, ...missing }) === false) return null;
  const at = doc.offsets[fm.endLine - 1];
  const nl = fm.endLine >= 2 && doc.breaks[fm.endLine - 2] ? doc.breaks[fm.endLine - 2] : doc.newline;
  return { start: at, end: at, text: lines.join(nl) + nl };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a, (_k, v) => (typeof v === 'bigint' ? String(v) : v)) === JSON.stringify(b, (_k, v) => (typeof v === 'bigint' ? String(v) : v));

/** All edits of a whole clean: strip every finding, tidy blank lines, write metadata as asked. */
export function cleanEdits(analysis: Analysis, mode: MetadataMode = 'front-matter', strip: StripLevel = 'certain'): TextEdit[] {
  const { doc, frontMatter, metadata } = analysis;
  // Nothing but whitespace: nothing to strip and nothing to say; the file stays as it is.
  if (doc.lines.every(isBlank)) return [];
  const findings = findingsToStrip(analysis.findings, strip);
  const bodyStart = frontMatter ? frontMatter.endLine : 0;
  const edits = stripEdits(doc, findings, bodyStart, true).filter((e) => doc.text.slice(e.start, e.end) !== e.text);
  if (mode !== 'front-matter') return edits;
  if (frontMatter) {
    const fm = completeFrontMatter(doc, frontMatter, metadata);
    if (fm) edits.push(fm);
    const first = doc.lines[bodyStart];
    if (first !== undefined && !isBlank(first) && !findings.some((f) => f.line === bodyStart + 1)) {
      edits.push({ start: doc.offsets[bodyStart], end: doc.offsets[bodyStart], text: doc.newline });
    }
    return edits;
  }
  const header = plainFrontMatter(metadata, doc.newline) ?? renderFrontMatter(metadata, doc.newline);
  if (!header) return edits;
  const hasBody = applyEdits(doc.text, edits).trim() !== '';
  edits.push({ start: 0, end: 0, text: hasBody ? header + doc.newline : header });
  return edits;
}

/**
 * Whether a clean with these findings may need another pass: suspect lines stay, and certain chaff
 * gone from around them can show them in a new light (a line that was under a title may be the title
 * now); a teaser block gone can end the article sooner.
 */
export const unsettled = (a: Pick<Analysis, 'findings' | 'unwrapped'>): boolean =>
  // Wrapped text read as logical lines may read otherwise once its chaff is gone (too few wrapped lines left).
  // (So may paragraphs a repeated label stood between: with it gone, they stand apart, and a line over them may read as a head.)
  !!a.unwrapped || a.findings.some((f) => f.confidence === 'suspect' || f.rule === 'teaser-headline' || f.rule === 'repeated-label');

/** Cleans one file's text. `clean(clean(x).text).text === clean(x).text`. */
export function clean(input: string, opts: CleanOptions = {}): CleanResult {
  return cleanAnalysed(input, analyze(input, opts), opts);
}

/**
 * `clean` from the analysis of `input` that clean would make (with the same options): one made
 * already is not made again. Further passes analyse with `reanalyze` (by default, the same options).
 */
export function cleanAnalysed(input: string, analysis: Analysis, opts: CleanOptions = {}, reanalyze = (text: string) => analyze(text, opts)): CleanResult {
  const first = cleanOnce(input, analysis, opts);
  // Clean again, while a pass may change what the next one sees, until nothing more goes.
  let text = first.text;
  let more = unsettled(analysis);
  for (let pass = 0; pass < 3 && more && (opts.strip ?? 'certain') === 'certain'; pass++) {
    const a = reanalyze(text);
    const again = cleanOnce(text, a, opts);
    if (again.text === text) break;
    text = again.text;
    more = unsettled(a);
  }
  return { ...first, text, changed: text !== input };
}

function cleanOnce(input: string, analysis: Analysis, opts: CleanOptions): CleanResult {
  const mode = opts.metadata ?? 'front-matter';
  const edits = cleanEdits(analysis, mode, opts.strip);
  const text = (analysis.doc.bom ? '\ufeff' : '') + applyEdits(analysis.doc.text, edits);
  return {
    text,
    metadata: analysis.metadata,
    findings: analysis.findings,
    sidecar: mode === 'sidecar' ? analysis.metadata : null,
    changed: text !== input,
    ...(analysis.warnings ? { warnings: analysis.warnings } : {}),
  };
}
