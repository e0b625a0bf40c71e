// Marks chaff in visible editors: per kind group a faded, tinted line, a gutter mark and an overview-ruler
// mark, plus the kind after each finding's first line. While typing, the edited lines' marks hide; the
// analysis after the pause draws them again.
import * as vscode from 'vscode';
import type { Kind } from '../core';
import { isChaffDocument, type AnalysisCache } from './analysisCache';
import * as notify from './notify';
import { settings, type DecorationStyle } from './settings';

type Style = DecorationStyle;

/** Kinds that look alike share a colour: few colours stay readable, one per kind would not. */
export const KIND_GROUPS = {
  furniture: ['widget', 'navigation', 'dateline-meta', 'byline'],
  teaser: ['teaser', 'caption', 'credit'],
  feed: ['feed-footer', 'source-line', 'tracking-link'],
  promo: ['share', 'subscribe', 'advertisement', 'cookie', 'legal', 'comments'],
  other: ['other'],
} as const satisfies Record<string, readonly Kind[]>;
export type KindGroup = keyof typeof KIND_GROUPS;
const GROUPS = Object.keys(KIND_GROUPS) as KindGroup[];

export const groupOf = (kind: string): KindGroup =>
  GROUPS.find((g) => (KIND_GROUPS[g] as readonly string[]).includes(kind)) ?? 'other';

function lineStyle(style: Style, group: KindGroup, media: vscode.Uri): vscode.DecorationRenderOptions {
  const background = new vscode.ThemeColor(`chaff.${group}Background`);
  // Gutter icons are images, which theme colours cannot reach: one per theme kind instead.
  const gutter = (theme: 'dark' | 'light') => ({ gutterIconPath: vscode.Uri.joinPath(media, 'gutter', `${group}-${theme}.svg`), gutterIconSize: 'contain' });
  const common: vscode.DecorationRenderOptions = {
    isWholeLine: true,
    overviewRulerColor: new vscode.ThemeColor(`chaff.${group}OverviewRuler`),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    dark: gutter('dark'),
    light: gutter('light'),
  };
  switch (style) {
    case 'highlight':
      return { ...common, backgroundColor: background };
    case 'strikethrough':
      return { ...common, textDecoration: 'line-through', opacity: '0.7' };
    default:
      return { ...common, opacity: '0.55', backgroundColor: background };
  }
}

/** What an editor shows, for `chaff._editorState`. */
export interface DecorationState {
  style: Style;
  /** 1-based lines marked as chaff. */
  lines: number[];
  /** `line: kind` labels shown. */
  labels: string[];
  /** `line: group` of each mark's first line. */
  groups: string[];
  /** Lines whose marks are hidden because they are being edited. */
  hiddenWhileTyping: number[];
  /** 1-based lines of suspect findings, drawn in their own lighter style. */
  suspect: number[];
}

/** A mark as drawn, in 0-based lines of the version it was drawn on (moved along with edits). */
interface Mark {
  group: KindGroup;
  kind: string;
  start: number;
  end: number;
  suspect: boolean;
}

export class Decorations implements vscode.Disposable {
  private lineTypes = new Map<KindGroup, vscode.TextEditorDecorationType>();
  /** Suspect findings (a default clean keeps them): a dotted underline at near full strength, for review. */
  private suspectType: vscode.TextEditorDecorationType | null = null;
  private readonly labelType = vscode.window.createTextEditorDecorationType({
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
  });
  private style: Style = 'dim';
  private showKind = true;
  private hideWhileTyping = true;
  private hidden = false;
  private readonly marks = new Map<string, Mark[]>();
  private readonly shown = new Map<string, DecorationState>();
  /** Files already told they are too large (once per session each). */
  private readonly told = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly media: vscode.Uri;

  constructor(
    private readonly cache: AnalysisCache,
    extensionUri: vscode.Uri,
  ) {
    this.media = vscode.Uri.joinPath(extensionUri, 'media');
    this.readSettings();
    this.disposables.push(
      this.labelType,
      cache.onDidUpdate((doc) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) void this.draw(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.drawAll(editors)),
      vscode.workspace.onDidChangeTextDocument((e) => this.edited(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.shown.delete(doc.uri.toString());
        this.marks.delete(doc.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('chaff.decorations')) return;
        this.readSettings();
        this.drawAll(vscode.window.visibleTextEditors);
      }),
    );
    this.drawAll(vscode.window.visibleTextEditors);
  }

  /** Hides or shows all marks for this session (`chaff.toggleDecorations`); returns whether they show. */
  toggle(): boolean {
    this.hidden = !this.hidden;
    this.drawAll(vscode.window.visibleTextEditors);
    return !this.hidden;
  }

  stateOf(uri: vscode.Uri): DecorationState | undefined {
    return this.shown.get(uri.toString());
  }

  dispose(): void {
    for (const t of this.lineTypes.values()) t.dispose();
    this.suspectType?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private readSettings(): void {
    const c = settings('decorations');
    this.style = c.style;
    this.showKind = c.showKind;
    this.hideWhileTyping = c.hideWhileTyping;
    // Decoration types are immutable: make new ones, then drop the old (their marks go with them).
    for (const t of this.lineTypes.values()) t.dispose();
    this.suspectType?.dispose();
    this.lineTypes = new Map(
      this.style === 'none' ? [] : GROUPS.map((g) => [g, vscode.window.createTextEditorDecorationType(lineStyle(this.style, g, this.media))]),
    );
    this.suspectType =
      this.style === 'none'
        ? null
        : vscode.window.createTextEditorDecorationType({
            isWholeLine: true,
            textDecoration: 'underline dotted',
            opacity: '0.8',
            overviewRulerColor: new vscode.ThemeColor('chaff.otherOverviewRuler'),
            overviewRulerLane: vscode.OverviewRulerLane.Left,
            rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
          });
  }

  private drawAll(editors: readonly vscode.TextEditor[]): void {
    for (const editor of editors) if (isChaffDocument(editor.document)) void this.draw(editor);
  }

  private async draw(editor: vscode.TextEditor): Promise<void> {
    const doc = editor.document;
    if (!isChaffDocument(doc)) return;
    const state = await this.cache.get(doc);
    // A newer version is on its way (its own update will draw); don't paint stale lines.
    if (state.version !== doc.version || doc.isClosed) return;
    if (state.status === 'too-large') this.tellTooLarge(doc, state.maxKB);
    const findings = this.hidden ? [] : (state.analysis?.findings ?? []);
    const marks = findings.map((f) => ({ group: groupOf(f.kind), kind: f.kind, start: f.line - 1, end: Math.min(f.endLine, doc.lineCount) - 1, suspect: f.confidence === 'suspect' }));
    this.marks.set(doc.uri.toString(), marks);
    this.paint(doc, marks, []);
  }

  /** Sets the marks on every visible editor of `doc`. */
  private paint(doc: vscode.TextDocument, marks: Mark[], hiddenLines: number[]): void {
    const byGroup = new Map<KindGroup, vscode.Range[]>(GROUPS.map((g) => [g, []]));
    const suspect: vscode.Range[] = [];
    const labels: vscode.DecorationOptions[] = [];
    for (const m of marks) {
      (m.suspect ? suspect : byGroup.get(m.group)!).push(new vscode.Range(m.start, 0, m.end, doc.lineAt(m.end).text.length));
      if (this.showKind) {
        const end = doc.lineAt(m.start).range.end;
        const n = m.end - m.start + 1;
        labels.push({
          range: new vscode.Range(end, end),
          renderOptions: {
            after: {
              contentText: `‹${m.suspect ? 'suspect ' : ''}${m.kind}${n > 1 ? `, ${n} lines` : ''}›`,
              color: new vscode.ThemeColor('chaff.kindLabelForeground'),
              fontStyle: 'italic',
              margin: '0 0 0 2em',
            },
          },
        });
      }
    }
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document !== doc) continue;
      for (const [g, type] of this.lineTypes) editor.setDecorations(type, byGroup.get(g)!);
      if (this.suspectType) editor.setDecorations(this.suspectType, suspect);
      editor.setDecorations(this.labelType, labels);
    }
    const drawn = this.lineTypes.size > 0;
    this.shown.set(doc.uri.toString(), {
      style: this.hidden ? 'none' : this.style,
      lines: drawn ? marks.flatMap((m) => range(m.start + 1, m.end + 1)).sort((a, b) => a - b) : [],
      labels: this.showKind ? marks.map((m) => `${m.start + 1}: ${m.kind}`) : [],
      groups: drawn ? marks.map((m) => `${m.start + 1}: ${m.group}`) : [],
      hiddenWhileTyping: hiddenLines,
      suspect: drawn ? marks.filter((m) => m.suspect).flatMap((m) => range(m.start + 1, m.end + 1)).sort((a, b) => a - b) : [],
    });
  }

  /** Typing: the marks on the edited lines go at once, the others move with the text. */
  private edited(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const marks = this.marks.get(key);
    if (!this.hideWhileTyping || !marks || e.contentChanges.length === 0) return;
    if (!vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) return;
    let kept = marks;
    const hiddenLines = [...(this.shown.get(key)?.hiddenWhileTyping ?? [])];
    // Changes of one event refer to the text before it; from the bottom up, each only moves what is below it.
    for (const c of [...e.contentChanges].sort((a, b) => b.range.start.compareTo(a.range.start))) {
      const from = c.range.start.line;
      const to = c.range.end.line;
      const delta = (c.text.match(/\n/g)?.length ?? 0) - (to - from);
      const next: Mark[] = [];
      for (const m of kept) {
        if (m.end < from) next.push(m);
        else if (m.start > to) next.push({ ...m, start: m.start + delta, end: m.end + delta });
        else hiddenLines.push(...range(m.start + 1, m.end + 1));
      }
      kept = next;
    }
    this.marks.set(key, kept);
    // VS Code moves the marks that survive by itself; repaint only when some must go.
    if (kept.length < marks.length) this.paint(e.document, kept, [...new Set(hiddenLines)].sort((a, b) => a - b));
  }

  private tellTooLarge(doc: vscode.TextDocument, maxKB: number): void {
    const key = doc.uri.toString();
    if (this.told.has(key)) return;
    this.told.add(key);
    const name = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);
    void notify
      .info(`Chaff: ${name} is not analysed: it is larger than chaff.performance.maxFileSizeKB (${maxKB} KB).`, 'Open Setting')
      .then((pick) => pick && vscode.commands.executeCommand('workbench.action.openSettings', 'chaff.performance.maxFileSizeKB'));
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
