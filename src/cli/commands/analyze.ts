import { analyze } from '../../core';
import { inputsFor, readOptions, type Context } from '../context';
import { readArticles } from '../corpus';
import { analysisText, fileJson, JsonArrayWriter } from '../format';

export async function analyzeCommand(ctx: Context, paths: string[], opts: { json?: boolean }): Promise<number> {
  const inputs = await inputsFor(ctx, paths);
  const json = opts.json ? new JsonArrayWriter(ctx.out, 'files') : null;
  let first = true;
  for await (const a of readArticles(inputs, readOptions(ctx))) {
    const analysis = analyze(a.text, { config: ctx.config });
    if (json) json.push(fileJson(a.input.display, analysis));
    else {
      ctx.out((first ? '' : '\n') + analysisText(a.input.display, analysis));
      first = false;
    }
  }
  json?.end();
  return ctx.skipped ? 2 : 0;
}
