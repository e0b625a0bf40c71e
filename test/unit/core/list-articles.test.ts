import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core';
import { ownPage } from './own-pages';

const keptLines = (text: string) => new Set(clean(text, { metadata: 'drop' }).text.split('\n').map((l) => l.trim()));
const lost = (folder: string, name: string) => {
  const { text, gold } = ownPage(folder, name);
  const out = keptLines(text);
  return gold.filter((g) => !out.has(g.trim()));
};

// Articles whose body is no run of paragraphs: lists under labels, results, fixtures, a live story's
// posts, a list of helplines. Each page of en-list lost lines before (content-kept runs them all).
describe('articles made of lists', () => {
  it("keeps a roundup's pros and cons under their labels (items that read as headlines)", () => {
    expect(lost('en-list', 'en-list-cordless-vacuums')).toEqual([]);
  });

  it('keeps a list of helplines (names, addresses, "Tel:") under a box of related stories set into the article', () => {
    expect(lost('en-list', 'en-list-flood-how-to-help')).toEqual([]);
  });

  it("keeps a results round-up's scores, table and fixtures", () => {
    expect(lost('en-list', 'en-list-league-results')).toEqual([]);
  });

  it("keeps a live story's posts under a box of key events whose times come first", () => {
    expect(lost('en-list', 'en-list-storm-live')).toEqual([]);
  });
});

describe('a live story under its key events', () => {
  const post = (what: string) => `The council says ${what} and asks residents to stay at home until the wind drops this evening, as more trees are expected to come down across the district.`;
  const keyEvents = ['Key events', '11:58 am', 'Power cuts rise to 48,000 homes', '11:20 am', 'Gust of 93mph at the headland', '10:42 am', 'Schools closed', ''];
  const posts = ['11:58 am', 'Power cuts rise', '', post('power is out in 48,000 homes'), '', 'Share', '11:20 am', 'Strongest gust so far', '', post('a gust of 93mph was recorded'), '', 'Share', '10:42 am', 'Schools closed', '', post('120 schools have closed'), '', 'Share', '10:15 am', 'Ferries cancelled', '', post('no ferry will sail today'), '', 'Share'];
  const text = ['Home', 'News', 'Weather', '', 'Storm live: gusts of 93mph hit the coast', 'By Jane Doe', 'Updated 11:58 am GMT', '', ...keyEvents, ...posts, '', 'About us', 'Contact'].join('\n');

  it('keeps every post, though the key events put their times out of order first', () => {
    const out = keptLines(text);
    for (const p of ['power is out in 48,000 homes', 'a gust of 93mph was recorded', '120 schools have closed', 'no ferry will sail today']) expect(out).toContain(post(p));
  });
});
