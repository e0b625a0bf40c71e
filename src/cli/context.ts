import type { AnalysisWarning, ResolvedConfig } from '../core';
import { ChaffError, collectInputs, type CollectOptions, type Input } from '../host';

/** What every command gets: where it runs, where it writes, and the loaded options. */
export interface Context {
  cwd: string;
  /** Output for a terminal: control characters from file content are shown escaped. */
  out(s: string): void;
  /** Output as it is (the cleaned text of `clean --stdout`). */
  raw(s: string): void;
  err(s: string): void;
  config: ResolvedConfig;
  /** Files the config's `exclude` leaves out. */
  excluded(abs: string): boolean;
  maxSize: number;
  /** Files that could not be processed so far; any makes the exit code 2. */
  skipped: number;
  /** Reports a file left out as `chaff: <path>: <message>`. */
  skip(display: string, message: string): void;
  /** Reports what an analysis warns of (the file is still processed) as `chaff: <path>:<line>: warning: <message>`. */
  warn(display: string, analysis: { warnings?: AnalysisWarning[] }): void;
}

export function createContext(init: Omit<Context, 'skipped' | 'skip' | 'warn'>): Context {
  const ctx: Context = {
    ...init,
    skipped: 0,
    skip(display, message) {
      ctx.skipped++;
      ctx.err(`chaff: ${display}: ${message}\n`);
    },
    warn(display, analysis) {
      for (const w of analysis.warnings ?? []) ctx.err(`chaff: ${display}:${w.line}: warning: ${w.message}\n`);
    },
  };
  return ctx;
}

/** Expands the path arguments, reporting missing ones and leaving out what the config excludes. */
export async function inputsFor(ctx: Context, paths: string[], skip?: CollectOptions['skip']): Promise<Input[]> {
  // path.resolve('') is the current folder: an empty argument (an unset variable, say) must not mean "everything here".
  if (paths.some((p) => p === '')) throw new ChaffError('an empty path was given');
  const { inputs, errors } = await collectInputs(paths, {
    cwd: ctx.cwd,
    skip: (abs, explicit) => ctx.excluded(abs) || !!skip?.(abs, explicit),
  });
  for (const e of errors) ctx.skip(e.display, e.message);
  return inputs;
}

export const readOptions = (ctx: Context) => ({ maxSize: ctx.maxSize, onSkip: (i: Input, m: string) => ctx.skip(i.display, m) });
