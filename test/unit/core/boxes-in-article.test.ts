import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOXES, MORE_HEADLINES, boxed, boxedUnder } from '../../../bench/boxed.mjs';
import { analyze, clean } from '../../../src/core';

type Style = 'spaced' | 'packed' | 'ranked' | 'dated';
type Under = 'packed' | 'spaced' | 'bare';

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

  it('reads a text that ends right under such a box', () => {
    // (Found by the property test of clean: the box's end was looked for past the last line.)
    const text = 'The council approved the new budget on Tuesday after a long debate, officials said in a statement.\nRead more\n#\n0 A 0\n   ';
    for (const t of [text, `${text}\n`]) expect(keptLines(t)).toContain(text.split('\n')[0]);
    for (const t of [page(head, spaced(before), ['Read also', ...headlines]), page(head, spaced(before), ['Most read', '1', headlines[0], '2', headlines[1], ''])]) {
      expect(keptLines(t)).toContain(before[0]);
    }
  });

  it('does not walk on from a box under the article into the site around it', () => {
    const about = 'Coast Weekly has covered the towns of the bay since 1952 and is owned by a trust that reinvests every penny of profit into local journalism, so that the news stays independent.';
    const text = page(head, spaced([...before, ...after]), ['Read also', '', ...spaced(headlines)], ['Newsletter', 'Subscribe', 'Follow us', 'Facebook', 'Instagram', ''], [about], foot);
    const out = keptLines(text);
    for (const p of [...before, ...after]) expect(out).toContain(p);
    expect(out).not.toContain(about);
    for (const h of headlines) expect(out).not.toContain(h);
  });

  it('strips every headline of a box whose headlines each stand over their time, and keeps the article around it', () => {
    const more = [
      'The mayor rejected the criticism and said the first estimate had not included the damage found by divers in February, when the wall was inspected after the last of the storms of the winter.',
      'The council will publish the full tender documents next week, the mayor said, so that residents can see for themselves how the cost of the works has been worked out and who will carry them out.',
      'Work on the eastern quay is to begin first, so that the ferry can keep its timetable through the summer, and the western part of the wall will follow in the autumn once the season is over.',
    ];
    const box = ['Read also', headlines[0], '2 hours ago', headlines[1], '5 hours ago', headlines[2], 'Yesterday', ''];
    const text = page(head, spaced(before), box, ['The harbour wall after the storm. Photo: Coast Weekly', ''], spaced([...after, ...more]), foot);
    const out = keptLines(text);
    for (const p of [...before, ...after, ...more]) expect(out).toContain(p);
    for (const h of headlines) expect(out).not.toContain(h);
  });
});

describe('our own pages with a box of other stories after the middle paragraph (as the layout bench sets it)', () => {
  const pages = join(__dirname, '../../../bench/pages');
  // Pages whose article the walk stopped at the box, losing what follows, and pages whose box kept
  // its headlines; a newsletter whose subhead ("The numbers, since you asked") stands under the box.
  const cases: [string, Style[]][] = [
    ...['de/de-office-radweg', 'es/es-news-metro', 'fr/fr-blog-tricot', 'de/de-news-deich', 'es/es-news-entrevista', 'de/de-blog-python', 'en-web/enw-newsletter-library', 'en/en-explainer-levy'].map(
      (name): [string, Style[]] => [name, ['spaced', 'packed']],
    ),
    // A list of the most read, a rank over each headline; headlines each over their time ("vor 2 Stunden", "Gestern").
    ['pt/pt-blog-bolo', ['ranked', 'dated']],
    ['ru/ru-blog-dacha', ['ranked']],
    ['pt-br/ptbr-famosos-casamento', ['ranked']],
    ['pl/pl-sport-derby', ['dated']],
    ['pt/pt-tech-celular', ['dated']],
    // (The longer part of the article under such a box, a caption between: the walk up crosses the box.)
    ['de/de-blog-sauerteig', ['dated']],
    ['pl/pl-przepis-pierogi', ['dated']],
    ['en/en-explainer-levy', ['dated']],
    // Headlines each over their time set into the article:
    // - its head (a headline, a byline, a date) inside the span, not above it; the box's last headline over its stamp taken for another article's head;
    ['es/es-news-metro', ['dated']],
    ['pt-br/ptbr-famosos-casamento', ['dated']],
    // - the box's last headline reads as a sentence; the walk up met a headline of the box, not its head;
    ['fr/fr-blog-tricot', ['dated']],
    ['de/de-blog-flammkuchen', ['dated']],
    // - an ad with its own "Learn more" button under the box; a sentence that goes on in a list under the box.
    ['ru-web/ruw-agentstvo-aeroporty', ['dated']],
    ['de/de-news-kita', ['dated']],
    // A list of the most read under a list's fifth item: its items under it were taken for cards, and the span cut to a blank line had no last paragraph to cross the box from.
    ['it/it-lista-borghi', ['ranked']],
    // A newsletter's box of facts under the box ("Books on the list: 63"): its "Key: value" lines were taken for cards.
    ['en-web/enw-newsletter-library', ['ranked']],
    // The body below the box, the walk up crossing it to the article above.
    ['de-web/de-web-rezept', ['spaced']],
    ['pl/pl-przepis-pierogi', ['spaced']],
  ];
  const what: Record<Style, string> = { spaced: 'a blank line after each headline', packed: 'its lines together', ranked: 'ranked as the most read', dated: 'each headline over its time' };
  for (const [name, styles] of cases) {
    for (const style of styles) {
      it(`${name}, ${what[style]}: keeps every line of the article and strips the box`, () => {
        const gold = readFileSync(join(pages, `${name}.gold.txt`), 'utf8');
        const lang = name.slice(0, 2);
        const out = keptLines(boxed(readFileSync(join(pages, `${name}.txt`), 'utf8'), gold, lang, style));
        for (const l of gold.split('\n').filter((x) => x.trim())) expect(out).toContain(l);
        // (The last headline, right over the article's next line, may stay as its subhead.)
        for (const h of BOXES[lang].slice(1, 3)) expect(out).not.toContain(h);
      });
    }
  }
});

describe('a box of headlines under the article, under a topic of the site or none', () => {
  // Five headlines with no paragraph among them, one a question and one "Topic: headline": headlines
  // that read as prose carried the body on over the box.
  const topic = 'Harbour repairs';
  const box = [...headlines, 'Harbour repairs: what the council has promised so far', 'Will the ferry terminal be ready by next summer?'];
  const variants: [string, string[]][] = [
    ['under its topic, packed', [topic, ...box, '']],
    ['under its topic, spaced', spaced([topic, ...box])],
    ['with no topic', [...box, '']],
  ];
  for (const [label, lines] of variants) {
    it(`marks the box ${label} and keeps the article`, () => {
      const text = page(head, spaced([...before, ...after]), lines, foot);
      const out = keptLines(text);
      for (const p of [...before, ...after]) expect(out).toContain(p);
      // (Its first lines, next to the article, may be left for review; the rest is stripped.)
      for (const h of box) expect(findingAt(text, lineOf(text, h))).toBeDefined();
      for (const h of box.slice(2)) expect(out).not.toContain(h);
    });
  }

  const pages = join(__dirname, '../../../bench/pages');
  // Our pages whose box under the article the body ran on over; and two whose last paragraph stands
  // under a list of facts ("Centro: 15,2 %", "Samedi et dimanche : 9 h – 18 h"), which read as a card's head
  // with the box's headlines under it.
  const cases: [string, Under][] = [
    ['fr/fr-office-vaccination', 'spaced'],
    ['es/es-office-obras', 'spaced'],
    ['pt/pt-news-onibus', 'spaced'],
    ['es/es-news-vivienda', 'packed'],
    ['fr/fr-office-piscine', 'packed'],
    ['ja/ja-short-teasers', 'packed'],
  ];
  for (const [name, style] of cases) {
    it(`${name}, ${style}: keeps every line of the article and strips the box`, () => {
      const gold = readFileSync(join(pages, `${name}.gold.txt`), 'utf8');
      const lang = name.slice(0, 2);
      const out = keptLines(boxedUnder(readFileSync(join(pages, `${name}.txt`), 'utf8'), gold, lang, style));
      for (const l of gold.split('\n').filter((x) => x.trim())) expect(out).toContain(l);
      if (lang !== 'ja') for (const h of [...BOXES[lang].slice(1), ...MORE_HEADLINES[lang]]) expect(out).not.toContain(h);
    });
  }
});

describe('a box of bare headlines in an article written with no blank lines', () => {
  const dir = join(__dirname, '../../../bench/pages/pt');
  const gold = readFileSync(join(dir, 'pt-portal-temporal.gold.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const text = readFileSync(join(dir, 'pt-portal-temporal.txt'), 'utf8').split('\n').filter((l) => l.trim()).join('\n');

  it('ends at its last headline: the paragraph and the subhead under it are the article\'s, not cards', () => {
    const out = keptLines(text);
    expect(gold.filter((l) => !out.has(l))).toEqual([]);
    expect(out).not.toContain('Veja como pedir poda de árvore pela Central 156');
  });

  it('a box that opens with cards (headline, summary) still takes its further cards', () => {
    const cards = ['Read also', 'Ferry fares to rise in spring', 'The operator said fuel costs had forced its hand, and that season tickets would keep their price.', 'Library opens on Sundays', 'The town library will open on Sundays from June after a trial drew more readers than expected.'];
    const out = keptLines(page(head, before, cards, after, foot));
    for (const l of cards) expect(out).not.toContain(l);
    for (const l of after) expect(out).toContain(l);
  });
});

describe('an ad set into an article written with no blank lines', () => {
  it('its own button ("Подробнее") under its copy heads no box: the subheads and paragraphs under it are the article\'s', () => {
    const dir = join(__dirname, '../../../bench/pages/ru');
    const text = readFileSync(join(dir, 'ru-spisok-zakony.txt'), 'utf8').split('\n').filter((l) => l.trim()).join('\n');
    const out = keptLines(text);
    const under = text.split('\n').slice(text.split('\n').indexOf('Подробнее') + 1, text.split('\n').indexOf('Подробнее') + 5);
    expect(under[0]).toBe('Новые правила для управляющих компаний');
    for (const l of under) expect(out).toContain(l);
  });
});

// A box whose shape alone does not say it stands in the article: the heading of a box that ends
// articles ("Most read", "Related Articles") over more headlines than such a box holds, or the
// article's own subhead and list under it. What tells is the topic: the paragraphs under the box
// go on with the article's, the next story's do not.
describe('a box of other stories with the article going on under it on the same topic', () => {
  const ranked = ['Most Read', '1. Police investigate break-in at primary school', '2. New cycle lane opens on the coast road next week', '3. Fishermen warn of falling catches in the bay', '4. Storm warning issued for the weekend', '5. School board approves new budget'];
  const questions = [
    'What happens next',
    'When will the harbour wall reopen?',
    'The council expects the harbour wall and its promenade to reopen to the public next spring, once the repairs are finished and inspected.',
    'Who pays for the repairs?',
    'The state covers two thirds of the repair budget for the harbour wall, the council the rest.',
  ];
  const more = [
    'Harbour traders welcomed the budget but said the eight months of repair works on the wall would hurt the summer season, and asked the council for help with the loss.',
    'The mayor said the council would meet the traders of the harbour next week to talk about the works and the quay.',
  ];

  it('keeps the article under a ranked box of the most read, with its subhead and its questions', () => {
    const text = page(head, spaced(before), spaced(ranked), spaced(questions), spaced(more), foot);
    const out = keptLines(text);
    for (const p of [...before, ...questions, ...more]) expect(out).toContain(p);
    for (const h of ranked) expect(out).not.toContain(h);
  });

  it('keeps the article under a box that follows the article\'s own list', () => {
    const list = ['The works include:', 'a new wall of reinforced concrete', 'two ladders for swimmers', 'new lights along the quay'];
    const text = page(head, spaced(before), list, [''], spaced(['Related Articles', ...headlines]), spaced(more), foot);
    const out = keptLines(text);
    for (const p of [...before, ...list, ...more]) expect(out).toContain(p);
    for (const h of headlines.slice(0, -1)) expect(out).not.toContain(h);
  });

  it('does not take in the next story under such a box: its topic is another', () => {
    const next = [
      'A new bakery has opened in the old post office on Main Street, selling sourdough bread, cakes and coffee from seven in the morning every day but Sunday.',
      'Its owner, who trained in Lyon, said she had wanted to open a shop of her own for ten years and chose the town for its market and its tourists.',
    ];
    const text = page(head, spaced(before), spaced(after), spaced(ranked), spaced(next), foot);
    const out = keptLines(text);
    for (const p of [...before, ...after]) expect(out).toContain(p);
    for (const p of next) expect(out).not.toContain(p);
  });
});
