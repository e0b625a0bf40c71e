import { RE2JS } from 're2js';
import { overbroadPattern, schemaProblems } from './configSchema';
import { KINDS, type Kind } from './types';

/** The workspace `.chaff.json`, as written by users (every key optional). */
export interface ChaffConfigFile {
  /** Globs of files that are scraped news whatever their content says. */
  include?: string[];
  /** Globs of files never to treat as articles. */
  exclude?: string[];
  /** Rule ids to switch off. */
  disabledRules?: string[];
  /** Extra rules: a line matching `pattern` is chaff of `kind`. */
  rules?: { id: string; kind: Kind; pattern: string; caseSensitive?: boolean; description?: string }[];
  /** Lines that are content wherever they appear (compared after normalisation). */
  exceptions?: string[];
  /** Corpus evidence: a line repeated in this many articles of one source, and this share of them, is chaff. */
  repeatedLines?: { minArticles?: number; minShare?: number; enabled?: boolean };
}

export interface UserRule {
  id: string;
  kind: Kind;
  description: string;
  /** Linear-time matcher (RE2 semantics): a user pattern cannot hang the engine. */
  test(line: string): boolean;
  /** The pattern as RE2 reads it, its flags written in: for matching many rules at once (userRules.ts). */
  source?: string;
}

/** Configuration compiled for the engine. */
export interface ResolvedConfig {
  include: string[];
  exclude: string[];
  disabledRules: Set<string>;
  rules: UserRule[];
  exceptions: Set<string>;
  repeatedLines: { minArticles: number; minShare: number; enabled: boolean };
  /** False in untrusted workspaces: user regexes are then ignored. */
  trusted: boolean;
  /** The parsed `.chaff.json` this was resolved from, so a worker thread can resolve it again. */
  raw?: unknown;
}

export interface ConfigProblem {
  path: string;
  message: string;
}

export const DEFAULT_REPEATED = { minArticles: 5, minShare: 0.2, enabled: true };

/** Lines compare equal after this: case, spacing and digits do not make a line new. */
export function normaliseLine(line: string): string {
  // Runs of spaces become one space; a single space is left as it is, which saves most of the work.
  return line.normalize('NFKC').toLowerCase().replace(/\d+/g, '0').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

export function emptyConfig(): ResolvedConfig {
  return {
    include: [],
    exclude: [],
    disabledRules: new Set(),
    rules: [],
    exceptions: new Set(),
    repeatedLines: { ...DEFAULT_REPEATED },
    trusted: true,
  };
}

const strings = (v: unknown, path: string, report: (p: ConfigProblem) => void): string[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) {
    report({ path, message: 'must be an array of strings' });
    return [];
  }
  return v as string[];
};

/** Validates and compiles a parsed `.chaff.json`; bad parts are reported and skipped, never thrown. */
export function resolveConfig(
  raw: unknown,
  opts: { trusted?: boolean } = {},
): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config = emptyConfig();
  config.trusted = opts.trusted ?? true;
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ path: '', message: 'configuration must be a JSON object' });
    return { config, problems };
  }
  // The schema first: unknown keys and wrong types are named; the checks below keep what is usable.
  problems.push(...schemaProblems(raw));
  const schemaPaths = problems.map((p) => p.path);
  const report = (p: ConfigProblem) => {
    if (!schemaPaths.some((s) => s === p.path || s.startsWith(`${p.path}.`) || s.startsWith(`${p.path}[`))) problems.push(p);
  };
  const o = raw as ChaffConfigFile & Record<string, unknown>;
  config.raw = raw;
  config.include = strings(o.include, 'include', report);
  config.exclude = strings(o.exclude, 'exclude', report);
  config.disabledRules = new Set(strings(o.disabledRules, 'disabledRules', report));
  config.exceptions = new Set(strings(o.exceptions, 'exceptions', report).map(normaliseLine));
  if (o.repeatedLines !== undefined) {
    const r = o.repeatedLines;
    if (typeof r !== 'object' || r === null) report({ path: 'repeatedLines', message: 'must be an object' });
    else {
      if (r.minArticles !== undefined) {
        if (Number.isInteger(r.minArticles) && r.minArticles >= 2) config.repeatedLines.minArticles = r.minArticles;
        else report({ path: 'repeatedLines.minArticles', message: 'must be an integer ≥ 2' });
      }
      if (r.minShare !== undefined) {
        if (typeof r.minShare === 'number' && r.minShare > 0 && r.minShare <= 1) config.repeatedLines.minShare = r.minShare;
        else report({ path: 'repeatedLines.minShare', message: 'must be a number in (0, 1]' });
      }
      if (r.enabled !== undefined) {
        if (typeof r.enabled === 'boolean') config.repeatedLines.enabled = r.enabled;
        else report({ path: 'repeatedLines.enabled', message: 'must be boolean' });
      }
    }
  }
  if (o.rules !== undefined) {
    if (!Array.isArray(o.rules)) report({ path: 'rules', message: 'must be an array' });
    else
      o.rules.forEach((r, i) => {
        const path = `rules[${i}]`;
        if (!r || typeof r !== 'object') return report({ path, message: 'must be an object' });
        if (typeof r.id !== 'string' || !r.id) return report({ path: `${path}.id`, message: 'is required' });
        if (!KINDS.includes(r.kind)) return report({ path: `${path}.kind`, message: `must be one of ${KINDS.join(', ')}` });
        if (typeof r.pattern !== 'string') return report({ path: `${path}.pattern`, message: 'is required' });
        if (!config.trusted) return;
        try {
          const re = RE2JS.compile(r.pattern, r.caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
          const broad = overbroadPattern((line) => re.test(line));
          if (broad) return report({ path: `${path}.pattern`, message: `${broad}; rule not used` });
          config.rules.push({
            id: r.id,
            kind: r.kind,
            description: r.description ?? `Workspace rule: /${r.pattern}/`,
            test: (line) => re.test(line),
            // What RE2JS.compile parses for these flags.
            source: r.caseSensitive ? r.pattern : `(?i)${r.pattern}`,
          });
        } catch (e) {
          report({ path: `${path}.pattern`, message: `invalid pattern: ${(e as Error).message}` });
        }
      });
  }
  // A rule is named by its id as well as its place (the path stays a JSON path: the editor locates it).
  const ids = Array.isArray(o.rules) ? o.rules.map((r) => (r && typeof r === 'object' && typeof r.id === 'string' && r.id ? r.id : null)) : [];
  problems.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  for (const p of problems) {
    const i = /^rules\[(\d+)\]\./.exec(p.path)?.[1];
    if (i !== undefined && ids[+i]) p.message = `rule ${JSON.stringify(ids[+i])}: ${p.message}`;
  }
  return { config, problems };
}
