// The workspace's corpus index, shared in substance with `chaff index`: the same per-file facts,
// cache format, evidence and duplicate logic (core + the analysis worker pool). Local folders are
// walked and their files stat'ed and read as the CLI does it (on the workers); other file systems go
// through findFiles and vscode.workspace.fs. The cache lives in the extension's storage, a watcher
// keeps it current, and an open editor's unsaved text overrides the disk copy.
import { promises as fs, readFileSync } from 'node:fs';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import * as vscode from 'vscode';
import { Corpus, evidenceKey, evidenceOf, lineFacts, sourceKey, type Analysis, type ArticleFacts, type CorpusEntry, type CorpusEvidence } from '../core';
import { AnalysisPool, canLowerWorkerPriority, defaultWorkers, eachLimited, ENGINE, excludeMatcher, type FactsItem, gitignoreMatcher, gitignoreRules, IndexCache, writeAtomic } from '../host';
import { CONFIG_FILE_NAME } from './configFile';
import { fileExists, type ConfigService, type DocConfig } from './config';

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

/** What the index holds of a file. Its URI is made from its key when first asked for: a second start restores 100,000. */
class FileState {
  constructor(
    readonly key: string,
    private uri_: vscode.Uri | undefined,
    readonly rel: string,
    readonly mtime: number,
    readonly size: number,
    readonly config: string,
    /** Indexed from an editor's unsaved text. */
    readonly fromEditor: boolean,
  ) {}

  get uri(): vscode.Uri {
    return (this.uri_ ??= vscode.Uri.parse(this.key));
  }

  withStat(mtime: number, size: number): FileState {
    return new FileState(this.key, this.uri_, this.rel, mtime, size, this.config, this.fromEditor);
  }
}

type Stat = { mtime: number; size: number };

/** A file's configuration and its key for the worker pool. */
interface FileConfig {
  doc: DocConfig;
  key: string;
}

/** What the files of one scan or update share. */
interface LoadContext {
  maxBytes: number;
  /** Configurations by folder. */
  configs: Map<string, FileConfig | Promise<FileConfig>>;
}

/** A local workspace folder's articles as a walk found them. */
interface WalkedFolder {
  folder: vscode.WorkspaceFolder;
  /** The folder's path with a trailing `/`. */
  base: string;
  /** What the index's relative paths start with for this folder (its name, in a multi-root workspace). */
  prefix: string;
  /** Paths relative to the folder, sorted. */
  rels: string[];
  /** mtime and size pairs, if asked for. */
  stats: Float64Array | null;
  /** No `.chaff.json` in the folder: one configuration for all its files. */
  oneConfig: boolean;
}

/** A file as the index holds it, or null when it is not an article. */
type Loaded = { state: FileState; facts: ArticleFacts; final: CorpusEntry['final']; cached?: true } | null;

const CACHE_NAME = 'corpus-index.cache';
/** Files per job of a scan, as `chaff index` hands them out. */
const BATCH = 8;
const utf8 = new TextDecoder('utf-8', { fatal: true });

async function statOf(uri: vscode.Uri): Promise<Stat | null> {
  try {
    const st = await vscode.workspace.fs.stat(uri);
    // Whole milliseconds, as the batch stats give them, so both agree on an unchanged file.
    return st.type & vscode.FileType.File ? { mtime: Math.floor(st.mtime), size: st.size } : null;
  } catch {
    return null;
  }
}

/** Text of a file as UTF-8; null when it cannot be read, is binary or is not UTF-8. */
async function readUtf8(uri: vscode.Uri): Promise<string | null> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.includes(0) ? null : utf8.decode(bytes);
  } catch {
    return null;
  }
}
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
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.prefixes = null;
        this.rescan('workspace folders changed');
      }),
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
    if (!this.pool_) {
      const set = vscode.workspace.getConfiguration('chaff.corpus').get<number | null>('workers', null);
      // Every core, all but one worker at a lower priority, where a thread's priority can be lowered; elsewhere one core stays with the editor.
      const auto = Math.min(4, canLowerWorkerPriority ? defaultWorkers() : defaultWorkers() - 1);
      this.pool_ = new AnalysisPool(Math.max(0, Math.min(8, typeof set === 'number' ? set : Math.max(1, auto))), { background: true });
    }
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
    return {
      key,
      get uri() {
        return f.uri;
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
  relOf(uri: vscode.Uri): string {
    // As `asRelativePath` says it, without its lookup per call (a second start asks 200,000 times).
    for (const f of this.folderPrefixes()) {
      if (uri.scheme === f.scheme && uri.authority === f.authority && uri.path.startsWith(f.base)) return f.name + uri.path.slice(f.base.length);
    }
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  /**
   * `relOf` for a URI's string (the index's key) without parsing it, when the key is a folder's own
   * string and a path that needs no decoding; else parsed.
   */
  relOfKey(key: string): string {
    for (const f of this.folderPrefixes()) {
      if (!key.startsWith(f.keyBase)) continue;
      const rest = key.slice(f.keyBase.length);
      if (!/[%?#]/.test(rest)) return f.name + rest;
      break;
    }
    return this.relOf(vscode.Uri.parse(key));
  }

  /** Workspace folders, innermost first, with the path prefix of what is in them (forgotten when the folders change). */
  private prefixes: { scheme: string; authority: string; base: string; keyBase: string; name: string }[] | null = null;

  private folderPrefixes() {
    if (!this.prefixes) {
      const folders = vscode.workspace.workspaceFolders ?? [];
      const named = folders.length > 1;
      this.prefixes = folders
        .map((f) => {
          const key = f.uri.toString();
          return { scheme: f.uri.scheme, authority: f.uri.authority, base: f.uri.path.endsWith('/') ? f.uri.path : f.uri.path + '/', keyBase: key.endsWith('/') ? key : key + '/', name: named && f.name ? f.name + '/' : '' };
        })
        .sort((a, b) => b.base.length - a.base.length);
    }
    return this.prefixes;
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

  cacheUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.context.storageUri ?? this.context.globalStorageUri, CACHE_NAME);
  }

  private async loadCache(): Promise<IndexCache> {
    try {
      // A local cache is read with Node's fs, at once: through the editor's API its megabytes cross a
      // process boundary, and a read in chunks waits a turn of the starting window's busy event loop for each.
      const uri = this.cacheUri();
      const c = IndexCache.parse(uri.scheme === 'file' ? readFileSync(uri.fsPath) : await vscode.workspace.fs.readFile(uri), ENGINE);
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
      if (dir.scheme === 'file') {
        // Written whole or not at all: a window closed half way leaves the last cache.
        await fs.mkdir(dir.fsPath, { recursive: true });
        await writeAtomic(this.cacheUri().fsPath, cache.serialise());
      } else {
        await vscode.workspace.fs.createDirectory(dir);
        await vscode.workspace.fs.writeFile(this.cacheUri(), cache.serialise());
      }
    } catch (e) {
      this.log.warn(`corpus index: cache not written: ${(e as Error).message}`);
    }
  }

  /**
   * Finds the corpus files and sets `accepts` for watcher events. A local folder is walked (and its
   * files stat'ed, with `withStats`) on a worker, as the CLI walks it: the walks start before this
   * returns its promise, so they run while the caller loads its cache. Other folders, and
   * `.chaff.json` include globs, go through findFiles.
   */
  private async discover(withStats: boolean): Promise<{ walked: WalkedFolder[]; others: vscode.Uri[] }> {
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
    for (const { folder, excludeGlobs, walk } of plans) {
      const exclude = `{${excludeGlobs.join(',')}}`;
      // For watcher events, as findFiles applies them: a glob that matches a folder excludes what is in it.
      const excludedRel = excludeMatcher(excludeGlobs);
      // .gitignore files, as git reads them (the CLI's matcher): a walk reads them on its way.
      const w = await walk;
      const rules = new Map<string, Ignore>((w?.gitignores ?? []).map(([dir, text]) => [dir, gitignoreRules(text)]));
      if (!w) for (const gi of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), exclude)) {
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
      const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
      const includeDir = rootConfig.file ? vscode.Uri.joinPath(rootConfig.file, '..') : folder.uri;
      const relOf = (uri: vscode.Uri) => (uri.path.startsWith(base) ? uri.path.slice(base.length) : null);
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
      // The walk found `.txt` files only, minus what .gitignore files and the exclude globs leave out.
      if (w) walked.push({ folder, base, prefix: named && folder.name ? folder.name + '/' : '', rels: w.rels, stats: w.stats, oneConfig: w.marked.length === 0 });
      else found.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.txt'), exclude)));
      for (const g of include) found.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(includeDir, g), exclude)));
      const inWalk = w && new Set(w.rels);
      for (const uri of found) if (accept(uri) && !(inWalk && inWalk.has(relOf(uri)!))) others.set(uri.toString(), uri);
    }
    this.accepts = (uri) => acceptors.some((a) => a(uri));
    return { walked, others: [...others.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
  }

  /** The text an editor holds for the URI when it has unsaved changes. */
  private editorText(uri: vscode.Uri): string | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc?.isDirty ? doc.getText() : undefined;
  }

  /** The configuration for a file, its folder's looked up once per scan or update (a value once known, so most files wait for nothing). */
  private configOf(uri: vscode.Uri, known: Map<string, FileConfig | Promise<FileConfig>>): FileConfig | Promise<FileConfig> {
    const s = uri.toString();
    const dir = s.slice(0, s.lastIndexOf('/'));
    let c = known.get(dir);
    if (!c) {
      const p = this.config.forDocument(uri).then((doc) => {
        const v = { doc, key: this.pool.config(doc.config) };
        known.set(dir, v);
        return v;
      });
      known.set(dir, (c = p));
    }
    return c;
  }

  /**
   * Reads and analyses files (or reuses what is known of them): those that need reading go to the
   * workers together, local ones read there. Null for a file that is not an article (gone, excluded,
   * too large, binary, not UTF-8, empty). `stats` are those of a scan's batch stat (null: cannot be
   * stat'ed); a file without one is stat'ed here.
   */
  private async loadMany(uris: vscode.Uri[], ctx: LoadContext, stats?: Map<string, Stat | null>): Promise<Loaded[]> {
    const out: Loaded[] = uris.map(() => null);
    const reads: { i: number; state: FileState; item: FactsItem }[] = [];
    for (let i = 0; i < uris.length; i++) {
      const uri = uris[i];
      const key = uri.toString();
      const c = this.configOf(uri, ctx.configs);
      const cfg = c instanceof Promise ? await c : c;
      if (cfg.doc.excluded(uri)) continue;
      const rel = this.relOf(uri);
      const hint = () => this.corpus.hint(rel);
      const unsaved = this.editorText(uri);
      if (unsaved !== undefined) {
        if (unsaved.trim()) reads.push({ i, state: new FileState(key, uri, rel, -1, -1, cfg.key, true), item: { text: unsaved, hint: hint() } });
        continue;
      }
      // A local file the index has never seen goes straight to a worker, which reads it and says its stat.
      if (uri.scheme === 'file' && !this.files.has(key) && !this.cache?.files.has(key)) {
        reads.push({ i, state: new FileState(key, uri, rel, -1, -1, cfg.key, false), item: { file: uri.fsPath, maxSize: ctx.maxBytes, hint: hint() } });
        continue;
      }
      let stat = stats?.get(key);
      if (stat === undefined) stat = await statOf(uri);
      if (!stat || stat.size > ctx.maxBytes || stat.size === 0) continue;
      const state = new FileState(key, uri, rel, stat.mtime, stat.size, cfg.key, false);
      // Unchanged since indexed in this session, or since the cache was written: no read.
      const now = this.files.get(key);
      const entry = this.corpus.get(key);
      if (now && entry && !now.fromEditor && now.mtime === stat.mtime && now.size === stat.size && now.config === cfg.key) {
        out[i] = { state, facts: entry.facts, final: entry.final, cached: true };
        continue;
      }
      const hit = this.cache?.lookup(key, stat.mtime, stat.size, cfg.key);
      if (hit) {
        out[i] = { state, facts: hit.facts, final: hit.final, cached: true };
        continue;
      }
      // With the evidence its source is believed to have so far: `settle` then reads only the articles guessed wrong.
      if (uri.scheme === 'file') reads.push({ i, state, item: { file: uri.fsPath, maxSize: ctx.maxBytes, hint: hint() } });
      else {
        const text = await readUtf8(uri);
        if (text?.trim()) reads.push({ i, state, item: { text, hint: hint() } });
      }
    }
    // One job per configuration in the batch (usually one).
    const byConfig = new Map<string, typeof reads>();
    for (const r of reads) {
      const group = byConfig.get(r.state.config);
      if (group) group.push(r);
      else byConfig.set(r.state.config, [r]);
    }
    await Promise.all(
      [...byConfig].map(async ([config, list]) => {
        const results = await this.pool.factsMany(list.map((r) => r.item), config);
        list.forEach((r, k) => {
          const res = results[k];
          if ('error' in res) this.log.error(`corpus index: ${r.state.rel}: ${res.error}`);
          else if (!('skip' in res) && !res.blank) {
            // A file read on a worker: the stat it had when read.
            const state = res.stat ? r.state.withStat(Math.floor(res.stat.mtimeMs), res.stat.size) : r.state;
            out[r.i] = { state, facts: res.facts, final: res.final };
          }
        });
      }),
    );
    return out;
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
    // The folders are walked on a worker while the cache loads; stat'ed too when there is anything to compare with.
    const withStats = this.files.size > 0 || (this.cacheLoaded ? (this.cache?.files.size ?? 0) > 0 : await fileExists(this.cacheUri()));
    const discovering = this.discover(withStats);
    let loadedAt = 0;
    if (!this.cacheLoaded) {
      this.cache = await this.loadCache();
      loadedAt = Date.now() - t0;
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
        const rel = this.relOfKey(key);
        this.files.set(key, new FileState(key, undefined, rel, c.mtimeMs, c.size, c.config ?? '', false));
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
    const restoredAt = Date.now() - t0;
    const { walked, others } = await discovering;
    const foundAt = Date.now() - t0;
    if (!live()) return;
    const total = walked.reduce((n, w) => n + w.rels.length, others.length);
    this.progress_ = { done: 0, total };
    const stats = { ms: 0, files: 0, cached: 0, read: 0, reanalysed: 0, restored: restoredFromCache };
    const seen = new Set<string>();
    let edits = 0;
    const ctx: LoadContext = { maxBytes: this.maxBytes(), configs: new Map() };
    // A walked file known with the same stat and configuration is taken as it is, compared by its
    // relative path: a second start makes no URI for it. The others are looked at below.
    const dirty = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    const byRel = new Map<string, string>();
    for (const [key, f] of this.files) byRel.set(f.rel, key);
    const uris: vscode.Uri[] = [];
    const known = new Map<string, Stat | null>();
    for (const w of walked) {
      let dir: string | null = null;
      let cfg: FileConfig | null = null;
      for (let i = 0; i < w.rels.length; i++) {
        const rel = w.rels[i];
        const key = byRel.get(w.prefix + rel);
        const f = key === undefined ? undefined : this.files.get(key);
        const mtime = w.stats ? Math.floor(w.stats[2 * i]) : NaN;
        const size = w.stats ? w.stats[2 * i + 1] : NaN;
        if (f && !f.fromEditor && f.mtime === mtime && f.size === size && !dirty.has(key!)) {
          const d = rel.slice(0, rel.lastIndexOf('/') + 1);
          if (!cfg || (d !== dir && !w.oneConfig)) {
            const c = this.configOf(f.uri, ctx.configs);
            cfg = c instanceof Promise ? await c : c;
            dir = d;
          }
          if (f.config === cfg.key && (cfg.doc.config.exclude.length === 0 || !cfg.doc.excluded(f.uri))) {
            seen.add(key!);
            stats.cached++;
            continue;
          }
        }
        const uri = w.folder.uri.with({ path: w.base + rel });
        uris.push(uri);
        if (w.stats) known.set(uri.toString(), Number.isNaN(mtime) ? null : { mtime, size });
      }
    }
    if (!live()) return;
    this.progress_.done = stats.cached;
    uris.push(...others);
    // Other local files known from before are stat'ed in batches on the workers: one API call per file
    // costs more than the rest of a second start. New ones are read on the workers without a stat first.
    const local = others.filter((u) => u.scheme === 'file' && (this.files.has(u.toString()) || this.cache?.files.has(u.toString())));
    const st = local.length ? await this.pool.stat(local.map((u) => u.fsPath)) : new Float64Array(0);
    if (!live()) return;
    local.forEach((u, i) => known.set(u.toString(), Number.isNaN(st[2 * i]) ? null : { mtime: Math.floor(st[2 * i]), size: st[2 * i + 1] }));
    // Batches of neighbouring files, a job each; enough in flight to keep every worker busy.
    const chunks: vscode.Uri[][] = [];
    for (let k = 0; k < uris.length; k += BATCH) chunks.push(uris.slice(k, k + BATCH));
    const work = async (token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>) => {
      let reported = 0;
      await eachLimited(
        chunks,
        Math.max(4, this.pool.threads * 3),
        async (chunk) => {
          for (const uri of chunk) seen.add(uri.toString());
          const loaded = await this.loadMany(chunk, ctx, known);
          if (!live()) return;
          chunk.forEach((uri, k) => {
            const key = uri.toString();
            const r = loaded[k];
            if (r) {
              const old = this.files.get(key);
              const oldFacts = this.corpus.get(key)?.facts;
              const same = old && oldFacts === r.facts && old.mtime === r.state.mtime && old.size === r.state.size;
              this.files.set(key, r.state);
              if (!same) {
                this.corpus.set(key, r.state.rel, r.facts, r.final);
                batch.upserted.push(key);
                edits++;
              }
              if (r.cached) stats.cached++;
              else stats.read++;
            } else if (this.files.delete(key)) {
              this.corpus.delete(key);
              batch.removed.push(key);
              edits++;
            }
          });
          this.progress_.done += chunk.length;
          emit();
          const pct = Math.floor((100 * this.progress_.done) / total);
          if (progress && pct > reported) {
            progress.report({ increment: pct - reported, message: `${this.progress_.done} of ${total}` });
            reported = pct;
          }
        },
        () => !live() || !!token?.isCancellationRequested,
      );
      if (token?.isCancellationRequested && live()) {
        this.log.info(`corpus index: cancelled after ${this.progress_.done} of ${total} files`);
        this.cancel();
      }
    };
    // A progress notification the first time (nothing cached); later starts show progress in the view.
    if (firstTime && total > 0) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Chaff: indexing {0} articles', total), cancellable: true },
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
      edits++;
    }
    emit(true);
    const scannedAt = Date.now() - t0;
    stats.reanalysed = await this.settle(live);
    if (!live()) return;
    stats.ms = Date.now() - t0;
    stats.files = this.files.size;
    this.stats = stats;
    this.log.info(
      `corpus index: ${stats.files} articles in ${stats.ms} ms (${stats.cached} from the cache${stats.restored ? ', restored as saved' : ''}, ${stats.read} read, ${stats.reanalysed} analysed again for corpus evidence; ` +
        `cache read at ${loadedAt} ms, restored at ${restoredAt} ms, files found at ${foundAt} ms, all looked at by ${scannedAt} ms)`,
    );
    this.setState('ready');
    // A start that found everything as it was saved has nothing new to write (100,000 articles: 50 MB).
    if (!restoredFromCache || edits > 0 || stats.reanalysed > 0) this.scheduleSave();
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
    const maxSize = this.maxBytes();
    await eachLimited(
      stale,
      Math.max(8, this.pool.threads * 4),
      async (e) => {
        const f = this.files.get(e.key);
        if (!f) return;
        // An editor's unsaved text; else a local file is read by the worker.
        const input = this.editorText(f.uri) ?? (f.uri.scheme === 'file' ? { file: f.uri.fsPath, maxSize } : await readUtf8(f.uri));
        if (input === null || !live()) return;
        const applicable = this.corpus.repeated.applicable(e.source, e.facts);
        const before = this.corpus.findings(e.key);
        const findings = await this.pool.final(input, applicable, f.config);
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
        const ctx: LoadContext = { maxBytes: this.maxBytes(), configs: new Map() };
        const look = uris.filter((uri) => this.accepts(uri) || this.files.has(uri.toString()));
        const chunks: vscode.Uri[][] = [];
        for (let k = 0; k < look.length; k += BATCH) chunks.push(look.slice(k, k + BATCH));
        await eachLimited(
          chunks,
          4,
          async (chunk) => {
            const loaded = await this.loadMany(chunk, ctx);
            if (!live()) return;
            chunk.forEach((uri, k) => {
              const key = uri.toString();
              const r = loaded[k];
              if (r && this.accepts(uri)) {
                this.files.set(key, r.state);
                this.corpus.set(key, r.state.rel, r.facts, r.final);
                change.upserted.push(key);
              } else if (this.files.delete(key)) {
                this.corpus.delete(key);
                change.removed.push(key);
              }
            });
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

