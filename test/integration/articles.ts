/// <reference types="mocha" />
// Helpers for suites that work on private copies of the seed: each suite gets its own folder (with its
// own .chaff.json), so edits, saves and config changes never reach the other suites.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { core, extension, SEED, waitFor, workspacePath, type FindingCore } from './helpers';

/** Lines of the seed that are chaff (hand-checked gold). */
export const SEED_CHAFF = [1, 2, 16, 18, 19, 27, 28, 30];

export interface EditorState {
  languageId: string;
  version: number;
  status: string | null;
  findings: number;
  configFile: string | null;
  decorations: { style: string; lines: number[]; labels: string[]; groups: string[]; hiddenWhileTyping: number[] } | null;
  statusBar: { visible: boolean; text: string; tooltip: string; command: string | null };
  analyses: number;
  messages: string[];
}

export const seedText = () => fs.readFileSync(workspacePath(SEED), 'utf8');
export const goldClean = () => fs.readFileSync(workspacePath(SEED.replace(/\.txt$/, '.clean.txt')), 'utf8');
export const findings = (uri: vscode.Uri) => vscode.commands.executeCommand<FindingCore[]>('chaff._findings', uri);
export const editorState = (uri: vscode.Uri) => vscode.commands.executeCommand<EditorState>('chaff._editorState', uri);
export const covered = (fs: FindingCore[]) => fs.flatMap((f) => Array.from({ length: f.endLine - f.line + 1 }, (_, i) => f.line + i));
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function setting(section: string, key: string, value: unknown, languageId?: string): Promise<void> {
  const c = vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined);
  await c.update(key, value, vscode.ConfigurationTarget.Global, languageId ? true : undefined);
}

/** Actions at a range, resolved (quick fixes make their edit when resolved). */
export const codeActions = (uri: vscode.Uri, range: vscode.Range, kind?: string) =>
  vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind, 100);

export const hoverText = async (uri: vscode.Uri, pos: vscode.Position) => {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
};

/** A private folder in the scratch workspace, with an empty .chaff.json; removed by `remove()`. */
export class Folder {
  private n = 0;
  constructor(readonly name: string) {
    fs.mkdirSync(workspacePath(name), { recursive: true });
    this.writeConfig({});
  }

  path(rel = ''): string {
    return workspacePath(path.join(this.name, rel));
  }

  uri(rel = ''): vscode.Uri {
    return vscode.Uri.file(this.path(rel));
  }

  write(rel: string, text: string): string {
    fs.mkdirSync(path.dirname(this.path(rel)), { recursive: true });
    fs.writeFileSync(this.path(rel), text);
    return this.path(rel);
  }

  read(rel: string): string {
    return fs.readFileSync(this.path(rel), 'utf8');
  }

  /** Writes .chaff.json (only when it changes: every write makes the extension reload it). */
  writeConfig(o: object): void {
    const text = JSON.stringify(o, null, 2) + '\n';
    const file = this.path('.chaff.json');
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  }

  config(): Record<string, unknown> {
    return JSON.parse(this.read('.chaff.json'));
  }

  /** A fresh copy of the seed, shown in an editor; `.news.txt` makes it Scraped News from the start. */
  async seed(ext = '.news.txt', text = seedText()): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; file: string }> {
    const file = this.write(`seed-${++this.n}${ext}`, text);
    const doc = await vscode.workspace.openTextDocument(file);
    const editor = await vscode.window.showTextDocument(doc);
    return { doc, editor, file };
  }

  /** File by file, then the folders: watchers see a delete for every article (a folder's delete alone may not name them). */
  remove(): void {
    const walk = (d: string): string[] =>
      fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    if (fs.existsSync(this.path())) for (const f of walk(this.path())) fs.rmSync(f, { force: true });
    fs.rmSync(this.path(), { recursive: true, force: true });
  }
}

/** Reverts and closes every editor: no "save changes?" prompt, no leftovers. */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 10 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** What `chaff analyze <file> --json` reports, run from `cwd` (the CLI reads the nearest .chaff.json from there). */
export function cliFindings(file: string, cwd = path.dirname(file)): FindingCore[] {
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  // The host's own runtime: Node in code-server, Electron-as-Node on desktop VS Code.
  const r = spawnSync(process.execPath, [cli, 'analyze', file, '--json'], { cwd, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(r.status === 0 || r.status === 1, `chaff analyze exited ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { files: { findings: FindingCore[] }[] };
  assert.equal(out.files.length, 1);
  return out.files[0].findings.map(core);
}

/** Waits until the editor shows marks for the document's current version. */
export const marksOf = (uri: vscode.Uri, lines = SEED_CHAFF.length) =>
  waitFor(async () => {
    const s = await editorState(uri);
    return s.decorations && s.decorations.lines.length === lines ? s : undefined;
  }, 'the marks');
