// Results in the format asked for (`--format text|json|jsonl|sarif`), one file or record at a time;
// only SARIF, a single document, is held until the end.
import type { Finding, Metadata } from '../core';
import type { JsonRecord } from '../host';
import type { Context } from './context';
import { analysisText, fileJson, findingJson, JsonArrayWriter, metadataJson } from './format';
import { SarifLog } from './sarif';

export const FORMATS = ['text', 'json', 'jsonl', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface Result {
  /** The file's shown path, or the record's path or id. */
  path: string;
  findings: Finding[];
  metadata: Metadata;
  /** The input record (JSON lines): its fields are kept, `text` left out or replaced by `cleaned`. */
  record?: JsonRecord;
  /** The cleaned text (clean). */
  cleaned?: string;
  /** Only with corpus evidence: the article this one repeats, or null. */
  duplicateOf?: string | null;
}

export class Reporter {
  private readonly json: JsonArrayWriter | null;
  private readonly sarif: SarifLog | null;
  private first = true;

  constructor(
    private readonly ctx: Context,
    readonly format: Format,
    /** What text output is: check's `path:line:` lines, analyze's blocks, or nothing (clean). */
    private readonly text: 'check' | 'analyze' | 'none',
  ) {
    this.json = format === 'json' ? new JsonArrayWriter(ctx.out, 'files') : null;
    this.sarif = format === 'sarif' ? new SarifLog() : null;
  }

  /** The JSON of one result: a file's `{path, findings, metadata}`, or its record with those added. */
  private object(r: Result): unknown {
    if (!r.record) {
      const o: Record<string, unknown> = { ...fileJson(r.path, r) };
      if (r.duplicateOf !== undefined) o.duplicateOf = r.duplicateOf;
      return o;
    }
    const o: JsonRecord = { ...r.record };
    if (r.cleaned !== undefined) o.text = r.cleaned;
    else delete o.text;
    o.metadata = metadataJson(r.metadata);
    o.findings = r.findings.map(findingJson);
    if (r.duplicateOf !== undefined) o.duplicateOf = r.duplicateOf;
    return o;
  }

  add(r: Result): void {
    switch (this.format) {
      case 'json':
        this.json!.push(this.object(r));
        break;
      case 'jsonl':
        this.ctx.out(JSON.stringify(this.object(r)) + '\n');
        break;
      case 'sarif':
        this.sarif!.add(r.path, r.findings);
        break;
      default:
        if (this.text === 'check') {
          const p = this.ctx.paint;
          for (const f of r.findings) this.ctx.out(`${p.bold(`${r.path}:${f.line}:`)} ${p.kind(f.kind)}${f.confidence === 'suspect' ? ' suspect' : ''} ${p.dim(f.rule)} ${f.message}\n`);
        } else if (this.text === 'analyze') {
          this.ctx.out((this.first ? '' : '\n') + analysisText(r.path, r));
        }
    }
    this.first = false;
  }

  /** A record that could not be processed: in JSON lines it keeps its place, with an `error` field. */
  bad(where: string, record: JsonRecord | null, line: number, error: string): void {
    this.ctx.skip(where, error);
    const o = record ? { ...record, error } : { line, error };
    if (this.format === 'jsonl') this.ctx.out(JSON.stringify(o) + '\n');
    else if (this.format === 'json') this.json!.push(o);
  }

  end(): void {
    this.json?.end();
    if (this.sarif) this.ctx.out(this.sarif.toString());
  }
}
