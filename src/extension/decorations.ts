// Marks chaff lines in visible editors: whole-line style plus the kind after each finding's first line.
import * as vscode from 'vscode';
import { isChaffDocument, type AnalysisCache } from './analysisCache';

type Style = 'dim' | 'highlight' | 'strikethrough' | 'none';

const background = new vscode.ThemeColor('chaff.chaffBackground');
const ruler = new vscode.ThemeColor('chaff.chaffOverviewRuler');

function lineStyle(style: Style): vscode.DecorationRenderOptions {
  const common: vscode.DecorationRenderOptions = {
    isWholeLine: true,
    overviewRulerColor: ruler,
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
  switch (style) {
    case 'highlight':
      return { ...common, backgroundColor: background };
    case 'strikethrough':
      return { ...common, textDecoration: 'line-through', opacity: '0.7' };
    default:
      return { ...common, opacity: '0.5', backgroundColor: background };
  }
}

/** What an editor shows, for `chaff._editorState`. */
export interface DecorationState {
  style: Style;
  /** 1-based lines marked as chaff. */
  lines: number[];
  /** `line: kind` labels shown. */
  labels: string[];
}

export class Decorations implements vscode.Disposable {
  private lineType: vscode.TextEditorDecorationType | undefined;
  private readonly labelType = vscode.window.createTextEditorDecorationType({
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
  });
  private style: Style = 'dim';
  private showKind = true;
  private hidden = false;
  private readonly shown = new Map<string, DecorationState>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly cache: AnalysisCache) {
    this.readSettings();
    this.disposables.push(
      this.labelType,
      cache.onDidUpdate((doc) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) void this.draw(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.drawAll(editors)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.shown.delete(doc.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('chaff.appearance')) return;
        this.readSettings();
        this.drawAll(vscode.window.visibleTextEditors);
      }),
    );
    this.drawAll(vscode.window.visibleTextEditors);
  }

  /** Hides or shows all marks for this session (`chaff.toggleHighlights`). */
  toggle(): boolean {
    this.hidden = !this.hidden;
    this.drawAll(vscode.window.visibleTextEditors);
    return !this.hidden;
  }

  stateOf(uri: vscode.Uri): DecorationState | undefined {
    return this.shown.get(uri.toString());
  }

  dispose(): void {
    this.lineType?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private readSettings(): void {
    const c = vscode.workspace.getConfiguration('chaff.appearance');
    this.style = c.get<Style>('style', 'dim');
    this.showKind = c.get<boolean>('showKind', true);
    // Decoration types are immutable: make the new one, then drop the old (its marks go with it).
    this.lineType?.dispose();
    this.lineType = this.style === 'none' ? undefined : vscode.window.createTextEditorDecorationType(lineStyle(this.style));
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
    const findings = this.hidden ? [] : (state.analysis?.findings ?? []);
    const lines: vscode.Range[] = [];
    const labels: vscode.DecorationOptions[] = [];
    for (const f of findings) {
      const last = Math.min(f.endLine, doc.lineCount) - 1;
      lines.push(new vscode.Range(f.line - 1, 0, last, doc.lineAt(last).text.length));
      if (this.showKind) {
        const end = doc.lineAt(f.line - 1).range.end;
        labels.push({
          range: new vscode.Range(end, end),
          renderOptions: {
            after: {
              contentText: f.endLine > f.line ? `‹${f.kind}, ${f.endLine - f.line + 1} lines›` : `‹${f.kind}›`,
              color: new vscode.ThemeColor('chaff.kindLabelForeground'),
              fontStyle: 'italic',
              margin: '0 0 0 2em',
            },
          },
        });
      }
    }
    if (this.lineType) editor.setDecorations(this.lineType, lines);
    editor.setDecorations(this.labelType, labels);
    this.shown.set(doc.uri.toString(), {
      style: this.hidden ? 'none' : this.style,
      lines: this.lineType ? findings.flatMap((f) => range(f.line, Math.min(f.endLine, doc.lineCount))) : [],
      labels: labels.map((l, i) => `${findings[i].line}: ${findings[i].kind}`),
    });
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
