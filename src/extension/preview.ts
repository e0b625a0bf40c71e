// "Preview Clean Article": the cleaned text as a read-only virtual document, shown in a diff against the
// original and kept current while the original is edited or the configuration changes. Nothing is
// written until the Apply button (`chaff.applyPreview`) in the diff's title.
import * as vscode from 'vscode';
import type { StripLevel } from '../core/clean';
import { engine } from './lazy';
import { LANGUAGE_ID, type AnalysisCache } from './analysisCache';
import { articleCleanEdits } from './codeActions';

export const PREVIEW_SCHEME = 'chaff-clean';

/** The preview's URI for a document; the original rides in the query. The path keeps the file name (and so its language). */
export const previewUri = (original: vscode.Uri) => vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: original.path, query: original.toString() });

/** The document a preview URI shows; other URIs map to themselves. */
export const originalOf = (uri: vscode.Uri) => (uri.scheme === PREVIEW_SCHEME ? vscode.Uri.parse(uri.query) : uri);

const basename = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();

/** The context key the preview's title buttons read: whether previews strip suspect findings too. */
export const STRIPS_SUSPECT_KEY = 'chaff.previewStripsSuspect';

export class CleanPreview implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];
  /** The preview's filter: suspect findings are kept for review unless the reviewer strips them too. */
  private level: StripLevel = 'certain';

  constructor(private readonly cache: AnalysisCache) {
    this.disposables = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
      cache.onDidUpdate((doc) => {
        const preview = previewUri(doc.uri).toString();
        if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === preview)) this.changed.fire(previewUri(doc.uri));
      }),
    ];
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const doc = await vscode.workspace.openTextDocument(originalOf(uri));
    const state = await this.cache.get(doc);
    if (!state.analysis) return doc.getText();
    return engine().applyEdits(state.analysis.doc.text, articleCleanEdits(state.analysis, doc, this.level, this.cache.reanalyzer(doc, state)));
  }

  /** What the previews strip, and so what their Apply button does. */
  get strip(): StripLevel {
    return this.level;
  }

  /** Switches the previews between keeping and stripping suspect findings; open ones follow. */
  async setStrip(level: StripLevel): Promise<void> {
    this.level = level;
    await vscode.commands.executeCommand('setContext', STRIPS_SUSPECT_KEY, level === 'suspect');
    for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === PREVIEW_SCHEME) this.changed.fire(d.uri);
  }

  /** Opens the diff: the article on the left, its clean version on the right. */
  async show(original: vscode.Uri): Promise<void> {
    // The clean text is an article too: its colours and prose defaults (wrap) follow the language.
    const clean = await vscode.workspace.openTextDocument(previewUri(original));
    if (clean.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(clean, LANGUAGE_ID);
    // Suspect findings stay in the clean text for review; the title says how many.
    const doc = await vscode.workspace.openTextDocument(original);
    const suspect = (await this.cache.get(doc)).analysis?.findings.filter((f) => f.confidence === 'suspect').length ?? 0;
    const fate = this.level === 'suspect' ? 'stripped' : 'kept';
    const title = `${basename(original)} ↔ Clean (Chaff)${suspect ? `, ${suspect} suspect ${fate}` : ''}`;
    await vscode.commands.executeCommand('vscode.diff', original, previewUri(original), title, { preview: true });
  }

  /** Closes the diff tabs showing the preview of `original`. */
  async close(original: vscode.Uri): Promise<void> {
    const preview = previewUri(original).toString();
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === preview);
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
