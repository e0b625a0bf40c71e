// Plain-text files that are scraped news become the Scraped News language: when `.chaff.json` includes
// them, or when the core's analysis says so (looksLikeScrapedNews). The analysis made to decide is the
// cache's, so the editor features that follow reuse it. Each file is decided once per session, so a
// user who switches a file back to Plain Text is not overruled.
import * as vscode from 'vscode';
import { looksLikeScrapedNews } from '../core';
import { isSupportedScheme, LANGUAGE_ID, type AnalysisCache } from './analysisCache';
import type { ConfigService } from './config';

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
      // Reopened later, a file not switched is looked at again (it may have changed on disk).
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (!this.switched.has(doc.uri.toString())) this.decided.delete(doc.uri.toString());
      }),
      // New include globs or new rules may turn files into news: look again at what is open.
      config.onDidChange(() => {
        for (const key of this.decided) if (!this.switched.has(key)) this.decided.delete(key);
        this.checkAll();
      }),
    ];
    this.checkAll();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private checkAll(): void {
    for (const doc of vscode.workspace.textDocuments) void this.check(doc);
  }

  /** Resolves true when the document was switched. */
  async check(doc: vscode.TextDocument): Promise<boolean> {
    if (doc.languageId !== 'plaintext' || !isSupportedScheme(doc.uri)) return false;
    const key = doc.uri.toString();
    if (this.decided.has(key)) return false;
    if (!vscode.workspace.getConfiguration('chaff.detection', doc).get<boolean>('plainText', true)) return false;
    this.decided.add(key);
    let why: string | undefined;
    if ((await this.config.forDocument(doc.uri)).included(doc.uri)) why = 'matched by include in .chaff.json';
    else {
      const state = await this.cache.get(doc);
      if (state.analysis && looksLikeScrapedNews(state.analysis)) why = 'looks like scraped news';
    }
    if (!why || doc.isClosed || doc.languageId !== 'plaintext') return false;
    this.switched.add(key);
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    this.log.info(`${doc.uri.fsPath || key}: set language to Scraped News (${why})`);
    return true;
  }
}
