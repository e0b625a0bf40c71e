import { inputsFor, readOptions, type Context } from '../context';
import { analyzeArticle, corpusEvidence, readArticles } from '../../host';
import { checkLine, checkSummary, fileJson, JsonArrayWriter } from '../format';

export async function checkCommand(ctx: Context, paths: string[], opts: { format: 'text' | 'json' }): Promise<number> {
  const inputs = await inputsFor(ctx, paths);
  // Lines repeated across a source are chaff too: index the inputs first for that evidence.
  const evidence = await corpusEvidence(inputs, { ...readOptions(ctx), config: ctx.config });
  const json = opts.format === 'json' ? new JsonArrayWriter(ctx.out, 'files') : null;
  let files = 0;
  let findings = 0;
  let flagged = 0;
  for await (const a of readArticles(inputs, readOptions(ctx))) {
    const analysis = analyzeArticle(a, ctx.config, evidence);
    ctx.warn(a.input.display, analysis);
    files++;
    findings += analysis.findings.length;
    if (analysis.findings.length) flagged++;
    if (json) json.push(fileJson(a.input.display, analysis));
    else for (const f of analysis.findings) ctx.out(checkLine(a.input.display, f));
  }
  if (json) json.end();
  else ctx.out(checkSummary(files, findings, flagged, ctx.skipped));
  return ctx.skipped ? 2 : findings ? 1 : 0;
}
