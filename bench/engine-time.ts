// Times the engine alone on the shared evaluation pages: analyze of every page, several rounds, the
// fastest round reported (other work on the machine slows the rest). Figures are printed, never asserted.
// Usage: npx esbuild bench/engine-time.ts --bundle --platform=node --outfile=out/engine-time.cjs && node out/engine-time.cjs [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core';

const dir = process.argv[2] ?? '../shared/eval/input';
const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + t.length, 0);
let best = Infinity;
for (let round = 0; round < 15; round++) {
  const t0 = performance.now();
  for (const t of texts) analyze(t);
  best = Math.min(best, performance.now() - t0);
}
console.log(`analyze: ${texts.length} pages, ${(bytes / 1e6).toFixed(2)} MB, best of 15 rounds ${best.toFixed(1)} ms (${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s)`);
