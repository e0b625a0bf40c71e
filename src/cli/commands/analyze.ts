import { inputsFor, readOptions, type Context } from '../context';
import { analyzeArticle, corpusEvidence, readArticles } from '../../host';
import { analysisText, fileJson, JsonArrayWriter } from '../format';

export async function analyzeCommand(ctx: Context, paths: string[], opts: { json?: boolean }): Promise<number> {
  const inputs = await inputsFor(ctx, paths);
  // The same evidence as check, so `analyze --json` and `check --format json` agree.
  const evidence = await corpusEvidence(inputs, { ...readOptions(ctx), config: ctx.config });
  const json = opts.json ? new JsonArrayWriter(ctx.out, 'files') : null;
  let first = true;
  for await (const a of readArticles(inputs, readOptions(ctx))) {
    const analysis = analyzeArticle(a, ctx.config, evidence);
    ctx.warn(a.input.display, analysis);
    if (json) json.push(fileJson(a.input.display, analysis));
    else {
      ctx.out((first ? '' : '\n') + analysisText(a.input.display, analysis));
      first = false;
    }
  }
  json?.end();
  return ctx.skipped ? 2 : 0;
}
