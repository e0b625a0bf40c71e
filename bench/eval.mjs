// Cleans the shared evaluation pages with the built CLI into a temp folder and runs the benchmark's scorer.
// Usage: npm run eval [-- --per-page FILE.tsv] [--lang en] [--eval DIR]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);

/** Content is never lost silently: how many gold tokens the cleaner dropped, and where. */
function reportLoss(file) {
  const [head, ...rows] = readFileSync(file, 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const col = (name) => head.indexOf(name);
  let gold = 0;
  let lost = 0;
  const pages = rows.map((r) => {
    const g = Number(r[col('gold_tokens')]);
    const l = Math.round(g * (1 - Number(r[col('retention')])));
    gold += g;
    lost += l;
    return { id: r[col('id')], lost: l, f1: Number(r[col('f1')]) };
  });
  console.log(`gold tokens dropped: ${lost} of ${gold} (${((100 * lost) / gold).toFixed(1)}%)`);
  console.log('most gold tokens dropped:', pages.sort((a, b) => b.lost - a.lost).slice(0, 5).map((p) => `${p.id.slice(0, 10)} ${p.lost}`).join(', '));
  console.log('lowest F1:', pages.sort((a, b) => a.f1 - b.f1).slice(0, 5).map((p) => `${p.id.slice(0, 10)} ${p.f1.toFixed(2)}`).join(', '));
}
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
  const userTsv = args.includes('--per-page');
  const tsv = join(out, '..', `${out.split('/').pop()}-pages.tsv`);
  const scoreArgs = userTsv ? args : [...args, '--per-page', tsv];
  const s = spawnSync('python3', [join(evalDir, 'score.py'), join(evalDir, 'gold'), out, '--input', join(evalDir, 'input'), ...scoreArgs], { stdio: 'inherit' });
  const pagesFile = userTsv ? args[args.indexOf('--per-page') + 1] : tsv;
  if (s.status === 0 && existsSync(pagesFile)) reportLoss(pagesFile);
  if (!userTsv) rmSync(tsv, { force: true });
  process.exit(s.status ?? 2);
} finally {
  rmSync(out, { recursive: true, force: true });
}
