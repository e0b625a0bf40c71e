import { promises as fs } from 'node:fs';
import path from 'node:path';
import { corpusStatistics } from '../../core';
import { buildIndex, ChaffError, displayPath, fsMessage, notACache } from '../../host';
import { inputsFor, readOptions, type Context } from '../context';
import { indexTable, plural } from '../format';
import type { Format } from '../report';
import { SarifLog } from '../sarif';

export async function indexCommand(ctx: Context, dir: string, opts: { format: Format; cache?: string }): Promise<number> {
  const abs = path.resolve(ctx.cwd, dir);
  const shown = displayPath(abs, ctx.cwd, path.isAbsolute(dir));
  try {
    if (!(await fs.stat(abs)).isDirectory()) throw new ChaffError(`${shown}: not a folder`);
  } catch (e) {
    if (e instanceof ChaffError) throw e;
    throw new ChaffError(`${shown}: ${fsMessage(e)}`);
  }
  if (opts.cache === '') throw new ChaffError('--cache: an empty path was given');
  const cacheFile = opts.cache !== undefined ? path.resolve(ctx.cwd, opts.cache) : undefined;
  if (cacheFile) {
    const why = await notACache(cacheFile);
    if (why) throw new ChaffError(`--cache ${displayPath(cacheFile, ctx.cwd, path.isAbsolute(opts.cache!))}: ${why}`);
  }
  // The cache file itself is never an article.
  const inputs = await inputsFor(ctx, [dir], (p) => p === cacheFile);
  const { records, duplicates } = await buildIndex(inputs, { ...readOptions(ctx), config: ctx.config, cacheFile });
  if (opts.format === 'json') {
    // Keys in this order: `articles` first, as before; `duplicates` and `statistics` added after it.
    ctx.out(JSON.stringify({ articles: records, duplicates, statistics: corpusStatistics(records, duplicates) }) + '\n');
  } else if (opts.format === 'jsonl') {
    for (const r of records) ctx.out(JSON.stringify(r) + '\n');
  } else if (opts.format === 'sarif') {
    const log = new SarifLog();
    for (const r of records) if (r.duplicateOf !== null) log.addDuplicate(r.path, r.duplicateOf);
    ctx.out(log.toString());
  } else {
    ctx.out(indexTable(records));
    if (duplicates.length) {
      ctx.out(`\n${plural(duplicates.length, 'duplicate set')}:\n`);
      for (const d of duplicates) ctx.out(`  ${d.kind === 'exact' ? 'same body' : `${Math.round(d.similarity * 100)}% alike`}: ${d.articles.join(', ')}\n`);
    }
  }
  return ctx.skipped ? 2 : 0;
}
