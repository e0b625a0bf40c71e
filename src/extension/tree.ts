// The "Corpus" view: the core's tree model (Source › Year › Month › Day › Article, or date first)
// fed by the workspace index as results stream in, refreshed at most every few hundred milliseconds.
// Ids come from the model, so expansion and selection survive refreshes; getParent lets the active
// editor's article be revealed.
import * as vscode from 'vscode';
import type { CorpusTree, GroupView, Grouping, NodeView, TreeArticle } from '../core';
import { METADATA_KEYS } from '../core/types';
import type { WorkspaceCorpus } from './corpusIndex';
import { engine } from './lazy';
import { setting } from './settings';

export const VIEW_ID = 'chaff.corpus';

/** Month names in the display language (the model names them in English). */
const monthName = (english: string) => {
  const m = engine().MONTHS.indexOf(english);
  return m < 0 ? english : new Intl.DateTimeFormat(vscode.env.language, { month: 'long' }).format(new Date(2000, m, 1));
};

/** A group's label in the display language: the model's fixed labels and month names. */
function groupLabel(n: GroupView): string {
  const t = vscode.l10n.t;
  const { DAY_UNKNOWN, DUPLICATES, MONTH_UNKNOWN, UNDATED, UNKNOWN_SOURCE } = engine();
  if (n.level === 'source' && n.label === UNKNOWN_SOURCE) return t('Unknown source');
  if (n.level === 'duplicates' && n.label === DUPLICATES) return t('Duplicates');
  if (n.level === 'year' && n.label === UNDATED) return t('Undated');
  if (n.level === 'month') return n.label === MONTH_UNKNOWN ? t('month unknown') : monthName(n.label);
  if (n.level === 'day') {
    if (n.label === DAY_UNKNOWN) return t('day unknown');
    const m = /^(\d+) (\p{L}+)$/u.exec(n.label);
    if (m) return `${m[1]} ${monthName(m[2])}`;
    const d = /^day (\d+)$/.exec(n.label);
    if (d) return t('day {0}', d[1]);
  }
  return n.label;
}

const articles = (n: number) => (n === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', n));


/** A node as the tests see it (`chaff._corpusTree`). */
export interface PlainNode {
  id: string;
  label: string;
  description: string;
  kind: 'group' | 'article';
  contextValue: string;
  uri?: string;
  children?: PlainNode[];
}

export class CorpusTreeProvider implements vscode.TreeDataProvider<NodeView>, vscode.Disposable {
  private model_: CorpusTree | null = null;
  private readonly grouping: Grouping;
  readonly view: vscode.TreeView<NodeView>;
  private readonly emitter = new vscode.EventEmitter<NodeView | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private painted = false;
  /** Refreshes made (tests wait on it). */
  refreshes = 0;

  constructor(
    private readonly index: WorkspaceCorpus,
    private readonly context: vscode.ExtensionContext,
  ) {
    this.grouping = context.workspaceState.get<Grouping>('chaff.corpus.grouping', 'source');
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.emitter,
      index.onDidChange((c) => {
        for (const key of c.removed) this.model.delete(key);
        for (const key of c.upserted) this.place(key);
        // While a scan runs, duplicate sets wait for its end: each update would compare the whole corpus again.
        if (index.state !== 'indexing') this.model.setDuplicates(index.duplicates());
        this.scheduleRefresh();
      }),
      index.onDidChangeState((state) => {
        if (state !== 'indexing') {
          this.model.setDuplicates(index.duplicates());
          this.scheduleRefresh();
        }
        this.updateMessage();
        void this.setContext();
      }),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) void this.revealActive();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => void this.revealActive()),
    );
    void this.setContext();
    this.updateMessage();
  }

  /** The core's tree model, made on first use: it is the engine's code, which activation does not load. */
  get model(): CorpusTree {
    return (this.model_ ??= new (engine().CorpusTree)(this.grouping));
  }

  /** Puts an article where its metadata says, or takes it out when the index no longer has it. */
  private place(key: string): void {
    const a = this.index.article(key);
    if (!a) {
      this.model.delete(key);
      return;
    }
    const m = a.facts.metadata;
    const article: TreeArticle = { key, name: a.name, path: a.rel, source: m.source, published: m.published, title: m.title, findings: a.findings, kinds: Object.keys(a.facts.kinds) };
    this.model.set(article);
  }

  /** Rebuilds the model from the index (after a grouping switch, or to recover from anything). */
  reload(): void {
    for (const key of [...this.index.keys()]) this.place(key);
    this.model.setDuplicates(this.index.duplicates());
    this.scheduleRefresh();
  }

  private scheduleRefresh(): void {
    // The first results paint at once; after that, one refresh per burst.
    if (!this.painted && this.model.size > 0) {
      this.painted = true;
      this.refresh();
      return;
    }
    if (this.refreshTimer) return;
    // While a scan runs, a slower pace: every refresh makes the window render the tree again.
    this.refreshTimer = setTimeout(() => this.refresh(), this.index.state === 'indexing' ? 1000 : 300);
  }

  private refresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.refreshes++;
    this.updateMessage();
    void this.setContext();
    this.emitter.fire(undefined);
  }

  setGrouping(g: Grouping): void {
    this.model.setGrouping(g);
    void this.context.workspaceState.update('chaff.corpus.grouping', g);
    this.refresh();
  }

  setFilter(text: string): void {
    this.model.setFilter(text);
    this.refresh();
  }

  getTreeItem(n: NodeView): vscode.TreeItem {
    if (n.type === 'group') {
      const label = groupLabel(n);
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = n.id;
      item.description = String(n.count);
      item.contextValue = n.level === 'duplicates' ? 'chaff.duplicates' : `chaff.group.${n.level}`;
      item.iconPath = new vscode.ThemeIcon(
        n.level === 'source' ? 'library' : n.level === 'duplicates' || n.level === 'duplicate-set' ? 'files' : n.level === 'year' ? 'calendar' : 'folder',
      );
      if (n.duplicate) item.description = `${n.count === 1 ? vscode.l10n.t('1 copy') : vscode.l10n.t('{0} copies', n.count)} · ${n.duplicate.kind === 'exact' ? vscode.l10n.t('same body') : vscode.l10n.t('{0}% alike', Math.round(n.duplicate.similarity * 100))}`;
      item.tooltip = `${label}: ${articles(n.count)}`;
      return item;
    }
    const a = n.article;
    const item = new vscode.TreeItem(a.title || a.name, vscode.TreeItemCollapsibleState.None);
    item.id = n.id;
    const uri = vscode.Uri.parse(a.key);
    item.resourceUri = uri;
    const parts = [];
    if (n.time) parts.push(n.time);
    parts.push(a.findings ? (a.findings === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', a.findings)) : vscode.l10n.t('clean'));
    if (n.duplicateOf) parts.push(vscode.l10n.t('duplicate'));
    item.description = parts.join(' · ');
    // Raw (has chaff) or clean, at a glance.
    item.iconPath = a.findings ? new vscode.ThemeIcon('circle-filled', new vscode.ThemeColor('charts.yellow')) : new vscode.ThemeIcon('pass', new vscode.ThemeColor('charts.green'));
    item.contextValue = 'chaff.article';
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [uri] };
    const md = new vscode.MarkdownString('', false);
    md.appendMarkdown(`**${escape(a.title || a.name)}**\n\n`);
    md.appendMarkdown(`${escape(a.path)}\n\n`);
    md.appendMarkdown(`- source: ${escape(a.source ?? 'unknown')}\n- published: ${escape(a.published ?? 'unknown')}\n- findings: ${a.findings}\n`);
    if (n.duplicateOf) md.appendMarkdown(`- duplicate of: ${escape(this.model.article(n.duplicateOf)?.path ?? n.duplicateOf)}\n`);
    item.tooltip = md;
    return item;
  }

  getChildren(n?: NodeView): NodeView[] {
    return this.model.children(n?.id);
  }

  getParent(n: NodeView): NodeView | undefined {
    const parent = this.model.parent(n.id);
    return parent === undefined ? undefined : this.model.node(parent);
  }

  /** Selects the active editor's article in the view (when the view is visible). */
  async revealActive(): Promise<void> {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!uri || !this.view.visible || !setting('corpus', 'autoReveal')) return;
    await this.reveal(uri.toString(), false);
  }

  async reveal(key: string, focus: boolean): Promise<boolean> {
    const node = this.model.node(this.model.articleId(key));
    if (!node) return false;
    try {
      await this.view.reveal(node, { select: true, focus, expand: true });
      return true;
    } catch {
      return false;
    }
  }

  /** The tree as data, to `depth` levels below `id` (for tests and `chaff._corpusTree`). */
  plain(id?: string, depth = Infinity): PlainNode[] {
    return this.model.children(id).map((n) => {
      const item = this.getTreeItem(n);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const out: PlainNode = { id: n.id, label, description: String(item.description ?? ''), kind: n.type, contextValue: item.contextValue ?? '' };
      if (n.type === 'article') out.uri = n.article.key;
      else if (depth > 1) out.children = this.plain(n.id, depth - 1);
      return out;
    });
  }

  /** Article URIs under a group node (for Clean All in group). */
  articlesUnder(id: string): vscode.Uri[] {
    const out: vscode.Uri[] = [];
    const walk = (pid: string) => {
      for (const n of this.model.children(pid)) {
        if (n.type === 'article') out.push(vscode.Uri.parse(n.article.key));
        else walk(n.id);
      }
    };
    walk(id);
    return [...new Map(out.map((u) => [u.toString(), u])).values()];
  }

  /** The metadata of an article as JSON (Copy Metadata). */
  metadataOf(key: string): string | undefined {
    const a = this.index.article(key);
    if (!a) return undefined;
    const m: Record<string, string | null> = {};
    for (const k of METADATA_KEYS) m[k] = a.facts.metadata[k];
    return JSON.stringify({ path: a.rel, ...m }, null, 2);
  }

  private updateMessage(): void {
    const { state } = this.index;
    const { done, total } = this.index.progress;
    const parts: string[] = [];
    // While the files are still being found there is no count yet, but the index is not done.
    if (state === 'indexing') parts.push(total ? vscode.l10n.t('Indexing… {0} of {1} files', done, total) : vscode.l10n.t('Indexing…'));
    if (this.model_?.filter) {
      const shown = this.model.children().reduce((n, c) => n + (c.type === 'group' && c.level !== 'duplicates' ? c.count : 0), 0);
      parts.push(vscode.l10n.t('Filter "{0}": {1}', this.model.filter, articles(shown)));
    }
    this.view.message = parts.join(' — ') || undefined;
    this.view.description = this.index.size ? articles(this.index.size) : undefined;
  }

  private async setContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'chaff.corpus.grouping', this.model_?.grouping ?? this.grouping);
    await vscode.commands.executeCommand('setContext', 'chaff.corpus.filtered', !!this.model_?.filter);
    await vscode.commands.executeCommand('setContext', 'chaff.corpus.state', this.index.state);
    await vscode.commands.executeCommand('setContext', 'chaff.corpus.empty', this.index.state === 'ready' && this.index.size === 0);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const d of this.disposables) d.dispose();
  }
}

const escape = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
