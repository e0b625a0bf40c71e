// "Clean Articles in Folder…": every article under the chosen folders (or the chosen files) cleaned in ONE
// WorkspaceEdit whose edits need confirmation, so the Refactor Preview lists every file and lets the
// user untick files and kinds. Files open in an editor are cleaned from their text in the editor
// (unsaved changes included) and left open; the others are read through vscode.workspace.fs.
import * as vscode from 'vscode';
import type { Analysis, MetadataMode, TextEdit } from '../core';
import { engine } from './lazy';
import type { AnalysisCache } from './analysisCache';
import { bodyStart } from './codeActions';
import { metadataMode, sidecarUri } from './cleaning';
import type { ConfigService } from './config';
import * as notify from './notify';
import { setting } from './settings';

/** One edit of the plan, in the document's line/character positions. */
export interface PlannedEdit {
  range: [number, number, number, number];
  text: string;
  label: string;
}

export interface PlannedFile {
  uri: string;
  /** Open in an editor when planned: cleaned from the editor's text, not the disk's. */
  open: boolean;
  dirty: boolean;
  edits: PlannedEdit[];
  /** Metadata JSON to write beside the article (`chaff.clean.metadata: sidecar`). */
  sidecar: { uri: string; text: string } | null;
}

export interface FolderPlan {
  files: PlannedFile[];
  /** Files looked at that need no change. */
  unchanged: string[];
  skipped: { uri: string; why: string }[];
}

export const SIDECAR_LABEL = vscode.l10n.t('Write metadata beside the article (.meta.json)');
export const TIDY_LABEL = vscode.l10n.t('Tidy blank lines');
export const FRONT_MATTER_LABEL = vscode.l10n.t('Write metadata as front matter');
export const FURTHER_LABEL = vscode.l10n.t('Strip chaff seen once the rest is gone');
export const stripLabel = (kind: string) => vscode.l10n.t('Strip {0}', kind);

const SKIP_DIRS = /(^|\/)(node_modules|\.git)\//;

/** Line starts as VS Code counts lines (\r\n, \n and a lone \r all end one). */
function positions(text: string): (offset: number) => [number, number] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo, offset - starts[lo]];
  };
}

/** The kind of the finding each line (0-based) belongs to. */
function kindsByLine(a: Analysis): Map<number, string> {
  const kindOf = new Map<number, string>();
  for (const f of a.findings) for (let l = f.line - 1; l < f.endLine; l++) kindOf.set(l, f.kind);
  return kindOf;
}

/**
 * The clean's edits, split at line starts and labelled by the kind of the finding each line belongs to,
 * so unticking a kind in the preview keeps exactly its lines (and the blank lines its removal would
 * have tidied). Blank lines dropped next to no finding are "Tidy blank lines"; metadata edits say so.
 */
export function labelledEdits(a: Analysis, mode: MetadataMode, reanalyze?: (text: string) => Analysis): { start: number; end: number; text: string; label: string }[] {
  const { doc } = a;
  const key = (e: TextEdit) => `${e.start}:${e.end}:${e.text}`;
  const all = engine().cleanEdits(a, mode).filter((e) => doc.text.slice(e.start, e.end) !== e.text);
  // A clean that takes further passes (chaff seen once other chaff is gone) writes what they give, as `chaff clean` does.
  if (reanalyze && engine().unsettled(a)) {
    const converged = engine().convergedCleanEdits(a, mode, 'certain', reanalyze);
    if (engine().applyEdits(doc.text, converged) !== engine().applyEdits(doc.text, all)) return linesLabelled(a, converged);
  }
  const strips = new Set(engine().stripEdits(doc, engine().findingsToStrip(a.findings), bodyStart(a), true).map(key));
  const kindOf = kindsByLine(a);
  const lineOf = (offset: number) => {
    let l = 0;
    while (l + 1 < doc.offsets.length && doc.offsets[l + 1] <= offset) l++;
    return l;
  };
  const out: { start: number; end: number; text: string; label: string }[] = [];
  for (const e of all) {
    if (!strips.has(key(e))) {
      out.push({ ...e, label: FRONT_MATTER_LABEL });
      continue;
    }
    const first = lineOf(e.start);
    const pieces: { start: number; end: number; text: string; line: number }[] = [];
    for (let l = first; l < doc.offsets.length && doc.offsets[l] < e.end; l++) {
      const end = Math.min(l + 1 < doc.offsets.length ? doc.offsets[l + 1] : doc.text.length, e.end);
      // A run at the end of a file without a final newline starts at the break of the line before it.
      pieces.push({ start: Math.max(doc.offsets[l], e.start), end, text: '', line: l });
    }
    if (pieces.length === 0) pieces.push({ start: e.start, end: e.end, text: '', line: first });
    pieces[0].text = e.text; // a run replaced by one blank line: the blank goes with its first line
    // Blank lines take the kind of the nearest finding line above them in the run, else below.
    let above: string | undefined;
    const kinds = pieces.map((p) => (above = kindOf.get(p.line) ?? above));
    let below: string | undefined;
    for (let i = pieces.length - 1; i >= 0; i--) {
      below = kindOf.get(pieces[i].line) ?? below;
      kinds[i] ??= below;
    }
    pieces.forEach((p, i) => out.push({ start: p.start, end: p.end, text: p.text, label: kinds[i] ? stripLabel(kinds[i]!) : TIDY_LABEL }));
  }
  return out;
}

/** Whole-line edits split at line starts, each labelled by the kind of the first analysis's finding on its line. */
function linesLabelled(a: Analysis, edits: TextEdit[]): { start: number; end: number; text: string; label: string }[] {
  const { doc } = a;
  const kindOf = kindsByLine(a);
  const out: { start: number; end: number; text: string; label: string }[] = [];
  for (const e of edits) {
    // Text written where nothing was taken: the front matter, or a blank line between kept lines.
    if (e.start === e.end) {
      out.push({ ...e, label: e.text.trim() === '' ? TIDY_LABEL : FRONT_MATTER_LABEL });
      continue;
    }
    for (let l = doc.offsets.findIndex((o, i) => o <= e.start && (i + 1 === doc.offsets.length || doc.offsets[i + 1] > e.start)); l < doc.offsets.length && doc.offsets[l] < e.end; l++) {
      const end = Math.min(l + 1 < doc.offsets.length ? doc.offsets[l + 1] : doc.text.length, e.end);
      const blank = doc.lines[l].trim() === '';
      out.push({ start: Math.max(doc.offsets[l], e.start), end, text: '', label: kindOf.has(l) ? stripLabel(kindOf.get(l)!) : blank ? TIDY_LABEL : FURTHER_LABEL });
    }
    // What replaces the lines goes in after them, labelled by what it is.
    if (e.text) out.push({ start: e.start, end: e.start, text: e.text, label: e.text.trim() === '' ? TIDY_LABEL : FRONT_MATTER_LABEL });
  }
  return out;
}

export class FolderCleaner {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The articles to look at: `*.txt` under each folder, and each file chosen itself. */
  private async collect(uris: vscode.Uri[], token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    for (const uri of uris) {
      let type: vscode.FileType;
      try {
        type = (await vscode.workspace.fs.stat(uri)).type;
      } catch {
        continue;
      }
      if (type & vscode.FileType.Directory) {
        // files.exclude applies (undefined exclude); node_modules and .git are skipped as the CLI does.
        for (const f of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.txt'), undefined, undefined, token)) {
          if (!SKIP_DIRS.test(f.path)) found.set(f.toString(), f);
        }
      } else found.set(uri.toString(), uri);
    }
    return [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  /** Works out every file's edits; nothing is changed. Undefined when cancelled. */
  async plan(uris: vscode.Uri[], token: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<FolderPlan | undefined> {
    const files = await this.collect(uris, token);
    const plan: FolderPlan = { files: [], unchanged: [], skipped: [] };
    for (const [i, uri] of files.entries()) {
      if (token.isCancellationRequested) return undefined;
      progress?.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
      try {
        const p = await this.planFile(uri);
        if (typeof p === 'string') plan.skipped.push({ uri: uri.toString(), why: p });
        else if (p) plan.files.push(p);
        else plan.unchanged.push(uri.toString());
      } catch (e) {
        plan.skipped.push({ uri: uri.toString(), why: (e as Error).message });
      }
    }
    return token.isCancellationRequested ? undefined : plan;
  }

  /** A file's plan, null when it needs nothing, or why it was skipped. */
  private async planFile(uri: vscode.Uri): Promise<PlannedFile | null | string> {
    const maxKB = setting('performance', 'maxFileSizeKB', uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const docConfig = await this.config.forDocument(uri);
    if (docConfig.excluded(uri)) return null;
    let text: string;
    let analysis: Analysis;
    let reanalyze: (text: string) => Analysis;
    if (open) {
      const state = await this.cache.get(open);
      if (state.status === 'too-large') return `larger than chaff.performance.maxFileSizeKB (${maxKB} KB)`;
      if (!state.analysis || state.version !== open.version) return 'changed while being analysed';
      text = open.getText();
      analysis = state.analysis;
      reanalyze = this.cache.reanalyzer(open, state);
    } else {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.length > maxKB * 1024) return `larger than chaff.performance.maxFileSizeKB (${maxKB} KB)`;
      const decoded = engine().decodeArticle(bytes);
      if (!decoded.ok) return decoded.message.replace(/, skipped$/, '');
      text = decoded.text;
      // With the corpus evidence the editor's analysis gets, so a closed file loses what an open one would.
      analysis = this.cache.analyzeText(uri, text, docConfig.config);
      reanalyze = (t) => this.cache.analyzeText(uri, t, docConfig.config);
      text = analysis.doc.text; // without the BOM, as an editor shows it
    }
    const mode = metadataMode(uri);
    const at = positions(text);
    const edits = labelledEdits(analysis, mode === 'sidecar' ? 'drop' : mode, reanalyze).map((e) => ({
      range: [...at(e.start), ...at(e.end)] as PlannedEdit['range'],
      text: e.text,
      label: e.label,
    }));
    let sidecar: PlannedFile['sidecar'] = null;
    if (mode === 'sidecar' && uri.scheme !== 'untitled') {
      const target = sidecarUri(uri);
      const have = await vscode.workspace.fs.readFile(target).then((b) => new TextDecoder().decode(b), () => null);
      // What the sidecar holds is kept: only the keys it lacks are added.
      const merged = engine().mergeSidecar(have, analysis.metadata);
      if ('error' in merged) return `${sidecarUri(uri).path.split('/').pop()} ${merged.error}`;
      if (have !== merged.text) sidecar = { uri: target.toString(), text: merged.text };
    }
    if (edits.length === 0 && !sidecar) return null;
    return { uri: uri.toString(), open: !!open, dirty: !!open?.isDirty, edits, sidecar };
  }

  /** The plan as one WorkspaceEdit, every entry needing confirmation (so VS Code shows its Refactor Preview). */
  static toWorkspaceEdit(plan: FolderPlan, needsConfirmation = true): vscode.WorkspaceEdit {
    const we = new vscode.WorkspaceEdit();
    for (const f of plan.files) {
      const uri = vscode.Uri.parse(f.uri);
      for (const e of f.edits) {
        we.replace(uri, new vscode.Range(...e.range), e.text, { label: e.label, needsConfirmation });
      }
      if (f.sidecar) {
        we.createFile(
          vscode.Uri.parse(f.sidecar.uri),
          { overwrite: true, contents: new TextEncoder().encode(f.sidecar.text) },
          { label: SIDECAR_LABEL, needsConfirmation },
        );
      }
    }
    return we;
  }

  /**
   * The command: plan with progress (cancellable), then one edit through the Refactor Preview. VS Code
   * shows entries that need confirmation unticked: the user ticks the kinds or files to apply.
   * `confirm: false` (tests only) applies at once, without the preview.
   */
  async run(uris: vscode.Uri[], confirm = true): Promise<boolean> {
    const plan = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Chaff: reading articles'), cancellable: true },
      (progress, token) => this.plan(uris, token, progress),
    );
    if (!plan) {
      void notify.info(vscode.l10n.t('Chaff: cancelled; nothing was changed.'));
      return false;
    }
    for (const s of plan.skipped) this.log.warn(`clean folder: ${s.uri} skipped: ${s.why}`);
    const skipped = plan.skipped.length ? `; ${plan.skipped.length} skipped (see Chaff: Show Output)` : '';
    if (plan.files.length === 0) {
      void notify.info(`Chaff: nothing to clean in ${plan.unchanged.length} article${plan.unchanged.length === 1 ? '' : 's'}${skipped}.`);
      return false;
    }
    const wasOpen = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const applied = await vscode.workspace.applyEdit(FolderCleaner.toWorkspaceEdit(plan, confirm), { isRefactoring: true });
    if (!applied) return false;
    // Files nobody had open are written, as the CLI would; open ones keep their edits unsaved, like any edit.
    for (const f of plan.files) {
      if (wasOpen.has(f.uri)) continue;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === f.uri);
      if (doc?.isDirty) await doc.save();
    }
    this.log.info(`clean folder: ${plan.files.length} file(s) edited${skipped}`);
    notify.status(`Chaff: ${plan.files.length} article${plan.files.length === 1 ? '' : 's'} cleaned${skipped}`, 5000);
    return true;
  }
}
