// Scores the metadata the built CLI reads from the hand-made metadata set against its gold:
// the share of fields right, per field and per language, and every wrong field.
// Usage: npm run eval:metadata [-- --dir DIR] [--quiet] [--eval-titles ../shared/eval]
// --pages: the gold in bench/pages-meta (FOLDER--NAME.gold.json, read by hand from our bench pages, a set
// no rule was written for) against bench/pages/FOLDER/NAME.txt (npm run eval:metadata:pages).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const FIELDS = ['title', 'author', 'source', 'published'];
const args = process.argv.slice(2);
const dirIdx = args.indexOf('--dir');
const pages = args.includes('--pages');
const dir = resolve(dirIdx >= 0 ? args[dirIdx + 1] : pages ? 'bench/pages-meta' : 'test/fixtures/metadata');
const quiet = args.includes('--quiet');
const golds = readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort();
// A page set's gold names its page; the fixtures' gold sits beside its text.
const pageOf = (g) => (pages ? join(resolve('bench/pages'), ...g.replace(/\.gold\.json$/, '').split('--')) + '.txt' : join(dir, g.replace(/\.gold\.json$/, '.txt')));

const inputs = pages ? golds.map(pageOf) : [dir];
const run = spawnSync(process.execPath, ['dist/cli.js', 'analyze', ...inputs, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
if (run.status !== 0 && run.status !== 1) {
  console.error(run.stderr || `eval:metadata: the CLI exited with ${run.status} (run npm run build first)`);
  process.exit(2);
}
const found = new Map(JSON.parse(run.stdout).files.map((f) => [resolve(f.path), f.metadata]));

const tally = (m, k, ok) => {
  const t = m.get(k) ?? { right: 0, all: 0 };
  t.all++;
  if (ok) t.right++;
  m.set(k, t);
};
const perField = new Map();
const perLang = new Map();
const wrong = [];
let right = 0;
let all = 0;
for (const g of golds) {
  const gold = JSON.parse(readFileSync(join(dir, g), 'utf8'));
  const name = g.replace(/\.gold\.json$/, '.txt');
  const meta = found.get(pageOf(g));
  if (!meta) {
    console.error(`eval:metadata: no analysis for ${name}`);
    process.exit(2);
  }
  for (const f of FIELDS) {
    const ok = meta[f] === gold[f];
    tally(perField, f, ok);
    tally(perLang, gold.language, ok);
    all++;
    if (ok) right++;
    else wrong.push(`${name}\t${f}\t${JSON.stringify(meta[f])}\t(gold ${JSON.stringify(gold[f])})`);
  }
}
const pct = (t) => `${((100 * t.right) / t.all).toFixed(1)}% (${t.right}/${t.all})`;
console.log(`metadata fields right: ${pct({ right, all })} over ${golds.length} articles`);
console.log('per field:   ' + [...perField].map(([k, t]) => `${k} ${pct(t)}`).join(', '));
console.log('per language: ' + [...perLang].sort().map(([k, t]) => `${k} ${pct(t)}`).join(', '));
if (!quiet && wrong.length) console.log('\nwrong fields:\n' + wrong.join('\n'));

// --eval-titles DIR: how often the title read is the page's own (its HTML <title> in DIR/manifest.json,
// less the site's name after a separator). A check from outside the set, for titles only.
const evalIdx = args.indexOf('--eval-titles');
if (evalIdx >= 0) {
  const evalDir = resolve(args[evalIdx + 1] ?? '../shared/eval');
  const manifest = JSON.parse(readFileSync(join(evalDir, 'manifest.json'), 'utf8'));
  const ev = spawnSync(process.execPath, ['dist/cli.js', 'analyze', join(evalDir, 'input'), '--json'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const titles = new Map(JSON.parse(ev.stdout).files.map((f) => [basename(f.path, '.txt'), f.metadata.title]));
  const norm = (s) => s.toLowerCase().normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
  let ok = 0;
  let none = 0;
  for (const page of manifest) {
    const got = titles.get(page.id);
    if (!got) {
      none++;
      continue;
    }
    const segments = page.title.split(/\s+[|–—-]\s+|\s+::\s+/u).map(norm).filter(Boolean);
    const longest = Math.max(...segments.map((x) => x.length));
    const g = norm(got);
    if (g && norm(page.title).includes(g) && g.length >= 0.6 * longest) ok++;
  }
  console.log(`eval pages: title is the page's own in ${ok} of ${manifest.length} (${((100 * ok) / manifest.length).toFixed(1)}%); no title read in ${none}`);
}
