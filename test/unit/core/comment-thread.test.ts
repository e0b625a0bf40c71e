import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THREAD, commented } from '../../../bench/comments.mjs';
import { clean } from '../../../src/core';

// Blogs and news sites print readers' comments under the article: each its author's name (or "<name>
// says:"), its date and time, its text and a "Reply" button, often under a heading with the count. A comment is no
// paragraph of the article, even the first, with only its name and stamp between it and the article.

const kept = (text: string) => new Set(clean(text, { metadata: 'drop' }).text.split('\n'));
const page = (...parts: string[][]) => parts.flat().join('\n');
const spaced = (ls: string[]) => ls.flatMap((l) => [l, '']);

const head = ['Council approves budget for harbour repairs after long debate', 'By Jane Doe', 'Published March 11, 2024 at 9:15 a.m.', ''];
const article = [
  'The town council approved on Monday a budget of 4.2 million euros for the repair of the harbour wall, which was damaged in the storms of last winter and has been closed to the public since January.',
  'The works will start in May and should take about eight months, the mayor said, adding that the fishing fleet would be able to use the eastern quay throughout the works.',
  'Opposition councillors voted against the plan, arguing that the cost had nearly doubled since the first estimate and that the tender had been rushed through without enough competition.',
];
const comment = 'About time too. The wall has been falling apart for years and nobody did anything until the storms came.';
const foot = ['', 'About us', 'Contact', 'Privacy', '© 2024 Coast Weekly'];

describe('a comment thread under the article', () => {
  // A name with an initial ends in a full stop; it is a name all the same.
  for (const name of ['Mark T.', 'J. R. Hollis', 'harbour_fan']) {
    it(`strips the first comment, by "${name}", with no heading over the thread`, () => {
      const text = page(head, spaced(article), [name, 'March 12, 2024 at 7:15 pm', comment, 'Reply', ''], foot);
      const out = kept(text);
      for (const p of article) expect(out).toContain(p);
      expect(out).not.toContain(comment);
      expect(out).not.toContain(name);
    });
  }

  const second = 'I walk there every morning, and the quay has been fenced off since January, which is a shame for the older people who sat there.';
  it('strips a first comment of two paragraphs, its name, date and paragraphs spaced by blank lines', () => {
    const text = page(head, spaced(article), spaced(['Mark T.', 'March 12, 2024 at 7:15 pm', comment, second, 'Reply']), foot);
    const out = kept(text);
    for (const p of article) expect(out).toContain(p);
    for (const l of ['Mark T.', comment, second]) expect(out).not.toContain(l);
  });

  // Other systems' threads: the buttons under the comment ("Like · Reply"), the stamp on the name's line
  // or among the buttons under the comment.
  const threads: [string, string[]][] = [
    ['its buttons "Like · Reply" under it', ['Mark Taylor', '3 hours ago', comment, 'Like · Reply', '', 'Sarah King', '2 hours ago', second, 'Like · Reply']],
    ['"Gefällt mir Antworten" under it', ['Markus T.', 'vor 3 Stunden', comment, 'Gefällt mir Antworten', '', 'sabine_k', 'vor 2 Stunden', second, 'Gefällt mir Antworten']],
    ['its name and stamp on one line', ['Mark Taylor 12.03.2024, 19:15', comment, 'Reply', '', 'Sarah King 12.03.2024, 20:15', second, 'Reply']],
    ['its stamp among the buttons under it', ['Mark Taylor', comment, '12 March 2024 at 19:15 · Reply', '', 'Sarah King', second, '12 March 2024 at 20:15 · Reply']],
  ];
  for (const [what, thread] of threads) {
    it(`strips a thread with ${what}`, () => {
      const text = page(head, spaced(article), thread, foot);
      const out = kept(text);
      for (const p of article) expect(out).toContain(p);
      for (const l of [comment, second, thread[0]]) expect(out).not.toContain(l);
    });
  }

  // Our pages with the layout bench's threads (another page's paragraphs as the comments), in each
  // language: every line of the article stays, no comment does.
  const pages = join(__dirname, '../../../bench/pages');
  const read = (name: string, ext: string) => readFileSync(join(pages, `${name}${ext}`), 'utf8');
  const cases: [string, string][] = [
    ['en/en-brief-watermain', 'en/en-business-ipo'],
    ['fr/fr-news-budget', 'fr/fr-news-interview'],
    ['fr/fr-blog-clafoutis', 'fr/fr-blog-velo'],
    ['de/de-blog-balkon', 'de/de-news-deich'],
    ['ja/ja-blog-ryouri', 'ja/ja-local-ringo'],
    // (A knitting pattern's short lines: the comments' paragraphs outweigh them, and still are no article.)
    ['fr/fr-blog-tricot', 'fr/fr-blog-velo'],
  ];
  for (const [name, otherName] of cases) {
    const lang = name.slice(0, 2);
    const gold = read(name, '.gold.txt');
    const other = { text: read(otherName, '.txt'), gold: read(otherName, '.gold.txt') };
    const own = gold.split('\n').filter((l) => l.trim());
    for (const style of ['counted', 'bare', 'blog'] as const) {
      it(`${name}, ${style} thread: keeps the article, strips the comments`, () => {
        const text = commented(read(name, '.txt'), gold, lang, other, style);
        // Each comment's first paragraph: the first line with words under its date.
        const all = text.split('\n');
        const theirs = all.flatMap((l, i) => (THREAD[lang][2].some(([, date]) => l === date) ? [all.slice(i + 1).find((x) => x.trim())!] : []));
        expect(theirs.length).toBe(3);
        const out = kept(text);
        for (const l of own) expect(out).toContain(l);
        for (const l of theirs) expect(out).not.toContain(l);
      });
    }
  }
});
