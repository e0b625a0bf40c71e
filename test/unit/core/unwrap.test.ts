import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clean, convergedCleanEdits } from '../../../src/core';
import { applyEdits } from '../../../src/core/clean';
import { unwrap } from '../../../src/core/unwrap';
import { wrap } from '../../../bench/wrap.mjs';

// Text broken at a fixed width, as lynx, w3m and html2text write it: each paragraph a run of full lines.

const P = (topic: string) =>
  `The council said on Tuesday that the ${topic} would be reviewed again next year, after residents complained about the cost and the delays that followed. A decision is expected in the spring, when the new budget is set.`;
const article = ['Home', 'News', 'Sport', '', 'Harbour wall to be rebuilt after winter storms', '', P('harbour wall'), '', P('sea front'), '', 'Share this article', 'Facebook', 'X'].join('\n');

const pagesRoot = join(__dirname, '../../../bench/pages');
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

describe('text wrapped at a fixed width', () => {
  it('is read as logical lines: each paragraph one line, mapped back to the lines of the file', () => {
    const wrapped = wrap(article, 72);
    const u = unwrap(wrapped.split('\n'), 0);
    expect(u).not.toBeNull();
    const logical = u!.text.split('\n');
    expect(logical).toContain(P('harbour wall'));
    const at = logical.indexOf(P('sea front'));
    const physical = wrapped.split('\n');
    expect(physical.slice(u!.first[at], u!.last[at] + 1).join(' ')).toBe(P('sea front'));
    // Menus and short lines stay lines of their own.
    expect(logical.slice(0, 3)).toEqual(['Home', 'News', 'Sport']);
  });

  it('is not seen in a paragraph a line, with or without blank lines between, nor in a menu', () => {
    expect(unwrap(article.split('\n'), 0)).toBeNull();
    expect(unwrap(article.split('\n').filter(Boolean), 0)).toBeNull();
    expect(unwrap(Array.from({ length: 40 }, (_, i) => `Section number ${i} of the site, all of it`), 0)).toBeNull();
    for (const lang of ['de', 'fr', 'es']) {
      for (const f of readdirSync(join(pagesRoot, lang)).filter((n) => !n.endsWith('.gold.txt'))) {
        expect(unwrap(readFileSync(join(pagesRoot, lang, f), 'utf8').split('\n'), 0), f).toBeNull();
      }
    }
  });

  it('gives findings on the lines of the file, whole', () => {
    const wrapped = wrap(article, 60);
    const a = analyze(wrapped);
    expect(a.doc.text).toBe(wrapped);
    for (const f of a.findings) {
      expect(a.doc.offsets[f.line - 1]).toBe(f.start);
      expect(a.doc.offsets[f.endLine - 1] + a.doc.lines[f.endLine - 1].length).toBe(f.end);
    }
    const out = clean(wrapped, { metadata: 'drop' }).text;
    expect(out).toBe(wrap(['Harbour wall to be rebuilt after winter storms', '', P('harbour wall'), '', P('sea front')].join('\n'), 60));
  });

  // Our own pages wrapped at 78 columns: a clean keeps every line of their gold bodies, wrapped alike.
  for (const lang of ['de', 'fr', 'es', 'pt', 'it', 'ru']) {
    it(`keeps every line of the wrapped ${lang} pages`, () => {
      const lost: string[] = [];
      for (const f of readdirSync(join(pagesRoot, lang)).filter((n) => n.endsWith('.gold.txt'))) {
        const input = wrap(readFileSync(join(pagesRoot, lang, f.replace(/\.gold\.txt$/, '.txt')), 'utf8'), 78);
        const kept = new Set(lines(clean(input, { metadata: 'drop' }).text));
        for (const l of lines(wrap(readFileSync(join(pagesRoot, lang, f), 'utf8'), 78))) if (!kept.has(l)) lost.push(`${f}: ${l}`);
      }
      expect(lost).toEqual([]);
    });
  }
});

describe('a clean of wrapped text', () => {
  const para = fc.constantFrom(P('harbour wall'), P('budget'), `${P('ferry')} ${P('bridge')}`, 'The mayor said she would not stand again.', 'Read more', 'Share this article', 'Advertisement', 'Home', 'By Jane Doe', '© 2024 Outlet Media. All rights reserved.', 'Most Popular Articles', '');
  const doc = fc.record({ paras: fc.array(para, { maxLength: 24 }), width: fc.integer({ min: 45, max: 100 }), crlf: fc.boolean() });
  it('is idempotent, is what the editor writes, and names only whole lines of the file', () => {
    fc.assert(
      fc.property(doc, ({ paras, width, crlf }) => {
        const text = wrap(paras.join('\n'), width).replace(/\n/g, crlf ? '\r\n' : '\n');
        const once = clean(text, { metadata: 'drop' }).text;
        expect(clean(once, { metadata: 'drop' }).text).toBe(once);
        const a = analyze(text);
        expect(applyEdits(text, convergedCleanEdits(a, 'drop', 'certain', (t) => analyze(t)))).toBe(once);
        for (const f of a.findings) expect([a.doc.offsets[f.line - 1], a.doc.offsets[f.endLine - 1] + a.doc.lines[f.endLine - 1].length]).toEqual([f.start, f.end]);
      }),
      { numRuns: 500 },
    );
  });
});
