// One analysis per document version, shared by decorations, hovers, code actions, diagnostics, the
// status bar, the preview and language detection; plus the one debounce that tells them when to ask.
import * as vscode from 'vscode';
import type { Analysis, Finding, ResolvedConfig } from '../core';
import { engine } from './lazy';
import type { ConfigService, DocConfig } from './config';
import { setting } from './settings';

export const LANGUAGE_ID = 'scraped-news';
/** Where documents worth analysing live (not diff views, git blobs, output, our own preview…). */
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

export type DocStatus =
  /** Analysed. */
  | 'ok'
  /** Larger than `chaff.performance.maxFileSizeKB`. */
  | 'too-large'
  /** Matched by `exclude` in `.chaff.json`. */
  | 'excluded'
  /** Not a scheme we analyse. */
  | 'unsupported';

export interface DocState {
  version: number;
  status: DocStatus;
  /** Set when status is `ok`. */
  analysis: Analysis | null;
  config: DocConfig;
  /** Size limit in force (KB), for messages. */
  maxKB: number;
  /** The analysis without corpus evidence (it tells the source and the lines rules explain). */
  first?: Analysis;
  /** Which corpus evidence the analysis used ('' for none). */
  evidenceKey?: string;
}

/** Where corpus-level evidence comes from (the workspace index): lines repeated across a source. */
export interface EvidenceSource {
  /** The repeated lines that apply to `uri`, given its analysis without evidence (sorted; empty for none). */
  applicableTo(uri: vscode.Uri, first: Analysis): Int32Array;
  readonly onDidChangeEvidence: vscode.Event<void>;
}

interface Entry {
  version: number;
  generation: number;
  state: Promise<DocState>;
  /** Kept once the document closes: a language change closes and reopens it with the same text. */
  closedText?: string;
  expiry?: ReturnType<typeof setTimeout>;
}

export const isSupportedScheme = (uri: vscode.Uri) => SCHEMES.has(uri.scheme);

/** Documents the editor features work on. */
export const isChaffDocument = (doc: vscode.TextDocument) => doc.languageId === LANGUAGE_ID && isSupportedScheme(doc.uri);

/** Plain objects of the findings (what `chaff._findings` returns). */
export const plainFindings = (findings: readonly Finding[]) =>
  findings.map(({ kind, rule, line, endLine, message }) => ({ kind, rule, line, endLine, message }));

/** The finding that covers a 1-based line. */
export const findingAt = (state: DocState | undefined, line: number): Finding | undefined =>
  state?.analysis?.findings.find((f) => f.line <= line && line <= f.endLine);

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly waiters = new Map<string, (() => void)[]>();
  /** Settings that change what an analysis yields count as a configuration generation too. */
  private settingsGeneration = 0;
  private readonly updated = new vscode.EventEmitter<vscode.TextDocument>();
  /**
   * A chaff document may have new findings (it changed and typing paused, it opened, or the configuration
   * changed). Listeners call `get` for the documents they show; nothing is analysed until someone asks.
   */
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** How many analyses ran (tests check that features share them). */
  runs = 0;
  private corpus: EvidenceSource | undefined;

  constructor(
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.updated,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && isChaffDocument(e.document)) this.schedule(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (isChaffDocument(doc)) this.updated.fire(doc);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.closed(doc)),
      config.onDidChange(() => this.refreshAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('chaff.performance.maxFileSizeKB')) {
          this.settingsGeneration++;
          this.refreshAll();
        }
      }),
    );
  }

  private get generation(): number {
    return this.config.generation * 1_000_003 + this.settingsGeneration;
  }

  /** The analysis of the document as it is now (made once per version and configuration). */
  get(doc: vscode.TextDocument): Promise<DocState> {
    const key = doc.uri.toString();
    const e = this.entries.get(key);
    if (e && e.version === doc.version && e.generation === this.generation) {
      if (e.closedText === undefined) return e.state;
      if (e.closedText === doc.getText()) {
        clearTimeout(e.expiry);
        e.closedText = undefined;
        e.expiry = undefined;
        return e.state;
      }
    }
    if (e?.expiry) clearTimeout(e.expiry);
    const entry: Entry = { version: doc.version, generation: this.generation, state: this.compute(doc) };
    this.entries.set(key, entry);
    return entry.state;
  }

  /**
   * Resolves once typing in the document has paused (at once when it has): for requests VS Code makes
   * on every keystroke (code actions), so they analyse the version the debounce settles on, not each one.
   */
  settled(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    if (!this.timers.has(key)) return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.waiters.get(key) ?? [];
      list.push(resolve);
      this.waiters.set(key, list);
    });
  }

  /**
   * Analyses use the corpus's evidence from now on; when its counts change, documents whose evidence
   * changed are analysed again (the others keep their analysis).
   */
  setCorpus(source: EvidenceSource): vscode.Disposable {
    this.corpus = source;
    return source.onDidChangeEvidence(() => void this.evidenceChanged());
  }

  /**
   * An analysis of any text of `uri` (a file not open in an editor, say) with the same corpus evidence
   * an editor's analysis gets: for features that read files themselves, so they strip what the editor shows.
   */
  analyzeText(uri: vscode.Uri, text: string, config: ResolvedConfig): Analysis {
    return engine().analyzeWithEvidence(text, config, (first) => this.corpus?.applicableTo(uri, first)).analysis;
  }

  /** Analyses further texts of `doc` as its analysis in `state` was made: for the passes of a clean. */
  reanalyzer(doc: vscode.TextDocument, state: DocState): (text: string) => Analysis {
    return (text) => this.analyzeText(doc.uri, text, state.config.config);
  }

  private async evidenceChanged(): Promise<void> {
    for (const [key, e] of [...this.entries]) {
      const state = await e.state;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (!doc || !state.first || this.entries.get(key) !== e || !this.corpus) continue;
      if (engine().evidenceKey(this.corpus.applicableTo(doc.uri, state.first)) === state.evidenceKey) continue;
      this.entries.delete(key);
      if (isChaffDocument(doc)) this.updated.fire(doc);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const key of [...this.waiters.keys()]) this.release(key);
    for (const e of this.entries.values()) if (e.expiry) clearTimeout(e.expiry);
    this.timers.clear();
    this.entries.clear();
    for (const d of this.disposables) d.dispose();
  }

  private async compute(doc: vscode.TextDocument): Promise<DocState> {
    const version = doc.version;
    const maxKB = setting('performance', 'maxFileSizeKB', doc);
    const config = await this.config.forDocument(doc.uri);
    const base = { version, config, maxKB, analysis: null };
    if (!isSupportedScheme(doc.uri)) return { ...base, status: 'unsupported' };
    if (config.excluded(doc.uri)) return { ...base, status: 'excluded' };
    // The text is read after the await: if the document moved on meanwhile, the caller sees a newer
    // version than it asked for and drops the result (each feature checks `state.version`).
    const text = doc.getText();
    if (text.length > maxKB * 1024) {
      this.log.info(`${doc.uri.fsPath || doc.uri.toString()}: larger than chaff.performance.maxFileSizeKB (${maxKB}), not analysed`);
      return { ...base, status: 'too-large' };
    }
    const t0 = Date.now();
    const { analysis, first, applicable } = engine().analyzeWithEvidence(text, config.config, (f) => this.corpus?.applicableTo(doc.uri, f));
    this.runs++;
    const ms = Date.now() - t0;
    if (ms > 200) this.log.warn(`${doc.uri.fsPath || doc.uri.toString()}: analysis took ${ms} ms`);
    return { ...base, version: doc.version, status: 'ok', analysis, first, evidenceKey: engine().evidenceKey(applicable) };
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = setting('performance', 'debounceMs');
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.release(key);
        if (!doc.isClosed) this.updated.fire(doc);
      }, delay),
    );
  }

  private release(key: string): void {
    for (const resolve of this.waiters.get(key) ?? []) resolve();
    this.waiters.delete(key);
  }

  private closed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.release(key);
    const e = this.entries.get(key);
    if (!e) return;
    e.closedText = doc.getText();
    e.expiry = setTimeout(() => {
      if (this.entries.get(key) === e) this.entries.delete(key);
    }, 5000);
  }

  private refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) if (isChaffDocument(doc)) this.updated.fire(doc);
  }
}
