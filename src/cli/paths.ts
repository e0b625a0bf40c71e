import { promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { fsMessage } from './errors';

/** One file to process. */
export interface Input {
  /** Absolute path as reached (symlinks not resolved). */
  abs: string;
  /** Symlinks resolved: where in-place writes go, and what duplicates are detected by. */
  real: string;
  /** Printed form: relative to the cwd (absolute if given absolute), `/`-separated. */
  display: string;
  /** Relative to the folder it was found under (`/`-separated); for a file given directly, its base name. */
  rel: string;
  /** Named on the command line rather than found by walking a folder. */
  explicit: boolean;
}

export interface PathError {
  display: string;
  message: string;
}

export interface CollectOptions {
  cwd: string;
  /** Leaves a file out silently (config excludes, the --out folder). */
  skip?: (abs: string, explicit: boolean) => boolean;
}

// require(), not import: the CJS bundle would otherwise take tinyglobby's ESM build, whose fdir
// calls createRequire(import.meta.url) at load, and import.meta is empty in CJS output.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { glob } = require('tinyglobby') as typeof import('tinyglobby');

export const toPosix = (p: string) => p.split(path.sep).join('/');

/** How a path is printed: as given when absolute, else relative to the cwd. */
export function displayPath(abs: string, cwd: string, givenAbsolute: boolean): string {
  return toPosix(givenAbsolute ? abs : path.relative(cwd, abs) || '.');
}

export function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Expands files and folders into the files to process, in argument order, each folder's files sorted. */
export async function collectInputs(args: string[], opts: CollectOptions): Promise<{ inputs: Input[]; errors: PathError[] }> {
  const inputs: Input[] = [];
  const errors: PathError[] = [];
  const seen = new Set<string>();
  const realpathNow = (abs: string): { real: string } | { error: string } => {
    try {
      return { real: realpathSync.native(abs) };
    } catch (e) {
      return { error: fsMessage(e) };
    }
  };
  const realpath = (abs: string) => fs.realpath(abs).then((real) => ({ real }), (e: unknown) => ({ error: fsMessage(e) }));
  const accept = (abs: string, display: string, rel: string, explicit: boolean, r: { real: string } | { error: string }) => {
    if ('error' in r) {
      errors.push({ display, message: r.error });
      return;
    }
    // A file reached twice (named twice, or through a symlink) is processed once.
    if (seen.has(r.real)) return;
    seen.add(r.real);
    inputs.push({ abs, real: r.real, display, rel, explicit });
  };
  const add = async (abs: string, display: string, rel: string, explicit: boolean) => {
    if (!opts.skip?.(abs, explicit)) accept(abs, display, rel, explicit, await realpath(abs));
  };
  for (const arg of args) {
    const abs = path.resolve(opts.cwd, arg);
    const absolute = path.isAbsolute(arg);
    const display = displayPath(abs, opts.cwd, absolute);
    let st;
    try {
      st = await fs.stat(abs);
    } catch (e) {
      errors.push({ display, message: fsMessage(e) });
      continue;
    }
    if (st.isFile()) await add(abs, display, path.basename(abs), true);
    else if (st.isDirectory()) {
      const files = (await walkFolder(abs)).map((rel) => ({ rel, abs: path.join(abs, ...rel.split('/')) })).filter((f) => !opts.skip?.(f.abs, false));
      // A corpus folder may hold 100,000 files: the synchronous call is several times cheaper per file.
      for (const f of files) accept(f.abs, displayPath(f.abs, opts.cwd, absolute), f.rel, false, realpathNow(f.abs));
    } else errors.push({ display, message: 'not a file or folder' });
  }
  return { inputs, errors };
}

/** The `*.txt` files under a folder, `/`-separated and sorted, minus node_modules, .git and what .gitignore files exclude. */
export async function walkFolder(dir: string): Promise<string[]> {
  const found = await glob(['**/*.txt', '**/.gitignore'], {
    cwd: dir,
    dot: true,
    followSymbolicLinks: true,
    expandDirectories: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  const rules = new Map<string, Ignore>();
  for (const f of found) {
    if (path.posix.basename(f) !== '.gitignore') continue;
    try {
      const text = await fs.readFile(path.join(dir, f), 'utf8');
      // Git matches case-insensitively where the file system does.
      rules.set(path.posix.dirname(f) === '.' ? '' : path.posix.dirname(f), ignore({ ignorecase: process.platform !== 'linux' }).add(text));
    } catch {
      // An unreadable .gitignore excludes nothing, as with git.
    }
  }
  const ignored = gitignoreMatcher(rules);
  return found
    .filter((f) => f.endsWith('.txt') && !ignored(f))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Git's rules: the deepest .gitignore with an opinion decides, and nothing under an ignored folder
 * can be re-included.
 */
export function gitignoreMatcher(rules: Map<string, Ignore>): (rel: string) => boolean {
  if (rules.size === 0) return () => false;
  const dirCache = new Map<string, boolean>();
  const decide = (rel: string, isDir: boolean): boolean => {
    const parts = rel.split('/');
    for (let i = parts.length - 1; i >= 0; i--) {
      const ig = rules.get(parts.slice(0, i).join('/'));
      if (!ig) continue;
      const r = ig.test(parts.slice(i).join('/') + (isDir ? '/' : ''));
      if (r.ignored) return true;
      if (r.unignored) return false;
    }
    return false;
  };
  const dirIgnored = (dir: string): boolean => {
    let v = dirCache.get(dir);
    if (v === undefined) {
      const slash = dir.lastIndexOf('/');
      v = (slash > 0 && dirIgnored(dir.slice(0, slash))) || decide(dir, true);
      dirCache.set(dir, v);
    }
    return v;
  };
  return (rel) => {
    const slash = rel.lastIndexOf('/');
    return (slash > 0 && dirIgnored(rel.slice(0, slash))) || decide(rel, false);
  };
}
