// Quick fixes and source actions. Every edit comes from the core (stripEdits/cleanEdits) as minimal
// ranges, so an applied fix is one undo step and leaves the rest of the file (and the cursor) alone.
// Quick fixes make their edit when chosen, and refuse when the text changed since it was analysed.
import * as vscode from 'vscode';
import type { Analysis, Finding, StripLevel, TextEdit } from '../core';
import { engine } from './lazy';
import { LANGUAGE_ID, type AnalysisCache } from './analysisCache';
import { metadataMode, sidecarText, sidecarUri } from './cleaning';
import * as notify from './notify';
import { setting } from './settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('chaff');
export const CLEAN_KIND = vscode.CodeActionKind.Source.append('chaff').append('clean');

/** Where the body starts (0-based line): after the front matter, which is never stripped. */
export const bodyStart = (a: Analysis) => (a.frontMatter ? a.frontMatter.endLine : 0);

/** Core edits (offsets into the document's text) as a WorkspaceEdit. */
export function toWorkspaceEdit(doc: vscode.TextDocument, edits: TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  return we;
}

/** Edits that remove these findings (and tidy the blank lines around them). */
export const removeEdits = (a: Analysis, findings: Finding[]) => effective(a, engine().stripEdits(a.doc, findings, bodyStart(a)));

/** Drops edits that would write what is already there (a clean of a clean article is no change at all). */
const effective = (a: Analysis, edits: TextEdit[]) => edits.filter((e) => a.doc.text.slice(e.start, e.end) !== e.text);

/** Edits of a whole clean: every finding, blank runs tidied, metadata written as the setting says. */
export const articleCleanEdits = (a: Analysis, doc: vscode.TextDocument, strip: StripLevel = 'certain', reanalyze?: (text: string) => Analysis) =>
  effective(a, reanalyze ? engine().convergedCleanEdits(a, setting('clean', 'metadata', doc.uri), strip, reanalyze) : engine().cleanEdits(a, setting('clean', 'metadata', doc.uri), strip));

const lines = (f: Finding) => (f.endLine > f.line ? vscode.l10n.t('lines {0}–{1}', f.line, f.endLine) : vscode.l10n.t('line {0}', f.line));

/** The refusal shown when an edit was computed for a text that has changed since. */
export const STALE_MESSAGE = 'Chaff: the article changed since it was analysed; nothing was stripped. Try again.';
const staleMessage = () => vscode.l10n.t(STALE_MESSAGE);

/** In sidecar mode, the NAME.meta.json to write, unless it holds that already. */
async function sidecarWrite(doc: vscode.TextDocument, a: Analysis): Promise<{ uri: vscode.Uri; contents: Uint8Array } | null> {
  if (metadataMode(doc.uri) !== 'sidecar' || doc.uri.scheme === 'untitled') return null;
  const uri = sidecarUri(doc.uri);
  const text = sidecarText(a.metadata);
  const have = await vscode.workspace.fs.readFile(uri).then((b) => new TextDecoder().decode(b), () => null);
  return have === text ? null : { uri, contents: new TextEncoder().encode(text) };
}

const findingCount = (n: number) => (n === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', n));

/** A strip whose edit is made when chosen (resolveCodeAction), from the analysis it was offered on. */
class StripAction extends vscode.CodeAction {
  constructor(
    title: string,
    kind: vscode.CodeActionKind,
    readonly doc: vscode.TextDocument,
    readonly version: number,
    readonly pick: (a: Analysis) => Finding[],
  ) {
    super(title, kind);
  }
}

export class ChaffCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND, CLEAN_KIND];

  constructor(private readonly cache: AnalysisCache) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    // The lightbulb asks on every keystroke: answer for the version typing pauses on (the next
    // keystroke cancels this request), not for each one.
    if (context.triggerKind === vscode.CodeActionTriggerKind.Automatic) await this.cache.settled(doc);
    if (token.isCancellationRequested) return [];
    const state = await this.cache.get(doc);
    const a = state.analysis;
    if (!a || state.version !== doc.version) return [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind);
    const actions: vscode.CodeAction[] = [];
    const strip = (title: string, pick: (a: Analysis) => Finding[], kind = vscode.CodeActionKind.QuickFix) =>
      new StripAction(title, kind, doc, state.version, pick);

    if (wants(vscode.CodeActionKind.QuickFix)) {
      const here = a.findings.filter((f) => f.line - 1 <= range.end.line && range.start.line <= f.endLine - 1);
      const uri = doc.uri.toString();
      for (const f of here) {
        const at = (x: Analysis) => x.findings.filter((g) => g.line === f.line);
        const fix = strip(vscode.l10n.t('Strip {0} ({1})', f.kind, lines(f)), at);
        fix.isPreferred = f === here[0];
        fix.diagnostics = context.diagnostics.filter((d) => d.source === 'chaff' && d.range.start.line === f.line - 1);
        actions.push(fix);
      }
      for (const kind of new Set(here.map((f) => f.kind))) {
        const n = a.findings.filter((f) => f.kind === kind).length;
        if (n > 1) actions.push(strip(vscode.l10n.t('Strip all {0} {1} findings in this file', n, kind), (x) => x.findings.filter((f) => f.kind === kind)));
      }
      if (here.length > 0 && a.findings.length > here.length) {
        actions.push(strip(vscode.l10n.t('Strip all chaff in this file ({0})', findingCount(a.findings.length)), (x) => x.findings));
      }
      for (const f of here) {
        const mark = new vscode.CodeAction(vscode.l10n.t('Mark {0} as content (add to .chaff.json exceptions)', lines(f)), vscode.CodeActionKind.QuickFix);
        mark.command = { command: 'chaff.markAsContent', title: mark.title, arguments: [uri, f.line] };
        actions.push(mark);
      }
      for (const rule of new Set(here.map((f) => f.rule))) {
        const off = new vscode.CodeAction(vscode.l10n.t('Disable rule {0} (add to .chaff.json disabledRules)', rule), vscode.CodeActionKind.QuickFix);
        off.command = { command: 'chaff._disableRule', title: off.title, arguments: [uri, rule] };
        actions.push(off);
      }
    }
    const certain = engine().findingsToStrip(a.findings);
    if (wants(FIX_ALL_KIND) && certain.length > 0) {
      // What Clean Article does: the certain findings go (suspect ones stay for review) and the
      // metadata the chaff carried is kept as `chaff.clean.metadata` says. On save the text is
      // current: the edit goes with the action.
      const fixAll = new vscode.CodeAction(vscode.l10n.t('Clean article ({0})', findingCount(certain.length)), FIX_ALL_KIND);
      fixAll.edit = toWorkspaceEdit(doc, articleCleanEdits(a, doc, 'certain', this.cache.reanalyzer(doc, state)));
      const sidecar = await sidecarWrite(doc, a);
      if (sidecar) fixAll.edit.createFile(sidecar.uri, { overwrite: true, contents: sidecar.contents });
      actions.push(fixAll);
    }
    if (wants(CLEAN_KIND) && articleCleanEdits(a, doc).length > 0) {
      // A command, not an edit: the sidecar metadata mode writes a file too.
      const cleanAll = new vscode.CodeAction(vscode.l10n.t('Clean article (strip chaff, write metadata)'), CLEAN_KIND);
      cleanAll.command = { command: 'chaff.cleanArticle', title: cleanAll.title, arguments: [doc.uri] };
      actions.push(cleanAll);
    }
    return actions;
  }

  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (!(action instanceof StripAction)) return action;
    const { doc, version } = action;
    const state = doc.version === version ? await this.cache.get(doc) : undefined;
    if (!state?.analysis || state.version !== version || doc.version !== version) {
      void notify.warn(staleMessage());
      return action; // no edit: nothing happens
    }
    action.edit = toWorkspaceEdit(doc, removeEdits(state.analysis, action.pick(state.analysis)));
    return action;
  }
}

export function registerCodeActions(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new ChaffCodeActions(cache), {
    providedCodeActionKinds: ChaffCodeActions.kinds,
  });
}
