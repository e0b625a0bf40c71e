// The indexer's file access for folders the workers cannot read (remote and virtual workspaces):
// vscode.workspace.fs and findFiles, with files named by their URI strings.
import * as vscode from 'vscode';
import type { FileAccess } from '../host';

export const workspaceFiles: FileAccess = {
  async list(folder, exclude) {
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(folder), '**/*.txt'), exclude.length ? `{${exclude.join(',')}}` : undefined);
    return found.map((u) => u.toString()).sort();
  },
  async stat(file) {
    try {
      const st = await vscode.workspace.fs.stat(vscode.Uri.parse(file));
      // Whole milliseconds, as the workers' stats give them, so both agree on an unchanged file.
      return st.type & vscode.FileType.File ? { mtime: Math.floor(st.mtime), size: st.size } : null;
    } catch {
      return null;
    }
  },
  async read(file) {
    try {
      return await vscode.workspace.fs.readFile(vscode.Uri.parse(file));
    } catch {
      return null;
    }
  },
};
