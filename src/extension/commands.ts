// Commands: palette ones act on the active article; `chaff._*` ones take explicit arguments (hovers,
// code actions, tests). Edits re-check the document as it is now, never a position captured earlier.
import * as vscode from 'vscode';
import { KINDS, type Finding } from '../core/types';
import { findingAt, isChaffDocument, plainFindings, type AnalysisCache, type DocState } from './analysisCache';
import { removeEdits, STALE_MESSAGE, toWorkspaceEdit } from './codeActions';
import { cleanDocument } from './cleaning';
import type { FolderCleaner } from './cleanFolder';
import type { ConfigService } from './config';
import type { Decorations } from './decorations';
import * as notify from './notify';
import { originalOf, type CleanPreview } from './preview';
import type { StatusBar } from './statusBar';

export interface CommandDeps {
  cache: AnalysisCache;
  config: ConfigService;
  decorations: Decorations;
  preview: CleanPreview;
  statusBar: StatusBar;
  folders: FolderCleaner;
  log: vscode.LogOutputChannel;
  /** Registers a command (the default: as is). */
  register?: typeof vscode.commands.registerCommand;
}

/** A command's document argument: a Uri, a URI string (hover links, code actions), or the active editor's. */
function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return originalOf(arg);
  if (typeof arg === 'string' && arg) return originalOf(vscode.Uri.parse(arg));
  const active = vscode.window.activeTextEditor?.document.uri;
  return active && originalOf(active);
}

async function targetDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = targetUri(arg);
  if (!uri) {
    void notify.info(vscode.l10n.t('Chaff: open an article first.'));
    return undefined;
  }
  return vscode.workspace.openTextDocument(uri);
}

/** The analysis of the document now, or undefined (with a message saying why) when there is none. */
async function analysed(cache: AnalysisCache, doc: vscode.TextDocument): Promise<DocState | undefined> {
  const state = await cache.get(doc);
  if (state.status === 'ok' && state.version === doc.version) return state;
  const why =
    state.status === 'too-large'
      ? vscode.l10n.t('the file is larger than chaff.performance.maxFileSizeKB ({0} KB)', state.maxKB)
      : state.status === 'excluded'
        ? vscode.l10n.t('the file is excluded by .chaff.json')
        : state.status === 'unsupported'
          ? vscode.l10n.t('this kind of document is not analysed')
          : vscode.l10n.t('the document changed; try again');
  void notify.info(vscode.l10n.t('Chaff: nothing done, {0}.', why));
  return undefined;
}

const apply = async (edit: vscode.WorkspaceEdit) => edit.size > 0 && vscode.workspace.applyEdit(edit);

const preview = (s: string) => (s.length > 60 ? s.slice(0, 59) + '…' : s);

async function reveal(doc: vscode.TextDocument, f: Finding): Promise<void> {
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  const range = new vscode.Range(f.line - 1, 0, f.line - 1, 0);
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The non-blank texts of lines from..to (1-based), for the exceptions list. */
const lineTexts = (doc: vscode.TextDocument, from: number, to: number) => {
  const out: string[] = [];
  for (let l = from; l <= Math.min(to, doc.lineCount); l++) {
    const t = doc.lineAt(l - 1).text.trim();
    if (t) out.push(t);
  }
  return out;
};

export function registerCommands(d: CommandDeps): vscode.Disposable[] {
  const { cache, config } = d;
  const reg = d.register ?? vscode.commands.registerCommand;

  const configEdit = async (uri: vscode.Uri, key: 'exceptions' | 'disabledRules', values: string[], what: string) => {
    if (values.length === 0) return false;
    try {
      const file = await config.addToList(uri, key, values);
      if (!file) {
        void notify.info(vscode.l10n.t('Chaff: open a folder first; its .chaff.json keeps {0}.', key));
        return false;
      }
      notify.status(vscode.l10n.t('Chaff: {0} ({1})', what, vscode.workspace.asRelativePath(file)), 4000);
      return true;
    } catch (e) {
      void notify.error(vscode.l10n.t('Chaff: {0}', (e as Error).message));
      return false;
    }
  };

  const step = async (direction: 1 | -1) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isChaffDocument(editor.document)) return;
    const state = await analysed(cache, editor.document);
    const fs = state?.analysis?.findings ?? [];
    if (fs.length === 0) return notify.status(vscode.l10n.t('Chaff: no findings in this file'));
    const line = editor.selection.active.line + 1;
    const next =
      direction > 0 ? (fs.find((f) => f.line > line) ?? fs[0]) : ([...fs].reverse().find((f) => f.endLine < line) ?? fs[fs.length - 1]);
    await reveal(editor.document, next);
  };

  return [
    reg('chaff.cleanArticle', async (arg?: unknown) => {
      const doc = await targetDocument(arg);
      const state = doc && (await analysed(cache, doc));
      if (!doc || !state?.analysis) return false;
      const changed = await cleanDocument(doc, state.analysis, 'certain', cache.reanalyzer(doc, state));
      if (!changed) notify.status(vscode.l10n.t('Chaff: the article is clean already'));
      return changed;
    }),

    reg('chaff.previewClean', async (arg?: unknown) => {
      const uri = targetUri(arg);
      if (uri) await d.preview.show(uri);
    }),

    // The preview's filter, in its title bar: keep suspect findings for review, or strip them too.
    reg('chaff.previewStripSuspect', () => d.preview.setStrip('suspect')),
    reg('chaff.previewKeepSuspect', () => d.preview.setStrip('certain')),

    // The diff's Apply button: clean the original for real, then close the preview.
    reg('chaff.applyPreview', async (arg?: unknown) => {
      const doc = await targetDocument(arg);
      const state = doc && (await analysed(cache, doc));
      if (!doc || !state?.analysis) return false;
      // What the preview shows: suspect findings go too when its filter says so.
      const changed = await cleanDocument(doc, state.analysis, d.preview.strip, cache.reanalyzer(doc, state));
      await d.preview.close(doc.uri);
      await vscode.window.showTextDocument(doc);
      if (!changed) notify.status(vscode.l10n.t('Chaff: the article is clean already'));
      return changed;
    }),

    // Explorer: (clicked, all selected); palette: ask for folders.
    reg('chaff.cleanFolder', async (clicked?: unknown, selected?: unknown) => {
      let uris = Array.isArray(selected) && selected.length ? selected.filter((u) => u instanceof vscode.Uri) : clicked instanceof vscode.Uri ? [clicked] : [];
      if (uris.length === 0) {
        uris =
          (await vscode.window.showOpenDialog({
            canSelectFolders: true,
            canSelectFiles: false,
            canSelectMany: true,
            defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
            openLabel: vscode.l10n.t('Clean Articles'),
            title: vscode.l10n.t('Chaff: Clean Articles in Folder'),
          })) ?? [];
      }
      return uris.length > 0 && d.folders.run(uris);
    }),

    reg('chaff.stripKinds', async (arg?: unknown) => {
      const doc = await targetDocument(arg);
      const state = doc && (await analysed(cache, doc));
      if (!doc || !state?.analysis) return false;
      const a = state.analysis;
      const items = KINDS.map((kind) => ({ kind, n: a.findings.filter((f) => f.kind === kind).length }))
        .filter((x) => x.n > 0)
        .map((x) => ({ label: x.kind, description: x.n === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', x.n), picked: true }));
      if (items.length === 0) return notify.status(vscode.l10n.t('Chaff: no findings in this file'));
      const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('Strip chaff of these kinds') });
      if (!picked?.length) return false;
      const kinds = new Set<string>(picked.map((p) => p.label));
      // Analyse again: the user may have typed while the picker was open.
      const now = await analysed(cache, doc);
      if (!now?.analysis) return false;
      return apply(toWorkspaceEdit(doc, removeEdits(now.analysis, now.analysis.findings.filter((f) => kinds.has(f.kind)))));
    }),

    reg('chaff.showFindings', async (arg?: unknown) => {
      const doc = await targetDocument(arg);
      const state = doc && (await analysed(cache, doc));
      if (!doc || !state?.analysis) return;
      const items = state.analysis.findings.map((f) => ({
        label: `$(filter) ${f.kind}`,
        description: `${f.endLine > f.line ? vscode.l10n.t('lines {0}–{1}', f.line, f.endLine) : vscode.l10n.t('line {0}', f.line)} · ${f.rule}`,
        detail: preview(doc.lineAt(f.line - 1).text.trim()),
        finding: f,
      }));
      if (items.length === 0) return notify.status(vscode.l10n.t('Chaff: no findings in this file'));
      const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Chaff: {0} findings', items.length), matchOnDescription: true, matchOnDetail: true });
      if (picked) await reveal(doc, picked.finding);
    }),

    reg('chaff.nextFinding', () => step(1)),
    reg('chaff.previousFinding', () => step(-1)),

    reg('chaff.markAsContent', async (arg?: unknown, line?: unknown) => {
      const doc = await targetDocument(arg);
      if (!doc) return false;
      let texts: string[];
      if (typeof line === 'number') {
        const f = findingAt(await cache.get(doc), line);
        texts = f ? lineTexts(doc, f.line, f.endLine) : lineTexts(doc, line, line);
      } else {
        const sel = vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor.selection : undefined;
        if (!sel) return false;
        texts = lineTexts(doc, sel.start.line + 1, sel.end.line + 1);
      }
      return configEdit(doc.uri, 'exceptions', texts, texts.length === 1 ? vscode.l10n.t('1 line marked as content') : vscode.l10n.t('{0} lines marked as content', texts.length));
    }),

    reg('chaff.toggleDecorations', () => {
      const on = d.decorations.toggle();
      notify.status(on ? vscode.l10n.t('Chaff: decorations on') : vscode.l10n.t('Chaff: decorations off'), 2000);
      return on;
    }),

    reg('chaff.openConfig', () => config.openOrCreate(targetUri(undefined))),
    reg('chaff.showOutput', () => d.log.show(true)),

    // Internal commands.
    reg('chaff._findings', async (arg: unknown) => {
      const uri = targetUri(arg);
      if (!uri) return [];
      const doc = await vscode.workspace.openTextDocument(uri);
      if (!isChaffDocument(doc)) return [];
      return plainFindings((await cache.get(doc)).analysis?.findings ?? []);
    }),

    reg('chaff._editorState', async (arg: unknown) => {
      const uri = targetUri(arg);
      if (!uri) return undefined;
      const doc = await vscode.workspace.openTextDocument(uri);
      const state = isChaffDocument(doc) ? await cache.get(doc) : undefined;
      return {
        languageId: doc.languageId,
        version: doc.version,
        status: state?.status ?? null,
        findings: state?.analysis?.findings.length ?? 0,
        configFile: state?.config.file?.toString() ?? null,
        decorations: d.decorations.stateOf(uri) ?? null,
        statusBar: d.statusBar.view(),
        analyses: cache.runs,
        messages: notify.recentMessages(),
      };
    }),

    // What Clean Articles in Folder would change, as plain data (tests); changes nothing.
    // `cancelAfter`: cancel as the user would, after that many files.
    reg('chaff._planFolderClean', async (uris: unknown, opts?: { cancelAfter?: number }) => {
      const list = (Array.isArray(uris) ? uris : [uris]).map((u) => (u instanceof vscode.Uri ? u : vscode.Uri.parse(String(u))));
      const source = new vscode.CancellationTokenSource();
      let seen = 0;
      const progress = { report: () => void (++seen >= (opts?.cancelAfter ?? Infinity) && source.cancel()) };
      try {
        return await d.folders.plan(list, source.token, progress);
      } finally {
        source.dispose();
      }
    }),

    // Clean Articles in Folder without the Refactor Preview (tests: the preview waits for a user).
    reg('chaff._cleanFolderNow', async (uris: unknown) => {
      const list = (Array.isArray(uris) ? uris : [uris]).map((u) => (u instanceof vscode.Uri ? u : vscode.Uri.parse(String(u))));
      return d.folders.run(list, false);
    }),

    // Hover links carry the version they were made for: a stale link is refused, never applied elsewhere.
    reg('chaff._removeFinding', async (arg: unknown, line: unknown, version?: unknown) => {
      const doc = await targetDocument(arg);
      if (doc && typeof version === 'number' && doc.version !== version) {
        void notify.warn(vscode.l10n.t(STALE_MESSAGE));
        return false;
      }
      const state = doc && (await analysed(cache, doc));
      if (!doc || !state?.analysis || typeof line !== 'number') return false;
      const f = findingAt(state, line);
      if (!f) {
        void notify.info(vscode.l10n.t('Chaff: no finding at line {0} any more; the article changed.', line));
        return false;
      }
      return apply(toWorkspaceEdit(doc, removeEdits(state.analysis, [f])));
    }),

    reg('chaff._disableRule', async (arg: unknown, rule: unknown) => {
      const uri = targetUri(arg);
      if (!uri || typeof rule !== 'string' || !rule) return false;
      return configEdit(uri, 'disabledRules', [rule], vscode.l10n.t('rule {0} disabled', rule));
    }),
  ];
}
