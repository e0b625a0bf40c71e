// The workspace `.chaff.json`: found (a local one with Node's fs), read through vscode.workspace.fs
// (remote and virtual workspaces work), resolved with the core's resolveConfig, watched, and edited
// by the quick fixes.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ConfigProblem, ResolvedConfig } from '../core';
import { engine } from './lazy';
import { addToConfigList, CONFIG_FILE_NAME, CONFIG_TEMPLATE, locateConfigPath, parseConfigText } from './configFile';

export interface DocConfig {
  config: ResolvedConfig;
  /** The `.chaff.json` in force, or null when there is none. */
  file: vscode.Uri | null;
  /** Matched by its `exclude` globs: never analysed. */
  excluded(uri: vscode.Uri): boolean;
  /** Matched by its `include` globs: scraped news whatever the content says. */
  included(uri: vscode.Uri): boolean;
}

/** A matcher for globs relative to the folder of `file`, the CLI's own (`configGlobs`). */
function globMatcher(globs: string[], file: vscode.Uri | null): (uri: vscode.Uri) => boolean {
  if (!file || globs.length === 0) return () => false;
  const match = engine().configGlobs(globs);
  const dir = file.path.slice(0, file.path.lastIndexOf('/') + 1);
  return (uri) => uri.scheme === file.scheme && uri.authority === file.authority && uri.path.startsWith(dir) && match(uri.path.slice(dir.length));
}

function docConfig(config: ResolvedConfig, file: vscode.Uri | null): DocConfig {
  return { config, file, excluded: globMatcher(config.exclude, file), included: globMatcher(config.include, file) };
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

const openDocument = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

/** Text of a file on disk (what the CLI reads too); null when missing. */
async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return null;
    throw e;
  }
}

/** Whether a file is there (not a folder); a local one is asked of Node's fs. */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  // A local file is asked of the file system here, at once: through the editor's API a corpus scan
  // waited a round trip for each of its thousands of folders, and even Node's promise costs more
  // than the stat.
  if (uri.scheme === 'file') {
    try {
      return fs.statSync(uri.fsPath, { throwIfNoEntry: false })?.isFile() ?? false;
    } catch {
      return false;
    }
  }
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

export class ConfigService implements vscode.Disposable {
  /** Bumped whenever any configuration may have changed: analyses made before are stale. */
  generation = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  /** Directory → nearest `.chaff.json` at or above it (within its workspace folder). */
  private readonly located = new Map<string, Promise<vscode.Uri | null>>();
  /** Config file candidates → whether one is there. */
  private readonly existing = new Map<string, Promise<boolean>>();
  /** Config file → its resolution. */
  private readonly loaded = new Map<string, Promise<DocConfig>>();
  private readonly problems = vscode.languages.createDiagnosticCollection('chaff-config');
  private readonly disposables: vscode.Disposable[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const onFile = (uri: vscode.Uri) => {
      this.log.info(`configuration changed: ${uri.fsPath || uri.toString()}`);
      this.invalidateSoon();
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onFile),
      watcher.onDidChange(onFile),
      watcher.onDidDelete(onFile),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate()),
      this.problems,
      this.changed,
    );
  }

  /** The configuration in force for a document. */
  forDocument(uri: vscode.Uri): Promise<DocConfig> {
    return this.locate(uri).then((file) => (file ? this.load(file) : this.defaults()));
  }

  /** The `.chaff.json` that governs `uri`: the nearest one at or above its folder, up to its workspace folder. */
  locate(uri: vscode.Uri): Promise<vscode.Uri | null> {
    const folder = this.folderOf(uri);
    if (!folder) return Promise.resolve(null);
    const start = uri.scheme === 'untitled' ? folder.uri : vscode.Uri.joinPath(uri, '..');
    return this.locateFrom(start, folder.uri);
  }

  /** Where a new `.chaff.json` for `uri` goes: its workspace folder's root. */
  defaultLocation(uri: vscode.Uri): vscode.Uri | null {
    const folder = this.folderOf(uri);
    return folder ? vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME) : null;
  }

  /**
   * Adds values to a list of the `.chaff.json` governing `docUri` (creating the file at the workspace
   * folder's root if there is none), and applies the change at once. Returns the file, or null when
   * there is no workspace folder to hold it.
   */
  async addToList(docUri: vscode.Uri, key: 'exceptions' | 'disabledRules', values: string[]): Promise<vscode.Uri | null> {
    const file = (await this.locate(docUri)) ?? this.defaultLocation(docUri);
    if (!file) return null;
    const open = openDocument(file);
    const before = (open ? open.getText() : await readText(file)) ?? CONFIG_TEMPLATE;
    const after = addToConfigList(before, key, values);
    if (after !== null) {
      if (open) {
        // Through the editor, so it can be undone there; saved unless the user had unsaved changes.
        const wasDirty = open.isDirty;
        const edit = new vscode.WorkspaceEdit();
        edit.replace(file, new vscode.Range(0, 0, open.lineCount, 0), after);
        if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${file.fsPath}`);
        if (!wasDirty) await open.save();
      } else {
        await vscode.workspace.fs.writeFile(file, encoder.encode(after));
      }
      this.log.info(`${file.fsPath}: added to ${key}: ${values.map((v) => JSON.stringify(v)).join(', ')}`);
    }
    this.invalidate(); // don't wait for the watcher
    return file;
  }

  /** Opens the governing `.chaff.json`, creating it from a template first if there is none. */
  async openOrCreate(docUri: vscode.Uri | undefined): Promise<void> {
    const anchor = docUri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const file = anchor ? ((await this.locate(anchor)) ?? this.defaultLocation(anchor)) : null;
    if (!file) {
      void vscode.window.showInformationMessage(vscode.l10n.t("Chaff: open a folder first; its {0} holds the workspace's rules.", CONFIG_FILE_NAME));
      return;
    }
    if (!(await fileExists(file))) {
      await vscode.workspace.fs.writeFile(file, encoder.encode(CONFIG_TEMPLATE));
      this.invalidate();
    }
    await vscode.window.showTextDocument(file);
  }

  /** Forget everything read so far; the next look-ups read again. */
  invalidate(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = undefined;
    this.located.clear();
    this.existing.clear();
    this.loaded.clear();
    this.problems.clear();
    this.generation++;
    this.changed.fire();
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const d of this.disposables) d.dispose();
  }

  /** Watcher events come in bursts (a save is delete+create for some editors, a checkout touches many). */
  private invalidateSoon(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => this.invalidate(), 100);
  }

  private folderOf(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
  }

  /** The CLI's lookup (`nearestConfig`) over URIs, stopping at the workspace folder; each folder asked about once. */
  private locateFrom(dir: vscode.Uri, root: vscode.Uri): Promise<vscode.Uri | null> {
    const key = dir.toString();
    let found = this.located.get(key);
    if (!found) {
      const top = root.path.replace(/\/+$/, '');
      // After a microtask: a document open at startup asks during activation, which loads no engine.
      found = Promise.resolve().then(() => engine().nearestConfig(dir, {
        candidate: (d) => vscode.Uri.joinPath(d, CONFIG_FILE_NAME),
        up: (d) => {
          const parent = vscode.Uri.joinPath(d, '..');
          return d.path.replace(/\/+$/, '') === top || parent.path === d.path ? null : parent;
        },
        isFile: (f) => {
          let p = this.existing.get(f.toString());
          if (!p) this.existing.set(f.toString(), (p = fileExists(f)));
          return p;
        },
      }));
      this.located.set(key, found);
    }
    return found;
  }

  private defaultsFor: { trusted: boolean; config: DocConfig } | null = null;

  /** The configuration without a `.chaff.json`: made once per trust state (a corpus asks for it per file). */
  private defaults(): DocConfig {
    const trusted = vscode.workspace.isTrusted;
    if (this.defaultsFor?.trusted !== trusted) this.defaultsFor = { trusted, config: docConfig(engine().resolveConfig(undefined, { trusted }).config, null) };
    return this.defaultsFor.config;
  }

  private load(file: vscode.Uri): Promise<DocConfig> {
    const key = file.toString();
    let p = this.loaded.get(key);
    if (!p) {
      p = this.read(file);
      this.loaded.set(key, p);
    }
    return p;
  }

  private async read(file: vscode.Uri): Promise<DocConfig> {
    let text: string | null;
    try {
      text = await readText(file);
    } catch (e) {
      this.log.error(`cannot read ${file.fsPath}: ${(e as Error).message}`);
      return this.defaults();
    }
    if (text === null) return this.defaults();
    const parsed = parseConfigText(text);
    const problems: ConfigProblem[] = parsed.ok ? [] : [{ path: '', message: `not valid JSON: ${parsed.message}` }];
    const { config, problems: more } = engine().resolveConfig(parsed.ok ? parsed.value : undefined, { trusted: vscode.workspace.isTrusted });
    problems.push(...more);
    this.report(file, text, problems);
    if (!config.trusted) this.log.info(`${file.fsPath}: untrusted workspace, pattern rules ignored`);
    return docConfig(config, file);
  }

  private report(file: vscode.Uri, text: string, problems: ConfigProblem[]): void {
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const pos = (offset: number) => {
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
      return new vscode.Position(line, offset - lineStarts[line]);
    };
    this.problems.set(
      file,
      problems.map((p) => {
        const { start, end } = locateConfigPath(text, p.path);
        const d = new vscode.Diagnostic(new vscode.Range(pos(start), pos(end)), p.path ? `${p.path} ${p.message}` : p.message, vscode.DiagnosticSeverity.Warning);
        d.source = 'chaff';
        return d;
      }),
    );
    for (const p of problems) this.log.warn(`${file.fsPath}: ${p.path} ${p.message}`);
  }
}
