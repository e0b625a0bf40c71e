// Clean Article: the core's edits applied as one WorkspaceEdit (one undo step), the metadata written as
// `chaff.clean.metadata` says; in `sidecar` mode as NAME.meta.json beside the article, as the CLI writes it.
import * as vscode from 'vscode';
import { renderSidecar, type Analysis, type Metadata, type MetadataMode } from '../core';
import { articleCleanEdits, toWorkspaceEdit } from './codeActions';
import { setting } from './settings';

export const metadataMode = (uri: vscode.Uri): MetadataMode => setting('clean', 'metadata', uri);

/** `article.txt` → `article.meta.json` beside it (the CLI's name). */
export function sidecarUri(uri: vscode.Uri): vscode.Uri {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return vscode.Uri.joinPath(uri, '..', `${dot > 0 ? name.slice(0, dot) : name}.meta.json`);
}

/** The sidecar's text: the CLI's key order, two-space JSON, final newline. */
export const sidecarText = renderSidecar;

const decoder = new TextDecoder();

/** Writes the sidecar unless it holds that already; true when written. */
async function writeSidecar(uri: vscode.Uri, meta: Metadata): Promise<boolean> {
  const target = sidecarUri(uri);
  const text = sidecarText(meta);
  const have = await vscode.workspace.fs.readFile(target).then((b) => decoder.decode(b), () => null);
  if (have === text) return false;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  return true;
}

/**
 * Cleans `doc` from `analysis` (which must be of its current version). Returns whether anything changed:
 * the text, or in sidecar mode the sidecar file.
 */
export async function cleanDocument(doc: vscode.TextDocument, analysis: Analysis): Promise<boolean> {
  const edits = articleCleanEdits(analysis, doc);
  const edited = edits.length > 0 && (await vscode.workspace.applyEdit(toWorkspaceEdit(doc, edits)));
  const wrote = metadataMode(doc.uri) === 'sidecar' && doc.uri.scheme !== 'untitled' && (await writeSidecar(doc.uri, analysis.metadata));
  return edited || wrote;
}
