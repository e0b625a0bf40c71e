// Scores our own pages (bench/pages) laid out as other scrapers write text: as they are, with no
// blank lines, with a blank line after every line, wrapped at 78 columns (lynx, w3m, html2text), and
// with CRLF breaks. The same article under another layout should come out the same.
//
// Usage: npm run build && node bench/layouts.mjs [--per-page DIR]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wrap } from './wrap.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pagesDir = join(here, 'pages');
const scorer = resolve(here, '../../shared/eval/score.py');


const LAYOUTS = {
  'as written': (t) => t,
  'no blank lines': (t) => t.split('\n').filter((l) => l.trim()).join('\n'),
  'blank after each line': (t) => t.split('\n').filter((l) => l.trim()).join('\n\n'),
  'wrapped at 78': (t) => wrap(t, 78),
  CRLF: (t) => t.replace(/\n/g, '\r\n'),
};

const pages = readdirSync(pagesDir)
  .filter((d) => /^[a-z]{2}(?:-[a-z]+)?$/.test(d))
  .flatMap((lang) => readdirSync(join(pagesDir, lang)).filter((f) => f.endsWith('.gold.txt')).map((f) => ({ lang, name: f.replace(/\.gold\.txt$/, '') })));

const tmp = mkdtempSync(join(tmpdir(), 'chaff-layouts-'));
console.log(`${pages.length} pages of our own, ${Object.keys(LAYOUTS).length} layouts (default clean; F1 / P / R)`);
console.log('layout                  all                    without ja');
for (const [layout, f] of Object.entries(LAYOUTS)) {
  const dir = join(tmp, layout.replace(/\W+/g, '-'));
  const figures = [];
  for (const subset of [pages, pages.filter((p) => !p.lang.startsWith('ja'))]) {
    rmSync(dir, { recursive: true, force: true });
    for (const sub of ['in', 'gold', 'out']) mkdirSync(join(dir, sub), { recursive: true });
    for (const p of subset) {
      const id = `${p.lang}-${p.name}`;
      writeFileSync(join(dir, 'in', `${id}.txt`), f(readFileSync(join(pagesDir, p.lang, `${p.name}.txt`), 'utf8')));
      writeFileSync(join(dir, 'gold', `${id}.txt`), readFileSync(join(pagesDir, p.lang, `${p.name}.gold.txt`), 'utf8'));
    }
    const c = spawnSync(process.execPath, [join(here, '../dist/cli.js'), 'clean', join(dir, 'in'), '--out', join(dir, 'out'), '--metadata', 'drop', '-q'], { encoding: 'utf8' });
    if (c.status !== 0) throw new Error(c.stderr);
    const json = join(dir, 'score.json');
    const s = spawnSync('python3', [scorer, join(dir, 'gold'), join(dir, 'out'), '--input', join(dir, 'in'), '--json', json, '--n-bootstrap', '50'], { encoding: 'utf8' });
    if (s.status !== 0) throw new Error(s.stdout + s.stderr);
    // score.py keys its figures by the output folder.
    const m = JSON.parse(readFileSync(json, 'utf8'))[join(dir, 'out')];
    figures.push([m.f1, m.precision, m.recall].map((x) => x.toFixed(3)).join(' / '));
  }
  console.log(`${layout.padEnd(24)}${figures[0].padEnd(23)}${figures[1]}`);
}
rmSync(tmp, { recursive: true, force: true });
