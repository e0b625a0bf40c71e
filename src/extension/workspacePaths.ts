// Workspace-relative paths as the corpus index says them (its folder stands in for a missing
// source): as `asRelativePath` says them, without its lookup per call (a second start asks 200,000 times).
import * as vscode from 'vscode';

export class WorkspacePaths {
  /** The workspace-relative path the index uses for a URI (its folder stands in for a missing source). */
  relOf(uri: vscode.Uri): string {
    // As `asRelativePath` says it, without its lookup per call (a second start asks 200,000 times).
    for (const f of this.folderPrefixes()) {
      if (uri.scheme === f.scheme && uri.authority === f.authority && uri.path.startsWith(f.base)) return f.name + uri.path.slice(f.base.length);
    }
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  /**
   * `relOf` for a URI's string (the index's key) without parsing it, when the key is a folder's own
   * string and a path that needs no decoding; else parsed.
   */
  relOfKey(key: string): string {
    for (const f of this.folderPrefixes()) {
      if (!key.startsWith(f.keyBase)) continue;
      const rest = key.slice(f.keyBase.length);
      if (!/[%?#]/.test(rest)) return f.name + rest;
      break;
    }
    return this.relOf(vscode.Uri.parse(key));
  }

  /** Workspace folders, innermost first, with the path prefix of what is in them (forgotten when the folders change). */
  prefixes: { scheme: string; authority: string; base: string; keyBase: string; name: string }[] | null = null;

  private folderPrefixes() {
    if (!this.prefixes) {
      const folders = vscode.workspace.workspaceFolders ?? [];
      const named = folders.length > 1;
      this.prefixes = folders
        .map((f) => {
          const key = f.uri.toString();
          return { scheme: f.uri.scheme, authority: f.uri.authority, base: f.uri.path.endsWith('/') ? f.uri.path : f.uri.path + '/', keyBase: key.endsWith('/') ? key : key + '/', name: named && f.name ? f.name + '/' : '' };
        })
        .sort((a, b) => b.base.length - a.base.length);
    }
    return this.prefixes;
  }


  /** The workspace folders changed. */
  reset(): void {
    this.prefixes = null;
  }
}
