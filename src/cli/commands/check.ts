import type { Context } from '../context';
import { checkSummary } from '../format';
import { report, type ReportOptions } from './analyze';

export async function checkCommand(ctx: Context, paths: string[], opts: ReportOptions): Promise<number> {
  const t = await report(ctx, paths, opts, 'check');
  if (opts.format === 'text') ctx.summary(checkSummary(t.files, t.findings, t.flagged, ctx.skipped, t.suspect));
  // Suspect findings are shown for review; only certain ones fail, unless --strict.
  return ctx.skipped ? 2 : t.failing ? 1 : 0;
}
