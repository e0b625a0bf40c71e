/** A problem that stops the whole run (bad usage, unreadable config): the CLI prints `chaff: <message>` and exits 2; the editor shows the message. */
export class ChaffError extends Error {}

/** Short, stable wording for the file-system errors users actually meet. */
export function fsMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return e instanceof Error ? e.message : String(err);
  }
}
