// `npm run bench`: the engine's speed against the machine's read floor, the CLI over 100,000 files,
// the corpus index, the editor's latency, scaling and pathological inputs, as one table of medians
// with min and max. Corpora are generated once under $CHAFF_BENCH_DIR (default /tmp/chaff-bench):
// 100,000 articles (the index's corpus, as bench/corpus.mjs makes it) and 30,000 more from another
// seed, over 300 MB together. Figures are printed, never asserted; on a shared machine they vary
// from run to run, so read medians and compare within one run.
// Usage: npm run bench [-- --reps N] [--only engine,cli,index,editor,patho,activation]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'out/bench');
const DATA = process.env.CHAFF_BENCH_DIR ?? path.join(os.tmpdir(), 'chaff-bench');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const reps = Number(arg('--reps', '3'));
const only = new Set(arg('--only', 'engine,cli,index,editor,patho,activation').split(','));

if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' }).status !== 0) throw new Error('npm run build failed');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', define: { __CHAFF_ENGINE__: '"bench"' } };
await esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'bench/corpus-bench.ts')], outfile: path.join(OUT, 'bench.js') });
await esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'src/host/worker.ts')], outfile: path.join(OUT, 'worker.js') });
await esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'bench/engine.ts')], outfile: path.join(OUT, 'engine.js') });

const node = (script, args, opts = {}) => {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  if (r.status !== 0 && !opts.anyStatus) throw new Error(`${path.basename(script)} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return r;
};
const json = (r) => JSON.parse(r.stdout.trim().split('\n').pop());

/** A corpus of n articles from seed, made once (a marker file says it is complete). */
function corpus(name, n, seed) {
  const dir = path.join(DATA, name);
  const marker = path.join(dir, '.generated.json');
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    console.error(`[bench] generating ${n} articles in ${dir}…`);
    const g = json(node(path.join(OUT, 'bench.js'), ['gen', dir, String(n), String(seed)]));
    fs.writeFileSync(marker, JSON.stringify(g));
  }
  return dir;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { med: s[s.length >> 1], min: s[0], max: s[s.length - 1] };
};
const rows = [];
const f1 = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
/** A row of figures (one per run), shown as median, min and max. */
const row = (section, what, xs, unit, goal = '') => {
  const s = stats(xs);
  rows.push([section, what, `${f1(s.med)} ${unit}`, `${f1(s.min)}–${f1(s.max)}`, String(xs.length), goal]);
};
const wall = (fn) => {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
};
const big = corpus('corpus-100000', 100_000, 1);
const extra = corpus('extra-30000', 30_000, 2);
const mb = (b) => b / 1048576;

if (only.has('engine')) {
  console.error('[bench] engine throughput, one core…');
  const t = json(node(path.join(OUT, 'engine.js'), ['throughput', String(reps), big, extra]));
  const size = `${t.files} files, ${f1(mb(t.bytes))} MB`;
  const rate = (ms) => ms.map((m) => mb(t.bytes) / (m / 1000));
  row('engine, one core', `read + split (the floor), ${size}`, rate(t.ms.floor), 'MB/s');
  row('engine, one core', 'read + analyse', rate(t.ms.analyse), 'MB/s', '≥ half the floor');
  row('engine, one core', 'read + clean', rate(t.ms.clean), 'MB/s', '≥ half the floor');
  row('engine, one core', 'analyse time ÷ floor time', t.ms.analyse.map((m, i) => m / t.ms.floor[i]), '×', '≤ 2×');
  row('engine, one core', 'clean time ÷ floor time', t.ms.clean.map((m, i) => m / t.ms.floor[i]), '×', '≤ 2×');
  const whole = stats(rate(t.ms.analyse)).med;
  for (const [part, s] of Object.entries(t.scaling)) {
    const r = s.ms.map((m) => mb(s.bytes) / (m / 1000));
    row('scaling (analyse)', `${part} of the files (${s.files}, ${f1(mb(s.bytes))} MB): MB/s ÷ whole corpus's`, r.map((x) => x / whole), '×', '≈ 1 (linear)');
  }
}

if (only.has('cli')) {
  console.error('[bench] CLI over 100,000 files, both cores…');
  const cli = path.join(ROOT, 'dist/cli.js');
  const outDir = path.join(DATA, 'clean-out');
  const check = [];
  const cleanOut = [];
  for (let r = 0; r < Math.min(reps, 2); r++) {
    check.push(wall(() => node(cli, ['check', big], { anyStatus: true, stdio: ['ignore', 'ignore', 'pipe'] })));
    fs.rmSync(outDir, { recursive: true, force: true });
    cleanOut.push(wall(() => node(cli, ['clean', big, '--out', outDir], { stdio: ['ignore', 'ignore', 'pipe'] })));
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  row('CLI, 100,000 files (243 MB)', 'check', check, 's');
  row('CLI, 100,000 files (243 MB)', 'clean --out', cleanOut, 's');
}

if (only.has('index')) {
  console.error('[bench] corpus index, 100,000 files…');
  const cache = path.join(DATA, 'index-cache.bin');
  const cold = [];
  const warm = [];
  for (let r = 0; r < Math.min(reps, 2); r++) {
    fs.rmSync(cache, { force: true });
    cold.push(json(node(path.join(OUT, 'bench.js'), ['index', big, cache])).totalMs / 1000);
    warm.push(json(node(path.join(OUT, 'bench.js'), ['index', big, cache])).totalMs / 1000);
  }
  row('index, 100,000 files', 'first index (cold)', cold, 's', '≤ 15 s');
  row('index, 100,000 files', 'second start (warm)', warm, 's', '≤ 1.5 s');
}

if (only.has('editor')) {
  console.error('[bench] editor latency (engine part)…');
  const e = json(node(path.join(OUT, 'engine.js'), ['editor', String(reps)]));
  for (const [name, x] of Object.entries(e)) row('editor: findings + marks', `${name} (${x.findings} findings)`, x.ms, 'ms', name.startsWith('100') ? '≤ 5 ms' : '≤ 150 ms, or the size guard (1 MB default)');
}

if (only.has('patho')) {
  console.error('[bench] pathological inputs…');
  const p = json(node(path.join(OUT, 'engine.js'), ['patho', String(reps)]));
  for (const [name, x] of Object.entries(p)) {
    if (name.includes('rules')) row('pathological', `${name}: first file (rules compiled)`, [x.firstMs], 'ms');
    row('pathological', `${name}: analyse`, x.full, 'ms');
    row('pathological', `${name}: full size ÷ half size`, x.full.map((m, i) => m / x.half[i]), '×', '≤ 2 (linear or better)');
  }
}

if (only.has('activation')) {
  console.error('[bench] activation in the real extension host (code-server)…');
  const starts = Math.max(5, reps * 2 + 1);
  const a = json(node(path.join(ROOT, 'bench/activation.mjs'), [String(starts)], { stdio: ['ignore', 'pipe', 'inherit'] }));
  row('editor activation', 'activate() call', a.activate, 'ms');
  if (a.load.length) row('editor activation', 'code loading (the host\'s marks)', a.load, 'ms');
  if (a.total.length) row('editor activation', 'both: what the host reports', a.total, 'ms', '≤ 50 ms');
}

console.log(`\nchaff bench: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, Node ${process.version}, ${reps} runs`);
const head = ['', 'measure', 'median', 'min–max', 'runs', 'goal'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(head));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
