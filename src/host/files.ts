import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, promises as fs, readFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { decodeArticle, type ArticleEncoding } from '../core';
import { fsMessage } from './errors';

export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

const tooBig = (size: number, max: number) => `larger than --max-size (${size} > ${max} bytes), skipped`;

export type ReadResult = { ok: true; bytes: Buffer; text: string; encoding: ArticleEncoding; stat: Stats } | { ok: false; message: string };

function decodeRead(bytes: Buffer, stat: Stats, maxSize: number): ReadResult {
  // The file may have grown between stat and read.
  if (bytes.length > maxSize) return { ok: false, message: tooBig(bytes.length, maxSize) };
  const d = decodeArticle(bytes);
  return d.ok ? { ok: true, bytes, text: d.text, encoding: d.encoding, stat } : d;
}

/** Reads an article: size-checked before reading, decoded by the engine's `decodeArticle` (a BOM stays in the text). */
export async function readArticleFile(file: string, maxSize: number): Promise<ReadResult> {
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(file, 'r');
    const stat = await fh.stat();
    if (!stat.isFile()) return { ok: false, message: 'not a regular file, skipped' };
    if (stat.size > maxSize) return { ok: false, message: tooBig(stat.size, maxSize) };
    return decodeRead(await fh.readFile(), stat, maxSize);
  } catch (e) {
    return { ok: false, message: fsMessage(e) };
  } finally {
    await fh?.close();
  }
}

/**
 * `readArticleFile` for a worker thread, where blocking costs nothing but that thread's time and
 * saves the three thread-pool round trips of the promise version.
 */
export function readArticleFileSync(file: string, maxSize: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, message: 'not a regular file, skipped' };
    if (stat.size > maxSize) return { ok: false, message: tooBig(stat.size, maxSize) };
    return decodeRead(readFileSync(fd), stat, maxSize);
  } catch (e) {
    return { ok: false, message: fsMessage(e) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export class ChangedOnDiskError extends Error {
  constructor() {
    super('changed on disk while cleaning; skipped');
  }
}

export interface WriteOptions {
  /** Permission bits for the file (a temp file would otherwise get the umask's). */
  mode?: number;
  /** Owner to give the new file (the replaced file's); a write that cannot keep it is refused. */
  owner?: { uid: number; gid: number };
  /** In-place writes: the bytes the target held when read; the write is refused if it holds anything else now. */
  expect?: Buffer;
  /** Write through the target's own inode (keeps hard links) instead of a temp file and a rename. */
  inPlace?: boolean;
}

/** Temp files are `.NAME.chaff-PID-HEX.tmp`: a later run can tell a dead run's from a live one's. */
const TEMP_RE = /^\..*\.chaff-(\d+)-[0-9a-f]{8}\.tmp$/s;
const NAME_MAX = 255;

/** `.NAME.chaff-PID-HEX.tmp` within NAME_MAX bytes: a long NAME is cut (on a character boundary). */
export function tempName(base: string): string {
  const tail = `.chaff-${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  let room = NAME_MAX - 1 - Buffer.byteLength(tail);
  let cut = '';
  for (const ch of base) {
    room -= Buffer.byteLength(ch);
    if (room < 0) break;
    cut += ch;
  }
  return `.${cut}${tail}`;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const swept = new Set<string>();

/** Removes the temp files that runs killed mid-write left in `dir` (once per folder and process). */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  if (swept.has(dir)) return [];
  swept.add(dir);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const n of names) {
    const m = TEMP_RE.exec(n);
    if (!m || +m[1] === process.pid || alive(+m[1])) continue;
    try {
      const st = await fs.lstat(path.join(dir, n));
      if (!st.isFile()) continue;
      await fs.rm(path.join(dir, n));
      removed.push(n);
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

/** Writes via a temp file in the same folder and a rename, so the target is never half-written. */
export async function writeAtomic(target: string, data: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  if (opts.inPlace) return writeInPlace(target, data, opts);
  const dir = path.dirname(target);
  await removeStaleTemps(dir);
  const tmp = path.join(dir, tempName(path.basename(target)));
  const mode = (opts.mode ?? 0o644) & 0o7777;
  const fh = await fs.open(tmp, 'wx', mode);
  try {
    try {
      await fh.writeFile(data);
      const o = opts.owner;
      if (o && (o.uid !== process.getuid?.() || o.gid !== process.getgid?.())) {
        try {
          await fh.chown(o.uid, o.gid);
        } catch {
          throw new WriteRefusedError('owned by another user; not written');
        }
      }
      await fh.chmod(mode);
      // Replacing the only copy: make the data durable before the rename makes it the file.
      if (opts.expect) await fh.sync();
    } finally {
      await fh.close();
    }
    if (opts.expect) await checkUnchanged(target, opts.expect);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** Someone (an editor, another run) may have written the file since we read it: keep their version. */
async function checkUnchanged(target: string, expect: Buffer): Promise<void> {
  let now: Buffer | null;
  try {
    now = await fs.readFile(target);
  } catch {
    now = null;
  }
  if (!now || !now.equals(expect)) throw new ChangedOnDiskError();
}

/**
 * Rewrites a file through its own inode: its links, mode and owner stay. Not atomic (a crash
 * mid-write leaves it half-written), so only used when asked for, after the content is verified.
 */
async function writeInPlace(target: string, data: string | Uint8Array, opts: WriteOptions): Promise<void> {
  const fh = await fs.open(target, 'r+');
  try {
    if (opts.expect) {
      const now = await fh.readFile();
      if (!now.equals(opts.expect)) throw new ChangedOnDiskError();
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    await fh.write(bytes, 0, bytes.length, 0);
    await fh.truncate(bytes.length);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** A write chaff will not make (the message says why); nothing was changed. */
export class WriteRefusedError extends Error {}

/** Existing content, or null when there is no such file. */
export async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Writes only when the content differs, so unchanged outputs keep their mtime. Returns whether it wrote. */
export async function writeIfChanged(target: string, data: string | Uint8Array, mode?: number): Promise<boolean> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  const old = await readIfExists(target);
  if (old && old.equals(bytes)) return false;
  await fs.mkdir(path.dirname(target), { recursive: true });
  await writeAtomic(target, bytes, { mode });
  return true;
}

/** `article.txt` → `article.meta.json`, beside it. */
export function sidecarPath(file: string): string {
  const p = path.parse(file);
  return path.join(p.dir, `${p.name}.meta.json`);
}

/** Parses `--max-size`: bytes, or with a K/M/G suffix (binary units). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(value);
  if (!m) throw new Error(`invalid size '${value}': expected bytes, e.g. 1048576 or 1M`);
  const unit = m[2] ? 1024 ** ('kmg'.indexOf(m[2].toLowerCase()) + 1) : 1;
  return Number(m[1]) * unit;
}
