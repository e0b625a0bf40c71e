// Cleans evaluation pages with the built CLI into a temp folder and runs the benchmark's scorer.
//
// Usage: npm run eval [-- --lang en] [--per-page FILE.tsv] [--eval DIR] [--pages-only | --no-pages]
// (--per-page writes the tune half's pages.)
//
// The shared set (../shared/eval) is split into two fixed halves by page id: ids starting with a hex
// digit 0-7 are the "tune" half, 8-f the "check" half. Rules are tuned looking at the tune half only;
// a change that helps it and hurts the check half is overfitting and is dropped. Each half and the
// whole set are scored as `chaff clean` does by default (certain findings stripped) and with
// `--strip suspect`. Then our own pages (bench/pages/<lang>/<name>.txt with <name>.gold.txt) are
// scored per language the same way.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm run eval [-- --lang en] [--per-page FILE.tsv] [--eval DIR] [--pages-only | --no-pages]');
  process.exit(0);
}
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args.splice(i, 1), true) : false;
};
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const evalDir = resolve(option('--eval') ?? '../shared/eval');
const perPage = option('--per-page');
const pagesOnly = flag('--pages-only');
const noPages = flag('--no-pages');
const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'pages');
const STRIPS = ['certain', 'suspect'];

const tmp = mkdtempSync(join(tmpdir(), 'chaff-eval-'));

/** Cleans every file of `input` into tmp/<name>/<strip>, once per strip level; returns those folders. */
function cleanAll(name, input, timed = false) {
  const outs = {};
  for (const strip of STRIPS) {
    const out = join(tmp, name, strip);
    mkdirSync(out, { recursive: true });
    const t0 = performance.now();
    const c = spawnSync(process.execPath, ['dist/cli.js', 'clean', input, '--out', out, '--metadata', 'drop', '--strip', strip], { encoding: 'utf8' });
    if (c.status !== 0) {
      process.stderr.write(c.stdout + c.stderr);
      process.exit(c.status ?? 2);
    }
    if (timed && strip === 'certain') console.log(`cleaned ${input} in ${((performance.now() - t0) / 1000).toFixed(2)} s (CLI process, including start-up)`);
    outs[strip] = out;
  }
  return outs;
}

/** Scores the outputs against a gold folder; returns score.py's JSON keyed by strip level. */
function score(gold, input, outs, extra = []) {
  const json = join(tmp, `score-${Math.random().toString(36).slice(2)}.json`);
  const s = spawnSync('python3', [join(evalDir, 'score.py'), gold, ...STRIPS.map((k) => outs[k]), '--input', input, '--json', json, '--n-bootstrap', '200', ...extra], { encoding: 'utf8' });
  // A language with no page in one half (--lang ja) leaves that half nothing to score.
  if (s.status !== 0 && /at least one data point/.test(s.stderr)) return null;
  if (s.status !== 0) {
    process.stderr.write(s.stdout + s.stderr);
    process.exit(s.status ?? 2);
  }
  const pages = Number(/pages: (\d+)/.exec(s.stdout)?.[1] ?? 0);
  const res = JSON.parse(readFileSync(json, 'utf8'));
  return { pages, byStrip: Object.fromEntries(STRIPS.map((k) => [k, res[outs[k]]])) };
}

const row = (label, r) =>
  r === null
    ? `${label.padEnd(22)}${'0'.padStart(5)}  (no pages)`
    : STRIPS.map((k, i) => {
    const m = r.byStrip[k];
    const name = i === 0 ? label.padEnd(22) + String(r.pages).padStart(5) : ''.padEnd(27);
    return `${name}  ${(k === 'certain' ? 'default' : '--strip suspect').padEnd(15)} ${m.f1.toFixed(3)}  ${m.precision.toFixed(3)}  ${m.recall.toFixed(3)}  ${m.retention_micro.toFixed(3)}`;
  }).join('\n');
const header = `${'set'.padEnd(22)}${'pages'.padStart(5)}  ${'clean'.padEnd(15)} F1     P      R      retention`;

/**
 * Content is never lost silently: how many gold tokens the cleaner dropped, and where. Pages are
 * named from the tune half only: the check half is not looked at page by page.
 */
function reportLoss(file, tune) {
  const [head, ...rows] = readFileSync(file, 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const col = (name) => head.indexOf(name);
  let gold = 0;
  let lost = 0;
  const pages = rows.map((r) => {
    const g = Number(r[col('gold_tokens')]);
    const l = Math.round(g * (1 - Number(r[col('retention')])));
    gold += g;
    lost += l;
    return { id: r[col('id')], lost: l, f1: Number(r[col('f1')]) };
  });
  console.log(`gold tokens dropped: ${lost} of ${gold} (${((100 * lost) / gold).toFixed(1)}%)`);
  const named = pages.filter((p) => tune(p.id));
  console.log('tune half, most gold tokens dropped:', named.sort((a, b) => b.lost - a.lost).slice(0, 5).map((p) => `${p.id.slice(0, 10)} ${p.lost}`).join(', '));
  console.log('tune half, lowest F1:', named.sort((a, b) => a.f1 - b.f1).slice(0, 5).map((p) => `${p.id.slice(0, 10)} ${p.f1.toFixed(2)}`).join(', '));
}

/** The shared set, by half. */
function evalShared() {
  if (!existsSync(join(evalDir, 'score.py'))) {
    console.error(`eval: no scorer at ${evalDir}/score.py (pass --eval DIR)`);
    process.exit(2);
  }
  const input = join(evalDir, 'input');
  const outs = cleanAll('shared', input, true);
  const ids = readdirSync(join(evalDir, 'gold')).filter((f) => f.endsWith('.txt'));
  const halves = [
    ['tune half (ids 0-7)', (id) => /^[0-7]/.test(id)],
    ['check half (ids 8-f)', (id) => /^[89a-f]/i.test(id)],
  ];
  const extra = [...args, '--manifest', join(evalDir, 'manifest.json')];
  console.log(header);
  for (const [label, test] of halves) {
    const gold = join(tmp, `gold-${label.split(' ')[0]}`);
    mkdirSync(gold);
    for (const f of ids.filter(test)) symlinkSync(join(evalDir, 'gold', f), join(gold, f));
    console.log(row(label, score(gold, input, outs, extra)));
  }
  const tsv = perPage ?? join(tmp, 'pages.tsv');
  const all = score(join(evalDir, 'gold'), input, outs, extra);
  console.log(row('all' + (args.includes('--lang') ? ` (${args.slice(args.indexOf('--lang') + 1).join(' ')})` : ''), all));
  spawnSync('python3', [join(evalDir, 'score.py'), join(evalDir, 'gold'), outs.certain, '--n-bootstrap', '1', '--per-page', tsv, ...extra], { encoding: 'utf8' });
  if (existsSync(tsv)) {
    reportLoss(tsv, halves[0][1]);
    // The per-page file keeps the tune half's rows only.
    const [head, ...rows] = readFileSync(tsv, 'utf8').trim().split('\n');
    writeFileSync(tsv, [head, ...rows.filter((r) => halves[0][1](r))].join('\n') + '\n');
  }
}

/** Our own pages, per language. */
function evalPages() {
  if (!existsSync(join(evalDir, 'score.py'))) return;
  const langs = readdirSync(pagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(pagesDir, d.name)).some((f) => f.endsWith('.gold.txt')))
    .map((d) => d.name)
    .sort();
  console.log(`\nown pages (bench/pages)\n${header}`);
  for (const lang of langs) {
    const src = join(pagesDir, lang);
    const input = join(tmp, `pages-${lang}-input`);
    const gold = join(tmp, `pages-${lang}-gold`);
    mkdirSync(input);
    mkdirSync(gold);
    for (const f of readdirSync(src)) {
      if (f.endsWith('.gold.txt')) copyFileSync(join(src, f), join(gold, f.replace(/\.gold\.txt$/, '.txt')));
      else if (f.endsWith('.txt')) copyFileSync(join(src, f), join(input, f));
    }
    const outs = cleanAll(`pages-${lang}`, input);
    console.log(row(lang, score(gold, input, outs)));
  }
}

try {
  if (!pagesOnly) evalShared();
  if (!noPages && existsSync(pagesDir)) evalPages();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
