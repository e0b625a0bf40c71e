import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';

// How-tos and explainers come in numbered steps: a short label ("Step 3", "Schritt 3"), a paragraph
// or two, a photo's caption. Under a head of two short lines, a short paragraph reads like a
// teaser's card; the numbers running on say it is the article's own part.

const kept = (text: string) => new Set(clean(text, { metadata: 'drop' }).text.split('\n'));
const page = (...parts: string[][]) => parts.flat().join('\n');

const menu = ['Home', 'Garden', 'Kitchen', 'Crafts', 'Money', ''];
const head = ['How to Plant a Window Box That Lasts All Summer', 'By Ann Example', 'Share', 'Tweet', ''];
const intro = ['A window box brightens a plain wall and needs little room, but most of them wilt by July because they dry out too fast and sit in the wrong soil.', ''];
const steps = [
  ['Pick a box at least eight inches deep and drill drainage holes every few inches along its base.', 'A deep box holds more water (Ann Example)'],
  ['Fill the bottom inch with gravel so that the roots never stand in water.', 'Gravel at the base (Ann Example)'],
  ['Mix a spade of compost into the potting soil first.', 'Compost and soil (Ann Example)'],
  ['Set the tallest plants at the back and trailing ones at the front.', 'Tall plants behind (Ann Example)'],
  ['Water until it runs out of the holes, then every morning in hot weeks.', 'Water well (Ann Example)'],
];
const stepLines = (label: (k: number) => string) =>
  steps.flatMap(([p, caption], k) => [label(k + 1), '', p, '', caption]);
const foot = ['', 'About us', 'Contact', 'Privacy', '© 2024 Home Pages'];

describe('numbered steps', () => {
  it('keeps every step of a how-to, each a short paragraph under its "Step N" label', () => {
    const text = page(menu, head, intro, stepLines((k) => `Step ${k}`), foot);
    const out = kept(text);
    for (const [p] of steps) expect(out).toContain(p);
    expect(out).toContain('Step 3');
    expect(out).not.toContain('Privacy');
  });

  it('keeps them in German too ("Schritt 2")', () => {
    const de = [
      ['Wählen Sie einen Kasten, der mindestens zwanzig Zentimeter tief ist, und bohren Sie Löcher in den Boden.', 'Ein tiefer Kasten (Anna Beispiel)'],
      ['Füllen Sie unten eine Schicht Kies ein, damit die Wurzeln nie im Wasser stehen.', 'Kies unten (Anna Beispiel)'],
      ['Mischen Sie vorher eine Schaufel Kompost unter die Erde.', 'Kompost im Eimer (Anna Beispiel)'],
      ['Setzen Sie die hohen Pflanzen nach hinten und die hängenden nach vorn.', 'Hohe Pflanzen hinten (Anna Beispiel)'],
    ];
    const text = page(['Startseite', 'Garten', 'Küche', 'Basteln', ''], ['So bepflanzen Sie einen Balkonkasten richtig', 'Von Anna Beispiel', ''],
      ['Ein Balkonkasten bringt Farbe an jede Wand, doch die meisten Pflanzen darin welken schon im Juli, weil die Erde zu schnell austrocknet.', ''],
      de.flatMap(([p, c], k) => [`Schritt ${k + 1}`, '', p, '', c]), ['', 'Impressum', 'Datenschutz', 'Kontakt']);
    const out = kept(text);
    for (const [p] of de) expect(out).toContain(p);
  });

  it('still strips a box of teasers each under a headline, whose numbers do not run on', () => {
    const box = [
      'More from Home Pages', '',
      'Garden', 'Why your tomatoes split after rain', 'Uneven watering makes the skins burst.', '',
      'Kitchen', 'The one knife every cook needs', 'A chef knife does nine jobs in ten.', '',
      'Money', 'Cut your heating bill this winter', 'Small fixes add up to real savings.', '',
    ];
    const text = page(menu, head, intro, stepLines((k) => `Step ${k}`), ['', ...box], foot);
    const out = kept(text);
    for (const [p] of steps) expect(out).toContain(p);
    expect(out).not.toContain('A chef knife does nine jobs in ten.');
  });
});

describe('a box of headlines set into a how-to', () => {
  const box = ['People also read', 'Ten herbs that grow on any windowsill', 'How to keep geraniums through the winter'];
  const needs = ["What you'll need:", 'Window box', 'Drill', 'Gravel', 'Potting soil', 'Compost', 'Plants', 'Watering can'];

  it('strips the box and keeps the list and the steps under it', () => {
    const text = page(menu, head, intro, [steps[0][1], ...box, ...needs], stepLines((k) => `Step ${k}`), foot);
    const out = kept(text);
    expect(out).toContain(intro[0]);
    for (const item of needs) expect(out).toContain(item);
    for (const [p] of steps) expect(out).toContain(p);
    for (const b of box) expect(out).not.toContain(b);
  });

  it('names the box heading for what it is', () => {
    const text = page(menu, head, intro, [...box, ...needs], stepLines((k) => `Step ${k}`), foot);
    const at = text.split('\n').indexOf(box[0]) + 1;
    expect(analyze(text).findings.find((f) => f.line === at)?.rule).toBe('most-read-heading');
  });
});

// A poem or a song's lyrics: short lines one under another, no blank line between, no full stops.
// The body is that block, to its end.
describe('verse', () => {
  const verse = [
    'The harbour lights are burning low', 'The boats are sleeping in the bay', 'And every gull has gone to ground', 'Before the closing of the day',
    'I walk the wall where we once walked', 'I count the stones you used to count', 'The tide comes in, the tide goes out', 'And nothing changes, nothing much',
    'Chorus:', 'So leave a light on by the door', 'Leave a light on, leave a light', 'I will be coming home once more', 'Leave a light on through the night',
    'The winter came and took the nets', 'The summer gave them back again', 'The years go by like fishing boats', 'With names that no one can explain',
    'Oh', 'The church bell rings for someone else', 'The chapel fills and empties out', 'I hold the letters that you left', 'And read them when the lamps go out',
    'Chorus:', 'So leave a light on by the door', 'Leave a light on, leave a light', 'I will be coming home once more', 'Leave a light on through the night',
  ];
  it('keeps every line of a song set as one block of short lines', () => {
    const text = page(['Home', 'Lyrics', 'Artists', 'Contact', ''], ['“Leave a Light On” Lyrics: The Harbour Band', 'March 3rd, 2013 in Folk', ''], verse,
      ['', 'You might also like:', '“Salt Road” Lyrics: The Harbour Band', '“Low Tide” Lyrics: Anna Example', '', '© 2013 Lyrics Pages | Contact Us']);
    const out = kept(text);
    for (const l of verse) expect(out).toContain(l);
    expect(out).not.toContain('“Low Tide” Lyrics: Anna Example');
  });
});
