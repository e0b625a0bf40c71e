// The workspace's corpus index, shared in substance with `chaff index`: the same per-file facts,
// cache format, evidence and duplicate logic (core + the analysis worker pool). Local folders are
// walked and their files stat'ed and read as the CLI does it (on the workers); other file systems go
// through findFiles and vscode.workspace.fs. The cache lives in the extension's storage, a watcher
// keeps it current, and an open editor's unsaved text overrides the disk copy.
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import * as vscode from 'vscode';
import { Corpus, evidenceKey, evidenceOf, lineFacts, sourceKey, type Analysis, type ArticleFacts, type CorpusEntry, type CorpusEvidence, type ResolvedConfig } from '../core';
import { eachLimited, ENGINE, IndexCache, type CachedFile } from '../cli/indexCache';
import { gitignoreMatcher, walkTree } from '../cli/paths';
import { AnalysisPool, type FactsReply } from '../cli/pool';
import { CONFIG_FILE_NAME } from './configFile';
import type { ConfigService } from './config';

export type IndexState = 'idle' | 'indexing' | 'ready';

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

export interface CorpusChange {
  /** Articles added or changed. */
  upserted: string[];
  removed: string[];
}

interface FileState {
  uri: vscode.Uri;
  rel: string;
  mtime: number;
  size: number;
  config: string;
  /** Indexed from an editor's unsaved text. */
  fromEditor: boolean;
}

const CACHE_NAME = 'corpus-index.cache';
const utf8 = new TextDecoder('utf-8', { fatal: true });
const SKIP = ['**/node_modules/**', '**/.git/**'];

/** Globs switched on in a `files.exclude` / `search.exclude` style setting (when-clauses are not evaluated: skipped). */
function enabledGlobs(setting: Record<string, unknown> | undefined): string[] {
  return Object.entries(setting ?? {})
    .filter(([, v]) => v === true)
    .map(([k]) => k);
}

export class WorkspaceCorpus implements vscode.Disposable {
  corpus: Corpus;
  private readonly files = new Map<string, FileState>();
  private pool_: AnalysisPool | null = null;
  private cache: IndexCache | null = null;
  private cacheLoaded = false;
  private state_: IndexState = 'idle';
  private progress_ = { done: 0, total: 0 };
  private run = 0;
  private scanning: Promise<void> | null = null;
  private readonly pending = new Map<string, vscode.Uri>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<CorpusChange>();
  private readonly evidence = new vscode.EventEmitter<void>();
  private readonly stateChanged = new vscode.EventEmitter<IndexState>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Decides whether a URI belongs to the corpus (set by each scan: globs, ignore files, excludes). */
  private accepts: (uri: vscode.Uri) => boolean = () => false;
  private firstScan = true;
  private started = false;
  /** Last full scan's duration and how much it read (for the log and tests). */
  stats = { ms: 0, files: 0, cached: 0, read: 0, reanalysed: 0, restored: false };

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
    this.corpus = this.newCorpus();
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
        if (e.contentChanges.length && this.files.has(e.document.uri.toString())) this.schedule(e.document.uri, 300);
      }),
      // A document closed with unsaved changes was reverted: the disk copy holds again.
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.files.get(d.uri.toString())?.fromEditor) this.schedule(d.uri);
      }),
      config.onDidChange(() => this.rescan('configuration changed')),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan('workspace folders changed')),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('chaff.corpus.workers')) {
          void this.pool_?.close();
          this.pool_ = null;
        }
        if (e.affectsConfiguration('chaff.corpus.enabled')) {
          if (vscode.workspace.getConfiguration('chaff.corpus').get<boolean>('enabled', true)) void this.start();
          else this.stop();
        } else if (['files.exclude', 'search.exclude', 'chaff.corpus', 'chaff.performance.maxFileSizeKB'].some((s) => e.affectsConfiguration(s))) this.rescan('settings changed');
      }),
    );
  }

  /** The engine's worker threads, started with the first scan. */
  private get pool(): AnalysisPool {
    // One worker by default: the other core stays with the editor and the extension host's main thread.
    this.pool_ ??= new AnalysisPool(Math.max(0, vscode.workspace.getConfiguration('chaff.corpus').get<number>('workers', 1)));
    return this.pool_;
  }

  get state(): IndexState {
    return this.state_;
  }

  get progress(): { done: number; total: number } {
    return { ...this.progress_ };
  }

  get size(): number {
    return this.files.size;
  }

  keys(): IterableIterator<string> {
    return this.files.keys();
  }

  article(key: string): IndexedArticle | undefined {
    const f = this.files.get(key);
    const e = this.corpus.get(key);
    if (!f || !e) return undefined;
    return { key, uri: f.uri, rel: f.rel, name: f.rel.slice(f.rel.lastIndexOf('/') + 1), facts: e.facts, findings: this.corpus.findings(key) };
  }

  /** Duplicate sets, by article key. */
  duplicates() {
    return this.corpus.duplicateGroups();
  }

  /** The workspace-relative path the index uses for a URI (its folder stands in for a missing source). */
  relOf(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  /**
   * Evidence for an analysis of `uri` whose first analysis (without evidence) is `first`: the lines
   * repeated across its source, minus those a rule explains. `key` changes whenever the result would.
   */
  evidenceFor(uri: vscode.Uri, first: Analysis): { evidence: CorpusEvidence | undefined; key: string } {
    const applicable = this.corpus.repeated.applicable(sourceKey(first.metadata.source, this.relOf(uri)), lineFacts(first));
    return { evidence: applicable.length ? evidenceOf(applicable) : undefined, key: evidenceKey(applicable) };
  }

  /** Starts (or restarts) a full scan; resolves when it is done or superseded. */
  start(): Promise<void> {
    this.started = true;
    const run = ++this.run;
    const p = this.scan(run).catch((e) => this.log.error(`corpus index: ${(e as Error).stack ?? e}`));
    this.scanning = p.finally(() => {
      if (this.run === run) this.scanning = null;
    });
    return this.scanning;
  }

  /** Cancels the running scan (the tree keeps what was indexed). */
  cancel(): void {
    this.run++;
    this.setState(this.files.size ? 'ready' : 'idle');
  }

  /** Switched off: forget the articles (the view empties, evidence stops). */
  stop(): void {
    this.run++;
    const removed = [...this.files.keys()];
    this.files.clear();
    this.corpus = this.newCorpus();
    this.started = false;
    this.setState('idle');
    if (removed.length) this.changed.fire({ upserted: [], removed });
    this.evidence.fire();
  }

  /** As after a window reload: the index saved, forgotten, and started again from its cache (tests). */
  async restartFromCache(): Promise<void> {
    await this.settled();
    clearTimeout(this.saveTimer);
    await this.saveCache();
    this.run++;
    const removed = [...this.files.keys()];
    this.files.clear();
    this.corpus = this.newCorpus();
    this.cache = null;
    this.cacheLoaded = false;
    this.firstScan = true;
    if (removed.length) this.changed.fire({ upserted: [], removed });
    await this.start();
  }

  rescan(why: string): void {
    if (!this.started) return; // never started, or switched off: nothing to redo
    this.log.info(`corpus index: rescanning (${why})`);
    void this.start();
  }

  /** Resolves once no scan or update is running or queued. */
  async settled(): Promise<void> {
    for (;;) {
      const wait = this.scanning ?? this.flushing ?? (this.flushTimer ? new Promise((r) => setTimeout(r, 50)) : null);
      if (!wait) return;
      await wait;
    }
  }

  dispose(): void {
    this.run++;
    clearTimeout(this.flushTimer);
    clearTimeout(this.countTimer);
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.saveCache();
    }
    for (const d of this.disposables) d.dispose();
    void this.pool_?.close();
  }

  private newCorpus(): Corpus {
    const order = (a: string, b: string) => {
      const pa = this.corpus?.get(a)?.facts.metadata.published ?? '\uffff';
      const pb = this.corpus?.get(b)?.facts.metadata.published ?? '\uffff';
      if (pa !== pb) return pa < pb ? -1 : 1;
      const ra = this.files.get(a)?.rel ?? a;
      const rb = this.files.get(b)?.rel ?? b;
      return ra < rb ? -1 : ra > rb ? 1 : 0;
    };
    // Thresholds come from `.chaff.json` (`repeatedLines`), set by each scan.
    return new Corpus({ minArticles: 5, minShare: 0.2, enabled: true }, { order });
  }

  private setState(s: IndexState): void {
    if (this.state_ === s) return;
    this.state_ = s;
    this.stateChanged.fire(s);
  }

  private cacheUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.context.storageUri ?? this.context.globalStorageUri, CACHE_NAME);
  }

  private async loadCache(): Promise<IndexCache> {
    try {
      const c = IndexCache.parse(await vscode.workspace.fs.readFile(this.cacheUri()), ENGINE);
      this.log.info(`corpus index: ${c.files.size} cached file(s) in ${this.cacheUri().fsPath}`);
      return c;
    } catch {
      return new IndexCache(ENGINE);
    }
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveCache(), 2000);
  }

  private async saveCache(): Promise<void> {
    this.saveTimer = undefined;
    const cache = new IndexCache(ENGINE);
    for (const [key, f] of this.files) {
      if (f.fromEditor) continue; // unsaved text is not what the disk holds
      const e = this.corpus.get(key);
      if (e) cache.files.set(key, { mtimeMs: f.mtime, size: f.size, facts: e.facts, final: e.final, config: f.config });
    }
    // Only a settled index can be restored as it is (unsaved text left out counts as unsettled too).
    const settled = this.corpus.settled && !this.scanning && !this.flushing && this.pending.size === 0 && cache.files.size === this.files.size;
    cache.groups = settled ? this.corpus.duplicateGroups() : null;
    this.cache = cache;
    try {
      const dir = vscode.Uri.joinPath(this.cacheUri(), '..');
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.writeFile(this.cacheUri(), cache.serialise());
    } catch (e) {
      this.log.warn(`corpus index: cache not written: ${(e as Error).message}`);
    }
  }

  /** Finds the corpus files and sets `accepts` for watcher events. */
  private async discover(): Promise<vscode.Uri[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const out = new Map<string, vscode.Uri>();
    const acceptors: ((uri: vscode.Uri) => boolean)[] = [];
    for (const folder of folders) {
      const files = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude');
      const search = vscode.workspace.getConfiguration('search', folder.uri).get<Record<string, unknown>>('exclude');
      const excludeGlobs = [...SKIP, ...enabledGlobs(files), ...enabledGlobs(search)];
      const exclude = `{${excludeGlobs.join(',')}}`;
      // For watcher events, as findFiles applies them: a glob that matches a folder excludes what is in it.
      const excluded = picomatch(excludeGlobs, { dot: true });
      const excludedRel = (rel: string) => {
        for (let i = rel.length; i > 0; i = rel.lastIndexOf('/', i - 1)) if (excluded(rel.slice(0, i))) return true;
        return false;
      };
      // .gitignore files, as git reads them (the CLI's matcher). A local folder is walked as the CLI
      // walks it, which reads them on the way: findFiles costs seconds at 100,000 files.
      const rules = new Map<string, Ignore>();
      const walked = folder.uri.scheme === 'file' ? await walkTree(folder.uri.fsPath, rules).catch(() => null) : null;
      if (!walked) for (const gi of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), exclude)) {
        try {
          const rel = vscode.workspace.asRelativePath(gi, false);
          const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
          rules.set(dir, ignore().add(new TextDecoder().decode(await vscode.workspace.fs.readFile(gi))));
        } catch {
          // unreadable: excludes nothing, as with git
        }
      }
      const gitignored = gitignoreMatcher(rules);
      // `.chaff.json` include globs add files to the corpus; its exclude globs take them out.
      const rootConfig = await this.config.forDocument(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
      if (folder === folders[0]) this.corpus.setSettings(rootConfig.config.repeatedLines);
      const include = rootConfig.config.include;
      const patterns = ['**/*.txt'];
      const includeDir = rootConfig.file ? vscode.Uri.joinPath(rootConfig.file, '..') : folder.uri;
      const relOf = (uri: vscode.Uri) => (uri.path.startsWith(folder.uri.path + '/') ? uri.path.slice(folder.uri.path.length + 1) : null);
      const isTxt = (p: string) => p.toLowerCase().endsWith('.txt');
      const included = include.length ? picomatch(include, { dot: true }) : () => false;
      const inIncludeDir = (uri: vscode.Uri) => (uri.path.startsWith(includeDir.path + '/') ? uri.path.slice(includeDir.path.length + 1) : null);
      const accept = (uri: vscode.Uri) => {
        const rel = relOf(uri);
        if (rel === null) return false;
        const inc = inIncludeDir(uri);
        if (!isTxt(rel) && !(inc !== null && included(inc))) return false;
        return !excludedRel(rel) && !gitignored(rel);
      };
      acceptors.push(accept);
      const found: vscode.Uri[] = [];
      if (walked) for (const f of walked) found.push(vscode.Uri.joinPath(folder.uri, ...f.rel.split('/')));
      else for (const p of patterns) found.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, p), exclude)));
      for (const g of include) found.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(includeDir, g), exclude)));
      for (const uri of found) if (accept(uri)) out.set(uri.toString(), uri);
    }
    this.accepts = (uri) => acceptors.some((a) => a(uri));
    return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The text an editor holds for the URI when it has unsaved changes. */
  private editorText(uri: vscode.Uri): string | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc?.isDirty ? doc.getText() : undefined;
  }

  private async configFor(uri: vscode.Uri): Promise<{ resolved: ResolvedConfig; key: string; excluded: boolean }> {
    const dc = await this.config.forDocument(uri);
    return { resolved: dc.config, key: this.pool.config(dc.config), excluded: dc.excluded(uri) };
  }

  /**
   * Reads and analyses one file (or reuses its cache entry); null when it is not an article (gone,
   * excluded, too large, binary, not UTF-8, empty).
   */
  private async load(uri: vscode.Uri, maxBytes: number, known?: { mtime: number; size: number } | null): Promise<{ state: FileState; facts: ArticleFacts; final: CorpusEntry['final']; cached?: CachedFile } | null> {
    const key = uri.toString();
    const cfg = await this.configFor(uri);
    if (cfg.excluded) return null;
    const rel = this.relOf(uri);
    const unsaved = this.editorText(uri);
    if (unsaved !== undefined) {
      if (!unsaved.trim()) return null;
      const r = (await this.pool.factsWith({ text: unsaved }, this.corpus.hint(rel), cfg.key)) as FactsReply;
      return { state: { uri, rel, mtime: -1, size: -1, config: cfg.key, fromEditor: true }, facts: r.facts, final: r.final };
    }
    let stat: { mtime: number; size: number };
    if (known !== undefined) {
      // Stat'ed with the others of a scan, in one batch on the workers.
      if (known === null) return null;
      stat = known;
    } else {
      try {
        const st = await vscode.workspace.fs.stat(uri);
        if (!(st.type & vscode.FileType.File)) return null;
        // Whole milliseconds, as the batch stats give them, so both agree on an unchanged file.
        stat = { mtime: Math.floor(st.mtime), size: st.size };
      } catch {
        return null;
      }
    }
    if (stat.size > maxBytes || stat.size === 0) return null;
    const state: FileState = { uri, rel, mtime: stat.mtime, size: stat.size, config: cfg.key, fromEditor: false };
    // Unchanged since indexed in this session, or since the cache was written: no read.
    const now = this.files.get(key);
    const entry = this.corpus.get(key);
    if (now && entry && !now.fromEditor && now.mtime === stat.mtime && now.size === stat.size && now.config === cfg.key) return { state, facts: entry.facts, final: entry.final, cached: { ...now, mtimeMs: now.mtime, facts: entry.facts, final: entry.final } };
    const hit = this.cache?.lookup(key, stat.mtime, stat.size, cfg.key);
    if (hit) return { state, facts: hit.facts, final: hit.final, cached: hit };
    // With the evidence its source is believed to have so far: `settle` then reads only the articles guessed wrong.
    const hint = this.corpus.hint(rel);
    if (uri.scheme === 'file') {
      // A local file is read by the worker that analyses it.
      const r = await this.pool.factsWith({ file: uri.fsPath, maxSize: maxBytes }, hint, cfg.key);
      if ('skip' in r || r.blank) return null;
      return { state: { ...state, mtime: Math.floor(r.stat!.mtimeMs), size: r.stat!.size }, facts: r.facts, final: r.final };
    }
    let text: string;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.includes(0)) return null;
      text = utf8.decode(bytes);
    } catch {
      return null;
    }
    if (!text.trim()) return null;
    const r = (await this.pool.factsWith({ text }, hint, cfg.key)) as FactsReply;
    return { state, facts: r.facts, final: r.final };
  }

  private async textOf(uri: vscode.Uri): Promise<string | null> {
    const unsaved = this.editorText(uri);
    if (unsaved !== undefined) return unsaved;
    try {
      return utf8.decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return null;
    }
  }

  private maxBytes(): number {
    return vscode.workspace.getConfiguration('chaff.performance').get<number>('maxFileSizeKB', 1024) * 1024;
  }

  private async scan(run: number): Promise<void> {
    const batch: CorpusChange = { upserted: [], removed: [] };
    try {
      await this.scanInto(run, batch);
    } finally {
      // A scan superseded part way still tells what it changed, or the view would keep articles the index dropped.
      if (batch.upserted.length || batch.removed.length) this.changed.fire({ upserted: batch.upserted.splice(0), removed: batch.removed.splice(0) });
    }
  }

  private async scanInto(run: number, batch: CorpusChange): Promise<void> {
    const live = () => this.run === run;
    const t0 = Date.now();
    this.setState('indexing');
    if (!this.cacheLoaded) {
      this.cache = await this.loadCache();
      this.cacheLoaded = true;
    }
    const firstTime = this.firstScan && (this.cache?.files.size ?? 0) === 0;
    let lastEmit = 0;
    const emit = (force = false) => {
      // The first results go out at once (the tree's first paint), then in batches.
      if (!force && batch.upserted.length < 1 && batch.removed.length < 1) return;
      if (!force && lastEmit && Date.now() - lastEmit < 250) return;
      lastEmit = Date.now();
      this.changed.fire({ upserted: batch.upserted.splice(0), removed: batch.removed.splice(0) });
    };
    let restoredFromCache = false;
    if (this.firstScan && this.cache && this.cache.files.size) {
      // A second start paints from the cache at once; the scan below checks every file and corrects what changed.
      let n = 0;
      // Saved from a settled index: restored as it was, counted only once something changes.
      const restore = this.cache.groups !== null && [...this.cache.files.values()].every((c) => c.final);
      for (const [key, c] of this.cache.files) {
        const uri = vscode.Uri.parse(key);
        const rel = this.relOf(uri);
        this.files.set(key, { uri, rel, mtime: c.mtimeMs, size: c.size, config: c.config ?? '', fromEditor: false });
        if (restore) this.corpus.restore(key, rel, c.facts, c.final!);
        else this.corpus.set(key, rel, c.facts, c.final);
        batch.upserted.push(key);
        if (++n % 5000 === 0 || n === 200) {
          emit(true);
          await new Promise((r) => setImmediate(r));
          if (!live()) return;
        }
      }
      if (restore) this.corpus.restoreDuplicates(this.cache.groups!);
      restoredFromCache = restore;
      emit(true);
    }
    this.firstScan = false;
    const uris = await this.discover();
    if (!live()) return;
    // Local files are stat'ed in batches on the workers: one API call per file costs more than the rest of a second start.
    const local = uris.filter((u) => u.scheme === 'file');
    const st = local.length ? await this.pool.stat(local.map((u) => u.fsPath)) : new Float64Array(0);
    if (!live()) return;
    const known = new Map<string, { mtime: number; size: number } | null>();
    local.forEach((u, i) => known.set(u.toString(), Number.isNaN(st[2 * i]) ? null : { mtime: Math.floor(st[2 * i]), size: st[2 * i + 1] }));
    this.progress_ = { done: 0, total: uris.length };
    const stats = { ms: 0, files: 0, cached: 0, read: 0, reanalysed: 0, restored: restoredFromCache };
    const seen = new Set<string>();
    const maxBytes = this.maxBytes();
    const work = async (token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>) => {
      let reported = 0;
      await eachLimited(
        uris,
        16,
        async (uri) => {
          const key = uri.toString();
          seen.add(key);
          const r = await this.load(uri, maxBytes, known.get(key));
          if (!live()) return;
          if (r) {
            const old = this.files.get(key);
            const oldFacts = this.corpus.get(key)?.facts;
            const same = old && oldFacts === r.facts && old.mtime === r.state.mtime && old.size === r.state.size;
            this.files.set(key, r.state);
            if (!same) {
              this.corpus.set(key, r.state.rel, r.facts, r.final);
              batch.upserted.push(key);
            }
            if (r.cached) stats.cached++;
            else stats.read++;
          } else if (this.files.delete(key)) {
            this.corpus.delete(key);
            batch.removed.push(key);
          }
          this.progress_.done++;
          emit();
          const pct = Math.floor((100 * this.progress_.done) / uris.length);
          if (progress && pct > reported) {
            progress.report({ increment: pct - reported, message: `${this.progress_.done} of ${uris.length}` });
            reported = pct;
          }
        },
        () => !live() || !!token?.isCancellationRequested,
      );
      if (token?.isCancellationRequested && live()) {
        this.log.info(`corpus index: cancelled after ${this.progress_.done} of ${uris.length} files`);
        this.cancel();
      }
    };
    // A progress notification the first time (nothing cached); later starts show progress in the view.
    if (firstTime && uris.length > 0) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Chaff: indexing ${uris.length} articles`, cancellable: true },
        (progress, token) => work(token, progress),
      );
    } else {
      await vscode.window.withProgress({ location: { viewId: 'chaff.corpus' } }, () => work());
    }
    if (!live()) return;
    // Files indexed before but not found now were deleted, renamed or excluded meanwhile.
    for (const key of [...this.files.keys()]) {
      if (seen.has(key)) continue;
      this.files.delete(key);
      this.corpus.delete(key);
      batch.removed.push(key);
    }
    emit(true);
    stats.reanalysed = await this.settle(live);
    if (!live()) return;
    stats.ms = Date.now() - t0;
    stats.files = this.files.size;
    this.stats = stats;
    this.log.info(`corpus index: ${stats.files} articles in ${stats.ms} ms (${stats.cached} from the cache${stats.restored ? ', restored as saved' : ''}, ${stats.read} read, ${stats.reanalysed} analysed again for corpus evidence)`);
    this.setState('ready');
    this.scheduleSave();
    this.countWhenIdle();
  }

  /**
   * A corpus restored from the cache counts its lines in slices after the start, so neither the
   * start nor the first change or opened article waits for 100,000 articles at once.
   */
  private countWhenIdle(): void {
    const corpus = this.corpus;
    const step = () => {
      if (this.corpus === corpus && !corpus.countSome(2000)) this.countTimer = setTimeout(step, 10);
    };
    clearTimeout(this.countTimer);
    if (corpus.uncounted) this.countTimer = setTimeout(step, 200);
  }

  /** Second analyses for the articles whose evidence changed; tells listeners. Returns how many. */
  private async settle(live: () => boolean): Promise<number> {
    const changed: string[] = [];
    const stale = this.corpus.stale((e) => changed.push(e.key));
    await eachLimited(
      stale,
      8,
      async (e) => {
        const f = this.files.get(e.key);
        const text = f && (await this.textOf(f.uri));
        if (!f || text === null || !live()) return;
        const applicable = this.corpus.repeated.applicable(e.source, e.facts);
        const before = this.corpus.findings(e.key);
        const findings = await this.pool.final(text!, applicable, f.config);
        if (findings === null) return;
        this.corpus.resolve(e.key, evidenceKey(applicable), findings);
        if (findings !== before) changed.push(e.key);
      },
      () => !live(),
    );
    if (changed.length) this.changed.fire({ upserted: changed, removed: [] });
    // Even without a stale article here, the counts moved: open editors check their own evidence.
    this.evidence.fire();
    return stale.length;
  }

  private onFileEvent(uri: vscode.Uri, deleted = false): void {
    const key = uri.toString();
    if (uri.path.endsWith('/.gitignore')) return this.rescan('.gitignore changed');
    if (!this.started) return;
    if (this.files.has(key) || (!deleted && this.accepts(uri))) this.schedule(uri);
    else if (!deleted && !/\.[^/]*$/.test(uri.path)) void this.probeFolder(uri);
    else if (deleted) {
      // A deleted folder: everything indexed under it.
      const prefix = key.endsWith('/') ? key : key + '/';
      for (const k of this.files.keys()) if (k.startsWith(prefix)) this.schedule(this.files.get(k)!.uri);
    }
  }

  /** A folder created (or moved in) may be reported alone, without the files in it: look inside. */
  private async probeFolder(uri: vscode.Uri): Promise<void> {
    try {
      if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return;
    } catch {
      return;
    }
    for (const f of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'))) if (this.accepts(f)) this.schedule(f);
  }

  /** Queues a file to be looked at again; events for the same file within the delay are coalesced. */
  private schedule(uri: vscode.Uri, delay = 150): void {
    this.pending.set(uri.toString(), uri);
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      void this.flush();
    }, delay);
  }

  private async flush(): Promise<void> {
    if (this.flushing) {
      await this.flushing;
      if (this.pending.size && !this.flushTimer) return this.flush();
      return;
    }
    this.flushing = (async () => {
      if (this.scanning) await this.scanning;
      const run = this.run;
      const live = () => this.run === run;
      while (this.pending.size && live()) {
        const uris = [...this.pending.values()];
        this.pending.clear();
        const change: CorpusChange = { upserted: [], removed: [] };
        const maxBytes = this.maxBytes();
        await eachLimited(
          uris,
          8,
          async (uri) => {
            const key = uri.toString();
            const r = this.accepts(uri) || this.files.has(key) ? await this.load(uri, maxBytes) : null;
            if (!live()) return;
            if (r && this.accepts(uri)) {
              this.files.set(key, r.state);
              this.corpus.set(key, r.state.rel, r.facts, r.final);
              change.upserted.push(key);
            } else if (this.files.delete(key)) {
              this.corpus.delete(key);
              change.removed.push(key);
            }
          },
          () => !live(),
        );
        // Told even when superseded: the index changed either way.
        if (change.upserted.length || change.removed.length) this.changed.fire(change);
        if (!live()) return;
        await this.settle(live);
      }
      this.scheduleSave();
    })().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }
}

