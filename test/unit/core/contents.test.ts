import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core';

// A table of contents that a blog plugin sets after an article's first paragraphs, and a footer's box
// of links: the page's furniture, while the subheads the contents list stay.
const kept = (text: string) => clean(text, { metadata: 'drop' }).text.split('\n').map((l) => l.trim());
const count = (lines: string[], l: string) => lines.filter((x) => x === l).length;

const MENU = ['Crumb & Ledger', 'Recipes', 'Baking', 'About', 'Contact', ''];
const HEAD = ['How to Rescue a Neglected Rye Starter', '', 'By Mara Quill', 'March 3, 2025', ''];
const INTRO = [
  'If you found a jar of grey, sulky-looking starter at the back of your fridge this week, do not throw it out just yet: it is almost certainly still alive and only needs a few feeds.',
  '',
  'Mine spent most of January forgotten behind a tub of yoghurt while we were away, so I took notes as I brought it back, and here is everything that worked for me.',
  '',
];
const SECTIONS = [
  ['Is it actually dead?', 'It is very hard to kill a mature starter by neglect alone. The dark liquid on top is alcohol, and it simply means the yeast has run out of food for a while.'],
  ['What you will need', 'You need rye flour, water at room temperature, a clean jar and a kitchen scale, because measuring by weight makes the feeding ratios far easier to keep the same.'],
  ['Day one', 'Pour off the liquid, keep a tablespoon of the starter and feed it with equal weights of flour and water, then leave it somewhere warm for the rest of the day.'],
  ['When can I bake with it?', 'Once the starter doubles within six hours of a feed for two days running, it is ready to raise a loaf again, and you can go back to feeding it once a week.'],
];
const BODY = SECTIONS.flatMap(([h, p]) => [h, '', p, '']);
const FOOT = ['', 'Leave a comment', 'Your email address will not be published.', '', 'Quick Links', 'Recipes', 'Shop', 'Privacy policy'];

describe('a table of contents inside the article', () => {
  it('strips its heading, its toggle and its entries, and keeps every subhead once', () => {
    const toc = ['Table of Contents', 'Toggle', ...SECTIONS.map(([h]) => h)];
    const out = kept([...MENU, ...HEAD, ...INTRO, ...toc, ...BODY, ...FOOT].join('\n'));
    expect(out).not.toContain('Table of Contents');
    expect(out).not.toContain('Toggle');
    for (const [h, p] of SECTIONS) {
      expect(count(out, h)).toBe(1);
      expect(out).toContain(p);
    }
  });

  it('takes numbered entries for the subheads they number', () => {
    const toc = ['Contents', '', ...SECTIONS.map(([h], i) => `${i + 1}. ${h}`), ''];
    const out = kept([...MENU, ...HEAD, ...INTRO, ...toc, ...BODY, ...FOOT].join('\n'));
    expect(out).not.toContain('Contents');
    expect(out.filter((l) => /^\d\. /.test(l))).toEqual([]);
    for (const [h] of SECTIONS) expect(count(out, h)).toBe(1);
  });

  it('keeps a list under a "Contents" line that the body does not repeat', () => {
    const list = ['Contents', 'Rye flour', 'Water at room temperature', 'A clean jar'];
    const out = kept([...MENU, ...HEAD, ...INTRO, ...list, '', ...BODY, ...FOOT].join('\n'));
    for (const l of list.slice(1)) expect(out).toContain(l);
  });
});

describe('a footer\'s box of links', () => {
  it('strips its heading, in several languages, as the page\'s last lines', () => {
    for (const heading of ['Quick Links', 'Useful links', 'Nützliche Links', 'Liens utiles', 'Enlaces de interés']) {
      const out = kept([...MENU, ...HEAD, ...INTRO, ...BODY, heading, 'Our recipes'].join('\n'));
      expect(out).not.toContain(heading);
      for (const [, p] of SECTIONS) expect(out).toContain(p);
    }
  });
});

describe('a box of the quotes an article names', () => {
  const story = [
    'Vantor Semiconductor reported quarterly revenue of $3.4 billion on Wednesday, ahead of the $3.2 billion analysts had expected, as demand for its network chips recovered faster than forecast.',
    '',
    'The company said orders from data-centre customers rose for a third quarter in a row, and it raised its forecast for the full year by about five per cent.',
    '',
  ];
  const box = ['Stocks in this story', 'VNTR', 'Vantor Semiconductor', '84.17', '+7.12 (+9.24%)', 'CRNO', 'Corrin Optics Inc', '22.40', '-0.41 (-1.80%)'];
  const after = [
    'Vantor\'s stock had risen about 38% this year before the report, outpacing the wider index of chipmakers by a wide margin.',
    '',
    'Analysts said the outlook for the second half would depend on how quickly customers worked through the stock they had built up last year.',
  ];

  it('strips it inside the article, names, symbols, prices and changes, and keeps the paragraph it runs into', () => {
    const out = kept([...MENU, 'Vantor beats forecasts as chip orders recover', '', ...story, ...box, ...after].join('\n'));
    for (const l of box) expect(out).not.toContain(l);
    for (const l of [...story, ...after].filter(Boolean)) expect(out).toContain(l);
  });

  it('strips it under its German heading, prices in euros', () => {
    const de = ['Aktien in diesem Artikel', 'Vantor Semiconductor', '78,40 €', '+9,2 %', 'Corrin Optics', '20,75 €', '-1,8 %'];
    const out = kept([...MENU, 'Vantor beats forecasts as chip orders recover', '', ...story, ...de, '', ...after].join('\n'));
    for (const l of de) expect(out).not.toContain(l);
  });

  it('keeps a list under "In this article" that has no figures', () => {
    const list = ['In this article', 'Why the orders came back', 'What the forecast means'];
    const out = kept([...MENU, 'Vantor beats forecasts as chip orders recover', '', ...story, ...list, '', ...after].join('\n'));
    for (const l of list.slice(1)) expect(out).toContain(l);
  });
});

describe('quotes set into an article with no heading over them', () => {
  const para = (t: string) => [t, ''];
  const story = [
    ...para('Chip equipment makers rallied on Tuesday after the largest of them said orders for the coming year were already above its forecast, easing fears of a slowdown.'),
    ...para('Not everyone was convinced. One portfolio manager said the orders were pulled forward by customers who feared new export rules, and might not last.'),
  ];
  const quotes = ['ASMX', 'Asmerdi Tools', '88.14', '+2.90 (+3.40%)', 'KLEV', 'Kleveland Photonics', '211.62', '+9.75 (+4.83%)'];
  const after = para('Among suppliers, Asmerdi Tools gained 3.4% and Kleveland Photonics added almost 5%, their best days since the spring.');

  it('strips two quotes or more, each with its symbol and change', () => {
    const out = kept([...MENU, 'Chip equipment makers rally on strong orders', '', ...story, ...quotes, '', ...after].join('\n'));
    for (const l of quotes) expect(out).not.toContain(l);
    expect(out).toContain(after[0]);
  });

  it('keeps a single symbol and figure in the text', () => {
    const one = ['ASMX', 'Asmerdi Tools', '88.14', '+2.90 (+3.40%)'];
    const out = kept([...MENU, 'Chip equipment makers rally on strong orders', '', ...story, ...one, '', ...after].join('\n'));
    expect(out).toContain('+2.90 (+3.40%)');
  });
});

describe('a pull quote in curly quotes over a paragraph in straight ones', () => {
  it('is left for review as a pull quote', () => {
    const text = [...MENU, 'The freeze bought time. Did it buy anything else?', '',
      'The idea was to buy time while the council rewrote its housing plan. "You can\'t plan a city when the people you\'re planning for keep leaving," one councillor said at the time, and the vote passed easily.', '',
      '“You can’t plan a city when the people you’re planning for keep leaving.”', '',
      'Two years later, the data so far is thin, and both sides of the argument are reading it selectively, economists who studied the freeze say.', ''].join('\n');
    const out = clean(text, { metadata: 'drop' }).text;
    const strict = clean(text, { metadata: 'drop', strip: 'suspect' }).text;
    expect(out).toContain('“You can’t plan a city');
    expect(strict).not.toContain('“You can’t plan a city');
  });
});
