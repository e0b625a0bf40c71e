import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';

const P = (topic: string) =>
  `The council said on Tuesday that the ${topic} would be reviewed again next year, after residents complained about the cost and the delays.`;
const kept = (text: string) => clean(text, { metadata: 'drop' }).text;

describe('the article body', () => {
  it('keeps a table whose rows are tab-separated cells', () => {
    const rows = ['Pos.\tRider\tPoints', '1\tAnna Berg\t5040', '2\tLena Holt\t5035', '3\tMia Koch\t5033', '4\tIda Lund\t5027'];
    const text = ['Final standings after the last race', '', P('calendar'), '', ...rows, '', P('prize money')].join('\n');
    for (const r of rows) expect(kept(text)).toContain(r);
  });

  it('keeps a list the last paragraph announces', () => {
    const items = ['June 9 -- Harbour Arena, Kestrel Bay', 'June 12 -- Civic Hall, Northfield', 'June 15 -- Riverside Park, Hollin'];
    const text = ['Band announces anniversary tour', '', P('tour'), '', P('tickets'), '', 'The tour dates:', ...items, '', '', 'Share this article', 'Most Read'].join('\n');
    const out = kept(text);
    for (const i of ['The tour dates:', ...items]) expect(out).toContain(i);
    expect(out).not.toContain('Share this article');
  });

  it('drops related-story cards after the article', () => {
    const card = (h: string, by: string, ex: string) => [h, by, '', ex, ''];
    const text = [
      'Storm closes the harbour for two days',
      '',
      P('harbour'),
      '',
      P('sea wall'),
      '',
      P('ferry timetable'),
      '',
      ...card('Ferry fares to rise in spring', 'Jane Roe', 'Passengers will pay more from April, the operator said on Monday.'),
      ...card('School roof repairs finished early', 'John Doe', 'Pupils returned to the main building a week ahead of plan.'),
      ...card('New cycle lane opens on Quay Road', 'Ann Poe', 'The lane links the station to the seafront for the first time.'),
      ...card('Lifeboat crew honoured at ceremony', 'Tom Lee', 'Six volunteers were given medals for a rescue in January.'),
    ].join('\n');
    const out = kept(text);
    expect(out).toContain(P('ferry timetable'));
    expect(out).not.toContain('Passengers will pay more');
    expect(out).not.toContain('Six volunteers');
  });

  it('does not take a tag cloud for prose', () => {
    const cloud = 'harbour ferry council budget storm school lifeboat cycling market festival library museum theatre housing transport police weather football rugby cricket tennis sailing fishing tourism';
    const text = ['Storm closes the harbour for two days', '', P('harbour'), '', P('sea wall'), '', 'Tags', cloud].join('\n');
    const a = analyze(text);
    expect(a.findings.some((f) => a.doc.lines[f.line - 1] === cloud || (f.line <= 8 && 8 <= f.endLine))).toBe(true);
  });
});

describe('the headline shown again', () => {
  const ruleOf = (text: string, line: string) => analyze(text).findings.find((f) => text.split('\n')[f.line - 1] === line)?.rule;

  it('the headline shown again (as a kicker in capitals) goes; the headline stays', () => {
    const text = ['Storm closes the harbour for two days', '', P('harbour'), '', 'STORM CLOSES THE HARBOUR FOR TWO DAYS', '', P('sea wall'), '', P('ferry')].join('\n');
    expect(ruleOf(text, 'STORM CLOSES THE HARBOUR FOR TWO DAYS')).toBe('title-repeat');
    const out = kept(text);
    expect(out).toContain('Storm closes the harbour for two days');
    expect(out).not.toContain('STORM CLOSES');
    expect(kept(out)).toBe(out);
  });

  it('lines repeated inside the article (an interview question, a meal plan) stay', () => {
    const q = 'What do you cook for yourself at home?';
    const meal = 'Lunch: 1 cup rice, 1 cup beans, 2 tsp. olive oil';
    const text = ['Chefs talk about their kitchens', '', P('kitchen'), '', q, P('menu'), '', meal, '', q, P('dessert'), '', meal, '', P('bread')].join('\n');
    const out = kept(text);
    expect(out.split(q).length - 1).toBe(2);
    expect(out.split(meal).length - 1).toBe(2);
  });

  it('subheads a table of contents named above stay', () => {
    const heads = ['1. Plan fewer kilometres a day', '2. Carry a repair kit', '3. Load the panniers low'];
    const text = ['Five mistakes on a first cycling tour', '', 'Contents', ...heads, '', P('route'), '', heads[0], '', P('wind'), '', heads[1], '', P('tyres'), '', heads[2], '', P('weight')].join('\n');
    const out = kept(text);
    for (const h of heads) expect(out).toContain(`\n${h}\n\n${P(h === heads[0] ? 'wind' : h === heads[1] ? 'tyres' : 'weight')}`);
  });
});

describe('"Also on <site>" and a headline inside the article', () => {
  it('is a teaser, and the article goes on after it', () => {
    const text = ['Storm closes the harbour for two days', '', P('harbour'), '', 'Also on example.com Ferry fares to rise in spring', 'What the new timetable means', P('sea wall'), '', P('ferry'), '', P('quay')].join('\n');
    const f = analyze(text).findings;
    expect(f.find((x) => x.line === 5)?.rule).toBe('read-more-marker');
    const out = kept(text);
    for (const t of ['harbour', 'sea wall', 'ferry', 'quay']) expect(out).toContain(P(t));
    expect(out).toContain('What the new timetable means');
  });
});
