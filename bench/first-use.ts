// What a new process pays before its first findings: loading the engine and its first analyze() (V8
// compiles each regex the first time it runs), then a second analyze() of the same text for contrast.
// Each figure is the median over several fresh processes, in CPU time; printed, never asserted.
// Usage: npx esbuild bench/first-use.ts --bundle --platform=node --outfile=out/first-use.cjs && node out/first-use.cjs [FILE] [PROCESSES]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const cpu = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

if (process.env.CHAFF_FIRST_USE_CHILD) {
  const text = readFileSync(process.env.CHAFF_FIRST_USE_CHILD, 'utf8');
  let c0 = process.cpuUsage();
  const { analyze } = require('../src/core') as typeof import('../src/core');
  const load = cpu(c0);
  c0 = process.cpuUsage();
  analyze(text);
  const first = cpu(c0);
  c0 = process.cpuUsage();
  analyze(text + '\n');
  const second = cpu(c0);
  console.log(JSON.stringify({ load, first, second }));
} else {
  const file = resolve(process.argv[2] ?? join(__dirname, '../samples/harbour-post/2024-03-12-mayor-interview.txt'));
  const n = Number(process.argv[3] ?? 9);
  const runs: { load: number; first: number; second: number }[] = [];
  for (let i = 0; i < n; i++)
    runs.push(JSON.parse(execFileSync(process.execPath, [__filename], { env: { ...process.env, CHAFF_FIRST_USE_CHILD: file }, encoding: 'utf8' })));
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const show = (k: 'load' | 'first' | 'second') => `${k} ${median(runs.map((r) => r[k])).toFixed(1)} ms`;
  console.log(`first use (median of ${n} processes, CPU): ${show('load')}, ${show('first')}, ${show('second')}`);
}
