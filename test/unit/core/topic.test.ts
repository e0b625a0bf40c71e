import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core';

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
