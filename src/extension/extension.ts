// Wiring only: every feature lives in its own file and shares one AnalysisCache.
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerCodeActions } from './codeActions';
import { FolderCleaner } from './cleanFolder';
import { registerCommands } from './commands';
import { ConfigService } from './config';
import { registerCorpusCommands } from './corpusCommands';
import { WorkspaceCorpus } from './corpusIndex';
import { Decorations } from './decorations';
import { Diagnostics } from './diagnostics';
import { registerHovers } from './hovers';
import { LanguageDetection } from './languageDetection';
import { CleanPreview } from './preview';
import { StatusBar } from './statusBar';
import { IndexStart } from './indexStart';
import { StatisticsPanel } from './statistics';
import { CorpusTreeProvider } from './tree';

/** How long the extension host took to load this bundle, from the marks it keeps (null elsewhere). */
function codeLoadingMs(id: string): number | null {
  const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } }).MonacoPerformanceMarks?.getMarks() ?? [];
  const at = (what: string) => marks.filter((m) => m.name === `code/extHost/${what}ExtensionCode/${id}`).pop()?.startTime;
  const will = at('willLoad');
  const did = at('didLoad');
  return will === undefined || did === undefined ? null : did - will;
}

export function activate(context: vscode.ExtensionContext): void {
  const t0 = performance.now();
  const log = vscode.window.createOutputChannel('Chaff', { log: true });
  const config = new ConfigService(log);
  const cache = new AnalysisCache(config, log);
  const decorations = new Decorations(cache, context.extensionUri);
  const statusBar = new StatusBar(cache);
  const preview = new CleanPreview(cache);
  const corpus = new WorkspaceCorpus(context, config, log);
  const tree = new CorpusTreeProvider(corpus, context);
  const start = new IndexStart(corpus, log);
  const register = start.registrar();
  const statistics = new StatisticsPanel(context, corpus);
  context.subscriptions.push(
    log,
    config,
    cache,
    decorations,
    statusBar,
    preview,
    new Diagnostics(cache),
    new LanguageDetection(cache, config, log),
    registerHovers(cache),
    registerCodeActions(cache),
    corpus,
    tree,
    cache.setCorpus(corpus),
    start,
    statistics,
    ...registerCorpusCommands(corpus, tree, register),
    ...registerCommands({ cache, config, decorations, preview, statusBar, folders: new FolderCleaner(cache, config, log), log, register }),
    register('chaff.showStatistics', () => statistics.show()),
    register('chaff._statistics', () => ({ sent: statistics.sent, rendered: statistics.rendered })),
    tree.view.onDidChangeVisibility((e) => e.visible && start.now('the Corpus view was opened')),
  );
  // The index feeds the Corpus view and the editor's corpus evidence.
  void start.atActivation(tree.view.visible);
  // What the host reports as activation time: loading the code, then this call (bench/activation.mjs reads it).
  const load = codeLoadingMs(context.extension.id);
  log.info(`activated in ${(performance.now() - t0).toFixed(1)} ms${load === null ? '' : `, its code loaded in ${load.toFixed(1)} ms before`}`);
}

export function deactivate(): void {}
