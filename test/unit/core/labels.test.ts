import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';
import { ownPage } from './own-pages';

const kept = (text: string) => clean(text, { metadata: 'drop' }).text.split('\n').map((l) => l.trim());
const ruleAt = (text: string, line: string) => {
  const at = text.split('\n').indexOf(line) + 1;
  return analyze(text).findings.find((f) => f.line <= at && at <= f.endLine)?.rule;
};

const PARAS = [
  'The first thing you notice in the workshop is the smell of chain grease, rubber and coffee that has been on the hot plate since dawn.',
  'For fifteen years the retired millwright has collected unwanted bicycles from around the town, fixed them and given them away to children.',
  'Neighbours leave old bikes at the end of his driveway, sometimes with a note and sometimes without, and he sorts the parts into coffee cans.',
  'New tyres, tubes and chains are paid for with donations, and the local Lions club has covered his insurance for the last three years.',
  'Asked how long he plans to keep going, he shrugged and said he saw no reason to stop while there were still children who needed a bike.',
];

/** A page whose article has the same short label set between its paragraphs, a picture with its caption and credit among them. */
function page(label: string) {
  const lines = ['Harbour Standard', 'News', 'Sport', '', 'Retired millwright has fixed 1,100 bikes for free', 'By Jess Mardle', ''];
  lines.push('He adjusts the brakes on a donated bike in his garage on Birch Lane.', 'Photo by Jess Mardle / Harbour Standard', label, '');
  PARAS.forEach((p, i) => lines.push(p, '', ...(i % 2 ? [label, ''] : [])));
  lines.push('Most read', 'Council agrees new parking charges for the seafront', 'Ferry timetable to change in May', '', '© 2025 Harbour Media Ltd');
  return lines.join('\n');
}

describe('a short label repeated between the paragraphs', () => {
  it('is the page\'s: each is stripped, the paragraphs stay', () => {
    const text = page('Article content');
    const out = kept(text);
    expect(out).not.toContain('Article content');
    for (const p of PARAS) expect(out).toContain(p);
    expect(ruleAt(text, 'Article content')).toBe('repeated-label');
  });

  it('no longer hides the caption over the picture\'s credit', () => {
    const text = page('Article content');
    expect(kept(text)).not.toContain('He adjusts the brakes on a donated bike in his garage on Birch Lane.');
  });

  it('is not a speaker\'s name, a label with a colon, or a line said twice', () => {
    for (const label of ['Jane Porter', 'Our verdict:', 'Round 2']) expect(kept(page(label))).toContain(label);
    const twice = page('Article content').split('\n');
    twice.splice(twice.lastIndexOf('Article content'), 1);
    expect(kept(twice.join('\n'))).toContain('Article content');
  });

  it('is not a menu item that the header and the footer repeat', () => {
    const text = ['Über uns', 'Kontakt', 'Impressum', '', ...page('x').split('\n').filter((l) => l !== 'x'), 'Über uns', 'Kontakt', 'Über uns', 'Datenschutz'].join('\n');
    expect(analyze(text).findings.some((f) => f.rule === 'repeated-label')).toBe(false);
  });

  it('our page with "Article content" between its paragraphs keeps them all and strips every label', () => {
    const { text, gold } = ownPage('en-local', 'en-local-community-bike-garage');
    const out = kept(text);
    for (const g of gold) expect(out).toContain(g.trim());
    expect(out).not.toContain('Article content');
    expect(out).not.toContain('This advertisement has not loaded yet, but your article continues below.');
  });
});

describe('a table with its source under it', () => {
  it('keeps the source line with the table, not as a picture credit', () => {
    const { text, gold } = ownPage('en-intl', 'en-intl-singapore-hdb-resale');
    expect(gold).toContain('Source: HDB, Eastpoint Realty');
    expect(kept(text)).toContain('Source: HDB, Eastpoint Realty');
  });
});

describe("a box of headlines over the article's next subhead", () => {
  it('leaves the subhead over the sentence that announces a list for review', () => {
    const { text, gold } = ownPage('en-local', 'en-local-school-board-budget-cuts');
    expect(gold).toContain('Where the cuts fall');
    expect(kept(text)).toContain('Where the cuts fall');
    expect(analyze(text).findings.find((f) => f.rule === 'teaser-headline' && text.split('\n')[f.line - 1] === 'Where the cuts fall')?.confidence).toBe('suspect');
  });
});

describe("a sign-up box's head", () => {
  const box = (head: string[]) => {
    const lines = ['Harbour Standard', 'News', 'Sport', '', 'Retired millwright has fixed 1,100 bikes for free', 'By Jess Mardle', ''];
    PARAS.forEach((p, i) => lines.push(p, '', ...(i === 2 ? [...head, 'Email address', 'Sign Up', ''] : [])));
    lines.push('© 2025 Harbour Media Ltd');
    return lines.join('\n');
  };

  it("goes with the box: the newsletter's name and its pitch over the e-mail field", () => {
    const out = kept(box(['Get the Harbour Morning Brief', 'Start your day with the top local stories, delivered weekdays at 6 a.m.']));
    expect(out).not.toContain('Get the Harbour Morning Brief');
    expect(out).not.toContain('Start your day with the top local stories, delivered weekdays at 6 a.m.');
    for (const p of PARAS) expect(out).toContain(p);
  });

  it("is no paragraph of the article's: a sentence right over the field is not taken as a box's name", () => {
    const out = kept(box(['He still has the first bike he fixed.']));
    expect(out).toContain('He still has the first bike he fixed.');
  });
});

describe("a caption over a credit with no label (a tabloid's pictures)", () => {
  it("goes with its credit: a picture agency's name, a page it was taken from, a family's handout", () => {
    const { text, gold } = ownPage('en', 'en-tabloid-cliff');
    const out = kept(text);
    for (const c of ['Dean Cottrell climbed down the slope and held on to Maureen until help arrived.', 'Coastguard rescue teams used ropes and a stretcher to bring the pair back to the top.', 'Southcoast Pictures', 'Family handout'])
      expect(out).not.toContain(c);
    for (const g of gold) expect(out).toContain(g.trim());
  });
});

describe("another story's headline in capitals between two paragraphs", () => {
  const between = (line: string) => {
    const lines = ['Harbour Standard', 'News', 'Sport', '', 'Retired millwright has fixed 1,100 bikes for free', 'By Jess Mardle', ''];
    PARAS.forEach((p, i) => lines.push(p, '', ...(i === 1 ? [line, ''] : [])));
    lines.push('© 2025 Harbour Media Ltd');
    return lines.join('\n');
  };

  it('is a link to that story, not a subhead', () => {
    const link = "PENSIONER, 84, LEFT STRANDED FOR SIX HOURS AFTER BUS DRIVER REFUSES TO STOP";
    const out = kept(between(link));
    expect(out).not.toContain(link);
    for (const p of PARAS) expect(out).toContain(p);
  });

  it('leaves a subhead in capitals, which is shorter', () => {
    expect(kept(between('HOW TO USE A WATER BATH CANNER'))).toContain('HOW TO USE A WATER BATH CANNER');
  });

  it("strips our tabloid page's links in capitals and keeps its article", () => {
    const { text, gold } = ownPage('en', 'en-tabloid-cliff');
    const out = kept(text);
    expect(out).not.toContain('MAN RESCUED AFTER BEING CUT OFF BY TIDE AT HOLLIN BAY FOR SECOND TIME IN A MONTH');
    for (const g of gold) expect(out).toContain(g.trim());
  });
});

describe("a recipe's card under the article", () => {
  it('keeps its ingredients (one to a paragraph) and its steps, and strips the card\'s title, rating and times', () => {
    const { text, gold } = ownPage('en-mag', 'en-mag-food-bean-chard-stew');
    const out = kept(text);
    for (const g of gold) expect(out).toContain(g.trim());
    for (const c of ['4.8 from 213 ratings', 'Prep Time', '1 hr 45 mins']) expect(out).not.toContain(c);
  });
});

describe('"sponsored by" in a sentence', () => {
  it('is no ad label: the paragraph stays, and so does a table\'s source under bars', () => {
    const { text, gold } = ownPage('en-nat', 'en-nat-findaily-pension-deficits');
    const out = kept(text);
    for (const g of gold) expect(out).toContain(g.trim());
  });
});
