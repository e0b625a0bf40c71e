// What analyze, check and clean share for pipelines: JSON-lines inputs (`--jsonl`, or `-` for stdin),
// and corpus evidence made once (`chaff evidence`) and given to every shard (`--evidence FILE`).
import path from 'node:path';
import { analyzeWithShared, duplicateIndex, type Analysis, type AnalyzeOptions, type SharedEvidence } from '../core';
import { evidenceOfJsonl, loadEvidence, openInput, readJsonl, type Article, type JsonRecord } from '../host';
import type { Context } from './context';

export interface PipelineOptions {
  jsonl?: boolean;
  evidence?: string;
}

/** JSON-lines input: asked for, or `-` among the paths. */
export const streamed = (paths: string[], opts: PipelineOptions) => !!opts.jsonl || paths.includes('-');

const shownInput = (p: string) => (p === '-' ? '<stdin>' : p);

export async function sharedEvidence(ctx: Context, file: string | undefined): Promise<SharedEvidence | null> {
  return file === undefined ? null : loadEvidence(path.resolve(ctx.cwd, file), ctx.config, file);
}

/**
 * Evidence for JSON-lines inputs: the file given, else made by a first pass over the inputs when
 * they are files. Standard input cannot be read twice: without --evidence it gets none.
 */
export async function streamEvidence(ctx: Context, paths: string[], opts: PipelineOptions): Promise<SharedEvidence | null> {
  if (opts.evidence !== undefined) return sharedEvidence(ctx, opts.evidence);
  if (paths.includes('-')) {
    if (!ctx.quiet) ctx.err('chaff: standard input is read once, so without --evidence FILE (see `chaff evidence`) it gets no corpus evidence\n');
    return null;
  }
  // Bad records are reported by the pass that writes the output.
  return evidenceOfJsonl(
    paths.map((p) => async () => (await openInput(path.resolve(ctx.cwd, p))).stream),
    ctx.config,
    ctx.maxSize,
    () => {},
  );
}

export interface RecordResult {
  record: JsonRecord;
  path: string;
  text: string;
  analysis: Analysis;
  options: AnalyzeOptions;
  duplicateOf?: string | null;
}

/** Each good record of the inputs, analysed with the evidence, in order; bad ones go to `bad`. */
export async function eachRecord(
  ctx: Context,
  paths: string[],
  ev: SharedEvidence | null,
  fn: (r: RecordResult) => void | Promise<void>,
  bad: (where: string, record: JsonRecord | null, line: number, error: string) => void,
): Promise<void> {
  const dups = ev ? duplicateIndex(ev) : null;
  for (const p of paths) {
    const { stream, size } = await openInput(p === '-' ? '-' : path.resolve(ctx.cwd, p));
    const progress = ctx.progress('records', undefined, size);
    for await (const item of readJsonl(stream, ctx.maxSize)) {
      if ('error' in item) bad(`${shownInput(p)}:${item.line}`, item.record, item.line, item.error);
      else {
        const { analysis, options } = analyzeWithShared(item.text, item.path, ev, ctx.config);
        await fn({ record: item.record, path: item.path, text: item.text, analysis, options, duplicateOf: dups ? (dups.get(item.path) ?? null) : undefined });
      }
      progress.tick(item.bytes);
      await ctx.drain();
    }
    progress.end();
  }
}

/** A file's analysis with shared evidence (its path as shown is what places it, as in the run that made the evidence). */
export const analyzeFileShared = (a: Article, ctx: Context, ev: SharedEvidence) => analyzeWithShared(a.text, a.input.display, ev, ctx.config);
