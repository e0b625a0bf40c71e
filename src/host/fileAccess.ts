// What the indexer needs of a file system: list a folder's articles, stat a file, read one. The CLI
// and local folders use Node's fs (below); the editor hands the indexer one made of
// vscode.workspace.fs for remote and virtual folders, as vscode-markdownlint hands markdownlint-cli2
// an fs wrapper.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { excludeMatcher, walkTree } from './paths';

/** mtime in whole milliseconds (both kinds of stat agree on an unchanged file) and size in bytes. */
export interface FileStat {
  mtime: number;
  size: number;
}

export interface FileAccess {
  /** The `*.txt` files under a folder, sorted, minus what `exclude` globs (relative to the folder) match. */
  list(folder: string, exclude: string[]): Promise<string[]>;
  /** Null when it is not a file or cannot be stat'ed. */
  stat(file: string): Promise<FileStat | null>;
  /** Null when it cannot be read. */
  read(file: string): Promise<Uint8Array | null>;
}

/** Files named by their paths, through Node's fs (a folder listed as `chaff` walks it: .gitignore, node_modules and .git left out). */
export const nodeFiles: FileAccess = {
  async list(folder, exclude) {
    const excluded = excludeMatcher(exclude);
    return walkTree(folder)
      .filter((f) => !excluded(f.rel))
      .map((f) => path.join(folder, f.rel));
  },
  async stat(file) {
    try {
      const st = await fs.stat(file);
      return st.isFile() ? { mtime: Math.floor(st.mtimeMs), size: st.size } : null;
    } catch {
      return null;
    }
  },
  async read(file) {
    try {
      return await fs.readFile(file);
    } catch {
      return null;
    }
  },
};
