// Commands of the Corpus view: grouping, filter, refresh, and the article and group context menus.
// Article actions reuse the editor's commands (Clean Article, Preview Clean, Clean Articles in Folder),
// so the view never cleans differently from the editor.
import * as vscode from 'vscode';
import type { NodeView } from '../core';
import type { WorkspaceCorpus } from './corpusIndex';
import type { CorpusTreeProvider } from './tree';

/** A command's node argument: a tree node, a URI or a URI string (tests, other commands). */
function keyOf(arg: unknown): string | undefined {
  if (arg instanceof vscode.Uri) return arg.toString();
  if (typeof arg === 'string' && arg) return arg;
  const n = arg as NodeView | undefined;
  if (n?.type === 'article') return n.article.key;
  return undefined;
}

export function registerCorpusCommands(index: WorkspaceCorpus, tree: CorpusTreeProvider, register: typeof vscode.commands.registerCommand = vscode.commands.registerCommand): vscode.Disposable[] {
  const reg = register;
  const uriOf = (arg: unknown) => {
    const key = keyOf(arg) ?? vscode.window.activeTextEditor?.document.uri.toString();
    return key ? vscode.Uri.parse(key) : undefined;
  };
  return [
    reg('chaff.corpus.groupByDate', () => tree.setGrouping('date')),
    reg('chaff.corpus.groupBySource', () => tree.setGrouping('source')),

    reg('chaff.corpus.filter', async (text?: unknown) => {
      const value =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Filter the corpus'),
              prompt: vscode.l10n.t('Text in the title, source or path, and fields: source:"Name", kind:teaser, date:2024-05, source:none, date:none, is:duplicate (empty: show all)'),
              value: tree.model.filter,
            });
      if (value !== undefined) tree.setFilter(value);
    }),
    reg('chaff.corpus.clearFilter', () => tree.setFilter('')),
    reg('chaff.corpus.refresh', () => index.start()),

    reg('chaff.corpus.revealActive', async () => {
      const uri = vscode.window.activeTextEditor?.document.uri;
      if (!uri) return false;
      await vscode.commands.executeCommand('chaff.corpus.focus');
      return tree.reveal(uri.toString(), true);
    }),

    reg('chaff.corpus.cleanArticle', async (arg?: unknown) => {
      const uri = uriOf(arg);
      if (!uri) return false;
      const before = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const wasDirty = !!before?.isDirty;
      const done = await vscode.commands.executeCommand<boolean>('chaff.cleanArticle', uri);
      // Cleaned from the view: written to disk, unless the user had unsaved edits of their own.
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (done && doc && !wasDirty && doc.isDirty) await doc.save();
      return !!done;
    }),
    reg('chaff.corpus.previewClean', (arg?: unknown) => {
      const uri = uriOf(arg);
      return uri && vscode.commands.executeCommand('chaff.previewClean', uri);
    }),
    reg('chaff.corpus.revealInExplorer', (arg?: unknown) => {
      const uri = uriOf(arg);
      return uri && vscode.commands.executeCommand('revealInExplorer', uri);
    }),
    reg('chaff.corpus.copyMetadata', async (arg?: unknown) => {
      const key = keyOf(arg);
      const json = key && tree.metadataOf(key);
      if (!json) return undefined;
      await vscode.env.clipboard.writeText(json);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Chaff: metadata copied'), 3000);
      return json;
    }),
    reg('chaff.corpus.cleanGroup', async (arg?: unknown) => {
      const n = arg as NodeView | undefined;
      if (n?.type !== 'group') return false;
      const uris = tree.articlesUnder(n.id);
      if (uris.length === 0) return false;
      // One edit over every article of the group, through the Refactor Preview.
      return vscode.commands.executeCommand('chaff.cleanFolder', uris[0], uris);
    }),

    // Internal: the tree and the index as data, and a restart from the saved cache, for tests.
    reg('chaff._corpusRestart', () => index.restartFromCache()),
    reg('chaff._corpusTree', async (id?: unknown, depth?: unknown) => {
      await index.settled();
      return tree.plain(typeof id === 'string' && id ? id : undefined, typeof depth === 'number' ? depth : Infinity);
    }),
    reg('chaff._corpusState', (uris?: unknown) => ({
      // The index's relative path for each URI asked about, beside the editor's own.
      rels: Array.isArray(uris) ? uris.map((u) => [index.relOf(vscode.Uri.parse(String(u))), index.relOfKey(String(u)), vscode.workspace.asRelativePath(vscode.Uri.parse(String(u)), (vscode.workspace.workspaceFolders?.length ?? 0) > 1)]) : [],
      state: index.state,
      articles: index.size,
      progress: index.progress,
      stats: index.stats,
      cacheFile: index.cacheUri().fsPath,
      uncounted: index.corpus.uncounted,
      refreshes: tree.refreshes,
      grouping: tree.model.grouping,
      filter: tree.model.filter,
      selection: tree.view.selection.map((n) => n.id),
      visible: tree.view.visible,
    })),
  ];
}
