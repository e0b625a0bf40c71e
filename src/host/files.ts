import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, promises as fs, readFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fsMessage } from './errors';

export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

const tooBig = (size: number, max: number) => `larger than --max-size (${size} > ${max} bytes), skipped`;

export type ReadResult = { ok: true; bytes: Buffer; text: string; stat: Stats } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeArticle(bytes: Buffer, stat: Stats, maxSize: number): ReadResult {
  // The file may have grown between stat and read.
  if (bytes.length > maxSize) return { ok: false, message: tooBig(bytes.length, maxSize) };
  if (bytes.includes(0)) return { ok: false, message: 'binary file, skipped' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, message: 'not valid UTF-8, skipped' };
  }
  return { ok: true, bytes, text, stat };
}

/** Reads an article: size-checked before reading, refused if binary or not UTF-8. A BOM stays in the text. */
export async function readArticleFile(file: string, maxSize: number): Promise<ReadResult> {
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(file, 'r');
    const stat = await fh.stat();
    if (!stat.isFile()) return { ok: false, message: 'not a regular file, skipped' };
    if (stat.size > maxSize) return { ok: false, message: tooBig(stat.size, maxSize) };
    return decodeArticle(await fh.readFile(), stat, maxSize);
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
    return decodeArticle(readFileSync(fd), stat, maxSize);
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
  /** In-place writes: the bytes the target held when read; the write is refused if it holds anything else now. */
  expect?: Buffer;
}

/** Writes via a temp file in the same folder and a rename, so the target is never half-written. */
export async function writeAtomic(target: string, data: string | Buffer, opts: WriteOptions = {}): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.chaff-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const mode = (opts.mode ?? 0o644) & 0o7777;
  const fh = await fs.open(tmp, 'wx', mode);
  try {
    try {
      await fh.writeFile(data);
      await fh.chmod(mode);
      // Replacing the only copy: make the data durable before the rename makes it the file.
      if (opts.expect) await fh.sync();
    } finally {
      await fh.close();
    }
    if (opts.expect) {
      // Someone (an editor, another run) may have written the file since we read it: keep their version.
      let now: Buffer | null;
      try {
        now = await fs.readFile(target);
      } catch {
        now = null;
      }
      if (!now || !now.equals(opts.expect)) throw new ChangedOnDiskError();
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

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
export async function writeIfChanged(target: string, data: string, mode?: number): Promise<boolean> {
  const bytes = Buffer.from(data, 'utf8');
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
