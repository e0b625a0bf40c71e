// Inner loop for rule work: cleans the evaluation pages with the engine in-process, then scores them.
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { clean } from '../src/core';

const evalDir = process.env.CHAFF_EVAL ?? '../shared/eval';
const out = process.env.CHAFF_EVAL_OUT ?? mkdtempSync(join(tmpdir(), 'chaff-eval-'));
const t0 = performance.now();
let bytes = 0;
for (const f of readdirSync(join(evalDir, 'input'))) {
  const text = readFileSync(join(evalDir, 'input', f), 'utf8');
  bytes += text.length;
  writeFileSync(join(out, f), clean(text, { metadata: 'drop' }).text);
}
const ms = performance.now() - t0;
console.log(`engine: ${(bytes / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms (${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s); output in ${out}`);
spawnSync('python3', [join(evalDir, 'score.py'), join(evalDir, 'gold'), out, '--input', join(evalDir, 'input'), ...process.argv.slice(2)], { stdio: 'inherit' });
