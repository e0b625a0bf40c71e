import { existsSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { AnalysisWarning, ResolvedConfig } from '../core';
import { AnalysisPool, ChaffError, collectInputs, defaultWorkers, type CollectOptions, type Input } from '../host';
import { paint, Progress, type Paint, type ProgressStream } from './progress';

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
  /** `--quiet`: no progress, no summary (errors are still reported). */
  quiet: boolean;
  /** Colours for stdout (none unless it is a terminal that shows them, and NO_COLOR is unset). */
  paint: Paint;
  /** Where progress is drawn: stderr when it is a terminal, else nowhere. */
  progressStream: ProgressStream | null;
  /** A progress line for a run over `total` items (or a stream of `totalBytes`). */
  progress(unit: string, total?: number, totalBytes?: number | null): Progress;
  /** The closing summary, on stderr (so stdout holds only results), unless --quiet. */
  summary(s: string): void;
  /** Resolves once stdout has room again: a stream is written no faster than it is read. */
  drain(): Promise<void>;
}

type ContextInit = Omit<Context, 'skipped' | 'skip' | 'warn' | 'progress' | 'summary' | 'paint' | 'quiet' | 'progressStream' | 'drain'> & {
  quiet?: boolean;
  colour?: boolean;
  progressStream?: ProgressStream | null;
  drain?: () => Promise<void>;
};

export function createContext(init: ContextInit): Context {
  const { colour, ...rest } = init;
  const ctx: Context = {
    ...rest,
    quiet: !!init.quiet,
    paint: paint(!!colour),
    progressStream: init.quiet ? null : (init.progressStream ?? null),
    skipped: 0,
    skip(display, message) {
      ctx.skipped++;
      ctx.err(`chaff: ${display}: ${message}\n`);
    },
    warn(display, analysis) {
      for (const w of analysis.warnings ?? []) ctx.err(`chaff: ${display}:${w.line}: warning: ${w.message}\n`);
    },
    drain: init.drain ?? (async () => {}),
    progress: (unit, total, totalBytes) => new Progress(ctx.progressStream, { unit, total, totalBytes }),
    summary(s) {
      if (!ctx.quiet) ctx.err(s);
    },
  };
  return ctx;
}

/**
 * Quoted globs (`'corpus/**\/*.txt'`) expanded as a shell would, sorted; a path that exists is
 * taken as it is, whatever characters it holds.
 */
export async function expandGlobs(ctx: Pick<Context, 'cwd'>, paths: string[]): Promise<{ paths: string[]; unmatched: string[] }> {
  const out: string[] = [];
  const unmatched: string[] = [];
  for (const p of paths) {
    if (!isDynamicPattern(p) || existsSync(path.resolve(ctx.cwd, p))) {
      out.push(p);
      continue;
    }
    const found = (await glob(p, { cwd: ctx.cwd, onlyFiles: true, absolute: path.isAbsolute(p), expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] })).sort();
    if (found.length) out.push(...found);
    else unmatched.push(p);
  }
  return { paths: out, unmatched };
}

/** Expands the path arguments, reporting missing ones and leaving out what the config excludes. */
export async function inputsFor(ctx: Context, paths: string[], skip?: CollectOptions['skip']): Promise<Input[]> {
  // path.resolve('') is the current folder: an empty argument (an unset variable, say) must not mean "everything here".
  if (paths.some((p) => p === '')) throw new ChaffError('an empty path was given');
  const expanded = await expandGlobs(ctx, paths);
  for (const p of expanded.unmatched) ctx.skip(p, 'no files match this pattern');
  const { inputs, errors } = await collectInputs(expanded.paths, {
    cwd: ctx.cwd,
    skip: (abs, explicit) => ctx.excluded(abs) || !!skip?.(abs, explicit),
  });
  for (const e of errors) ctx.skip(e.display, e.message);
  return inputs;
}

export const readOptions = (ctx: Context) => ({ maxSize: ctx.maxSize, onSkip: (i: Input, m: string) => ctx.skip(i.display, m) });

/**
 * The worker pool of a run over `files` files: one worker per core, or CHAFF_WORKERS of them (0: all
 * on the main thread, as one file always is).
 */
export function runPool(files: number): AnalysisPool {
  const asked = process.env.CHAFF_WORKERS;
  const size = asked !== undefined && /^\d+$/.test(asked) ? Math.min(64, Number(asked)) : defaultWorkers();
  return new AnalysisPool(files > 1 ? size : 0);
}
