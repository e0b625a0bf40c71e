import path from 'node:path';
import { serialiseEvidence } from '../../core';
import { evidenceOfIndex, evidenceOfJsonl, indexCorpus, openInput } from '../../host';
import { inputsFor, readOptions, type Context } from '../context';
import { plural } from '../format';
import { streamed, type PipelineOptions } from '../pipeline';
import { throughput } from '../progress';

/**
 * `chaff evidence`: the corpus-level evidence (lines each source repeats, duplicate sets) of files
 * or JSON lines, as one JSON text for `--evidence FILE`, so shards of a corpus get what one run gets.
 */
export async function evidenceCommand(ctx: Context, paths: string[], opts: Pick<PipelineOptions, 'jsonl'>): Promise<number> {
  const t0 = performance.now();
  let bytes = 0;
  const ev = streamed(paths, opts)
    ? await (async () => {
        const progress = ctx.progress('records');
        const e = await evidenceOfJsonl(
          paths.map((p) => async () => (await openInput(p === '-' ? '-' : path.resolve(ctx.cwd, p))).stream),
          ctx.config,
          ctx.maxSize,
          (item, k) => ctx.skip(`${paths[k] === '-' ? '<stdin>' : paths[k]}:${item.line}`, item.error),
          (b) => {
            bytes += b;
            progress.tick(b);
          },
        );
        progress.end();
        return e;
      })()
    : await (async () => {
        const inputs = await inputsFor(ctx, paths);
        const progress = ctx.progress('files', inputs.length);
        const index = await indexCorpus(inputs, { config: ctx.config, maxSize: ctx.maxSize, onSkip: readOptions(ctx).onSkip, onProgress: (p) => progress.update(p.done) });
        progress.end();
        return evidenceOfIndex(index, ctx.config);
      })();
  ctx.out(serialiseEvidence(ev));
  const lines = [...ev.sources.values()].reduce((n, s) => n + s.length, 0);
  let s = `${plural(ev.articles, 'article')}: ${plural(lines, 'repeated line')} in ${plural(ev.sources.size, 'source')}, ${plural(ev.duplicates.length, 'duplicate set')}`;
  if (bytes) s += `; ${throughput(bytes, (performance.now() - t0) / 1000)}`;
  ctx.summary(s + (ctx.skipped ? `, ${ctx.skipped} skipped` : '') + '\n');
  return ctx.skipped ? 2 : 0;
}
