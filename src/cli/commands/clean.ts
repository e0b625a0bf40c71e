import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { cleanAnalysed, encodeArticle, mergeSidecar, type MetadataMode, type SharedEvidence, type StripLevel } from '../../core';
import { inputsFor, readOptions, runPool, type Context } from '../context';
import {
  ChaffError,
  ChangedOnDiskError,
  cleanArticles,
  corpusEvidence,
  displayPath,
  fsMessage,
  isInside,
  readIfExists,
  sidecarPath,
  writeAtomic,
  writeIfChanged,
  WriteRefusedError,
  type AnalysisPool,
  type Article,
  type Input,
} from '../../host';
import { plural } from '../format';
import { analyzeFileShared, eachRecord, sharedEvidence, streamed, streamEvidence, type PipelineOptions } from '../pipeline';
import { Reporter, type Format } from '../report';

export interface CleanCommandOptions extends PipelineOptions {
  dryRun?: boolean;
  stdout?: boolean;
  out?: string;
  /** Clean read-only and hard-linked files too (the latter in place). */
  force?: boolean;
  /** Default: front matter for files; none for JSON lines, whose records get a `metadata` field. */
  metadata?: MetadataMode;
  /** Default certain: suspect findings stay for review. */
  strip?: StripLevel;
  format?: Format;
}

const patch = (oldName: string, newName: string, oldText: string, newText: string) =>
  createTwoFilesPatch(oldName, newName, oldText, newText, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });

const realOrSelf = (p: string) => fs.realpath(p).catch(() => p);

/** `--out` must be a folder (or not exist yet) and must not hold a folder given as input. */
async function checkOut(ctx: Context, paths: string[], outAbs: string, outShown: string): Promise<void> {
  const st = await fs.stat(outAbs).catch(() => null);
  if (st && !st.isDirectory()) throw new ChaffError(`--out ${outShown}: not a folder`);
  const outReal = await realOrSelf(outAbs);
  for (const p of paths) {
    const abs = path.resolve(ctx.cwd, p);
    const pst = await fs.stat(abs).catch(() => null);
    if (!pst?.isDirectory()) continue;
    const real = await realOrSelf(abs);
    if (outAbs === abs || isInside(outAbs, abs) || outReal === real || isInside(outReal, real)) {
      throw new ChaffError(`--out ${outShown} holds the input ${displayPath(abs, ctx.cwd, path.isAbsolute(p))}; give a folder outside it (or clean in place without --out)`);
    }
  }
}

/** JSON lines in, JSON lines out: each record with its text cleaned, its metadata and findings. */
async function cleanRecords(ctx: Context, paths: string[], opts: CleanCommandOptions): Promise<number> {
  for (const [flag, on] of [['--dry-run', opts.dryRun], ['--stdout', opts.stdout], ['--out', opts.out !== undefined]] as const) {
    if (on) throw new ChaffError(`${flag} is for files; JSON lines are written to stdout`);
  }
  if (opts.metadata === 'sidecar') throw new ChaffError('--metadata sidecar writes a file beside each input; records get a metadata field instead');
  const reporter = new Reporter(ctx, opts.format ?? 'jsonl', 'none');
  const ev = await streamEvidence(ctx, paths, opts);
  let records = 0;
  let cleaned = 0;
  await eachRecord(
    ctx,
    paths,
    ev,
    (r) => {
      // The analysis made for the record is the one clean would make again; further passes use its options.
      const a = r.analysis;
      const text = cleanAnalysed(r.text, a, { ...r.options, metadata: opts.metadata ?? 'drop', strip: opts.strip }).text;
      records++;
      if (text !== r.text) cleaned++;
      reporter.add({ path: r.path, findings: a.findings, metadata: a.metadata, record: r.record, cleaned: text, duplicateOf: r.duplicateOf });
    },
    (where, record, line, error) => reporter.bad(where, record, line, error),
  );
  reporter.end();
  ctx.summary(`${plural(records, 'record')}: ${cleaned} cleaned, ${records - cleaned} unchanged${ctx.skipped ? `, ${ctx.skipped} bad` : ''}\n`);
  return ctx.skipped ? 2 : 0;
}

export async function cleanCommand(ctx: Context, paths: string[], opts: CleanCommandOptions): Promise<number> {
  if (streamed(paths, opts)) return cleanRecords(ctx, paths, opts);
  const metadata = opts.metadata ?? 'front-matter';
  const format = opts.format ?? 'text';
  if ((opts.stdout || opts.dryRun) && format !== 'text') throw new ChaffError(`${opts.stdout ? '--stdout prints the cleaned text' : '--dry-run prints a diff'}; it cannot be used with --format ${format}`);
  const reporter = format === 'text' ? null : new Reporter(ctx, format, 'none');
  if (opts.stdout && metadata === 'sidecar') throw new ChaffError('--metadata sidecar writes a file beside the output; it cannot be used with --stdout');
  if (opts.out === '') throw new ChaffError('--out: an empty path was given');
  const outAbs = opts.out !== undefined ? path.resolve(ctx.cwd, opts.out) : null;
  const outShown = (abs: string) => displayPath(abs, ctx.cwd, path.isAbsolute(opts.out ?? ''));
  if (outAbs && !paths.includes('')) await checkOut(ctx, paths, outAbs, outShown(outAbs));
  // Earlier outputs under a walked folder are not inputs.
  const inputs = await inputsFor(ctx, paths, (abs, explicit) => !explicit && !!outAbs && isInside(outAbs, abs));
  if (opts.stdout && inputs.length !== 1) {
    if (ctx.skipped && inputs.length === 0) return 2;
    throw new ChaffError(`--stdout needs exactly one file, got ${inputs.length}`);
  }

  // Evidence from the corpus as it was before any file of this run is rewritten.
  const shared = await sharedEvidence(ctx, opts.evidence);
  // Shared evidence is applied on this thread: no workers for it.
  const pool = runPool(shared ? 0 : inputs.length);
  let files: number;
  let cleaned: number;
  try {
    ({ files, cleaned } = await cleanFiles(ctx, inputs, opts, { metadata, reporter, outAbs, outShown, shared, pool }));
  } finally {
    await pool.close();
  }
  reporter?.end();
  if (!opts.stdout && !opts.dryRun) {
    let s = `${plural(files, 'file')}: ${cleaned} cleaned, ${files - cleaned} unchanged`;
    if (outAbs) s += `, written under ${outShown(outAbs)}`;
    ctx.summary(s + (ctx.skipped ? `, ${ctx.skipped} skipped` : '') + '\n');
  }
  return ctx.skipped ? 2 : 0;
}

interface CleanRun {
  metadata: MetadataMode;
  reporter: Reporter | null;
  outAbs: string | null;
  outShown(abs: string): string;
  shared: SharedEvidence | null;
  pool: AnalysisPool;
}

/** Cleans and writes each file in input order (the cleaning itself runs on the pool, a few files ahead). */
async function cleanFiles(ctx: Context, inputs: Input[], opts: CleanCommandOptions, run: CleanRun): Promise<{ files: number; cleaned: number }> {
  const { metadata, reporter, outAbs, outShown, shared, pool } = run;
  const evidence = shared ? null : await corpusEvidence(inputs, { ...readOptions(ctx), config: ctx.config, pool });
  const progress = ctx.progress('files', inputs.length);
  const written = new Map<string, string>(); // output path → the input it came from
  const inputPaths = new Set(inputs.flatMap((i) => [i.abs, i.real]));
  let files = 0;
  let cleaned = 0;
  const local = shared ? (a: Article) => analyzeFileShared(a, ctx, shared) : undefined;
  for await (const { article: a, result } of cleanArticles(inputs, { ...readOptions(ctx), config: ctx.config, index: evidence, pool, local, metadata, strip: opts.strip })) {
    const { input } = a;
    progress.tick(a.bytes.length);
    ctx.warn(input.display, result);
    if (opts.stdout) {
      ctx.raw(result.text);
      files++;
      continue;
    }
    // Where the cleaned text goes; --out into the input's own folder amounts to cleaning in place.
    let target = input.real;
    let targetShown = input.display;
    if (outAbs) {
      const t = path.join(outAbs, ...input.rel.split('/'));
      const prev = written.get(t);
      if (prev !== undefined) {
        ctx.skip(input.display, `output ${outShown(t)} already written from ${prev}; skipped`);
        continue;
      }
      if (t !== input.abs && t !== input.real) {
        // --out overlapping the inputs must not overwrite a file still to be cleaned.
        if (inputPaths.has(t)) {
          ctx.skip(input.display, `output ${outShown(t)} is one of the inputs; skipped`);
          continue;
        }
        target = t;
        targetShown = outShown(t);
      }
      written.set(t, input.display);
    }
    const inPlace = target === input.real;
    if (inPlace && result.changed && !opts.dryRun) {
      // What is in the user's folder is theirs: a link out of it, a read-only or hard-linked file.
      if (input.within && !isInside(input.within.real, input.real)) {
        ctx.skip(input.display, `a link to a file outside ${input.within.display}; not written`);
        continue;
      }
      if (!opts.force && (a.stat.mode & 0o200) === 0) {
        ctx.skip(input.display, 'read-only; not written (--force to clean it anyway)');
        continue;
      }
      if (!opts.force && a.stat.nlink > 1) {
        ctx.skip(input.display, `has ${a.stat.nlink} hard links; not written (--force writes it in place, keeping the links)`);
        continue;
      }
    }
    const meta = result.sidecar;
    const sidecar = meta ? sidecarPath(inPlace ? input.abs : target) : null;
    const sidecarShown = sidecar && path.posix.join(path.posix.dirname(targetShown), path.basename(sidecar));
    const bytes = encodeArticle(result.text, a.encoding);
    try {
      const old = sidecar ? ((await readIfExists(sidecar))?.toString('utf8') ?? null) : null;
      const merged = sidecar ? mergeSidecar(old, meta!) : null;
      if (merged && 'error' in merged) {
        ctx.skip(input.display, `${sidecarShown} ${merged.error}; article not written`);
        continue;
      }
      if (opts.dryRun) {
        if (result.changed) ctx.out(patch(input.display, targetShown, a.text, result.text));
        if (merged && merged.text !== old) ctx.out(patch(old === null ? '/dev/null' : sidecarShown!, sidecarShown!, old ?? '', merged.text));
      } else {
        if (!inPlace) await writeIfChanged(target, bytes, a.stat.mode);
        else if (result.changed) {
          await writeAtomic(target, bytes, { mode: a.stat.mode, owner: { uid: a.stat.uid, gid: a.stat.gid }, expect: a.bytes, inPlace: a.stat.nlink > 1 });
        }
        if (sidecar && merged && merged.text !== old) await writeIfChanged(sidecar, merged.text);
      }
    } catch (e) {
      ctx.skip(input.display, e instanceof ChangedOnDiskError || e instanceof WriteRefusedError ? e.message : `${fsMessage(e)}, not written`);
      continue;
    }
    files++;
    if (result.changed) cleaned++;
    reporter?.add({ path: input.display, findings: result.findings, metadata: result.metadata });
  }
  progress.end();
  return { files, cleaned };
}
