// Scores our own pages (bench/pages) laid out as other scrapers write text: as they are, with no
// blank lines, with a blank line after every line, wrapped at 78 columns (lynx, w3m, html2text), and
// with CRLF breaks; with a site's own prose at the top or the end, in English or in the page's own
// language ("local"); and cut to a news brief of 100 words (alone, next to that prose, or over the
// next story, readers' comments or cards), where the body is a small part of the page; with the article written a sentence to a paragraph; with a box of
// other stories set into the article's middle or under it; with the next story, other stories' cards
// or a thread of readers' comments under the article. The same article under another layout should
// come out the same.
//
// Usage: npm run build && node bench/layouts.mjs [--only "site prose at the top"] [--exclude brief] [--cli DIST/cli.js] [--per-page FILE.tsv] [--strip suspect] [--keep DIR]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, cleanAndScore } from './score.mjs';
import { boxed, boxedUnder } from './boxed.mjs';
import { nextStory } from './nextstory.mjs';
import { commented } from './comments.mjs';
import { cards } from './cards.mjs';
import { sentenced } from './sentences.mjs';
import { wrap } from './wrap.mjs';
import { about } from './about.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pagesDir = join(here, 'pages');


// A site's own prose (an "about us" block, a sidebar's welcome) that some pages carry besides the article,
// in English whatever the page's language, or in the page's.
const ABOUT = about('en');

const LAYOUTS = {
  'as written': (t) => t,
  'site prose at the end': (t) => `${t}\n\n${ABOUT}\n`,
  'site prose at the top': (t) => `${ABOUT}\n\n${t}`,
  'no blank lines': (t) => t.split('\n').filter((l) => l.trim()).join('\n'),
  'blank after each line': (t) => t.split('\n').filter((l) => l.trim()).join('\n\n'),
  'wrapped at 78': (t) => wrap(t, 78),
  CRLF: (t) => t.replace(/\n/g, '\r\n'),
  'a sentence to a paragraph': (t, gold) => sentenced(t, gold),
  'a box of other stories in the article': (t, gold, lang) => boxed(t, gold, lang, 'spaced'),
  'the same box, its lines together': (t, gold, lang) => boxed(t, gold, lang, 'packed'),
  'a box of the most read, ranked': (t, gold, lang) => boxed(t, gold, lang, 'ranked'),
  'a box of headlines with their times': (t, gold, lang) => boxed(t, gold, lang, 'dated'),
  'a topic box under the article': (t, gold, lang) => boxedUnder(t, gold, lang, 'packed'),
  'the same box, spaced': (t, gold, lang) => boxedUnder(t, gold, lang, 'spaced'),
  'the same box, no topic': (t, gold, lang) => boxedUnder(t, gold, lang, 'bare'),
  'the next story under the article': (t, gold, lang, other) => nextStory(t, gold, lang, other, false),
  'the next story, labelled': (t, gold, lang, other) => nextStory(t, gold, lang, other, true),
  'the next story, date over headline': (t, gold, lang, other) => nextStory(t, gold, lang, other, true, true),
  "other stories' cards under the article": (t, gold, lang, other) => cards(t, gold, lang, other, 'spaced'),
  'the same cards, headline over summary': (t, gold, lang, other) => cards(t, gold, lang, other, 'packed'),
  'the same cards, no heading': (t, gold, lang, other) => cards(t, gold, lang, other, 'bare'),
  'a comment thread under the article': (t, gold, lang, other) => commented(t, gold, lang, other, 'counted'),
  'comments under the article, no heading': (t, gold, lang, other) => commented(t, gold, lang, other, 'bare'),
  "a blog's comments, two paragraphs each": (t, gold, lang, other) => commented(t, gold, lang, other, 'blog'),
  'local site prose at the top': (t, gold, lang) => `${about(lang)}\n\n${t}`,
  'local site prose at the end': (t, gold, lang) => `${t}\n\n${about(lang)}\n`,
  'a short article': (t, gold) => shorten(t, gold),
  'a short article, site prose at the top': (t, gold) => {
    const [text, g] = shorten(t, gold);
    return [`${ABOUT}\n\n${text}`, g];
  },
  'a short article, site prose at the end': (t, gold) => {
    const [text, g] = shorten(t, gold);
    return [`${text}\n\n${ABOUT}\n`, g];
  },
  // A brief under which the page goes on with a longer story or thread: the brief must still win.
  'a short article, the next story under it': (t, gold, lang, other) => briefThen(t, gold, (b, g) => nextStory(b, g, lang, other, false)),
  'a short article, the next story labelled': (t, gold, lang, other) => briefThen(t, gold, (b, g) => nextStory(b, g, lang, other, true)),
  'a short article, comments under it': (t, gold, lang, other) => briefThen(t, gold, (b, g) => commented(b, g, lang, other, 'bare')),
  "a short article, a blog's comments": (t, gold, lang, other) => briefThen(t, gold, (b, g) => commented(b, g, lang, other, 'blog')),
  'a short article, cards under it': (t, gold, lang, other) => briefThen(t, gold, (b, g) => cards(b, g, lang, other, 'bare')),
};

/** The page cut to a brief, then laid out by `f` (which keeps the brief's gold). */
function briefThen(t, gold, f) {
  const [text, g] = shorten(t, gold);
  return [f(text, g), g];
}

/** Words a short article (a news brief) keeps of the body. */
const BRIEF_WORDS = 100;

/**
 * The page with its article cut to a news brief: the body's lines after its first BRIEF_WORDS words
 * are taken out of the page and the gold, the site's chaff stays. The body must still be found when
 * it is a small part of the page.
 */
function shorten(t, gold) {
  const lines = t.split('\n');
  const wanted = gold.split('\n').filter((l) => l.trim());
  const drop = new Set();
  const kept = [];
  let words = 0;
  let at = 0;
  for (const g of wanted) {
    let k = at;
    while (k < lines.length && lines[k].trim() !== g.trim()) k++;
    if (k === lines.length) {
      // Not found as a line of its own (wrapped or joined): the rest of the body stays as it is.
      if (words >= BRIEF_WORDS) return [t, gold];
      kept.push(g);
      continue;
    }
    at = k + 1;
    if (words >= BRIEF_WORDS) drop.add(k);
    else kept.push(g);
    words += g.split(/\s+/u).filter(Boolean).length;
  }
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (drop.has(i)) {
      // The blank line after a dropped paragraph goes with it.
      if (i + 1 < lines.length && !lines[i + 1].trim()) i++;
      continue;
    }
    out.push(lines[i]);
  }
  return [out.join('\n'), kept.join('\n\n') + '\n'];
}

const argv = process.argv.slice(2);
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const only = opt('--only');
// Folders of pages to leave out ("brief" leaves out the news briefs), to compare with figures of fewer pages.
const exclude = opt('--exclude') ? new RegExp(opt('--exclude')) : null;
const cli = opt('--cli') ? resolve(opt('--cli')) : CLI;
const strip = opt('--strip');

const pages = readdirSync(pagesDir)
  .filter((d) => /^(?!src$)[a-z]{2,3}(?:-[a-z]+)?$/.test(d) && !exclude?.test(d))
  .flatMap((lang) => readdirSync(join(pagesDir, lang)).filter((f) => f.endsWith('.gold.txt')).map((f) => ({ lang, name: f.replace(/\.gold\.txt$/, '') })));

/** The page after this one in its folder (the first after the last): the next story of the same site's language. Read once per page. */
const neighbours = new Map();
function neighbour(p) {
  if (!neighbours.has(p)) {
    const same = pages.filter((q) => q.lang === p.lang);
    const q = same[(same.indexOf(p) + 1) % same.length];
    const read = (ext) => readFileSync(join(pagesDir, q.lang, `${q.name}${ext}`), 'utf8');
    neighbours.set(p, { text: read('.txt'), gold: read('.gold.txt') });
  }
  return neighbours.get(p);
}

// (--keep DIR leaves each layout's pages and outputs there, to read.)
const keep = opt('--keep');
const tmp = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'chaff-layouts-'));
console.log(`${pages.length} pages of our own, ${Object.keys(LAYOUTS).length} layouts (${strip ? `--strip ${strip}` : 'default clean'}; F1 / P / R)`);
console.log('layout                                  all                    without ja');
for (const [layout, f] of Object.entries(LAYOUTS).filter(([name]) => !only || name === only)) {
  const dir = join(tmp, layout.replace(/\W+/g, '-'));
  const figures = [];
  for (const subset of [pages, pages.filter((p) => !p.lang.startsWith('ja'))]) {
    rmSync(dir, { recursive: true, force: true });
    for (const sub of ['in', 'gold', 'out']) mkdirSync(join(dir, sub), { recursive: true });
    for (const p of subset) {
      const id = `${p.lang}-${p.name}`;
      const gold = readFileSync(join(pagesDir, p.lang, `${p.name}.gold.txt`), 'utf8');
      const laid = f(readFileSync(join(pagesDir, p.lang, `${p.name}.txt`), 'utf8'), gold, p.lang.slice(0, 2), neighbour(p));
      const [text, goldText] = Array.isArray(laid) ? laid : [laid, gold];
      writeFileSync(join(dir, 'in', `${id}.txt`), text);
      writeFileSync(join(dir, 'gold', `${id}.txt`), goldText);
    }
    const m = cleanAndScore({ input: join(dir, 'in'), gold: join(dir, 'gold'), out: join(dir, 'out'), cli, perPage: opt('--per-page'), strip }).figures;
    figures.push([m.f1, m.precision, m.recall].map((x) => x.toFixed(3)).join(' / '));
  }
  console.log(`${layout.padEnd(40)}${figures[0].padEnd(23)}${figures[1]}`);
}
if (!keep) rmSync(tmp, { recursive: true, force: true });
