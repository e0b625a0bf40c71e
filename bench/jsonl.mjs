#!/usr/bin/env node
// JSON-lines throughput and memory: `node bench/jsonl.mjs [MB=1024] [command=clean]` pipes MB of
// records ({"id","path","text"} made from the sample articles) through `chaff <command> --jsonl` and
// reads its output, both through pipes; prints MB/s in, and the CLI's peak RSS sampled as the stream
// goes (flat memory: the same at 100 MB as at 1 GB). Figures printed, never asserted. Needs dist/.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const mb = Number(process.argv[2] ?? 1024);
const command = process.argv[3] ?? 'clean';
if (!fs.existsSync(CLI)) throw new Error('run `npm run build` first');

const texts = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.txt')) texts.push({ rel: path.relative(ROOT, p), text: fs.readFileSync(p, 'utf8') });
  }
};
walk(path.join(ROOT, 'samples'));

// The CLI reports its own peak RSS when it exits; /proc gives the RSS as the stream goes.
const script = `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ${JSON.stringify(command)}, '--jsonl', '--quiet']; require(${JSON.stringify(CLI)});`;
const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
let outBytes = 0;
let outLines = 0;
child.stdout.on('data', (d) => {
  outBytes += d.length;
  for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) outLines++;
});
const samples = []; // [MB in, RSS MB]
let inBytes = 0;
const timer = setInterval(() => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    if (m) samples.push([inBytes / 1048576, Number(m[1]) / 1024]);
  } catch {
    // gone
  }
}, 250);

const t0 = performance.now();
const target = mb * 1048576;
let n = 0;
await new Promise((resolve) => {
  const write = () => {
    while (inBytes < target) {
      const t = texts[n % texts.length];
      const line = JSON.stringify({ id: `r${n}`, path: t.rel.replace(/[^/]*$/, `${n}.txt`), text: t.text, crawl: 'bench' }) + '\n';
      n++;
      inBytes += Buffer.byteLength(line);
      if (!child.stdin.write(line)) return child.stdin.once('drain', write);
    }
    child.stdin.end();
    resolve();
  };
  write();
});
const code = await new Promise((resolve) => child.on('exit', resolve));
clearInterval(timer);
const secs = (performance.now() - t0) / 1000;
const maxRss = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
const at = (frac) => samples.filter(([m]) => m >= frac * mb).map(([, r]) => r)[0];
console.log(`chaff ${command} --jsonl: ${n} records, ${(inBytes / 1048576).toFixed(0)} MB in, ${(outBytes / 1048576).toFixed(0)} MB out (${outLines} lines), exit ${code}`);
console.log(`throughput: ${(inBytes / 1048576 / secs).toFixed(1)} MB/s in (${secs.toFixed(1)} s)`);
console.log(`RSS: ${at(0.1)?.toFixed(0)} MB at 10% of the stream, ${at(0.5)?.toFixed(0)} MB at 50%, ${at(0.9)?.toFixed(0)} MB at 90%; peak ${maxRss.toFixed(0)} MB`);
if (code !== 0 || outLines !== n) {
  console.error(stderr.slice(0, 2000));
  process.exit(1);
}
