import type { Context } from '../context';
import { checkSummary } from '../format';
import { report, type ReportOptions } from './analyze';

export async function checkCommand(ctx: Context, paths: string[], opts: ReportOptions): Promise<number> {
  const t = await report(ctx, paths, opts, 'check');
  if (opts.format === 'text') ctx.summary(checkSummary(t.files, t.findings, t.flagged, ctx.skipped));
  return ctx.skipped ? 2 : t.findings ? 1 : 0;
}
