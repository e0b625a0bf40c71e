import { METADATA_KEYS, orderedMetadata, plural, type Analysis, type Finding, type Metadata } from '../core';
import type { IndexRecord } from '../host';

export interface FindingJson {
  kind: string;
  rule: string;
  /** certain: a default clean strips it; suspect: left for review. */
  confidence: 'certain' | 'suspect';
  line: number;
  endLine: number;
  message: string;
}

export interface FileJson {
  path: string;
  findings: FindingJson[];
  metadata: Metadata;
}

// Keys are listed one by one: the JSON's key order is part of the CLI contract, whatever the engine's objects hold.
export const findingJson = (f: Finding): FindingJson => ({ kind: f.kind, rule: f.rule, confidence: f.confidence, line: f.line, endLine: f.endLine, message: f.message });

export const metadataJson = orderedMetadata;

export const fileJson = (path: string, a: Pick<Analysis, 'findings' | 'metadata'>): FileJson => ({
  path,
  findings: a.findings.map(findingJson),
  metadata: metadataJson(a.metadata),
});

/** Streams `{"<key>":[item,…]}` one item at a time, byte-identical to JSON.stringify of the whole. */
export class JsonArrayWriter {
  private count = 0;
  constructor(
    private readonly write: (s: string) => void,
    key: string,
  ) {
    write(`{${JSON.stringify(key)}:[`);
  }
  push(item: unknown): void {
    this.write((this.count++ ? ',' : '') + JSON.stringify(item));
  }
  end(): void {
    this.write(']}\n');
  }
}

export { plural };

export const lineRange = (f: { line: number; endLine: number }) => (f.endLine > f.line ? `${f.line}-${f.endLine}` : `${f.line}`);

export const checkLine = (path: string, f: Finding) => `${path}:${f.line}: ${f.kind} ${f.rule} ${f.message}\n`;

export function checkSummary(files: number, findings: number, filesWithFindings: number, skipped: number, suspect = 0): string {
  let s = `${plural(files, 'file')}, `;
  s += findings ? `${plural(findings, 'finding')} in ${plural(filesWithFindings, 'file')}` : 'no findings';
  if (suspect) s += ` (${suspect} suspect, left for review)`;
  if (skipped) s += `, ${skipped} skipped`;
  return s + '\n';
}

/** Pads columns to their widest cell; the last column is left ragged. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length))).join('  ').trimEnd() + '\n')
    .join('');
}

/** A readable block for one file: its metadata, then its findings. */
export function analysisText(path: string, a: Pick<Analysis, 'findings' | 'metadata'>): string {
  const n = a.findings.length;
  let s = `${path}: ${n ? plural(n, 'finding') : 'no findings'}\n`;
  const meta = METADATA_KEYS.filter((k) => a.metadata[k] != null).map((k) => [`  ${k}:`, String(a.metadata[k])]);
  if (meta.length) s += table(meta);
  if (n) s += table(a.findings.map((f) => [`  ${lineRange(f)}`, f.kind, f.rule, f.message]));
  return s;
}

export function indexTable(records: IndexRecord[]): string {
  const dash = (v: string | null) => v ?? '-';
  return table([
    ['PATH', 'SOURCE', 'PUBLISHED', 'FINDINGS', 'TITLE'],
    ...records.map((r) => [r.path, dash(r.source), dash(r.published), String(r.findings), dash(r.title)]),
  ]);
}
