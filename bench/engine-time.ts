// Times the engine alone on the shared evaluation pages: analyze of every page, several rounds, the
// fastest round reported. Figures are printed, never asserted.
// Usage: npx esbuild bench/engine-time.ts --bundle --platform=node --outfile=out/engine-time.cjs && node out/engine-time.cjs [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core';

const dir = process.argv[2] ?? '../shared/eval/input';
const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + t.length, 0);
// CPU time of this thread, not wall time: on a loaded machine the wall clock counts the others' work.
let best = Infinity;
for (let round = 0; round < 15; round++) {
  const c0 = process.cpuUsage();
  for (const t of texts) analyze(t);
  const c = process.cpuUsage(c0);
  best = Math.min(best, (c.user + c.system) / 1000);
}
console.log(`analyze: ${texts.length} pages, ${(bytes / 1e6).toFixed(2)} MB, best of 15 rounds ${best.toFixed(1)} ms CPU (${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s)`);
