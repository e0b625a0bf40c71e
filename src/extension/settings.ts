// The extension's settings (`chaff.<section>.<key>`), typed, each default written once here.
// package.json's `contributes.configuration` declares the same defaults for the Settings UI; a unit
// test keeps the two equal.
import * as vscode from 'vscode';
import type { MetadataMode } from '../core';

export type DecorationStyle = 'dim' | 'highlight' | 'strikethrough' | 'none';
export type DiagnosticSeverityName = 'hint' | 'information';

export const DEFAULTS = {
  detection: { autoSwitch: true },
  decorations: { style: 'dim' as DecorationStyle, showKind: true, hideWhileTyping: true },
  diagnostics: { enabled: false, severity: 'information' as DiagnosticSeverityName, maxPerFile: 100 },
  clean: { metadata: 'front-matter' as MetadataMode },
  performance: { maxFileSizeKB: 1024, debounceMs: 300 },
  corpus: { enabled: true, workers: null as number | null, autoReveal: true },
};

export type Section = keyof typeof DEFAULTS;
export type Settings<S extends Section> = (typeof DEFAULTS)[S];

/** One setting, for a resource (or the window when `scope` is left out). */
export function setting<S extends Section, K extends keyof Settings<S> & string>(section: S, key: K, scope?: vscode.ConfigurationScope): Settings<S>[K] {
  return vscode.workspace.getConfiguration(`chaff.${section}`, scope).get<Settings<S>[K]>(key, DEFAULTS[section][key]);
}

/** Every setting of a section at once. */
export function settings<S extends Section>(section: S, scope?: vscode.ConfigurationScope): Settings<S> {
  const c = vscode.workspace.getConfiguration(`chaff.${section}`, scope);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(DEFAULTS[section])) out[key] = c.get(key, value);
  return out as Settings<S>;
}

/** The size limit for analysis, in bytes. */
export const maxFileBytes = (scope?: vscode.ConfigurationScope) => setting('performance', 'maxFileSizeKB', scope) * 1024;
