import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOXES, boxed } from '../../../bench/boxed.mjs';
import { analyze, clean } from '../../../src/core';

// A box of other stories that a news site sets between two paragraphs of the article: its heading
// ("Read also", "Mehr zum Thema") and a few headlines, spaced by the scraper or not, an ad slot
// around it. The article goes on under the box; the box's headlines are chaff.

const keptLines = (text: string) => new Set(clean(text, { metadata: 'drop' }).text.split('\n'));
const page = (...parts: string[][]) => parts.flat().join('\n');
const spaced = (ls: string[]) => ls.flatMap((l) => [l, '']);

const head = ['Home', 'News', 'Sport', 'Business', '', 'Council approves budget for harbour repairs after long debate', '', 'By Jane Doe', ''];
const foot = ['', 'About us', 'Contact', 'Privacy', '© 2024 Coast Weekly'];
const before = [
  'The town council approved on Monday a budget of 4.2 million euros for the repair of the harbour wall, which was damaged in the storms of last winter and has been closed to the public since January.',
  'The works will start in May and should take about eight months, the mayor said, adding that the fishing fleet would be able to use the eastern quay throughout the works.',
];
const after = [
  'Opposition councillors voted against the plan, arguing that the cost had nearly doubled since the first estimate and that the tender had been rushed through without enough competition.',
  'The mayor rejected the criticism and said the first estimate had not included the damage found by divers in February, when the wall was inspected after the last of the storms.',
];
const headlines = ['Police investigate break-in at primary school', 'New cycle lane opens on the coast road next week', 'Fishermen warn of falling catches in the bay'];

const lineOf = (text: string, l: string) => text.split('\n').indexOf(l) + 1;
const findingAt = (text: string, line: number) => analyze(text).findings.find((f) => f.line <= line && f.endLine >= line);

describe('a box of other stories set into the article', () => {
  it('strips a spaced box of headlines and keeps the article under it', () => {
    const text = page(head, spaced(before), spaced(['Read also', ...headlines]), spaced(after), foot);
    const out = keptLines(text);
    for (const p of [...before, ...after]) expect(out).toContain(p);
    // The last headline, over a paragraph, may be the article's next subhead: it stays.
    for (const h of headlines.slice(0, -1)) expect(out).not.toContain(h);
    expect(out).toContain(headlines[2]);
    expect(findingAt(text, lineOf(text, headlines[2]))?.confidence).not.toBe('certain');
  });

  it('takes in the article under a box of headlines whose lines stand together', () => {
    const text = page(head, spaced(before), ['Mehr zum Thema', ...headlines, ''], spaced(after), foot);
    const out = keptLines(text);
    for (const p of [...before, ...after]) expect(out).toContain(p);
    for (const h of headlines.slice(0, -1)) expect(out).not.toContain(h);
  });

  it('crosses a box under an ad slot, and a "Read also" with its headline right under the box', () => {
    const text = page(head, spaced(before), ['Advertisement', '', 'Related', ...headlines.slice(0, 2), '', 'Read also', headlines[2], ''], spaced(after), foot);
    const out = keptLines(text);
    for (const p of [...before, ...after]) expect(out).toContain(p);
    for (const h of headlines) expect(out).not.toContain(h);
  });

  it('keeps an interview question set apart under a "Read also" and its one headline', () => {
    const question = 'People talk a lot about the emptied countryside. Is your film a political one?';
    const answer = 'I did not mean it to be. But when you tell the story of a village that loses its school, everything becomes political, whether you want it or not, and the audience feels that at once.';
    const text = page(head, spaced(before), spaced(['Read also', 'Film festival in the hills breaks its attendance record', question, answer]), spaced(after), foot);
    const out = keptLines(text);
    for (const l of [...before, question, answer, ...after]) expect(out).toContain(l);
  });

  it('does not walk on from a box under the article into the site around it', () => {
    const about = 'Coast Weekly has covered the towns of the bay since 1952 and is owned by a trust that reinvests every penny of profit into local journalism, so that the news stays independent.';
    const text = page(head, spaced([...before, ...after]), ['Read also', '', ...spaced(headlines)], ['Newsletter', 'Subscribe', 'Follow us', 'Facebook', 'Instagram', ''], [about], foot);
    const out = keptLines(text);
    for (const p of [...before, ...after]) expect(out).toContain(p);
    expect(out).not.toContain(about);
    for (const h of headlines) expect(out).not.toContain(h);
  });
});

describe('our own pages with a box of other stories after the middle paragraph (as the layout bench sets it)', () => {
  const pages = join(__dirname, '../../../bench/pages');
  // Pages whose article the walk stopped at the box, losing what follows, and pages whose box kept
  // its headlines; a newsletter whose subhead ("The numbers, since you asked") stands under the box.
  const cases = ['de/de-office-radweg', 'es/es-news-metro', 'fr/fr-blog-tricot', 'de/de-news-deich', 'es/es-news-entrevista', 'de/de-blog-python', 'en-web/enw-newsletter-library', 'en/en-explainer-levy'];
  for (const name of cases) {
    for (const spaced of [true, false]) {
      it(`${name}, ${spaced ? 'a blank line after each headline' : 'its lines together'}: keeps every line of the article and strips the box`, () => {
        const gold = readFileSync(join(pages, `${name}.gold.txt`), 'utf8');
        const lang = name.slice(0, 2);
        const out = keptLines(boxed(readFileSync(join(pages, `${name}.txt`), 'utf8'), gold, lang, spaced));
        for (const l of gold.split('\n').filter((x) => x.trim())) expect(out).toContain(l);
        for (const h of BOXES[lang].slice(0, 3)) expect(out).not.toContain(h);
      });
    }
  }
});
