// Plain-text files that are scraped news become the Scraped News language: always when `.chaff.json`
// includes them, and when the core's analysis says so (looksLikeScrapedNews) unless
// `chaff.detection.autoSwitch` is off. The analysis made to decide is the
// cache's, so the editor features that follow reuse it. Each file is decided once per session, so a
// user who switches a file back to Plain Text is not overruled.
import * as vscode from 'vscode';
import { engine } from './lazy';
import { isSupportedScheme, LANGUAGE_ID, type AnalysisCache } from './analysisCache';
import type { ConfigService } from './config';
import { setting } from './settings';

export class LanguageDetection implements vscode.Disposable {
  /** Files decided this session; files switched stay decided, so a switch back by the user sticks. */
  private readonly decided = new Set<string>();
  private readonly switched = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument((doc) => void this.check(doc)),
      // Reopened later, a file is looked at again (it may have changed on disk). A language change
      // closes and reopens the document at once: then it is still open, and a user's switch back sticks.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const key = doc.uri.toString();
        if (!this.switched.has(key)) return void this.decided.delete(key);
        setTimeout(() => {
          if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
          this.decided.delete(key);
          this.switched.delete(key);
        }, 0);
      }),
      // New include globs or new rules may turn files into news: look again at what is open.
      config.onDidChange(() => this.recheck()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('chaff.detection')) this.recheck();
      }),
    ];
    this.checkAll();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private recheck(): void {
    for (const key of this.decided) if (!this.switched.has(key)) this.decided.delete(key);
    this.checkAll();
  }

  private checkAll(): void {
    for (const doc of vscode.workspace.textDocuments) void this.check(doc);
  }

  /** Resolves true when the document was switched. */
  async check(doc: vscode.TextDocument): Promise<boolean> {
    if (doc.languageId !== 'plaintext' || !isSupportedScheme(doc.uri)) return false;
    const key = doc.uri.toString();
    if (this.decided.has(key)) return false;
    this.decided.add(key);
    let why: string | undefined;
    if ((await this.config.forDocument(doc.uri)).included(doc.uri)) why = 'matched by include in .chaff.json';
    else if (setting('detection', 'autoSwitch', doc)) {
      const state = await this.cache.get(doc);
      if (state.analysis && engine().looksLikeScrapedNews(state.analysis)) why = 'looks like scraped news';
    }
    if (!why || doc.isClosed || doc.languageId !== 'plaintext') return false;
    this.switched.add(key);
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    this.log.info(`${doc.uri.fsPath || key}: set language to Scraped News (${why})`);
    return true;
  }
}
