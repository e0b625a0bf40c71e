import { promises as fs, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
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
  /** For a file found by walking: the folder walked (resolved, and as printed). A link may lead out of it. */
  within?: { real: string; display: string };
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
  const accept = (abs: string, display: string, rel: string, explicit: boolean, r: { real: string } | { error: string }, within?: Input['within']) => {
    if ('error' in r) {
      errors.push({ display, message: r.error });
      return;
    }
    // A file reached twice (named twice, or through a symlink) is processed once.
    if (seen.has(r.real)) return;
    seen.add(r.real);
    inputs.push(within ? { abs, real: r.real, display, rel, explicit, within } : { abs, real: r.real, display, rel, explicit });
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
      // A corpus folder may hold 100,000 files: paths are joined, not resolved one by one.
      const prefix = display === '.' ? '' : `${display}/`;
      const shown = (rel: string) => (rel === '' ? display : absolute ? toPosix(joinName(abs, rel)) : prefix + rel);
      const within = { real: realpathSync.native(abs), display };
      const found = walkTree(abs, undefined, undefined, (rel, message) => errors.push({ display: shown(rel), message }));
      for (const f of found) {
        const fileAbs = joinName(abs, path.sep === '/' ? f.rel : f.rel.split('/').join(path.sep));
        if (opts.skip?.(fileAbs, false)) continue;
        accept(fileAbs, shown(f.rel), f.rel, false, f.real === null ? realpathNow(fileAbs) : { real: f.real }, within);
      }
    } else errors.push({ display, message: 'not a file or folder' });
  }
  return { inputs, errors };
}

export interface Walked {
  rel: string;
  /** The resolved path, known from the walk; null when it must be asked for (a broken link). */
  real: string | null;
}

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** `path.join` for a name under a resolved folder, without its normalising (100,000 calls). */
const joinName = (dir: string, name: string) => (dir.endsWith(path.sep) ? dir + name : dir + path.sep + name);

/** Git's matcher for one .gitignore's text (case-insensitive where the file system usually is). */
export const gitignoreRules = (text: string): Ignore => ignore({ ignorecase: process.platform !== 'linux' }).add(text);

/**
 * The `*.txt` files under a folder, `/`-separated and sorted, minus node_modules, .git and what
 * .gitignore files exclude. Walks with directory entries' types, so a plain file's resolved path is
 * its folder's plus its name: only symlinks cost a system call. Linked folders are followed once each.
 * Synchronous: a folder of thousands of articles is listed in a few milliseconds, and the promise
 * version spent more waiting for the thread pool than listing (a caller that must not block runs it
 * on a worker). `gitignores` receives the text of each .gitignore read, by folder; `marker.dirs` the
 * folders that hold a file named `marker.name` (a configuration file, say); `onError` the folders
 * that cannot be listed (relative path, message).
 */
export function walkTree(
  dir: string,
  gitignores = new Map<string, string>(),
  marker?: { name: string; dirs: string[] },
  onError?: (rel: string, message: string) => void,
): Walked[] {
  const found: Walked[] = [];
  const visited = new Set<string>();
  const visit = (abs: string, real: string, rel: string): void => {
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      onError?.(rel, fsMessage(e)); // an unreadable folder holds nothing we can read: the caller hears of it
      return;
    }
    const subdirs: [string, string, string][] = [];
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const childAbs = joinName(abs, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let childReal: string | null = joinName(real, e.name);
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(childAbs);
          isDir = st.isDirectory();
          isFile = st.isFile();
          childReal = realpathSync(childAbs);
        } catch {
          // A broken link: listed if it looks like an article, so the user hears why it cannot be read.
          isFile = true;
          childReal = null;
        }
      }
      if (isDir) {
        if (!SKIPPED_DIRS.has(e.name)) subdirs.push([childAbs, childReal!, childRel]);
      } else if (isFile && e.name === '.gitignore') {
        try {
          gitignores.set(rel, readFileSync(childAbs, 'utf8'));
        } catch {
          // An unreadable .gitignore excludes nothing, as with git.
        }
      } else if (isFile && e.name.endsWith('.txt')) found.push({ rel: childRel, real: childReal });
      else if (isFile && e.name === marker?.name) marker.dirs.push(rel);
    }
    for (const [a, r, l] of subdirs) visit(a, r, l);
  };
  visit(dir, realpathSync(dir), '');
  const ignored = gitignoreMatcher(new Map([...gitignores].map(([d, text]) => [d, gitignoreRules(text)])));
  return found.filter((f) => !ignored(f.rel)).sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/**
 * Globs (picomatch's syntax, dotfiles matched) tested against a relative path and every folder
 * above it, as VS Code's `files.exclude` applies them: a folder matched excludes what is in it.
 * One combined expression, and each folder decided once.
 */
export function excludeMatcher(globs: string[]): (rel: string) => boolean {
  if (globs.length === 0) return () => false;
  const re = new RegExp(globs.map((g) => picomatch.makeRe(g, { dot: true }).source).join('|'));
  const dirs = new Map<string, boolean>();
  const dirExcluded = (dir: string): boolean => {
    let v = dirs.get(dir);
    if (v === undefined) {
      const up = dir.lastIndexOf('/');
      dirs.set(dir, (v = re.test(dir) || (up > 0 && dirExcluded(dir.slice(0, up)))));
    }
    return v;
  };
  return (rel) => {
    const up = rel.lastIndexOf('/');
    return re.test(rel) || (up > 0 && dirExcluded(rel.slice(0, up)));
  };
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

/**
 * The `include` / `exclude` globs of a `.chaff.json`, tested against a `/`-separated path relative to
 * its folder (picomatch, dotfiles matched): the CLI and the editor leave out and take in the same files.
 */
export function configGlobs(globs: string[]): (rel: string) => boolean {
  return globs.length ? picomatch(globs, { dot: true }) : () => false;
}

export interface CorpusMatcherOptions {
  /** The folder's URI path, ending in `/`. */
  base: string;
  /** Globs relative to the folder, applied as VS Code's `files.exclude` applies them (a folder matched excludes what is in it). */
  exclude: string[];
  /** .gitignore rules by folder (relative, `/`-separated), as `gitignoreRules` makes them. */
  gitignores: Map<string, Ignore>;
  /** `.chaff.json` `include` globs, relative to `includeDir` (a URI path without its final `/`). */
  include: string[];
  includeDir: string;
}

/**
 * Which paths under a corpus folder are articles: `.txt` files, and the files `include` globs name,
 * minus what the exclude globs and .gitignore files leave out (`/`-separated URI paths).
 */
export function corpusMatcher(o: CorpusMatcherOptions): { rel(p: string): string | null; accepts(p: string): boolean } {
  const excluded = excludeMatcher(o.exclude);
  const gitignored = gitignoreMatcher(o.gitignores);
  const included = configGlobs(o.include);
  const rel = (p: string) => (p.startsWith(o.base) ? p.slice(o.base.length) : null);
  const inIncludeDir = (p: string) => (p.startsWith(o.includeDir + '/') ? p.slice(o.includeDir.length + 1) : null);
  return {
    rel,
    accepts(p) {
      const r = rel(p);
      if (r === null) return false;
      const inc = inIncludeDir(p);
      if (!r.toLowerCase().endsWith('.txt') && !(inc !== null && included(inc))) return false;
      return !excluded(r) && !gitignored(r);
    },
  };
}
