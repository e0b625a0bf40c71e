import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';

// A how-to's list of what it needs, under a lead-in sentence, is the article's however short its
// items; a photographer's repeated credit marks captions; a page's toggle buttons and pager are its own.
const kept = (text: string) => clean(text, { metadata: 'drop' }).text.split('\n').map((l) => l.trim());

const INTRO = 'Glass cloche terrariums are not only pleasing to the eye, they also keep a little piece of nature on your desk, and you can build one in an afternoon with things from any garden centre.';
const NEEDS = ["What you'll need:", 'Cloche', 'Planter saucer or a shallow dish', 'Floral foam', 'Ruler', 'Spoon', 'Wire pins', 'Small plants', 'Moss', 'Tweezers', 'Pebbles', 'Other small decorative items (optional)'];
const STEPS = [
  ['Step 1', 'Measure the width of your cloche and cut the foam about two centimetres smaller, then soak it in a bowl of water until it sinks to the bottom of the bowl.'],
  ['Step 2', 'Dig a hole in the foam large enough for the root ball of your plant, taking care not to push the spoon all the way through to the bottom.'],
  ['Step 3', 'Set the plant in the hole, press the foam around it, and cover the rest of the surface with moss, pinning it down where it will not lie flat.'],
  ['Step 4', 'Add pebbles or any small decorations you like, set the saucer under the foam and lower the cloche over the whole arrangement.'],
];
const ARTICLE = [INTRO, '', ...NEEDS, ...STEPS.flatMap(([h, p]) => [h, '', p, ''])];

describe('a list under a lead-in', () => {
  it('stays with the article when it opens the text', () => {
    const out = kept(ARTICLE.join('\n'));
    expect(out).toContain(INTRO);
    for (const item of NEEDS) expect(out).toContain(item);
  });

  it('stays under a page head, and a second clean takes nothing more', () => {
    const page = ['Home', 'Crafts', 'Garden', 'Ideas', 'About', '', 'How to Build a Terrarium', '', 'By Mara Quill', 'Pin', 'Share', 'Tweet', 'Found This Helpful', '', ...ARTICLE].join('\n');
    const once = clean(page, { metadata: 'drop' }).text;
    const lines = once.split('\n').map((l) => l.trim());
    expect(lines).toContain(INTRO);
    for (const item of NEEDS) expect(lines).toContain(item);
    expect(lines).not.toContain('Found This Helpful');
    expect(clean(once, { metadata: 'drop' }).text).toBe(once);
  });

  it('is a table of contents under "Jump to:" when its entries head the sections below', () => {
    const sections = ['Design and comfort', 'Sound quality', 'Battery life', 'Verdict'];
    const body = sections.flatMap((h, i) => [h, '', `${STEPS[i][1]} The buds ${['fit well', 'sound warm', 'last all day', 'are worth it'][i]}, and that is what this part of the review is about.`, '']);
    const out = kept(['Tide Buds 2 review', '', INTRO, '', 'Jump to:', ...sections, '', ...body].join('\n'));
    expect(out).not.toContain('Jump to:');
    for (const h of sections) expect(out.filter((l) => l === h)).toHaveLength(1);
  });
});

describe('captions that close on the same credit', () => {
  const captioned = (credit: string, times: number) => [
    'How to Build a Terrarium', '', INTRO, '',
    ...STEPS.flatMap(([h, p], i) => [h, '', p, '', ...(i < times ? [`${['Cut the foam', 'Dig a hole in the foam', 'Orchid set in the foam', 'The finished cloche'][i]}. (${credit})`] : []), '']),
  ].join('\n');
  const creditFindings = (text: string) => analyze(text).findings.filter((f) => f.rule === 'caption-with-credit');

  it('are left for review when one name closes three of them', () => {
    const found = creditFindings(captioned('Mara Quill', 3));
    expect(found).toHaveLength(3);
    for (const f of found) expect(f.confidence).toBe('suspect');
  });

  it('are not found for a name that closes two lines, nor for a featured artist', () => {
    expect(creditFindings(captioned('Mara Quill', 2))).toHaveLength(0);
    expect(creditFindings(captioned('Ft. Stevie Wonder', 4))).toHaveLength(0);
  });
});

describe('a page tail of toggle buttons and a pager', () => {
  it('is stripped', () => {
    const tail = ['RecommendRecommended', 'BookmarkBookmarked Share More', 'FollowFollowing', 'Follow by email', 'Share This!', 'Next Page >', 'Nächste Seite', 'Portrait by Marta De Luca'];
    const out = kept(['How to Build a Terrarium', '', ...ARTICLE, '', ...tail].join('\n'));
    for (const l of tail) expect(out).not.toContain(l);
    expect(out).toContain(STEPS[3][1]);
  });
});

describe('a table of releases in the body', () => {
  it('keeps its rows, dates and all', () => {
    const rows = ['Release\tDate', '4.2.3\tApril 2014', '4.1.6\tApril 2014', '4.2.4\tMay 2014', '4.3\tJuly 2014', '4.3.1\tAugust 2014', '4.4\tJanuary 2015'];
    const text = ['Release histories', '', INTRO, '', 'The release history of the other project tells a slightly different story:', '', ...rows, '', STEPS[0][1], '', STEPS[1][1]].join('\n');
    const out = clean(text, { metadata: 'drop' }).text.split('\n');
    for (const r of rows) expect(out).toContain(r);
  });
});

describe("a rating's stars over a recipe's card", () => {
  it('are stripped, and the article above the card stays', () => {
    const intro = [
      'Wenn im Garten meiner Eltern die Zwetschgen reif werden, gibt es bei uns nur einen Kuchen, und das ist seit vielen Jahren dieser Datschi vom Blech mit dicken Butterstreuseln.',
      'Dieses Rezept ist genau das meiner Mutter, ich habe nur ein paar Kleinigkeiten angepasst, damit der Teig auch ohne lange Ruhezeit locker und saftig wird.',
    ];
    const card = ['Zwetschgendatschi mit Butterstreuseln', '★★★★★', '4.8 von 213 Bewertungen', 'Vorbereitungszeit: 40 Minuten', 'Backzeit: 35 Minuten', 'Portionen: 20 Stück', 'Rezept drucken', ''];
    const recipe = ['Zutaten', '500 g Weizenmehl', '1 Würfel frische Hefe', '250 ml lauwarme Milch', '60 g Zucker', '80 g weiche Butter', '2 kg Zwetschgen', '', 'Zubereitung',
      'Die Hefe in die lauwarme Milch bröseln, einen Teelöffel Zucker dazugeben und alles etwa zehn Minuten an einem warmen Ort stehen lassen.',
      'Mehl, Zucker, Butter und die Hefemilch zu einem glatten Teig kneten und abgedeckt etwa eine Stunde gehen lassen, bis er sich deutlich vergrößert hat.'];
    const out = kept(['Backliebe', 'Rezepte', 'Kuchen', 'Über mich', '', 'Zwetschgendatschi vom Blech', '', intro[0], '', intro[1], '', ...card, ...recipe, '', 'Das könnte dir auch gefallen', 'Apfelkuchen vom Blech'].join('\n'));
    for (const p of intro) expect(out).toContain(p);
    expect(out).not.toContain('★★★★★');
    expect(out).not.toContain('4.8 von 213 Bewertungen');
    expect(out).toContain('500 g Weizenmehl');
    expect(out).toContain(recipe[recipe.length - 1]);
  });
});
