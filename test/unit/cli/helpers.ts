import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
export const SEED = path.join(ROOT, 'test/fixtures/seed/000_3a60f01d4fe921a9.txt');
export const SEED_GOLD = path.join(ROOT, 'test/fixtures/seed/000_3a60f01d4fe921a9.gold.json');

/** Plain prose with no chaff in it. */
export const PROSE = `Town council approves new library budget after long debate

The town council voted on Tuesday evening to approve a revised budget for the central library, ending months of discussion about opening hours and the cost of repairs to the building's roof.

Council members said the new plan keeps the library open on Sundays while postponing the purchase of new furniture until next year. Several residents spoke during the public comment period, most of them in favour of the longer opening hours.

The head librarian told the meeting that visitor numbers have grown steadily since the reading room was renovated, and that the children's section in particular has become busier on weekends.
`;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before these tests`);

/** Runs the built CLI as a user would. */
export function chaff(args: string[], cwd: string, input?: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh temp folder holding the given files (string or bytes), removed after the test file. */
export function tmpTree(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaff-cli-')));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) write(dir, rel, content);
  return dir;
}

export function write(dir: string, rel: string, content: string | Buffer): string {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

export const seedText = () => fs.readFileSync(SEED, 'utf8');

/** The lines and kinds a human marked as chaff in the seed. */
export function seedGold(): { line: number; kind: string }[] {
  return JSON.parse(fs.readFileSync(SEED_GOLD, 'utf8')).artifacts.map((a: { line: number; kind: string }) => ({ line: a.line, kind: a.kind }));
}

/** Every file under dir with its bytes and mtime, to prove nothing was touched. */
export function snapshot(dir: string): Map<string, { bytes: Buffer; mtimeMs: number; mode: number }> {
  const out = new Map<string, { bytes: Buffer; mtimeMs: number; mode: number }>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = fs.statSync(p);
        out.set(path.relative(dir, p).split(path.sep).join('/'), { bytes: fs.readFileSync(p), mtimeMs: st.mtimeMs, mode: st.mode });
      }
    }
  };
  walk(dir);
  return out;
}

/** Makes mtimes old, so a rewrite would show even on coarse-timestamp file systems. */
export function ageFiles(dir: string): void {
  const old = new Date(Date.now() - 3600_000);
  for (const rel of snapshot(dir).keys()) fs.utimesSync(path.join(dir, rel), old, old);
}

export const lines = (s: string) => s.split('\n').filter((l) => l !== '');

/** stderr without the closing summary line ("3 files: …", "2 files, no findings"): the errors alone. */
export const errorsOf = (r: Pick<Run, 'stderr'>) => r.stderr.replace(/^\d+ (?:file|record)s?[:,] .*\n/gm, '');
