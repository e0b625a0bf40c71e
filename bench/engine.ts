// Engine benchmark phases, one per process, each printing one JSON line (run through bench/bench.mjs):
//   throughput REPS DIR...   one core: read+split (the floor), read+analyse, read+clean over every
//                            .txt under DIRs, in turns, REPS times; also the first 1/16 and 1/4 of
//                            the files (scaling)
//   editor REPS              findings and the editor's marks for a 100 KB article and a 5 MB file
//   patho REPS               pathological inputs at half and full size (linear means ratio ≈ 2)
import fs from 'node:fs';
import path from 'node:path';
import { analyze, clean, resolveConfig, type Analysis, type ResolvedConfig } from '../src/core';

const [mode, repsArg, ...dirs] = process.argv.slice(2);
const reps = Math.max(1, Number(repsArg) || 3);

function listFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out);
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

/** A sink the optimiser cannot see through. */
let sink = 0;

type Pass = (text: string) => void;
const passes: Record<string, Pass> = {
  floor: (t) => {
    sink += t.split('\n').length;
  },
  analyse: (t) => {
    sink += analyze(t).findings.length;
  },
  clean: (t) => {
    sink += clean(t).text.length;
  },
};

function timeFiles(files: string[], pass: Pass): number {
  const t0 = performance.now();
  for (const f of files) pass(fs.readFileSync(f, 'utf8'));
  return performance.now() - t0;
}

function throughput() {
  const files = dirs.flatMap((d) => listFiles(d));
  const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
  const out: Record<string, number[]> = { floor: [], analyse: [], clean: [] };
  // Warm-up: the page cache and the JIT see every file once.
  timeFiles(files, passes.floor);
  for (let r = 0; r < reps; r++) for (const k of Object.keys(out)) out[k].push(timeFiles(files, passes[k]));
  // Scaling: the same pass over the first 1/16 and 1/4 of the files, against the whole above.
  const scaling: Record<string, { files: number; bytes: number; ms: number[] }> = {};
  for (const div of [16, 4]) {
    const part = files.slice(0, Math.ceil(files.length / div));
    const ms: number[] = [];
    for (let r = 0; r < reps; r++) ms.push(timeFiles(part, passes.analyse));
    scaling[`1/${div}`] = { files: part.length, bytes: part.reduce((s, f) => s + fs.statSync(f).size, 0), ms };
  }
  return { files: files.length, bytes, ms: out, scaling };
}

/** What the editor draws from an analysis: per finding its group's range and its kind label. */
function marksOf(a: Analysis): number {
  let n = 0;
  for (const f of a.findings) {
    const endLen = a.doc.lines[f.endLine - 1].length;
    const label = f.endLine > f.line ? `‹${f.kind}, ${f.endLine - f.line + 1} lines›` : `‹${f.kind}›`;
    n += endLen + label.length;
  }
  return n;
}

function article(bytes: number): string {
  // Sample articles one after another, as a long scraped page or a concatenated dump would be.
  const samples = listFiles(path.resolve(__dirname, '../../samples')).map((f) => fs.readFileSync(f, 'utf8'));
  let s = '';
  for (let i = 0; s.length < bytes; i++) s += samples[i % samples.length] + '\n';
  return s.slice(0, s.lastIndexOf('\n', bytes) + 1);
}

function timeIt(fn: () => void, n: number): number[] {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return ms;
}

function editor() {
  const out: Record<string, { bytes: number; ms: number[]; findings: number }> = {};
  for (const [name, size] of [['100 KB article', 100 * 1024], ['5 MB file', 5 * 1024 * 1024]] as const) {
    const text = article(size);
    // An editor analyses again after each pause in typing: the text differs by a character each time.
    let k = 0;
    timeIt(() => marksOf(analyze(text + String(k++))), 3);
    const ms = timeIt(() => (sink += marksOf(analyze(text + String(k++)))), size > 1e6 ? reps : reps * 10);
    out[name] = { bytes: text.length, ms, findings: analyze(text).findings.length };
  }
  return out;
}

/** Pathological inputs, each made at a size; linear time means the full size takes twice the half. */
const PATHO: Record<string, { make: (scale: number) => string; config?: (scale: number) => ResolvedConfig }> = {
  'a 10 MB line': { make: (s) => 'word '.repeat((2 * 1024 * 1024 * s) | 0) },
  '1 million short lines': { make: (s) => 'Home\nNews\nA short line here.\n'.repeat(Math.round((1e6 / 3) * s)) },
  '100,000 ©': { make: (s) => '©'.repeat(1e5 * s) + '\n' + '© '.repeat(1e5 * s) + '\n' + '©\n'.repeat(1e5 * s) },
  '20,000 user rules, one article': { make: () => article(4 * 1024), config: (s) => userRulesConfig(2e4 * s) },
};

export function userRulesConfig(n: number): ResolvedConfig {
  const rules = Array.from({ length: n }, (_, i) => ({ id: `user-${i}`, kind: 'other', pattern: `^promo code [a-z]+${i}\\b.*|sponsored by partner ${i}$` }));
  return resolveConfig({ rules }).config;
}

function patho() {
  const out: Record<string, { bytes: number; half: number[]; full: number[]; findings: number; firstMs: number }> = {};
  for (const [name, p] of Object.entries(PATHO)) {
    const run = (scale: number) => {
      const text = p.make(scale);
      const config = p.config?.(scale);
      // The first analysis with a configuration also compiles its rules: timed on its own.
      const [firstMs] = timeIt(() => (sink += analyze(text, { config }).findings.length), 1);
      const ms = timeIt(() => (sink += analyze(text, { config }).findings.length), reps);
      return { text, ms, firstMs, findings: analyze(text, { config }).findings.length };
    };
    const half = run(0.5);
    const full = run(1);
    out[name] = { bytes: full.text.length, half: half.ms, full: full.ms, findings: full.findings, firstMs: full.firstMs };
  }
  return out;
}

const result = mode === 'throughput' ? throughput() : mode === 'editor' ? editor() : mode === 'patho' ? patho() : null;
if (!result) {
  console.error('usage: engine.js throughput REPS DIR... | editor REPS | patho REPS');
  process.exit(2);
}
// The sink is read, so no analysis above can be optimised away.
if (sink === 0) console.error('engine.js: nothing was analysed');
console.log(JSON.stringify(result));
