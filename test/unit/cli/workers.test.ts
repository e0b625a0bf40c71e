// check, analyze and clean over a folder analyse (and clean) every article on the worker pool: what
// they print, write and exit with must not depend on how many workers there are, nor on which
// finishes first. Each run is compared with the same run on the main thread alone (CHAFF_WORKERS=0)
// and with one worker.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { article, REPEATED } from '../corpus-fixtures';
import { CLI, seedText, snapshot, tmpTree } from './helpers';

/** A corpus with repeated-line evidence, a long article, files that cannot be read and one with a front matter warning, in several folders. */
function corpus(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 14; i++) files[`quayside/${String(i).padStart(2, '0')}.txt`] = article(i, { repeated: REPEATED });
  for (let i = 0; i < 5; i++) files[`elsewhere/${i}.txt`] = article(20 + i, { repeated: REPEATED, source: 'Elsewhere Daily' });
  files['mixed/a-seed.txt'] = seedText();
  // Long enough that its job finishes after the small ones queued behind it.
  files['mixed/b-long.txt'] = Array.from({ length: 60 }, (_, i) => article(i)).join('\n');
  files['mixed/c-binary.txt'] = Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]);
  files['mixed/d-blank.txt'] = '\n  \n';
  files['mixed/e-front.txt'] = `---\ntitle: [unclosed\n---\n${article(40)}`;
  files['mixed/f-bad-utf8.txt'] = Buffer.concat([Buffer.from(article(41)), Buffer.from([0xc3, 0x28])]);
  return files;
}

function run(args: string[], cwd: string, workers: string | null) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.CHAFF_WORKERS;
  if (workers !== null) env.CHAFF_WORKERS = workers;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command run on a fresh copy of the corpus with 0, 1 and the default number of workers. */
function acrossWorkers(args: string[]) {
  return [null, '1', '0'].map((workers) => {
    const dir = tmpTree(corpus());
    const r = run(args, dir, workers);
    return { ...r, stderr: r.stderr.replaceAll(dir, '<dir>'), tree: snapshot(dir) };
  });
}

const contents = (tree: ReturnType<typeof snapshot>) => new Map([...tree].map(([k, v]) => [k, v.bytes.toString('base64')]));

describe('the worker pool changes nothing a run prints or writes', () => {
  for (const args of [['check', '.'], ['check', '.', '--format', 'json'], ['analyze', '.'], ['check', 'quayside', 'mixed/a-seed.txt', 'mixed/c-binary.txt', '--format', 'sarif']]) {
    test(args.join(' '), () => {
      const [pool, one, main] = acrossWorkers(args);
      // Findings of the repeated line, the seed's chaff, and the unreadable files reported.
      expect(main.stdout).toContain(args.includes('quayside') || args[1] === '.' ? 'repeated-line' : '');
      expect(main.stderr).toContain('c-binary.txt');
      expect(main.code).not.toBe(0);
      for (const r of [pool, one]) {
        expect(r.stdout).toBe(main.stdout);
        expect(r.stderr).toBe(main.stderr);
        expect(r.code).toBe(main.code);
      }
    });
  }

  for (const args of [['clean', '.'], ['clean', '.', '--out', 'out'], ['clean', '.', '--dry-run'], ['clean', '.', '--metadata', 'sidecar', '--format', 'jsonl'], ['clean', 'quayside', '--metadata', 'drop', '--out', 'plain']]) {
    test(args.join(' '), () => {
      const [pool, one, main] = acrossWorkers(args);
      const written = contents(main.tree);
      // The repeated line is gone from what was written (or from the diff's new side).
      const out = args.includes('--out') ? `${args[args.indexOf('--out') + 1]}/` : '';
      if (args.includes('--dry-run')) expect(main.stdout).toContain(`-${REPEATED}`);
      else expect(Buffer.from(written.get(`${out}${args[1] === 'quayside' ? '' : 'quayside/'}00.txt`)!, 'base64').toString()).not.toContain(REPEATED);
      for (const r of [pool, one]) {
        expect(r.stdout).toBe(main.stdout);
        expect(r.stderr).toBe(main.stderr);
        expect(r.code).toBe(main.code);
        expect(contents(r.tree)).toEqual(written);
      }
    });
  }
});
