import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';
import { ownPage } from './own-pages';

// Share buttons set into the article's middle ("Share this:", "Facebook", "X", "Email") end no
// article when the paragraphs under them keep to its topic.

const kept = (text: string) => new Set(clean(text, { metadata: 'drop' }).text.split('\n'));
const page = (...parts: string[][]) => parts.flat().join('\n');
const spaced = (ls: string[]) => ls.flatMap((l) => [l, '']);
const ruleAt = (text: string, line: string) => {
  const at = text.split('\n').indexOf(line) + 1;
  return analyze(text).findings.find((f) => f.line <= at && f.endLine >= at)?.rule;
};

const menu = ['Home', 'News', 'Sport', 'Business', 'Weather', ''];
const head = ['Council approves budget for harbour repairs after long debate', 'By Jane Doe', 'Published March 11, 2024 at 9:15 a.m.', ''];
const before = [
  'The town council approved on Monday a budget of 4.2 million euros for the repair of the harbour wall, which was damaged in the storms of last winter and has been closed to the public since January.',
  'The works will start in May and should take about eight months, the mayor said, adding that the fishing fleet would be able to use the eastern quay of the harbour throughout the works.',
];
const after = [
  'Opposition councillors voted against the harbour budget, arguing that the cost of the repairs to the wall had nearly doubled since the first estimate and that the tender was rushed.',
  'The mayor said the council had no choice: the wall protects the harbour and the fishing fleet, and a second winter of storms could bring down the part of it that still stands.',
  'The harbour master will publish a timetable of the works and of the closures of the quay each month, starting in April, so that the fleet can plan its landings.',
];
const share = ['Share this:', 'Facebook', 'X', 'Email'];
const foot = ['', 'About us', 'Contact', 'Privacy', '© 2024 Coast Weekly'];

describe('share buttons set into the article', () => {
  it('are stripped, and the paragraphs around them and a link between them kept', () => {
    const text = page(menu, head, spaced(before), spaced(share), spaced([after[0], 'Read more: Ferry operator adds winter sailings to the islands', after[1], after[2]]), foot);
    const out = kept(text);
    for (const p of [...before, ...after]) expect(out).toContain(p);
    for (const s of share) expect(ruleAt(text, s)).toBe('share-line');
  });

  // One of our pages, a tabloid's story with its gallery, an ad slot, "READ MORE" links and an
  // embedded post, with a row of share buttons set after a paragraph in its middle.
  it('end no article of ours when set into its middle', () => {
    const own = ownPage('en-mix', 'en-mix-tabloid-dog');
    const lines = own.text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Rescue volunteer Graham Tulley'));
    expect(at).toBeGreaterThan(0);
    const text = [...lines.slice(0, at + 1), '', ...spaced(share), ...lines.slice(at + 1)].join('\n');
    const out = kept(text);
    for (const g of own.gold) expect(out).toContain(g);
    for (const s of share) expect(out).not.toContain(s);
  });

  // A lone button ("Print") is no row of share buttons: over a recipe's card it ends the article,
  // and the card's head (its title again, rating and times) is no part of it.
  it("do not take in a recipe card's head under a lone Print button", () => {
    const { text, gold } = ownPage('en-mag', 'en-mag-food-bean-chard-stew');
    const out = kept(text);
    for (const g of gold) expect(out).toContain(g);
    for (const l of ['Prep Time', 'Cook Time', '4.8 from 213 ratings']) expect(out).not.toContain(l);
  });
});
