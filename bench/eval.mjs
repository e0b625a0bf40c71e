// Cleans the shared evaluation pages with the built CLI into a temp folder and runs the benchmark's scorer.
// Usage: npm run eval [-- --per-page FILE.tsv] [--lang en] [--eval DIR]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const evalIdx = args.indexOf('--eval');
const evalDir = resolve(evalIdx >= 0 ? args.splice(evalIdx, 2)[1] : '../shared/eval');
if (!existsSync(join(evalDir, 'score.py'))) {
  console.error(`eval: no scorer at ${evalDir}/score.py (pass --eval DIR)`);
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), 'chaff-eval-'));
try {
  const t0 = performance.now();
  const c = spawnSync(process.execPath, ['dist/cli.js', 'clean', join(evalDir, 'input'), '--out', out, '--metadata', 'drop'], { stdio: 'inherit' });
  const secs = (performance.now() - t0) / 1000;
  if (c.status !== 0) process.exit(c.status ?? 2);
  console.log(`cleaned ${join(evalDir, 'input')} in ${secs.toFixed(2)} s (CLI process, including start-up)`);
  const s = spawnSync('python3', [join(evalDir, 'score.py'), join(evalDir, 'gold'), out, '--input', join(evalDir, 'input'), ...args], { stdio: 'inherit' });
  process.exit(s.status ?? 2);
} finally {
  rmSync(out, { recursive: true, force: true });
}
