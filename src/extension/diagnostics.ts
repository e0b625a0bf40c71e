// Findings in the Problems panel, for those who turn it on (`chaff.diagnostics.enabled`, off by default):
// capped per file, with one entry saying how many were left out and which setting decides.
import * as vscode from 'vscode';
import { isChaffDocument, type AnalysisCache } from './analysisCache';
import { settings } from './settings';

const SEVERITY = {
  hint: vscode.DiagnosticSeverity.Hint,
  information: vscode.DiagnosticSeverity.Information,
} as const; // chaff is never an error or a warning (a file chaff cannot fully read may be)

export class Diagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('chaff');
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache) {
    this.disposables = [
      this.collection,
      cache.onDidUpdate((doc) => void this.update(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.collection.delete(doc.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('chaff.diagnostics')) this.updateAll();
      }),
    ];
    this.updateAll();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private updateAll(): void {
    for (const doc of vscode.workspace.textDocuments) if (isChaffDocument(doc) || this.collection.has(doc.uri)) void this.update(doc);
  }

  private async update(doc: vscode.TextDocument): Promise<void> {
    const s = settings('diagnostics', doc);
    if (!isChaffDocument(doc)) {
      this.collection.delete(doc.uri);
      return;
    }
    const enabled = s.enabled;
    // Warnings about the file itself (front matter kept unread) are listed whatever the setting.
    const state = await this.cache.get(doc);
    if (state.version !== doc.version || doc.isClosed) return;
    const warnings = (state.analysis?.warnings ?? []).filter((w) => w.line <= doc.lineCount).map((w) => {
      const d = new vscode.Diagnostic(doc.lineAt(w.line - 1).range, `${w.message}; kept as it is and not analysed`, vscode.DiagnosticSeverity.Warning);
      d.source = 'chaff';
      return d;
    });
    if (!enabled) {
      if (warnings.length) this.collection.set(doc.uri, warnings);
      else this.collection.delete(doc.uri);
      return;
    }
    const findings = state.analysis?.findings ?? [];
    const severity = SEVERITY[s.severity] ?? vscode.DiagnosticSeverity.Information;
    const max = Math.max(1, s.maxPerFile);
    const lineRange = (from: number, to: number) => {
      const last = Math.min(to, doc.lineCount) - 1;
      return new vscode.Range(from - 1, 0, last, doc.lineAt(last).text.length);
    };
    const list = findings.slice(0, max).map((f) => {
      const d = new vscode.Diagnostic(lineRange(f.line, f.endLine), `${f.kind}: ${f.message}`, severity);
      d.source = 'chaff';
      d.code = f.rule;
      if (severity === vscode.DiagnosticSeverity.Hint) d.tags = [vscode.DiagnosticTag.Unnecessary];
      return d;
    });
    if (findings.length > max) {
      const first = findings[max];
      const d = new vscode.Diagnostic(
        lineRange(first.line, first.line),
        vscode.l10n.t('{0} more chaff findings not listed here (chaff.diagnostics.maxPerFile is {1}); the editor marks them all.', findings.length - max, max),
        vscode.DiagnosticSeverity.Information,
      );
      d.source = 'chaff';
      list.push(d);
    }
    this.collection.set(doc.uri, [...warnings, ...list]);
  }
}
