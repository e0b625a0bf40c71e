import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError, fsMessage } from '../errors';
import { inputsFor, readOptions, type Context } from '../context';
import { buildIndex } from '../corpus';
import { indexTable, JsonArrayWriter } from '../format';
import { displayPath } from '../paths';

export async function indexCommand(ctx: Context, dir: string, opts: { json?: boolean }): Promise<number> {
  const abs = path.resolve(ctx.cwd, dir);
  const shown = displayPath(abs, ctx.cwd, path.isAbsolute(dir));
  try {
    if (!(await fs.stat(abs)).isDirectory()) throw new CliError(`${shown}: not a folder`);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${shown}: ${fsMessage(e)}`);
  }
  const records = await buildIndex(await inputsFor(ctx, [dir]), { ...readOptions(ctx), config: ctx.config });
  if (opts.json) {
    const w = new JsonArrayWriter(ctx.out, 'articles');
    for (const r of records) w.push(r);
    w.end();
  } else ctx.out(indexTable(records));
  return ctx.skipped ? 2 : 0;
}
