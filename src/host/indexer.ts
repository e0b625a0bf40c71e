// The incremental corpus index behind the editor's Corpus view: restore from the cache, compare what
// a scan finds with what is known, read and analyse the rest on the worker pool, settle the corpus
// evidence, and keep all of it current as files change. It knows files by key (the editor's URI
// strings) and asks its host for what only the host knows: where the articles are, their
// configuration, unsaved text, and a file access for files the workers cannot read themselves.
import { Corpus, decodeArticle, evidenceKey, type ArticleFacts, type CorpusEntry, type RepeatedSettings, type ResolvedConfig } from '../core';
import type { FileAccess, FileStat } from './fileAccess';
import { eachLimited, ENGINE, IndexCache } from './indexCache';
import type { FactsItem } from './job';
import type { AnalysisPool } from './pool';

export type IndexState = 'idle' | 'indexing' | 'ready';

export interface CorpusChange {
  /** Articles added or changed. */
  upserted: string[];
  removed: string[];
}

/** What the index holds of a file. */
export interface IndexedFile {
  readonly key: string;
  /** Workspace-relative path (`/`-separated). */
  readonly rel: string;
  readonly mtime: number;
  readonly size: number;
  readonly config: string;
  /** Indexed from an editor's unsaved text. */
  readonly fromEditor: boolean;
}

/** A file to look at: its key, and its path when it is local (the workers read it there). */
export interface Target {
  key: string;
  path: string | null;
}

/** A local folder's articles as a walk found them. */
export interface WalkedFolder {
  /** Paths relative to the folder, sorted. */
  rels: string[];
  /** mtime and size pairs, if asked for. */
  stats: Float64Array | null;
  /** No `.chaff.json` in the folder: one configuration for all its files. */
  oneConfig: boolean;
  /** What the index's relative paths start with for this folder (its name, in a multi-root workspace). */
  prefix: string;
  target(rel: string): Target;
}

/** A file's configuration, as the host resolves it. */
export interface FileConfig {
  config: ResolvedConfig;
  /** Left out by the configuration's `exclude` globs. */
  excluded(key: string): boolean;
}

export interface Discovered {
  walked: WalkedFolder[];
  /** Other files (remote folders, `include` globs), sorted. */
  others: Target[];
  /** `.chaff.json` `repeatedLines` of the first folder, if there is one. */
  settings?: RepeatedSettings;
}

/** What the editor (or a test) provides. */
export interface IndexerHost {
  pool(): AnalysisPool;
  /** Finds the articles; folders are walked (stat'ed too with `withStats`) while the cache loads. */
  discover(withStats: boolean): Promise<Discovered>;
  configFor(key: string): Promise<FileConfig>;
  /** An editor's text for the file when it has unsaved changes. */
  unsavedText(key: string): string | undefined;
  dirtyKeys(): Set<string>;
  localPath(key: string): string | null;
  relOf(key: string): string;
  /** Stats and reads of files that are not read on the workers. */
  files: FileAccess;
  maxBytes(): number;
  readCache(): Promise<Uint8Array | null>;
  hasCache(): Promise<boolean>;
  writeCache(bytes: Buffer): Promise<void>;
  /**
   * Runs a scan's reading phase with whatever progress display the host shows (`first`: nothing was
   * cached); `report` says how far it is; `cancelled` is the user's cancel.
   */
  withProgress(first: boolean, total: number, work: (report: (done: number) => void, cancelled: () => boolean) => Promise<void>): Promise<void>;
  log: { info(m: string): void; warn(m: string): void; error(m: string): void };
  changed(change: CorpusChange): void;
  evidenceChanged(): void;
  stateChanged(s: IndexState): void;
}

type Loaded = { state: IndexedFile; facts: ArticleFacts; final: CorpusEntry['final']; cached?: true } | null;

interface LoadContext {
  maxBytes: number;
  /** Configurations by folder. */
  configs: Map<string, KeyedConfig | Promise<KeyedConfig>>;
}

interface KeyedConfig {
  doc: FileConfig;
  key: string;
}

/** Files per job of a scan, as `chaff index` hands them out. */
const BATCH = 8;
const file = (key: string, rel: string, mtime: number, size: number, config: string, fromEditor: boolean): IndexedFile => ({ key, rel, mtime, size, config, fromEditor });

export class Indexer {
  corpus: Corpus;
  readonly files = new Map<string, IndexedFile>();
  private cache: IndexCache | null = null;
  private cacheLoaded = false;
  private state_: IndexState = 'idle';
  progress = { done: 0, total: 0 };
  private run = 0;
  private scanning: Promise<void> | null = null;
  private readonly pending = new Map<string, Target>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private firstScan = true;
  started = false;
  /** Last full scan's duration and how much it read (for the log and tests). */
  stats = { ms: 0, files: 0, cached: 0, read: 0, reanalysed: 0, restored: false };

  constructor(private readonly host: IndexerHost) {
    this.corpus = this.newCorpus();
  }

  get state(): IndexState {
    return this.state_;
  }

  /** Starts (or restarts) a full scan; resolves when it is done or superseded. */
  start(): Promise<void> {
    this.started = true;
    const run = ++this.run;
    const p = this.scan(run).catch((e) => this.host.log.error(`corpus index: ${(e as Error).stack ?? e}`));
    this.scanning = p.finally(() => {
      if (this.run === run) this.scanning = null;
    });
    return this.scanning;
  }

  /** Cancels the running scan (what was indexed stays). */
  cancel(): void {
    this.run++;
    this.setState(this.files.size ? 'ready' : 'idle');
  }

  /** Switched off: forget the articles. */
  stop(): void {
    this.run++;
    const removed = [...this.files.keys()];
    this.files.clear();
    this.corpus = this.newCorpus();
    this.started = false;
    this.setState('idle');
    if (removed.length) this.host.changed({ upserted: [], removed });
    this.host.evidenceChanged();
  }

  /** As after a window reload: the index saved, forgotten, and started again from its cache. */
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
    if (removed.length) this.host.changed({ upserted: [], removed });
    await this.start();
  }

  rescan(why: string): void {
    if (!this.started) return; // never started, or switched off: nothing to redo
    this.host.log.info(`corpus index: rescanning (${why})`);
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

  /** Queues a file to be looked at again; events for the same file within the delay are coalesced. */
  schedule(target: Target, delay = 150): void {
    this.pending.set(target.key, target);
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      void this.flush();
    }, delay);
  }

  dispose(): void {
    this.run++;
    clearTimeout(this.flushTimer);
    clearTimeout(this.countTimer);
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.saveCache();
    }
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
    this.host.stateChanged(s);
  }

  private async loadCache(): Promise<IndexCache> {
    try {
      const bytes = await this.host.readCache();
      if (!bytes) return new IndexCache(ENGINE);
      const c = IndexCache.parse(bytes, ENGINE);
      this.host.log.info(`corpus index: ${c.files.size} cached file(s)`);
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
      await this.host.writeCache(cache.serialise());
    } catch (e) {
      this.host.log.warn(`corpus index: cache not written: ${(e as Error).message}`);
    }
  }

  private async scan(run: number): Promise<void> {
    const batch: CorpusChange = { upserted: [], removed: [] };
    try {
      await this.scanInto(run, batch);
    } finally {
      // A scan superseded part way still tells what it changed, or the view would keep articles the index dropped.
      if (batch.upserted.length || batch.removed.length) this.host.changed({ upserted: batch.upserted.splice(0), removed: batch.removed.splice(0) });
    }
  }

  /** A second start paints from the cache at once; the scan then checks every file and corrects what changed. Returns whether it restored as saved. */
  private async restore(live: () => boolean, batch: CorpusChange, emit: (force?: boolean) => void): Promise<boolean> {
    const cache = this.cache!;
    let n = 0;
    // Saved from a settled index: restored as it was, counted only once something changes.
    const restore = cache.groups !== null && [...cache.files.values()].every((c) => c.final);
    for (const [key, c] of cache.files) {
      const rel = this.host.relOf(key);
      this.files.set(key, file(key, rel, c.mtimeMs, c.size, c.config ?? '', false));
      if (restore) this.corpus.restore(key, rel, c.facts, c.final!);
      else this.corpus.set(key, rel, c.facts, c.final);
      batch.upserted.push(key);
      if (++n % 5000 === 0 || n === 200) {
        emit(true);
        await new Promise((r) => setImmediate(r));
        if (!live()) return false;
      }
    }
    if (restore) this.corpus.restoreDuplicates(cache.groups!);
    emit(true);
    return restore;
  }

  private async scanInto(run: number, batch: CorpusChange): Promise<void> {
    const live = () => this.run === run;
    const t0 = Date.now();
    this.setState('indexing');
    // The folders are walked on a worker while the cache loads; stat'ed too when there is anything to compare with.
    const withStats = this.files.size > 0 || (this.cacheLoaded ? (this.cache?.files.size ?? 0) > 0 : await this.host.hasCache());
    const discovering = this.host.discover(withStats);
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
      this.host.changed({ upserted: batch.upserted.splice(0), removed: batch.removed.splice(0) });
    };
    const restoredFromCache = this.firstScan && !!this.cache?.files.size && (await this.restore(live, batch, emit));
    if (!live()) return;
    this.firstScan = false;
    const restoredAt = Date.now() - t0;
    const { walked, others, settings } = await discovering;
    if (settings) this.corpus.setSettings(settings);
    const foundAt = Date.now() - t0;
    if (!live()) return;
    const total = walked.reduce((n, w) => n + w.rels.length, others.length);
    this.progress = { done: 0, total };
    const stats = { ms: 0, files: 0, cached: 0, read: 0, reanalysed: 0, restored: restoredFromCache };
    const seen = new Set<string>();
    let edits = 0;
    const ctx: LoadContext = { maxBytes: this.host.maxBytes(), configs: new Map() };
    const { targets, known, cached } = await this.compare(walked, ctx, seen);
    stats.cached += cached;
    if (!live()) return;
    this.progress.done = stats.cached;
    targets.push(...others);
    // Other local files known from before are stat'ed in batches on the workers: one call per file
    // costs more than the rest of a second start. New ones are read on the workers without a stat first.
    const local = others.filter((t) => t.path !== null && (this.files.has(t.key) || this.cache?.files.has(t.key)));
    const st = local.length ? await this.host.pool().stat(local.map((t) => t.path!)) : new Float64Array(0);
    if (!live()) return;
    local.forEach((t, i) => known.set(t.key, Number.isNaN(st[2 * i]) ? null : { mtime: Math.floor(st[2 * i]), size: st[2 * i + 1] }));
    // Batches of neighbouring files, a job each; enough in flight to keep every worker busy.
    const chunks: Target[][] = [];
    for (let k = 0; k < targets.length; k += BATCH) chunks.push(targets.slice(k, k + BATCH));
    await this.host.withProgress(firstTime && total > 0, total, async (report, cancelled) => {
      await eachLimited(
        chunks,
        Math.max(4, this.host.pool().threads * 3),
        async (chunk) => {
          for (const t of chunk) seen.add(t.key);
          const loaded = await this.loadMany(chunk, ctx, known);
          if (!live()) return;
          chunk.forEach(({ key }, k) => {
            const r = loaded[k];
            if (r) {
              const old = this.files.get(key);
              const same = old && this.corpus.get(key)?.facts === r.facts && old.mtime === r.state.mtime && old.size === r.state.size;
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
          this.progress.done += chunk.length;
          emit();
          report(this.progress.done);
        },
        () => !live() || cancelled(),
      );
      if (cancelled() && live()) {
        this.host.log.info(`corpus index: cancelled after ${this.progress.done} of ${total} files`);
        this.cancel();
      }
    });
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
    this.host.log.info(
      `corpus index: ${stats.files} articles in ${stats.ms} ms (${stats.cached} from the cache${stats.restored ? ', restored as saved' : ''}, ${stats.read} read, ${stats.reanalysed} analysed again for corpus evidence; ` +
        `cache read at ${loadedAt} ms, restored at ${restoredAt} ms, files found at ${foundAt} ms, all looked at by ${scannedAt} ms)`,
    );
    this.setState('ready');
    // A start that found everything as it was saved has nothing new to write (100,000 articles: 50 MB).
    if (!restoredFromCache || edits > 0 || stats.reanalysed > 0) this.scheduleSave();
    this.countWhenIdle();
  }

  /**
   * A walked file known with the same stat and configuration is taken as it is, compared by its
   * relative path: a second start makes no target for it. The others are returned to be looked at,
   * with the stats the walk gave them.
   */
  private async compare(walked: WalkedFolder[], ctx: LoadContext, seen: Set<string>) {
    const dirty = this.host.dirtyKeys();
    const byRel = new Map<string, string>();
    for (const [key, f] of this.files) byRel.set(f.rel, key);
    const targets: Target[] = [];
    const known = new Map<string, FileStat | null>();
    let cached = 0;
    for (const w of walked) {
      let dir: string | null = null;
      let cfg: KeyedConfig | null = null;
      for (let i = 0; i < w.rels.length; i++) {
        const rel = w.rels[i];
        const key = byRel.get(w.prefix + rel);
        const f = key === undefined ? undefined : this.files.get(key);
        const mtime = w.stats ? Math.floor(w.stats[2 * i]) : NaN;
        const size = w.stats ? w.stats[2 * i + 1] : NaN;
        if (f && !f.fromEditor && f.mtime === mtime && f.size === size && !dirty.has(key!)) {
          const d = rel.slice(0, rel.lastIndexOf('/') + 1);
          if (!cfg || (d !== dir && !w.oneConfig)) {
            const c = this.configOf(f.key, ctx.configs);
            cfg = c instanceof Promise ? await c : c;
            dir = d;
          }
          if (f.config === cfg.key && (cfg.doc.config.exclude.length === 0 || !cfg.doc.excluded(f.key))) {
            seen.add(key!);
            cached++;
            continue;
          }
        }
        const t = w.target(rel);
        targets.push(t);
        if (w.stats) known.set(t.key, Number.isNaN(mtime) ? null : { mtime, size });
      }
    }
    return { targets, known, cached };
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

  /** Text of a file read through the host's file access, decoded as the CLI and the workers decode it; null when unreadable or not text. */
  private async readText(key: string): Promise<string | null> {
    const bytes = await this.host.files.read(key);
    const d = bytes && decodeArticle(bytes);
    return d && d.ok ? d.text : null;
  }

  /** Second analyses for the articles whose evidence changed; tells listeners. Returns how many. */
  private async settle(live: () => boolean): Promise<number> {
    const changed: string[] = [];
    const stale = this.corpus.stale((e) => changed.push(e.key));
    const maxSize = this.host.maxBytes();
    const pool = this.host.pool();
    await eachLimited(
      stale,
      Math.max(8, pool.threads * 4),
      async (e) => {
        const f = this.files.get(e.key);
        if (!f) return;
        // An editor's unsaved text; else a local file is read by the worker.
        const local = this.host.localPath(f.key);
        const input = this.host.unsavedText(f.key) ?? (local !== null ? { file: local, maxSize } : await this.readText(f.key));
        if (input === null || !live()) return;
        const applicable = this.corpus.repeated.applicable(e.source, e.facts);
        const before = this.corpus.findings(e.key);
        const findings = await pool.final(input, applicable, f.config);
        if (findings === null) return;
        this.corpus.resolve(e.key, evidenceKey(applicable), findings);
        if (findings !== before) changed.push(e.key);
      },
      () => !live(),
    );
    if (changed.length) this.host.changed({ upserted: changed, removed: [] });
    // Even without a stale article here, the counts moved: open editors check their own evidence.
    this.host.evidenceChanged();
    return stale.length;
  }

  /** Looks again at the files queued by `schedule`: `accepts` says whether each still belongs to the corpus. */
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
        const targets = [...this.pending.values()];
        this.pending.clear();
        const change: CorpusChange = { upserted: [], removed: [] };
        const ctx: LoadContext = { maxBytes: this.host.maxBytes(), configs: new Map() };
        const look = targets.filter((t) => this.accepts(t.key) || this.files.has(t.key));
        const chunks: Target[][] = [];
        for (let k = 0; k < look.length; k += BATCH) chunks.push(look.slice(k, k + BATCH));
        await eachLimited(
          chunks,
          4,
          async (chunk) => {
            const loaded = await this.loadMany(chunk, ctx);
            if (!live()) return;
            chunk.forEach(({ key }, k) => {
              const r = loaded[k];
              if (r && this.accepts(key)) {
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
        if (change.upserted.length || change.removed.length) this.host.changed(change);
        if (!live()) return;
        await this.settle(live);
      }
      this.scheduleSave();
    })().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** Whether a key belongs to the corpus (set by the host with each discovery: globs, ignore files, excludes). */
  accepts: (key: string) => boolean = () => false;

  /** The configuration for a file, its folder's looked up once per scan or update (a value once known, so most files wait for nothing). */
  private configOf(key: string, known: Map<string, KeyedConfig | Promise<KeyedConfig>>): KeyedConfig | Promise<KeyedConfig> {
    const dir = key.slice(0, key.lastIndexOf('/'));
    let c = known.get(dir);
    if (!c) {
      const p = this.host.configFor(key).then((doc) => {
        const v = { doc, key: this.host.pool().config(doc.config) };
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
  private async loadMany(targets: Target[], ctx: LoadContext, stats?: Map<string, FileStat | null>): Promise<Loaded[]> {
    const out: Loaded[] = targets.map(() => null);
    const reads: { i: number; state: IndexedFile; item: FactsItem }[] = [];
    for (let i = 0; i < targets.length; i++) {
      const { key, path } = targets[i];
      const c = this.configOf(key, ctx.configs);
      const cfg = c instanceof Promise ? await c : c;
      if (cfg.doc.excluded(key)) continue;
      const rel = this.host.relOf(key);
      const hint = () => this.corpus.hint(rel);
      const unsaved = this.host.unsavedText(key);
      if (unsaved !== undefined) {
        if (unsaved.trim()) reads.push({ i, state: file(key, rel, -1, -1, cfg.key, true), item: { text: unsaved, hint: hint() } });
        continue;
      }
      // A local file the index has never seen goes straight to a worker, which reads it and says its stat.
      if (path !== null && !this.files.has(key) && !this.cache?.files.has(key)) {
        reads.push({ i, state: file(key, rel, -1, -1, cfg.key, false), item: { file: path, maxSize: ctx.maxBytes, hint: hint() } });
        continue;
      }
      let stat = stats?.get(key);
      if (stat === undefined) stat = await this.host.files.stat(key);
      if (!stat || stat.size > ctx.maxBytes || stat.size === 0) continue;
      const state = file(key, rel, stat.mtime, stat.size, cfg.key, false);
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
      if (path !== null) reads.push({ i, state, item: { file: path, maxSize: ctx.maxBytes, hint: hint() } });
      else {
        const text = await this.readText(key);
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
        const results = await this.host.pool().factsMany(
          list.map((r) => r.item),
          config,
        );
        list.forEach((r, k) => {
          const res = results[k];
          if ('error' in res) this.host.log.error(`corpus index: ${r.state.rel}: ${res.error}`);
          else if (!('skip' in res) && !res.blank) {
            // A file read on a worker: the stat it had when read.
            const state = res.stat ? { ...r.state, mtime: Math.floor(res.stat.mtimeMs), size: res.stat.size } : r.state;
            out[r.i] = { state, facts: res.facts, final: res.final };
          }
        });
      }),
    );
    return out;
  }
}
