// The active article at a glance: how much chaff, of which kinds, what metadata was read, and why
// nothing is shown when the file was not analysed. A click opens the clean preview.
import * as vscode from 'vscode';
import { METADATA_KEYS } from '../core/types';
import { isChaffDocument, type AnalysisCache, type DocState } from './analysisCache';

/** Text shown as itself in markdown (appendText would also turn its spaces into &nbsp;). */
export const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');

export interface StatusView {
  visible: boolean;
  text: string;
  tooltip: string;
  /** The command a click runs. */
  command: string | null;
}

function describe(uri: vscode.Uri, state: DocState): { text: string; tooltip: vscode.MarkdownString; command: vscode.Command | string } {
  const tooltip = new vscode.MarkdownString('', true);
  switch (state.status) {
    case 'too-large':
      tooltip.appendMarkdown(vscode.l10n.t('Not analysed: the file is larger than `chaff.performance.maxFileSizeKB` ({0} KB).', state.maxKB));
      return {
        text: '$(warning) ' + vscode.l10n.t('Chaff: not analysed'),
        tooltip,
        command: { command: 'workbench.action.openSettings', title: vscode.l10n.t('Open setting'), arguments: ['chaff.performance.maxFileSizeKB'] },
      };
    case 'excluded':
    case 'unsupported':
      tooltip.appendMarkdown(state.status === 'excluded' ? vscode.l10n.t('Not analysed: matched by `exclude` in `.chaff.json`.') : vscode.l10n.t('Not analysed here.'));
      return { text: '$(circle-slash) ' + vscode.l10n.t('Chaff: excluded'), tooltip, command: 'chaff.openConfig' };
    case 'ok':
      break;
  }
  const a = state.analysis!;
  const counts = new Map<string, number>();
  for (const f of a.findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const n = a.findings.length;
  if (n === 0) tooltip.appendMarkdown(vscode.l10n.t('No chaff found.') + '\n\n');
  else {
    const lineCount = a.findings.reduce((s, f) => s + f.endLine - f.line + 1, 0);
    tooltip.appendMarkdown((n === 1 ? vscode.l10n.t('**1 chaff finding**, {0} lines', lineCount) : vscode.l10n.t('**{0} chaff findings**, {1} lines', n, lineCount)) + '\n\n');
    tooltip.appendMarkdown(`| ${vscode.l10n.t('kind')} | ${vscode.l10n.t('findings')} |\n|---|---:|\n`);
    for (const [kind, c] of [...counts].sort((x, y) => y[1] - x[1])) tooltip.appendMarkdown(`| ${kind} | ${c} |\n`);
    tooltip.appendMarkdown('\n');
  }
  const meta = METADATA_KEYS.filter((k) => a.metadata[k] !== null);
  if (meta.length) {
    tooltip.appendMarkdown(`**${vscode.l10n.t('Metadata')}**\n\n`);
    for (const k of meta) tooltip.appendMarkdown(`- ${k}: ${escapeMarkdown(String(a.metadata[k]))}\n`);
  }
  if (!state.config.config.trusted) tooltip.appendMarkdown('\n\n$(shield) ' + vscode.l10n.t('Untrusted workspace: pattern rules of `.chaff.json` are off.'));
  tooltip.appendMarkdown('\n\n' + vscode.l10n.t('Click to preview the clean article.'));
  const command = { command: 'chaff.previewClean', title: vscode.l10n.t('Preview Clean Article'), arguments: [uri] };
  return { text: n ? `$(filter) Chaff: ${n}` : '$(check) ' + vscode.l10n.t('Chaff: clean'), tooltip, command };
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('chaff.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];
  private visible = false;

  constructor(private readonly cache: AnalysisCache) {
    this.item.name = 'Chaff';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      cache.onDidUpdate((doc) => {
        if (vscode.window.activeTextEditor?.document === doc) void this.update();
      }),
      // A language switch (detection, or the user) changes what is shown without an update.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === doc.uri.toString()) void this.update();
      }),
    ];
    void this.update();
  }

  /** What the item shows now (for `chaff._editorState`). */
  view(): StatusView {
    const t = this.item.tooltip;
    const c = this.item.command;
    return { visible: this.visible, text: this.item.text, tooltip: typeof t === 'string' ? t : (t?.value ?? ''), command: (typeof c === 'string' ? c : c?.command) ?? null };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isChaffDocument(doc)) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const state = await this.cache.get(doc);
    if (vscode.window.activeTextEditor?.document !== doc || state.version !== doc.version) return;
    const { text, tooltip, command } = describe(doc.uri, state);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.command = command;
    this.item.show();
    this.visible = true;
  }
}
