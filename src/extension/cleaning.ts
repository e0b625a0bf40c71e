// Clean Article: the core's edits applied as one WorkspaceEdit (one undo step), the metadata written as
// `chaff.clean.metadata` says; in `sidecar` mode as NAME.meta.json beside the article, as the CLI writes it.
import * as vscode from 'vscode';
import type { Analysis, Metadata, MetadataMode, StripLevel } from '../core';
import { engine } from './lazy';
import { articleCleanEdits, toWorkspaceEdit } from './codeActions';
import * as notify from './notify';
import { setting } from './settings';

export const metadataMode = (uri: vscode.Uri): MetadataMode => setting('clean', 'metadata', uri);

/** `article.txt` → `article.meta.json` beside it (the CLI's name). */
export function sidecarUri(uri: vscode.Uri): vscode.Uri {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return vscode.Uri.joinPath(uri, '..', `${dot > 0 ? name.slice(0, dot) : name}.meta.json`);
}

/** The sidecar's text: the CLI's key order, two-space JSON, final newline. */
export const sidecarText = (meta: Metadata) => engine().renderSidecar(meta);

const decoder = new TextDecoder();

/** The sidecar to write: the one there with the keys it lacks added (a new one holds the keys found). */
async function plannedSidecar(uri: vscode.Uri, meta: Metadata): Promise<{ target: vscode.Uri; have: string | null; text: string } | { error: string }> {
  const target = sidecarUri(uri);
  const have = await vscode.workspace.fs.readFile(target).then((b) => decoder.decode(b), () => null);
  const merged = engine().mergeSidecar(have, meta);
  if ('error' in merged) return { error: `Chaff: ${target.path.split('/').pop()} ${merged.error}; the article was not cleaned.` };
  return { target, have, text: merged.text };
}

/**
 * Cleans `doc` from `analysis` (which must be of its current version). Returns whether anything changed:
 * the text, or in sidecar mode the sidecar file. A sidecar that is not ours to complete stops it first.
 */
export async function cleanDocument(doc: vscode.TextDocument, analysis: Analysis, strip: StripLevel = 'certain', reanalyze?: (text: string) => Analysis): Promise<boolean> {
  const sidecar = metadataMode(doc.uri) === 'sidecar' && doc.uri.scheme !== 'untitled' ? await plannedSidecar(doc.uri, analysis.metadata) : null;
  if (sidecar && 'error' in sidecar) {
    void notify.error(sidecar.error);
    return false;
  }
  const edits = articleCleanEdits(analysis, doc, strip, reanalyze);
  const edited = edits.length > 0 && (await vscode.workspace.applyEdit(toWorkspaceEdit(doc, edits)));
  let wrote = false;
  if (sidecar && sidecar.have !== sidecar.text) {
    await vscode.workspace.fs.writeFile(sidecar.target, new TextEncoder().encode(sidecar.text));
    wrote = true;
  }
  return edited || wrote;
}
