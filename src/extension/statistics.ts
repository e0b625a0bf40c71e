// Chaff: Show Corpus Statistics: a webview of plots over the workspace index, from the same pure
// function (`corpusStatistics`) that `chaff index --json` prints, so the two agree. A bar clicked (or
// chosen with the keyboard) filters the Corpus view. Strict CSP: scripts and styles from the
// extension's files only, the script with a nonce.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { CorpusStatistics, StatsArticle, StatsDuplicateSet } from '../core';
import { engine } from './lazy';
import type { WorkspaceCorpus } from './corpusIndex';
import type { FromWebview, RenderedChart, StatsLabels, ToWebview } from '../webview/protocol';

export const STATISTICS_VIEW = 'chaff.statistics';

/** The statistics of what the index holds now. */
export function indexStatistics(index: WorkspaceCorpus): CorpusStatistics {
  const articles: StatsArticle[] = [];
  const relOf = new Map<string, string>();
  for (const key of index.keys()) {
    const a = index.article(key);
    if (!a) continue;
    relOf.set(key, a.rel);
    const m = a.facts.metadata;
    articles.push({ path: a.rel, source: m.source, published: m.published, findings: a.findings, kinds: a.facts.kinds });
  }
  const sets: StatsDuplicateSet[] = index.duplicates().map((g) => ({ kind: g.kind, articles: g.articles.map((k) => relOf.get(k) ?? k) }));
  return engine().corpusStatistics(articles, sets);
}

function labels(): StatsLabels {
  const t = vscode.l10n.t;
  return {
    title: t('Corpus Statistics'),
    summary: t('{0} articles from {1} sources, {2} findings in {3} articles'),
    empty: t('No articles indexed yet.'),
    indexing: t('Indexing… the plots fill in as articles are read.'),
    overTime: t('Articles per source over time'),
    byKind: t('Findings by kind'),
    bySource: t('Findings by source'),
    mostChaff: t('Sources with the most chaff (findings per article)'),
    duplicates: t('Duplicates and near-duplicates (copies by source)'),
    suspect: t('Articles with suspect metadata'),
    articles: t('articles'),
    findings: t('findings'),
    perArticle: t('findings per article'),
    exact: t('same body'),
    near: t('nearly the same'),
    noDate: t('no date'),
    noSource: t('no source'),
    neither: t('neither'),
    unknownSource: t('Unknown source'),
    otherSources: t('other sources'),
    monthUnknown: t('{0}, month unknown'),
    evidence: t('repeated line (corpus evidence)'),
    table: t('Show as a table'),
    hint: t('Click a bar, or focus a chart and use the arrow keys and Enter, to filter the Corpus view.'),
    filtered: t('Corpus view filtered: {0}'),
  };
}

export class StatisticsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** What the webview reports it drew, chart by chart, and for which message (tests compare it with `chaff index --json`). */
  rendered: { seq: number; charts: RenderedChart[] } | null = null;
  /** The statistics last sent, and their message's number. */
  sent: { seq: number; stats: CorpusStatistics } | null = null;
  private seq = 0;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly index: WorkspaceCorpus,
  ) {
    this.disposables.push(
      index.onDidChange(() => this.schedule()),
      index.onDidChangeState((state) => {
        // Done indexing: the final numbers without waiting for a redraw scheduled during the scan.
        if (state !== 'indexing') {
          clearTimeout(this.timer);
          this.timer = undefined;
        }
        this.schedule();
      }),
    );
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      this.post();
      return;
    }
    const root = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(STATISTICS_VIEW, vscode.l10n.t('Corpus Statistics'), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [root, media],
      retainContextWhenHidden: false,
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'chaff-activity.svg');
    this.panel = panel;
    this.rendered = null;
    panel.webview.html = this.html(panel.webview, root, media);
    panel.webview.onDidReceiveMessage((m: FromWebview) => this.receive(m), undefined, this.disposables);
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.rendered = null;
    });
  }

  private receive(m: FromWebview): void {
    if (m.type === 'ready') this.post();
    else if (m.type === 'rendered') this.rendered = { seq: m.seq, charts: m.charts };
    else if (m.type === 'filter') void this.filter(m.filter);
  }

  private async filter(text: string): Promise<void> {
    await vscode.commands.executeCommand('chaff.corpus.filter', text);
    // The view shows what the bar stands for, beside the plots.
    await vscode.commands.executeCommand('chaff.corpus.focus');
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Corpus view filtered: {0}', text), 4000);
  }

  /**
   * Updates coalesced: a scan streams thousands of changes, and the numbers of 100,000 articles take
   * about 0.2 s of the extension host's thread, so while indexing they are redrawn every few seconds.
   */
  private schedule(): void {
    if (!this.panel || this.timer) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.post();
      },
      this.index.state === 'indexing' ? 3000 : 300,
    );
  }

  private post(): void {
    if (!this.panel) return;
    this.sent = { seq: ++this.seq, stats: indexStatistics(this.index) };
    const msg: ToWebview = { type: 'stats', seq: this.sent.seq, stats: this.sent.stats, labels: labels(), indexing: this.index.state === 'indexing' };
    void this.panel.webview.postMessage(msg);
  }

  private html(webview: vscode.Webview, root: vscode.Uri, media: vscode.Uri): string {
    const nonce = randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'statistics.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'statistics.css'));
    const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    const title = vscode.l10n.t('Corpus Statistics');
    return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${title}</title>
</head>
<body>
<main id="root" aria-live="polite"><h1>${title}</h1></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
