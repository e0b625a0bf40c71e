import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MORE, cards } from '../../../bench/cards.mjs';
import { clean } from '../../../src/core';

// Most news sites end a page with cards of other stories under a heading ("More stories", "Weitere
// Nachrichten"): each a headline over its summary, the first sentence or two of that story. The
// summaries are full sentences, and a headline may read as one; under such a heading they are no
// paragraphs of the article.

const kept = (text: string) => new Set(clean(text, { metadata: 'drop' }).text.split('\n'));
const page = (...parts: string[][]) => parts.flat().join('\n');
const spaced = (ls: string[]) => ls.flatMap((l) => [l, '']);

const head = ['Home', 'News', 'Sport', '', 'Council approves budget for harbour repairs after long debate', 'By Jane Doe', 'Published March 11, 2024 at 9:15 a.m.', ''];
const article = [
  'The town council approved on Monday a budget of 4.2 million euros for the repair of the harbour wall, which was damaged in the storms of last winter and has been closed to the public since January.',
  'The works will start in May and should take about eight months, the mayor said, adding that the fishing fleet would be able to use the eastern quay throughout the works.',
  'Opposition councillors voted against the plan, arguing that the cost had nearly doubled since the first estimate and that the tender had been rushed through without enough competition.',
];
const foot = ['', 'About us', 'Contact', 'Privacy', '© 2024 Coast Weekly'];
// (The second headline reads as prose: it has as many stop words as a sentence, and no end.)
const teasers: [string, string][] = [
  ['Police investigate break-in at primary school', 'Police are appealing for witnesses after thieves broke into a primary school on the edge of town overnight and took laptops and tablets worth several thousand euros.'],
  ['What the closure of the old bridge will mean for all of us in the town', 'The old bridge will close for repairs from June, and drivers will have to take a detour of about twelve kilometres through the villages to the north.'],
  ['Fishermen warn of falling catches in the bay', 'Fishermen in the bay say their catches have fallen by half in two years and blame the warmer water and the trawlers that work the edge of the zone.'],
];

describe('cards of other stories under the article', () => {
  for (const style of ['spaced', 'packed'] as const) {
    it(`strips the cards under "More stories" (${style}), a headline that reads as a sentence among them`, () => {
      const block = teasers.flatMap(([h, s]) => (style === 'packed' ? [h, s, ''] : [h, '', s, '']));
      const text = page(head, spaced(article), ['More stories', ''], block, foot);
      const out = kept(text);
      for (const p of article) expect(out).toContain(p);
      for (const [h, s] of teasers) {
        expect(out).not.toContain(h);
        expect(out).not.toContain(s);
      }
    });
  }
});

/**
 * One of our pages with cards under its article, their summaries from the next page of its folder (as
 * in the layouts bench): the laid-out text, the page as written and its gold.
 */
function withCards(folder: string, name: string, style: 'spaced' | 'packed' | 'bare') {
  const root = join(__dirname, '../../../bench/pages', folder);
  const read = (n: string, ext: string) => readFileSync(join(root, `${n}${ext}`), 'utf8');
  const names = readdirSync(root).filter((f) => f.endsWith('.gold.txt')).map((f) => f.replace(/\.gold\.txt$/, ''));
  const other = names[(names.indexOf(name) + 1) % names.length];
  const gold = read(name, '.gold.txt');
  const original = read(name, '.txt');
  return { text: cards(original, gold, folder.slice(0, 2), { text: read(other, '.txt'), gold: read(other, '.gold.txt') }, style), original, gold };
}

describe('our pages with cards of other stories under the article', () => {
  // Short articles, where the cards' summaries weigh as much as the article: the layouts bench lost them.
  const pages = [
    ['en-web', 'enw-gallery-lanterns'],
    ['en', 'en-brief-watermain'],
    ['fr', 'fr-news-budget'],
    ['it', 'it-breve-teaser'],
    ['es', 'es-news-incendio'],
    ['pt-br', 'ptbr-ptpt-diario-paywall-cirurgias'],
  ];
  for (const [folder, name] of pages) {
    for (const style of ['spaced', 'packed'] as const) {
      it(`keeps ${name}'s article and strips the cards (${style})`, () => {
        const { text, original, gold } = withCards(folder, name, style);
        expect(text).toContain(MORE[folder.slice(0, 2)]);
        const out = kept(text);
        for (const l of gold.split('\n').filter((g) => g.trim())) expect(out).toContain(l);
        const added = text.split('\n').slice(text.split('\n').indexOf(MORE[folder.slice(0, 2)]) + 1).filter((l) => l.trim() && !original.includes(l));
        expect(added.length).toBeGreaterThanOrEqual(6);
        for (const l of added) expect(out).not.toContain(l);
      });
    }
  }
});

describe("a gallery's cards of other galleries under the article", () => {
  // Each card is a title ("Photos: …", which reads as a photo credit), an excerpt and its count of photos.
  const galleries: [string, string][] = [
    ['Photos: the first grape harvest on the hill farms', 'Growers and their families gathered on Saturday to cut the first bunches of the season, and the priest blessed the harvest in the old chapel.'],
    ['Photos: hail covers the roads of the upper valley', 'The hailstorm lasted about fifteen minutes and left the fields white on Wednesday afternoon, and farmers are still counting the damage to the vines.'],
    ['Photos: three hundred old cars fill the main square', 'Cars from the fifties to the eighties stood on show all day on Sunday, and the oldest of them, a 1929 model, drew a crowd until the evening.'],
  ];
  it('strips their excerpts under "More galleries"', () => {
    const block = galleries.flatMap(([t, e], i) => [t, e, `${12 - i} photos`]);
    const text = page(head, spaced(article), ['More galleries'], block, foot);
    const out = kept(text);
    for (const p of article) expect(out).toContain(p);
    for (const [, e] of galleries) expect(out).not.toContain(e);
  });

  it('strips them on our page of a festival gallery and keeps its two paragraphs', () => {
    const dir = join(__dirname, '../../../bench/pages/pt-brief');
    const text = readFileSync(join(dir, 'ptb-galeria-festa-colheita.txt'), 'utf8');
    const gold = readFileSync(join(dir, 'ptb-galeria-festa-colheita.gold.txt'), 'utf8').split('\n').filter((l) => l.trim());
    const out = kept(text);
    for (const l of gold) expect(out).toContain(l);
    const lines = text.split('\n');
    const excerpts = lines.filter((l, i) => /^\d+ fotos$/u.test(lines[i + 1] ?? ''));
    expect(excerpts.length).toBeGreaterThanOrEqual(4);
    for (const e of excerpts) expect(out).not.toContain(e);
  });
});

describe('our short pages with cards of other stories under the article and no heading over them', () => {
  // Briefs of fewer than 150 words of prose: their words alone were too few to tell the cards' topic apart.
  const pages = [
    ['es', 'es-news-vivienda'],
    ['fr', 'fr-news-budget'],
    ['fr', 'fr-office-piscine'],
    ['en', 'en-brief-watermain'],
    ['en-video', 'en-video-highlights-gulls-rovers'],
    ['pl', 'pl-urzad-odpady'],
  ];
  it.each(pages)('keeps %s/%s whole and strips the cards', (folder, name) => {
    const { text, original, gold } = withCards(folder, name, 'bare');
    const out = kept(text);
    for (const l of gold.split('\n').filter((g) => g.trim())) expect(out).toContain(l);
    const added = text.split('\n').filter((l) => l.trim() && !original.includes(l));
    expect(added.length).toBe(6);
    for (const l of added) expect(out).not.toContain(l);
  });
});
