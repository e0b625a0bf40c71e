import { promises as fs } from 'node:fs';
import path from 'node:path';
import { corpusStatistics } from '../../core';
import { buildIndex, ChaffError, displayPath, fsMessage } from '../../host';
import { inputsFor, readOptions, type Context } from '../context';
import { indexTable, plural } from '../format';

export async function indexCommand(ctx: Context, dir: string, opts: { json?: boolean; cache?: string }): Promise<number> {
  const abs = path.resolve(ctx.cwd, dir);
  const shown = displayPath(abs, ctx.cwd, path.isAbsolute(dir));
  try {
    if (!(await fs.stat(abs)).isDirectory()) throw new ChaffError(`${shown}: not a folder`);
  } catch (e) {
    if (e instanceof ChaffError) throw e;
    throw new ChaffError(`${shown}: ${fsMessage(e)}`);
  }
  const cacheFile = opts.cache !== undefined ? path.resolve(ctx.cwd, opts.cache) : undefined;
  // The cache file itself is never an article.
  const inputs = await inputsFor(ctx, [dir], (p) => p === cacheFile);
  const { records, duplicates } = await buildIndex(inputs, { ...readOptions(ctx), config: ctx.config, cacheFile });
  if (opts.json) {
    // Keys in this order: `articles` first, as before; `duplicates` and `statistics` added after it.
    ctx.out(JSON.stringify({ articles: records, duplicates, statistics: corpusStatistics(records, duplicates) }) + '\n');
  } else {
    ctx.out(indexTable(records));
    if (duplicates.length) {
      ctx.out(`\n${plural(duplicates.length, 'duplicate set')}:\n`);
      for (const d of duplicates) ctx.out(`  ${d.kind === 'exact' ? 'same body' : `${Math.round(d.similarity * 100)}% alike`}: ${d.articles.join(', ')}\n`);
    }
  }
  return ctx.skipped ? 2 : 0;
}
