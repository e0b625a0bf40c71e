import { promises as fs } from 'node:fs';
import path from 'node:path';
import { emptyConfig, resolveConfig, type ResolvedConfig } from '../core';
import { ChaffError, fsMessage } from './errors';
import { configGlobs, displayPath, isInside, toPosix } from './paths';

export const CONFIG_NAME = '.chaff.json';

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The file read, or null when none was found. */
  file: string | null;
  /** Problems found in it, already worded for stderr. */
  warnings: string[];
  /** True for files the config's `exclude` globs (relative to its folder) leave out. */
  excluded: (abs: string) => boolean;
}

/** How a lookup climbs: the candidate file in a folder, the folder above (null: stop), whether a file is there. */
export interface ConfigSteps<D> {
  candidate(dir: D): D;
  up(dir: D): D | null;
  isFile(file: D): Promise<boolean> | boolean;
}

/**
 * The one `.chaff.json` lookup: the nearest one in `dir` or the folders above it. The CLI climbs file
 * system paths to the root; the editor climbs URIs up to the workspace folder.
 */
export async function nearestConfig<D>(dir: D, steps: ConfigSteps<D>): Promise<D | null> {
  for (let d: D | null = dir; d !== null; d = steps.up(d)) {
    const candidate = steps.candidate(d);
    if (await steps.isFile(candidate)) return candidate;
  }
  return null;
}

/** The nearest `.chaff.json` in `dir` or its ancestors. */
export function findConfig(dir: string): Promise<string | null> {
  return nearestConfig(path.resolve(dir), {
    candidate: (d) => path.join(d, CONFIG_NAME),
    up: (d) => (path.dirname(d) === d ? null : path.dirname(d)),
    isFile: (f) => fs.stat(f).then((st) => st.isFile(), () => false),
  });
}

/** Loads `--config PATH` or the nearest `.chaff.json`; unreadable or malformed JSON is fatal; bad values (against the schema, or patterns matching every line) are returned as `warnings`, which the CLI treats as errors. */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const file = explicit !== undefined ? path.resolve(cwd, explicit) : await findConfig(cwd);
  if (!file) return { config: emptyConfig(), file: null, warnings: [], excluded: () => false };
  const shown = displayPath(file, cwd, explicit !== undefined && path.isAbsolute(explicit));
  let raw: unknown;
  try {
    const text = await fs.readFile(file, 'utf8');
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    if (e instanceof SyntaxError) throw new ChaffError(`${shown}: invalid JSON: ${e.message}`);
    throw new ChaffError(`${shown}: ${fsMessage(e)}`);
  }
  // The CLI runs what its user asked for: the workspace-trust limit applies to the editor only.
  const { config, problems } = resolveConfig(raw, { trusted: true });
  const warnings = problems.map((p) => `${shown}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
  const dir = path.dirname(file);
  const match = configGlobs(config.exclude);
  const excluded = (abs: string) => config.exclude.length > 0 && isInside(dir, abs) && match(toPosix(path.relative(dir, abs)));
  return { config, file, warnings, excluded };
}
