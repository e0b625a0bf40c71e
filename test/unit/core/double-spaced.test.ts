import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';
import { undouble } from '../../../src/core/unwrap';
import { ownPage } from './own-pages';

// Some scrapers put a blank line after every line (each element its own block): the blank lines then
// say nothing of where a paragraph, a menu or a box of teasers ends.

const doubled = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .join('\n\n');
const kept = (text: string) => new Set(text.split('\n').map((l) => l.trim()).filter(Boolean));

describe('text with a blank line after every line', () => {
  it('keeps the article and strips the cards of other videos under it, as when it is written with its own blank lines', () => {
    // A video page: the article, then "Up Next" and eight videos, each a headline, a length, a summary and an age.
    const { text, gold } = ownPage('en-video', 'en-video-river-flood-rescue');
    const out = kept(clean(doubled(text), { metadata: 'drop' }).text);
    for (const g of gold) expect(out, g).toContain(g.trim());
    const asWritten = kept(clean(text, { metadata: 'drop' }).text);
    expect([...out].filter((l) => !asWritten.has(l))).toEqual([]);
  });

  it('strips a menu and a box of headlines under a short article, as with no blank lines', () => {
    const { text, gold } = ownPage('xx-brief', 'ja-brief-shimbun-library');
    const out = kept(clean(doubled(text), { metadata: 'drop' }).text);
    const glued = kept(clean(doubled(text).replace(/\n\n/g, '\n'), { metadata: 'drop' }).text);
    for (const g of gold) expect(out, g).toContain(g.trim());
    expect(out).toEqual(glued);
  });

  it('gives findings on the lines of the file, whole, and cleans to the file less its chaff lines', () => {
    const { text } = ownPage('en-video', 'en-video-river-flood-rescue');
    const file = doubled(text);
    const a = analyze(file);
    expect(a.doc.text).toBe(file);
    expect(a.findings.length).toBeGreaterThan(10);
    for (const f of a.findings) {
      expect(a.doc.offsets[f.line - 1]).toBe(f.start);
      expect(a.doc.offsets[f.endLine - 1] + a.doc.lines[f.endLine - 1].length).toBe(f.end);
      expect(a.doc.lines[f.line - 1].trim()).not.toBe('');
      expect(a.doc.lines[f.endLine - 1].trim()).not.toBe('');
    }
    // Every line of the cleaned text is a line of the file, in the file's order.
    const lines = file.split('\n');
    let at = 0;
    for (const l of clean(file, { metadata: 'drop' }).text.split('\n').filter((x) => x.trim())) {
      at = lines.indexOf(l, at);
      expect(at, l).toBeGreaterThanOrEqual(0);
    }
  });

  it('is read as its lines with the single blank lines left out; two blank lines in a row stay one', () => {
    const file = ['Home', '', 'News', '', '', 'Harbour wall to be rebuilt', '', 'The council said so on Tuesday.', '', 'It will cost more.', ...Array.from({ length: 10 }, (_, i) => ['', `Line ${i}`]).flat()];
    const u = undouble(file, 0);
    expect(u).not.toBeNull();
    const logical = u!.text.split('\n');
    expect(logical.slice(0, 6)).toEqual(['Home', 'News', '', 'Harbour wall to be rebuilt', 'The council said so on Tuesday.', 'It will cost more.']);
    expect([u!.first[1], u!.last[1]]).toEqual([2, 2]);
    expect([u!.first[2], u!.last[2]]).toEqual([3, 4]);
  });

  it('is not seen in text whose blank lines part paragraphs from glued menus and lists: none of our pages as written', () => {
    const root = join(__dirname, '../../../bench/pages');
    let pages = 0;
    for (const folder of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'src')) {
      for (const f of readdirSync(join(root, folder.name)).filter((x) => x.endsWith('.txt') && !x.endsWith('.gold.txt'))) {
        const { text } = ownPage(folder.name, f.replace(/\.txt$/, ''));
        expect(undouble(text.split('\n'), 0), `${folder.name}/${f}`).toBeNull();
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(300);
    // Nor in a short text, where a few single-spaced lines say little.
    expect(undouble(['Title', '', 'One line.', '', 'Two lines.'], 0)).toBeNull();
  });
});
