// When the corpus index starts. At once in a workspace that is a corpus (a `.chaff.json`, a
// `*.news.txt`, a Scraped News file open); elsewhere only when the user asks for it, by showing the
// Corpus view or running a Chaff command, so a project whose only .txt is a requirements.txt is
// never walked.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './analysisCache';
import type { WorkspaceCorpus } from './corpusIndex';
import { setting } from './settings';

/** What makes a workspace a corpus (the manifest's `workspaceContains` events say the same). */
export const CORPUS_MARKERS = '**/{.chaff.json,*.news.txt}';

export class IndexStart implements vscode.Disposable {
  private started = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly corpus: WorkspaceCorpus,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.languageId === LANGUAGE_ID) this.now('a Scraped News file was opened');
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        // Switched off and on again: the index's own handler restarts it.
        if (e.affectsConfiguration('chaff.corpus.enabled')) this.started = setting('corpus', 'enabled');
      }),
    );
  }

  /** Starts the index unless it runs already (or is switched off). */
  now(why: string): void {
    if (this.started || !vscode.workspace.workspaceFolders?.length) return;
    if (!setting('corpus', 'enabled')) return;
    this.started = true;
    this.log.info(`corpus index: starting (${why})`);
    void this.corpus.start();
  }

  /** At activation: start if the workspace is a corpus, else say what will start it. */
  async atActivation(viewVisible: boolean): Promise<void> {
    if (viewVisible) return this.now('the Corpus view is open');
    if (vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE_ID)) return this.now('a Scraped News file is open');
    const found = vscode.workspace.workspaceFolders?.length ? await vscode.workspace.findFiles(CORPUS_MARKERS, '**/node_modules/**', 1) : [];
    if (found.length) return this.now(`the workspace has ${vscode.workspace.asRelativePath(found[0])}`);
    if (!this.started) this.log.info('corpus index: waiting for the Corpus view or a Chaff command (no .chaff.json, *.news.txt or Scraped News file in the workspace)');
  }

  /** `registerCommand` for Chaff commands: running one (other than an internal one) starts the index. */
  registrar(): (id: string, run: (...args: any[]) => unknown) => vscode.Disposable {
    return (id, run) =>
      vscode.commands.registerCommand(id, (...args: unknown[]) => {
        if (!id.startsWith('chaff._')) this.now(`command ${id}`);
        return run(...args);
      });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
