// Corpus index benchmark: builds the bench bundle, generates a synthetic corpus of each size (kept
// under out/bench/ for reuse), then measures, each in a fresh process: the first index (no cache),
// a second start (cache, nothing changed), and single changed files in a running index. The machine's
// load average is printed too: other work on it slows every figure.
// Figures are printed, never asserted. Usage: node bench/corpus.mjs [10000 100000 …]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'out/bench');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (sizes.length === 0) sizes.push(10_000, 100_000);

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', define: { __CHAFF_ENGINE__: '"bench"' } };
await esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'bench/corpus-bench.ts')], outfile: path.join(OUT, 'bench.js') });
await esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'src/host/worker.ts')], outfile: path.join(OUT, 'worker.js') });

const run = (...args) => {
  const r = spawnSync(process.execPath, [path.join(OUT, 'bench.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench ${args.join(' ')} failed:\n${r.stderr}`);
  if (r.stderr.trim()) console.error(r.stderr.trim().split('\n').slice(0, 5).join('\n'));
  return JSON.parse(r.stdout.trim().split('\n').pop());
};

const s = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`);
for (const n of sizes) {
  const dir = path.join(OUT, `corpus-${n}`);
  const marker = path.join(dir, '.generated.json');
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    const g = run('gen', dir, String(n));
    fs.writeFileSync(marker, JSON.stringify(g));
    console.log(`[bench] generated ${n} articles, ${g.sources} sources, ${g.mb} MB in ${s(g.ms)}`);
  }
  const cache = path.join(OUT, `cache-${n}.bin`);
  fs.rmSync(cache, { force: true });
  const first = run('index', dir, cache);
  const second = run('index', dir, cache);
  const change = run('change', dir, cache);
  console.log(`\n[bench] load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${os.cpus().length} cores`);
  console.log(`[bench] ${n} articles (${first.files} indexed, ${first.sources} sources, ${first.threads} worker threads)`);
  console.log(`  first index:        ${s(first.totalMs)} (walk ${s(first.walkMs)}, read+analyse ${s(first.scanMs)}, evidence ${s(first.evidenceMs)} for ${first.reanalysed} articles), peak RSS ${first.peakRssMB} MB, heap ${first.heapMB} MB`);
  console.log(`  second start:       ${s(second.totalMs)} (walk ${s(second.walkMs)}, cache load ${s(second.cacheLoadMs)}, ${second.cached} cached, ${second.analysed} read), peak RSS ${second.peakRssMB} MB, cache file ${second.cacheMB} MB; then ${s(second.countMs)} counting lines when idle`);
  console.log(`  one changed file:   median ${s(change.changeMedianMs)}, max ${s(change.changeMaxMs)} (read, facts, evidence, duplicates, tree)`);
  console.log(`  first tree paint:   ${s(first.firstPaintMs)} first index, ${s(second.firstPaintMs)} second start (roots + first source); whole tree from the cache ${s(second.cacheTreeMs)}`);
  console.log(`  duplicates:         ${first.duplicateSets} sets (${s(first.duplicatesMs)}); metadata read: ${first.withSource} with source, ${first.dated} dated`);
}
