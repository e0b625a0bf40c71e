import { promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { emptyConfig, resolveConfig, type ResolvedConfig } from '../core';
import { ChaffError, fsMessage } from './errors';
import { displayPath, isInside, toPosix } from './paths';

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

/** The nearest `.chaff.json` in `dir` or its ancestors. */
export async function findConfig(dir: string): Promise<string | null> {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const candidate = path.join(d, CONFIG_NAME);
    try {
      if ((await fs.stat(candidate)).isFile()) return candidate;
    } catch {
      // not here; look further up
    }
    if (path.dirname(d) === d) return null;
  }
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
  const match = config.exclude.length ? picomatch(config.exclude, { dot: true }) : null;
  const excluded = (abs: string) => !!match && isInside(dir, abs) && match(toPosix(path.relative(dir, abs)));
  return { config, file, warnings, excluded };
}
