import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { clean, encodeArticle, mergeSidecar, type MetadataMode } from '../../core';
import { inputsFor, readOptions, type Context } from '../context';
import {
  articleOptions,
  ChaffError,
  ChangedOnDiskError,
  corpusEvidence,
  displayPath,
  fsMessage,
  isInside,
  readArticles,
  readIfExists,
  sidecarPath,
  writeAtomic,
  writeIfChanged,
  WriteRefusedError,
} from '../../host';
import { plural } from '../format';

export interface CleanCommandOptions {
  dryRun?: boolean;
  stdout?: boolean;
  out?: string;
  metadata: MetadataMode;
  /** Clean read-only and hard-linked files too (the latter in place). */
  force?: boolean;
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

export async function cleanCommand(ctx: Context, paths: string[], opts: CleanCommandOptions): Promise<number> {
  if (opts.stdout && opts.metadata === 'sidecar') throw new ChaffError('--metadata sidecar writes a file beside the output; it cannot be used with --stdout');
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
  const evidence = await corpusEvidence(inputs, { ...readOptions(ctx), config: ctx.config });
  const written = new Map<string, string>(); // output path → the input it came from
  const inputPaths = new Set(inputs.flatMap((i) => [i.abs, i.real]));
  let files = 0;
  let cleaned = 0;
  for await (const a of readArticles(inputs, readOptions(ctx))) {
    const { input } = a;
    const result = clean(a.text, { ...articleOptions(a, ctx.config, evidence), metadata: opts.metadata });
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
  }
  if (!opts.stdout && !opts.dryRun) {
    let s = `${plural(files, 'file')}: ${cleaned} cleaned, ${files - cleaned} unchanged`;
    if (outAbs) s += `, written under ${outShown(outAbs)}`;
    ctx.out(s + (ctx.skipped ? `, ${ctx.skipped} skipped` : '') + '\n');
  }
  return ctx.skipped ? 2 : 0;
}
