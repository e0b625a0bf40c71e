import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';

const kept = (text: string) => clean(text, { metadata: 'drop' }).text.split('\n').map((l) => l.trim());

const PARAS = [
  'The company told staff on Tuesday that about 600 jobs would go, most of them in its hardware and support teams, by the end of the summer.',
  'Those leaving will get sixteen weeks of pay and a week more for each year of service, the memo said, along with six months of health cover.',
  'The cuts come three months after the company reported its first fall in quarterly revenue since it went public, and its shares rose on the news.',
  'It had about 13,800 employees at the end of March, according to its last annual filing, and had said it would keep hiring in research.',
];
const POST = ['Jane Doe', '@janedoe_builds', '·', 'Follow', 'Eight years here, first engineer on the team. Proud of what we built.', '7:41 AM · Jun 3, 2025', '2.4K', 'Reply', 'Copy link', 'Read 312 replies'];

describe('a social post set into the article', () => {
  const text = ['Tech', '', 'Company to cut 600 jobs as it spends more on research', 'By Sam Reed', '', PARAS[0], '', PARAS[1], '', ...POST, '', PARAS[2], '', PARAS[3], '', 'Most read', 'Five phones we tested this spring'].join('\n');

  it('is crossed: the article goes on under its "Reply" and "Read 312 replies"', () => {
    const out = kept(text);
    for (const p of PARAS) expect(out).toContain(p);
    expect(out).not.toContain('Five phones we tested this spring');
  });

  it('loses its head and buttons; its text is left to the article', () => {
    const out = kept(text);
    for (const l of ['@janedoe_builds', 'Read 312 replies', '2.4K', 'Copy link']) expect(out).not.toContain(l);
    expect(out).toContain(POST[4]);
    expect(analyze(text).findings.some((f) => f.rule === 'social-embed')).toBe(true);
  });

  it('needs its buttons: a name over a handle alone is not one', () => {
    const bare = ['Jane Doe', '@janedoe_builds', '', PARAS[0]].join('\n');
    expect(analyze(bare).findings.some((f) => f.rule === 'social-embed')).toBe(false);
  });
});

describe("captions between a gallery's counters", () => {
  it('are the gallery\'s, under the article too, and the article is kept', () => {
    const gallery = ['View gallery (4 photos)', '1 / 4', 'The old road disappears into the water at the edge of the lake.', '2 / 4', 'An iron pump on the well, still attached after seven decades.', '3 / 4', 'Mud cracks on the floor of the reservoir.', '4 / 4'];
    const text = ['News', '', 'Drought bares a drowned village', 'By Sam Reed', '', PARAS[0], '', PARAS[1], '', PARAS[2], '', ...gallery, '', 'Sam Reed covers water for the paper.'].join('\n');
    const out = kept(text);
    for (const p of PARAS.slice(0, 3)) expect(out).toContain(p);
    expect(out).not.toContain(gallery[4]);
    expect(analyze(text).findings.some((f) => f.rule === 'gallery-caption')).toBe(true);
  });
});

describe('a slideshow set out as text, each slide under its counter and its buttons', () => {
  const slides = [
    ['Hemlock Gorge Loop', 'Drive: 15 minutes | Distance: 3.1 miles | Difficulty: Easy', 'The closest waterfall to town and, on a Saturday, the busiest. Go on a weekday morning, or start at the lower lot.'],
    ['Pigeon Knob', 'Drive: 25 minutes | Distance: 4.8 miles | Difficulty: Moderate', 'A steady climb through oak woods to a rock outcrop with a view of three counties, and the best payoff per mile.'],
    ['Millrace Trail', 'Drive: 20 minutes | Distance: 2.2 miles | Difficulty: Easy', 'Flat, shaded and stroller-friendly, it follows an old mill canal along the river, with signs about the town.'],
    ['Cold Spring Ridge', 'Drive: 40 minutes | Distance: 7.5 miles | Difficulty: Strenuous', 'The toughest hike on this list, with about 1,900 feet of climbing and a rocky final mile. Carry more water.'],
  ];
  const text = [
    'Outdoors', '', 'Gallery: Four day hikes within an hour of town', 'By Sam Reed', 'October 4, 2025', '',
    'Drive an hour in almost any direction from town and you will hit a trailhead, and with the leaves turning early this year, now is the time to go.', '',
    ...slides.flatMap((sl, i) => [`${i + 1}/${slides.length}`, 'Prev', 'Next', sl[0], sl[1], '', sl[2], '', '(Photo: Parks Department)']),
    '', 'Around the county', 'Pumpkin fair returns to the farm with a five-acre corn maze', '© 2025 Tri-County Broadcasting',
  ].join('\n');

  it('keeps every slide: its heading, its facts and its paragraph; the counters and buttons go', () => {
    const out = kept(text);
    for (const l of slides.flat()) expect(out).toContain(l);
    for (const l of ['1/4', 'Prev', 'Next']) expect(out).not.toContain(l);
  });
});
