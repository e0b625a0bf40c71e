/// <reference types="mocha" />
// Shared by the suite files (each bundle gets its own copy; keep state in VS Code, not here).
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'chaff-dev.chaff';
export const LANGUAGE_ID = 'scraped-news';
export const SEED = 'test/fixtures/seed/000_3a60f01d4fe921a9.txt';

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded in this extension host`);
  return ext;
}

/** The scratch workspace run.mjs opens: a copy of test/fixtures and samples with the repo's layout. */
export function workspacePath(rel: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return path.join(folder.uri.fsPath, rel);
}

/** Polls until `check` returns a truthy value; the limit only guards against hangs. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, limitMs = 30_000): Promise<NonNullable<T>> {
  const until = Date.now() + limitMs;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens a workspace file in an editor; returns its document as VS Code currently sees it. */
export async function openInEditor(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspacePath(rel));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The live document for a URI (its language may change after opening). */
export function liveDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** The fields of a finding both the CLI's JSON and the extension report. */
export interface FindingCore {
  kind: string;
  rule: string;
  line: number;
  endLine: number;
  message: string;
}

export function core(f: FindingCore): FindingCore {
  return { kind: f.kind, rule: f.rule, line: f.line, endLine: f.endLine, message: f.message };
}

/** Opens a file and waits until it is in language scraped-news (a .txt is switched after opening). */
export async function openScrapedNews(rel: string): Promise<vscode.TextDocument> {
  const doc = await openInEditor(rel);
  return waitFor(() => {
    const live = liveDocument(doc.uri);
    return live?.languageId === LANGUAGE_ID ? live : undefined;
  }, `${rel} in language ${LANGUAGE_ID}`);
}
