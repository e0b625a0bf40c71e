import type { Finding } from '../../core';
import { inputsFor, readOptions, runPool, type Context } from '../context';
import { analyseArticles, corpusEvidence, type Article } from '../../host';
import { analyzeFileShared, eachRecord, sharedEvidence, streamed, streamEvidence, type PipelineOptions } from '../pipeline';
import { Reporter, type Format } from '../report';

export interface ReportOptions extends PipelineOptions {
  format: Format;
  /** check: suspect findings fail it too. */
  strict?: boolean;
}

/** analyze and check: every file (or record) analysed with its corpus evidence, reported as asked. */
export async function report(ctx: Context, paths: string[], opts: ReportOptions, text: 'check' | 'analyze'): Promise<{ files: number; findings: number; flagged: number; suspect: number; failing: number }> {
  const reporter = new Reporter(ctx, opts.format, text);
  const totals = { files: 0, findings: 0, flagged: 0, suspect: 0, failing: 0 };
  const count = (fs: Finding[]) => {
    totals.files++;
    totals.findings += fs.length;
    if (fs.length) totals.flagged++;
    const suspect = fs.filter((f) => f.confidence === 'suspect').length;
    totals.suspect += suspect;
    totals.failing += opts.strict ? fs.length : fs.length - suspect;
  };
  if (streamed(paths, opts)) {
    const ev = await streamEvidence(ctx, paths, opts);
    await eachRecord(
      ctx,
      paths,
      ev,
      (r) => {
        count(r.analysis.findings);
        reporter.add({ path: r.path, findings: r.analysis.findings, metadata: r.analysis.metadata, record: r.record, duplicateOf: r.duplicateOf });
      },
      (where, record, line, error) => reporter.bad(where, record, line, error),
    );
  } else {
    const inputs = await inputsFor(ctx, paths);
    const shared = await sharedEvidence(ctx, opts.evidence);
    // Shared evidence is applied on this thread: no workers for it.
    const pool = runPool(shared ? 0 : inputs.length);
    try {
      // Lines repeated across a source are chaff too: index the inputs first for that evidence.
      const evidence = shared ? null : await corpusEvidence(inputs, { ...readOptions(ctx), config: ctx.config, pool });
      const progress = ctx.progress('files', inputs.length);
      const local = shared ? (a: Article) => analyzeFileShared(a, ctx, shared) : undefined;
      for await (const { article: a, result: analysis } of analyseArticles(inputs, { ...readOptions(ctx), config: ctx.config, index: evidence, pool, local })) {
        ctx.warn(a.input.display, analysis);
        count(analysis.findings);
        reporter.add({ path: a.input.display, findings: analysis.findings, metadata: analysis.metadata });
        progress.tick(a.bytes.length);
        await ctx.drain();
      }
      progress.end();
    } finally {
      await pool.close();
    }
  }
  reporter.end();
  return totals;
}

export async function analyzeCommand(ctx: Context, paths: string[], opts: ReportOptions): Promise<number> {
  await report(ctx, paths, opts, 'analyze');
  return ctx.skipped ? 2 : 0;
}
