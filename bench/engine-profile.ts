// A workload to profile the engine with: analyze (or clean) every .txt under the given directories,
// at most LIMIT files, ROUNDS times. Prints the CPU time; run it under `node --cpu-prof`.
// Usage: npx esbuild bench/engine-profile.ts --bundle --platform=node --outfile=out/engine-profile.cjs &&
//        node --cpu-prof --cpu-prof-dir=out/prof out/engine-profile.cjs analyze|clean LIMIT ROUNDS DIR...
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, clean } from '../src/core';

const [mode = 'analyze', limitArg = '1000000', roundsArg = '1', ...dirs] = process.argv.slice(2);
function listFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out);
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}
const texts = dirs.flatMap((d) => listFiles(d)).slice(0, Number(limitArg)).map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + t.length, 0);
let sink = 0;
const c0 = process.cpuUsage();
for (let r = 0; r < Number(roundsArg); r++) for (const t of texts) sink += mode === 'clean' ? clean(t).text.length : analyze(t).findings.length;
const c = process.cpuUsage(c0);
const ms = (c.user + c.system) / 1000;
console.log(`${mode}: ${texts.length} files × ${roundsArg}, ${(bytes / 1e6).toFixed(2)} MB, ${ms.toFixed(0)} ms CPU (${((bytes * Number(roundsArg)) / 1e6 / (ms / 1000)).toFixed(2)} MB/s) ${sink}`);
