// The workspace's corpus index in the editor: the host's indexer (src/host/indexer.ts, the same
// per-file facts, cache, evidence and duplicates as `chaff index`) fed with what the editor knows:
// the workspace folders and their excludes, `.chaff.json`, unsaved text, a watcher, progress in the
// window, and vscode.workspace.fs for folders the workers cannot read. The cache lives in the
// extension's storage.
import { promises as fs, readFileSync } from 'node:fs';
import { type Ignore } from 'ignore';
import * as vscode from 'vscode';
import type { Analysis, ArticleFacts } from '../core';
import type { AnalysisPool, CorpusChange, Discovered, Indexer, IndexerHost, IndexState, Target, WalkedFolder } from '../host';
import { CONFIG_FILE_NAME } from './configFile';
import { engine } from './lazy';
import { fileExists, type ConfigService } from './config';
import { maxFileBytes, setting } from './settings';
import { workspaceFiles } from './workspaceFiles';
import { WorkspacePaths } from './workspacePaths';

export type { CorpusChange, IndexState } from '../host';

/** What the index knows of one article. */
export interface IndexedArticle {
  key: string;
  uri: vscode.Uri;
  /** Workspace-relative path (`/`-separated). */
  rel: string;
  name: string;
  facts: ArticleFacts;
  /** Findings with corpus evidence (the first analysis's count until the evidence is settled). */
  findings: number;
}

const CACHE_NAME = 'corpus-index.cache';
const SKIP = ['**/node_modules/**', '**/.git/**'];

/** Globs switched on in a `files.exclude` / `search.exclude` style setting (when-clauses are not evaluated: skipped). */
function enabledGlobs(setting: Record<string, unknown> | undefined): string[] {
  return Object.entries(setting ?? {})
    .filter(([, v]) => v === true)
    .map(([k]) => k);
}

const targetOf = (uri: vscode.Uri): Target => ({ key: uri.toString(), path: uri.scheme === 'file' ? uri.fsPath : null });
const openDocument = (key: string) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);

export class WorkspaceCorpus implements vscode.Disposable {
  private indexer_: Indexer | null = null;
  private readonly paths = new WorkspacePaths();
  private pool_: AnalysisPool | null = null;
  private readonly changed = new vscode.EventEmitter<CorpusChange>();
  private readonly evidence = new vscode.EventEmitter<void>();
  private readonly stateChanged = new vscode.EventEmitter<IndexState>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Decides whether a URI belongs to the corpus (set by each scan: globs, ignore files, excludes). */
  private accepts: (uri: vscode.Uri) => boolean = () => false;

  /** Articles added, changed or removed (batched). */
  readonly onDidChange = this.changed.event;
  /** Repeated-line counts changed: analyses made with the old evidence may be stale. */
  readonly onDidChangeEvidence = this.evidence.event;
  readonly onDidChangeState = this.stateChanged.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      this.changed,
      this.evidence,
      this.stateChanged,
      watcher,
      watcher.onDidCreate((u) => this.onFileEvent(u)),
      watcher.onDidChange((u) => this.onFileEvent(u)),
      watcher.onDidDelete((u) => this.onFileEvent(u, true)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.indexer_?.files.has(e.document.uri.toString())) this.indexer.schedule(targetOf(e.document.uri), 300);
      }),
      // A document closed with unsaved changes was reverted: the disk copy holds again.
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.indexer_?.files.get(d.uri.toString())?.fromEditor) this.indexer.schedule(targetOf(d.uri));
      }),
      config.onDidChange(() => this.rescan('configuration changed')),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.paths.reset();
        this.rescan('workspace folders changed');
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('chaff.corpus.workers')) {
          void this.pool_?.close();
          this.pool_ = null;
        }
        if (e.affectsConfiguration('chaff.corpus.enabled')) {
          if (setting('corpus', 'enabled')) void this.start();
          else this.indexer_?.stop();
        } else if (['files.exclude', 'search.exclude', 'chaff.corpus', 'chaff.performance.maxFileSizeKB'].some((s) => e.affectsConfiguration(s))) this.rescan('settings changed');
      }),
    );
  }

  /** The host's indexer, made on first use: it is the engine's code, which activation does not load. */
  private get indexer(): Indexer {
    if (!this.indexer_) {
      this.indexer_ = new (engine().Indexer)(this.host());
      this.indexer_.accepts = (key) => this.accepts(vscode.Uri.parse(key));
    }
    return this.indexer_;
  }

  /** The engine's worker threads, started with the first scan. */
  private get pool(): AnalysisPool {
    if (!this.pool_) {
      const set = setting('corpus', 'workers');
      // Every core, all but one worker at a lower priority, where a thread's priority can be lowered; elsewhere one core stays with the editor.
      const auto = Math.min(4, engine().canLowerWorkerPriority ? engine().defaultWorkers() : engine().defaultWorkers() - 1);
      this.pool_ = new (engine().AnalysisPool)(Math.max(0, Math.min(8, typeof set === 'number' ? set : Math.max(1, auto))), { background: true });
    }
    return this.pool_;
  }

  get corpus() {
    return this.indexer.corpus;
  }

  get state(): IndexState {
    return this.indexer_?.state ?? 'idle';
  }

  get progress(): { done: number; total: number } {
    return this.indexer_ ? { ...this.indexer_.progress } : { done: 0, total: 0 };
  }

  get size(): number {
    return this.indexer_?.files.size ?? 0;
  }

  /** Last full scan's duration and how much it read (for the log and tests). */
  get stats() {
    return this.indexer.stats;
  }

  keys(): IterableIterator<string> {
    return this.indexer.files.keys();
  }

  article(key: string): IndexedArticle | undefined {
    const f = this.indexer.files.get(key);
    const e = this.corpus.get(key);
    if (!f || !e) return undefined;
    let uri: vscode.Uri | undefined;
    return {
      key,
      // Made from the key when first asked for: a second start restores 100,000.
      get uri() {
        return (uri ??= vscode.Uri.parse(key));
      },
      rel: f.rel,
      name: f.rel.slice(f.rel.lastIndexOf('/') + 1),
      facts: e.facts,
      findings: this.corpus.findings(key),
    };
  }

  /** Duplicate sets, by article key. */
  duplicates() {
    return this.corpus.duplicateGroups();
  }

  /** The workspace-relative path the index uses for a URI (its folder stands in for a missing source). */
  relOf = (uri: vscode.Uri) => this.paths.relOf(uri);
  /** `relOf` for a key, parsed only when it must be. */
  relOfKey = (key: string) => this.paths.relOfKey(key);

  /**
   * The lines evidence applies to in `uri`, whose first analysis (without evidence) is `first`: those
   * repeated across its source, minus those a rule explains.
   */
  applicableTo(uri: vscode.Uri, first: Analysis): Int32Array {
    return this.corpus.repeated.applicable(engine().sourceKey(first.metadata.source, this.relOf(uri)), engine().lineFacts(first));
  }

  /** Starts (or restarts) a full scan; resolves when it is done or superseded. */
  start(): Promise<void> {
    return this.indexer.start();
  }

  /** As after a window reload: the index saved, forgotten, and started again from its cache (tests). */
  restartFromCache(): Promise<void> {
    return this.indexer.restartFromCache();
  }

  rescan(why: string): void {
    this.indexer.rescan(why);
  }

  /** Resolves once no scan or update is running or queued. */
  settled(): Promise<void> {
    return this.indexer.settled();
  }

  dispose(): void {
    this.indexer_?.dispose();
    for (const d of this.disposables) d.dispose();
    void this.pool_?.close();
  }

  cacheUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.context.storageUri ?? this.context.globalStorageUri, CACHE_NAME);
  }

  /** What the indexer asks of the editor. */
  private host(): IndexerHost {
    return {
      pool: () => this.pool,
      discover: (withStats) => this.discover(withStats),
      configFor: async (key) => {
        const doc = await this.config.forDocument(vscode.Uri.parse(key));
        return { config: doc.config, excluded: (k) => doc.config.exclude.length > 0 && doc.excluded(vscode.Uri.parse(k)) };
      },
      unsavedText: (key) => {
        const doc = openDocument(key);
        return doc?.isDirty ? doc.getText() : undefined;
      },
      dirtyKeys: () => new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString())),
      localPath: (key) => (key.startsWith('file:') ? vscode.Uri.parse(key).fsPath : null),
      relOf: (key) => this.relOfKey(key),
      files: workspaceFiles,
      maxBytes: () => maxFileBytes(),
      // A local cache is read with Node's fs, at once: through the editor's API its megabytes cross a
      // process boundary, and a read in chunks waits a turn of the starting window's busy event loop for each.
      readCache: async () => {
        const uri = this.cacheUri();
        try {
          return uri.scheme === 'file' ? readFileSync(uri.fsPath) : await vscode.workspace.fs.readFile(uri);
        } catch {
          return null;
        }
      },
      hasCache: () => fileExists(this.cacheUri()),
      writeCache: async (bytes) => {
        const dir = vscode.Uri.joinPath(this.cacheUri(), '..');
        if (dir.scheme === 'file') {
          // Written whole or not at all: a window closed half way leaves the last cache.
          await fs.mkdir(dir.fsPath, { recursive: true });
          await engine().writeAtomic(this.cacheUri().fsPath, bytes);
        } else {
          await vscode.workspace.fs.createDirectory(dir);
          await vscode.workspace.fs.writeFile(this.cacheUri(), bytes);
        }
      },
      // A progress notification the first time (nothing cached); later starts show progress in the view.
      withProgress: async (first, total, work) => {
        if (!first) return vscode.window.withProgress({ location: { viewId: 'chaff.corpus' } }, () => work(() => {}, () => false));
        await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Chaff: indexing {0} articles', total), cancellable: true }, (progress, token) => {
          let reported = 0;
          const report = (done: number) => {
            const pct = Math.floor((100 * done) / total);
            if (pct > reported) progress.report({ increment: pct - reported, message: `${done} of ${total}` });
            reported = Math.max(reported, pct);
          };
          return work(report, () => token.isCancellationRequested);
        });
      },
      log: this.log,
      changed: (c) => this.changed.fire(c),
      evidenceChanged: () => this.evidence.fire(),
      stateChanged: (s) => this.stateChanged.fire(s),
    };
  }

  /**
   * Finds the corpus files and sets `accepts` for watcher events. A local folder is walked (and its
   * files stat'ed, with `withStats`) on a worker, as the CLI walks it: the walks start before this
   * returns its promise, so they run while the indexer loads its cache. Other folders, and
   * `.chaff.json` include globs, go through findFiles.
   */
  private async discover(withStats: boolean): Promise<Discovered> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const named = folders.length > 1;
    const plans = folders.map((folder) => {
      const files = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude');
      const search = vscode.workspace.getConfiguration('search', folder.uri).get<Record<string, unknown>>('exclude');
      const excludeGlobs = [...SKIP, ...enabledGlobs(files), ...enabledGlobs(search)];
      const walk = folder.uri.scheme === 'file' ? this.pool.walk(folder.uri.fsPath, excludeGlobs, withStats, CONFIG_FILE_NAME).catch(() => null) : Promise.resolve(null);
      return { folder, excludeGlobs, walk };
    });
    const walked: WalkedFolder[] = [];
    const others = new Map<string, vscode.Uri>();
    const acceptors: ((uri: vscode.Uri) => boolean)[] = [];
    let settings: Discovered['settings'];
    for (const { folder, excludeGlobs, walk } of plans) {
      const exclude = `{${excludeGlobs.join(',')}}`;
      // .gitignore files, as git reads them (the CLI's matcher): a walk reads them on its way.
      const w = await walk;
      const rules = new Map<string, Ignore>((w?.gitignores ?? []).map(([dir, text]) => [dir, engine().gitignoreRules(text)]));
      if (!w) for (const gi of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), exclude)) {
        try {
          const rel = vscode.workspace.asRelativePath(gi, false);
          const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
          rules.set(dir, engine().gitignoreRules(new TextDecoder().decode(await vscode.workspace.fs.readFile(gi))));
        } catch {
          // unreadable: excludes nothing, as with git
        }
      }
      // `.chaff.json` include globs add files to the corpus; its exclude globs take them out.
      const rootConfig = await this.config.forDocument(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
      if (folder === folders[0]) settings = rootConfig.config.repeatedLines;
      const include = rootConfig.config.include;
      const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
      const includeDir = rootConfig.file ? vscode.Uri.joinPath(rootConfig.file, '..') : folder.uri;
      const m = engine().corpusMatcher({ base, exclude: excludeGlobs, gitignores: rules, include, includeDir: includeDir.path });
      const accept = (uri: vscode.Uri) => m.accepts(uri.path);
      acceptors.push(accept);
      const found: vscode.Uri[] = [];
      // The walk found `.txt` files only, minus what .gitignore files and the exclude globs leave out.
      if (w) walked.push({ prefix: named && folder.name ? folder.name + '/' : '', rels: w.rels, stats: w.stats, oneConfig: w.marked.length === 0, target: (rel) => targetOf(folder.uri.with({ path: base + rel })) });
      else found.push(...(await workspaceFiles.list(folder.uri.toString(), excludeGlobs)).map((k) => vscode.Uri.parse(k)));
      for (const g of include) found.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(includeDir, g), exclude)));
      const inWalk = w && new Set(w.rels);
      for (const uri of found) if (accept(uri) && !(inWalk && inWalk.has(m.rel(uri.path)!))) others.set(uri.toString(), uri);
    }
    this.accepts = (uri) => acceptors.some((a) => a(uri));
    const sorted = [...others.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { walked, others: sorted.map(targetOf), settings };
  }

  private onFileEvent(uri: vscode.Uri, deleted = false): void {
    const key = uri.toString();
    if (uri.path.endsWith('/.gitignore')) return this.rescan('.gitignore changed');
    if (!this.indexer_?.started) return;
    if (this.indexer.files.has(key) || (!deleted && this.accepts(uri))) this.indexer.schedule(targetOf(uri));
    else if (!deleted && !/\.[^/]*$/.test(uri.path)) void this.probeFolder(uri);
    else if (deleted) {
      // A deleted folder: everything indexed under it.
      const prefix = key.endsWith('/') ? key : key + '/';
      for (const k of this.indexer.files.keys()) if (k.startsWith(prefix)) this.indexer.schedule(targetOf(vscode.Uri.parse(k)));
    }
  }

  /** A folder created (or moved in) may be reported alone, without the files in it: look inside. */
  private async probeFolder(uri: vscode.Uri): Promise<void> {
    try {
      if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return;
    } catch {
      return;
    }
    for (const f of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'))) if (this.accepts(f)) this.indexer.schedule(targetOf(f));
  }
}
