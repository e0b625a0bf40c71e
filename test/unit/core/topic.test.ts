import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core';
import { ownPage } from './own-pages';

// Other stories' cards under an article with no heading over them (a headline over a sentence of
// summary, three times) read like the article's own last sections; their words tell them apart.
const kept = (text: string) => clean(text, { metadata: 'drop' }).text.split('\n').map((l) => l.trim());

const HEAD = ['Harbour Courier', 'News', 'Sport', 'Opinion', '', 'Ferry timetable cut as Westmere harbour repairs run late', ''];
const BODY = [
  'The winter ferry timetable between Westmere and Calder Island will lose two of its five daily crossings from next month, because repairs to the harbour wall at Westmere have fallen six weeks behind schedule.',
  'Engineers found more damage to the old stone wall than the survey had shown, and the harbour board says the berth used by the larger ferry cannot reopen until the wall is rebuilt.',
  'Island residents who work in Westmere say the later first crossing will make them late every morning, and the island council has asked the ferry company to lay on a smaller boat at the old berth.',
  'The harbour board expects the repairs to be finished by the end of February, when the full ferry timetable should return, although it says further damage to the wall could delay the work again.',
  'Until then, the two remaining morning crossings will leave Calder Island at eight and at eleven, and the last ferry back from Westmere will leave at six in the evening instead of nine.',
];
const SECTIONS = [
  ['What the ferry company says', 'The ferry company says it will add a late crossing from Westmere on Fridays while the harbour wall repairs go on, and that island residents can ask for refunds on season tickets.'],
  ['What the island council says', 'The island council says the ferry timetable cut hurts island workers most, and it will ask the harbour board to open the old berth at Westmere for the smaller ferry.'],
  ['When the harbour wall reopens', 'The harbour board says the wall repairs at Westmere should end in February, and the full ferry timetable to Calder Island will return once the larger berth is safe.'],
];
const CARDS = [
  ['Bakery marks fifty years on the high street', 'A family bakery celebrated its golden anniversary with free cakes for customers who queued outside from dawn.'],
  ['Library opens new reading garden for children', 'Volunteers planted herbs and sunflowers around benches made from reclaimed timber behind the county library building.'],
  ['Rugby club appeals for new coaches before season', 'Junior teams could fold unless more parents volunteer to train players on Saturday mornings, organisers warned this week.'],
];
const spaced = (rows: string[][]) => rows.flatMap(([h, p]) => [h, '', p, '']);

describe('cards of other stories with no heading', () => {
  it('are cut from the article they follow', () => {
    const out = kept([...HEAD, ...BODY.flatMap((p) => [p, '']), ...spaced(CARDS), 'About us', 'Contact'].join('\n'));
    for (const p of BODY) expect(out).toContain(p);
    for (const [h, p] of CARDS) {
      expect(out).not.toContain(h);
      expect(out).not.toContain(p);
    }
  });

  it('are told from the article\'s own last sections, which stay', () => {
    const out = kept([...HEAD, ...BODY.flatMap((p) => [p, '']), ...spaced(SECTIONS), 'About us', 'Contact'].join('\n'));
    for (const [h, p] of SECTIONS) {
      expect(out).toContain(h);
      expect(out).toContain(p);
    }
  });

  it('stay when two cards only follow, too few to judge', () => {
    const out = kept([...HEAD, ...BODY.flatMap((p) => [p, '']), ...spaced(SECTIONS.slice(0, 1)), ...spaced(CARDS.slice(0, 2)), 'About us', 'Contact'].join('\n'));
    expect(out).toContain(SECTIONS[0][1]);
  });
});

// Under a brief (fewer than 150 words of prose) its words tell its topic less surely: the cards are cut
// only where each also reads as a card, a headline of a teaser's length over one sentence, laid out
// as the others are.
describe('cards of other stories with no heading under a brief', () => {
  const BRIEF = BODY.slice(0, 3).flatMap((p) => [p, '']);
  const page = (...parts: string[][]) => [...HEAD, ...BRIEF, ...parts.flat(), 'About us', 'Contact'].join('\n');
  const cardsCut = (out: string[]) => CARDS.every(([h, p]) => !out.includes(h) && !out.includes(p));

  it('are cut from the brief they follow', () => {
    const out = kept(page(spaced(CARDS)));
    for (const p of BODY.slice(0, 3)) expect(out).toContain(p);
    expect(cardsCut(out)).toBe(true);
  });

  it('are cut under a brief that ends on a short sentence of its own over one more: a sentence is no headline', () => {
    const last = ['It was that kind of season.', '', 'Nobody on the quay could remember a year when the nets stayed dry for so long.', ''];
    const out = kept(page(last, spaced(CARDS)));
    for (const l of last.filter(Boolean)) expect(out).toContain(l);
    expect(cardsCut(out)).toBe(true);
  });

  it('are cut under a last section laid out otherwise, which stays', () => {
    const [h, p] = SECTIONS[0];
    const out = kept(page([h, p, ''], CARDS.flatMap(([c, s]) => [c, '', s, ''])));
    expect(out).toContain(h);
    expect(out).toContain(p);
    expect(cardsCut(out)).toBe(true);
  });

  // From the last card up: a section of the brief laid out as the cards are, under a subhead too
  // short for a teaser's headline, stays, and the cards under it go.
  it('are cut under a last section laid out alike whose subhead is short, which stays', () => {
    const last = ['What to do now', '', 'Passengers should check the harbour board website before they travel to the island.', ''];
    const out = kept(page(last, spaced(CARDS)));
    for (const l of last.filter(Boolean)) expect(out).toContain(l);
    expect(cardsCut(out)).toBe(true);
  });

  // The page may set a photo's caption under the cards, where the span then ends.
  it('are cut over a caption and its credit that end the span', () => {
    const out = kept(page(spaced(CARDS), ['The old harbour wall at Westmere at low tide', 'Photo: Jane Doe', '']));
    for (const p of BODY.slice(0, 3)) expect(out).toContain(p);
    expect(cardsCut(out)).toBe(true);
  });

  // But not over a paragraph of a story: the brief may go on under a box set into it.
  it("leave a paragraph of the brief's under them where it is", () => {
    const out = kept(page(spaced(CARDS), [BODY[3], '']));
    for (const p of [...BODY.slice(0, 3), BODY[3]]) expect(out).toContain(p);
  });

  // German says in five long words what English says in eight: a headline of four words or more
  // that runs to 36 characters is a teaser's length.
  it('are cut under a German brief, headlines of five long words', () => {
    const brief = [
      'Der Winterfahrplan der Fähre zwischen Westmere und der Insel Calder verliert ab nächstem Monat zwei von fünf täglichen Fahrten, weil die Reparatur der Hafenmauer sechs Wochen hinter dem Zeitplan liegt.',
      'Die Ingenieure fanden an der alten Steinmauer mehr Schäden als erwartet, und der Hafenrat sagt, der Anleger der größeren Fähre bleibe gesperrt, bis die Mauer neu gebaut ist.',
      'Inselbewohner, die in Westmere arbeiten, kommen nun jeden Morgen zu spät, und der Inselrat bittet die Reederei um ein kleineres Boot am alten Anleger.',
    ];
    const cards = [
      ['Stadtrat beschließt Budget für Schulsanierungen', 'Die Sanierung von vier Grundschulen soll im Sommer beginnen und bis zum Herbst abgeschlossen werden.'],
      ['Traditionsbäckerei feiert fünfzigjähriges Jubiläum', 'Zum Geburtstag verteilte die Familie am Samstag kostenlosen Kuchen an alle Stammkunden vor dem Laden.'],
      ['Sportverein sucht dringend ehrenamtliche Jugendtrainer', 'Ohne neue Betreuer müssten zwei Jugendmannschaften zur kommenden Saison vom Spielbetrieb abgemeldet werden.'],
    ];
    const out = kept(['Hafenkurier', 'Nachrichten', 'Sport', '', 'Fähre fährt seltener, weil die Hafenmauer später fertig wird', '', ...brief.flatMap((p) => [p, '']), ...spaced(cards), 'Impressum', 'Kontakt'].join('\n'));
    for (const p of brief) expect(out).toContain(p);
    for (const [h, p] of cards) {
      expect(out).not.toContain(h);
      expect(out).not.toContain(p);
    }
  });

  // Each of these reads as a section of the brief or as its button; where the brief ends is then
  // unknown, and the cards stay for review rather than take the brief's last lines with them.
  const ends: [string, string[]][] = [
    ['a subhead over two sentences', ['What the divers saw under the water off the pier', '', 'Cracks run right through the footings of the pier. Draining the basin to fix them can only start in spring.', '']],
    ["a charity's button over its thanks", ['Donate now', '', 'Special thanks to the island scouts, who cleared the whole beach below the old pier in under two hours on Saturday.', '']],
  ];
  it.each(ends)('keep the brief whole when its last lines are %s', (_, last) => {
    const out = kept(page(last, spaced(CARDS)));
    for (const l of last.filter(Boolean)) expect(out).toContain(l);
  });

  it('leave a box under its heading to that heading: our brief\'s teasers under "Leggi anche", their summaries of two sentences', () => {
    // (Cut at a summary too long to count as a card's, the brief would keep it.)
    const { text, gold } = ownPage('it', 'it-breve-teaser');
    const out = kept(text);
    for (const l of gold) expect(out).toContain(l.trim());
    const lines = text.split('\n');
    const box = lines.slice(lines.indexOf('Leggi anche') + 1, lines.indexOf('Altre notizie')).filter((l) => l.trim());
    expect(box.length).toBeGreaterThanOrEqual(6);
    for (const l of box) expect(out).not.toContain(l.trim());
  });


  it('stay under a brief too short to know its topic', () => {
    const out = kept([...HEAD, BODY[0], '', ...spaced(CARDS), 'About us', 'Contact'].join('\n'));
    expect(out).toContain(BODY[0]);
    expect(out).toContain(CARDS[0][1]);
  });
});
