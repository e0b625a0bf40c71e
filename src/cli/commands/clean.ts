import path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { clean, renderSidecar, type MetadataMode, type StripLevel } from '../../core';
import { inputsFor, readOptions, type Context } from '../context';
import { articleOptions, corpusEvidence, readArticles } from '../corpus';
import { CliError, fsMessage } from '../errors';
import { ChangedOnDiskError, readIfExists, sidecarPath, writeAtomic, writeIfChanged } from '../files';
import { metadataJson, plural } from '../format';
import { displayPath, isInside } from '../paths';

export interface CleanCommandOptions {
  dryRun?: boolean;
  stdout?: boolean;
  out?: string;
  metadata: MetadataMode;
  strip?: StripLevel;
}

const patch = (oldName: string, newName: string, oldText: string, newText: string) =>
  createTwoFilesPatch(oldName, newName, oldText, newText, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });


export async function cleanCommand(ctx: Context, paths: string[], opts: CleanCommandOptions): Promise<number> {
  if (opts.stdout && opts.metadata === 'sidecar') throw new CliError('--metadata sidecar writes a file beside the output; it cannot be used with --stdout');
  const outAbs = opts.out !== undefined ? path.resolve(ctx.cwd, opts.out) : null;
  const outShown = (abs: string) => displayPath(abs, ctx.cwd, path.isAbsolute(opts.out ?? ''));
  // Earlier outputs under a walked folder are not inputs.
  const inputs = await inputsFor(ctx, paths, (abs, explicit) => !explicit && !!outAbs && isInside(outAbs, abs));
  if (opts.stdout && inputs.length !== 1) {
    if (ctx.skipped && inputs.length === 0) return 2;
    throw new CliError(`--stdout needs exactly one file, got ${inputs.length}`);
  }

  // Evidence from the corpus as it was before any file of this run is rewritten.
  const evidence = await corpusEvidence(inputs, { ...readOptions(ctx), config: ctx.config });
  const written = new Map<string, string>(); // output path → the input it came from
  const inputPaths = new Set(inputs.flatMap((i) => [i.abs, i.real]));
  let files = 0;
  let cleaned = 0;
  for await (const a of readArticles(inputs, readOptions(ctx))) {
    const { input } = a;
    const result = clean(a.text, { ...articleOptions(a, ctx.config, evidence), metadata: opts.metadata, strip: opts.strip });
    if (opts.stdout) {
      ctx.out(result.text);
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
    const meta = result.sidecar;
    const sidecar = meta ? sidecarPath(inPlace ? input.abs : target) : null;
    const sidecarShown = sidecar && path.posix.join(path.posix.dirname(targetShown), path.basename(sidecar));
    try {
      if (opts.dryRun) {
        if (result.changed) ctx.out(patch(input.display, targetShown, a.text, result.text));
        if (sidecar) {
          const old = (await readIfExists(sidecar))?.toString('utf8') ?? null;
          const next = renderSidecar(meta!);
          if (old !== next) ctx.out(patch(old === null ? '/dev/null' : sidecarShown!, sidecarShown!, old ?? '', next));
        }
      } else {
        if (!inPlace) await writeIfChanged(target, result.text, a.stat.mode);
        else if (result.changed) await writeAtomic(target, result.text, { mode: a.stat.mode, expect: a.bytes });
        if (sidecar) await writeIfChanged(sidecar, renderSidecar(meta!));
      }
    } catch (e) {
      ctx.skip(input.display, e instanceof ChangedOnDiskError ? e.message : `${fsMessage(e)}, not written`);
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
