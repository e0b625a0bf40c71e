// Cleans a folder of pages with the built CLI (default clean or `strip`, metadata dropped) and scores the output
// against a gold folder with the benchmark's scorer (../shared/eval/score.py): what layouts.mjs and
// heldout.mjs both do.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SCORER = resolve(here, '../../shared/eval/score.py');
export const CLI = join(here, '../dist/cli.js');

/** Returns score.py's figures for the output (f1, precision, recall, …) and the table it printed. */
export function cleanAndScore({ input, gold, out, cli = CLI, bootstrap = 50, perPage, strip }) {
  const c = spawnSync(process.execPath, [cli, 'clean', input, '--out', out, '--metadata', 'drop', '-q', ...(strip ? ['--strip', strip] : [])], { encoding: 'utf8' });
  if (c.status !== 0) throw new Error(c.stdout + c.stderr);
  const json = `${out}.score.json`;
  const s = spawnSync('python3', [SCORER, gold, out, '--input', input, '--json', json, '--n-bootstrap', String(bootstrap), ...(perPage ? ['--per-page', perPage] : [])], { encoding: 'utf8' });
  if (s.status !== 0) throw new Error(s.stdout + s.stderr);
  // score.py keys its figures by the output folder.
  return { figures: JSON.parse(readFileSync(json, 'utf8'))[out], table: s.stdout };
}
