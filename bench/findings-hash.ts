// The engine's output, hashed: a check that a speed change changed nothing else. For every file of the
// sets below, the JSON of analyze() (each finding's rule, kind, line, endLine, confidence, message,
// start and end; metadata; front matter's end; warnings) and of clean() (text, findings, metadata) is
// hashed; one hash per set and one over all are printed. Run it on the commit before a change and after.
// Usage: npx esbuild bench/findings-hash.ts --bundle --platform=node --outfile=out/findings-hash.cjs && node out/findings-hash.cjs [--per-file OUT.tsv] [DIR...]
// With directories, each is one set (the editor set still follows) instead of the default sets.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, analyzePrepared, clean, prepare } from '../src/core';

const root = resolve(__dirname, '..');
const perFileAt = process.argv.indexOf('--per-file');
const perFileOut = perFileAt >= 0 ? process.argv[perFileAt + 1] : null;
const dirArgs = process.argv.slice(2).filter((a, i, all) => a !== '--per-file' && all[i - 1] !== '--per-file');

function listFiles(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out);
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

const sets: [string, string[]][] = dirArgs.length ? dirArgs.map((d) => [d, listFiles(resolve(d))]) : [
  ['eval', listFiles(resolve(root, '../shared/eval/input'))],
  ['pages', listFiles(join(root, 'bench/pages'))],
  ['samples', listFiles(join(root, 'samples'))],
  ['extra-5000', listFiles(process.env.CHAFF_BENCH_DIR ? join(process.env.CHAFF_BENCH_DIR, 'extra-30000') : '/tmp/chaff-bench/extra-30000').slice(0, 5000)],
];

// What an editor analyses: sample articles one after another (100 KB, as bench/engine.ts makes it),
// then the same text after edits, each analysed after the one before it.
const samples = listFiles(join(root, 'samples')).map((f) => readFileSync(f, 'utf8'));
let long = '';
for (let i = 0; long.length < 100 * 1024; i++) long += samples[i % samples.length] + '\n';
long = long.slice(0, long.lastIndexOf('\n', 100 * 1024) + 1);
const edits = [long, long + 'x', long.replace('\n', ' edited\n'), long.slice(0, 50000) + 'Home\n' + long.slice(50000), long.slice(30000), long.slice(0, 20000) + long.slice(20100)];

const texts = new Map<string, string>(edits.map((t, k) => [`${root}/editor-${k}`, t]));
sets.push(['editor', [...texts.keys()]]);

const all = createHash('sha256');
const rows: string[] = [];
for (const [name, files] of sets) {
  const h = createHash('sha256');
  for (const f of files) {
    const text = texts.get(f) ?? readFileSync(f, 'utf8');
    // Its lines are kept first, in reverse order (prepare's third argument, where it has one), and the
    // analysis hashed reads them back by look-up (and lines of earlier files): kept lines must change
    // nothing. The edited documents below read them back by comparison with the one before.
    const keep = prepare as (t: string, c: undefined, keep: boolean) => ReturnType<typeof prepare>;
    analyzePrepared(keep(text.split('\n').reverse().join('\n'), undefined, true));
    const a = analyzePrepared(keep(text, undefined, true));
    if (JSON.stringify(a.findings) !== JSON.stringify(analyze(text).findings)) console.error(`kept lines changed the findings of ${f}`);
    const c = clean(text);
    const json = JSON.stringify({
      findings: a.findings.map(({ rule, kind, line, endLine, confidence, message, start, end }) => ({ rule, kind, line, endLine, confidence, message, start, end })),
      metadata: a.metadata,
      frontMatterEnd: a.frontMatter?.endLine ?? null,
      warnings: a.warnings ?? null,
      clean: { text: c.text, changed: c.changed, findings: c.findings.length, metadata: c.metadata },
    });
    h.update(f.slice(root.length) + '\0' + json + '\0');
    if (perFileOut) rows.push(`${f}\t${createHash('sha256').update(json).digest('hex').slice(0, 16)}`);
  }
  const d = h.digest('hex');
  all.update(d);
  console.log(`${name.padEnd(11)} ${String(files.length).padStart(5)} files  ${d}`);
}
console.log(`all                     ${all.digest('hex')}`);
if (perFileOut) writeFileSync(perFileOut, rows.join('\n') + '\n');
