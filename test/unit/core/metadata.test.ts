import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseEdtf } from 'edtf';
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';
import { authorFrom, outletFromLegal } from '../../../src/core/metadata';

// Hand-made scraped articles (copied pages and RSS-to-file) with the metadata a reader sees in them.
const dir = join(__dirname, '../../fixtures/metadata');
const FIELDS = ['title', 'author', 'source', 'published'] as const;
const cases = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => ({ name: n, text: readFileSync(join(dir, n), 'utf8'), gold: JSON.parse(readFileSync(join(dir, n.replace(/\.txt$/, '.gold.json')), 'utf8')) }));

/** Valid EDTF, as an independent parser reads it. */
const validEdtf = (s: string) => {
  try {
    parseEdtf(s);
    return true;
  } catch {
    return false;
  }
};

describe('metadata of copied web pages', () => {
  it('has a set of at least 40 articles in at least four languages, each with gold', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const perLang = new Map<string, number>();
    for (const c of cases) perLang.set(c.gold.language, (perLang.get(c.gold.language) ?? 0) + 1);
    expect([...perLang.values()].filter((k) => k >= 4).length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const m = analyze(c.text).metadata;
    const got = Object.fromEntries(FIELDS.map((f) => [f, m[f]]));
    const want = Object.fromEntries(FIELDS.map((f) => [f, c.gold[f]]));
    expect(got).toEqual(want);
    if (m.published) expect(validEdtf(m.published), m.published).toBe(true);
  });

  it('the gold dates are valid EDTF', () => {
    for (const c of cases) if (c.gold.published) expect(validEdtf(c.gold.published), c.name).toBe(true);
  });
});

// The seed's gold pins a lost month with a time ("2022-XX-19T19:45"), which EDTF does not allow
// (a time takes no unspecified digits before it): until that gold changes, this one form is let through.
const SEED_PARTIAL_WITH_TIME = /^\d{4}-XX-\d{2}T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?$/;

describe('metadata of the sample corpus', () => {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => {
      const p = join(d, n);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
    });
  it('every date read is valid EDTF (but the seed gold\'s partial date with a time)', () => {
    for (const p of walk(join(__dirname, '../../../samples'))) {
      const m = analyze(readFileSync(p, 'utf8')).metadata;
      for (const d of [m.published, m.retrieved]) if (d && !SEED_PARTIAL_WITH_TIME.test(d)) expect(validEdtf(d), `${p}: ${d}`).toBe(true);
    }
  });
});

describe('authors', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By Jane Doe, CNN', 'Jane Doe'],
    ['Jane Doe, CNN', 'Jane Doe'],
    ['By Jane Doe, Senior Reporter', 'Jane Doe'],
    ['By Jane Doe and John Roe', 'Jane Doe, John Roe'],
    ['By Jane Doe and John Roe, Reuters', 'Jane Doe, John Roe'],
    ['By Anna Kowalczyk, Economics Correspondent, and Tom Hart', 'Anna Kowalczyk, Tom Hart'],
    ['Von Thomas Huber, Sabine Koch und Felix Wagner', 'Thomas Huber, Sabine Koch, Felix Wagner'],
    ['Von Anna Müller, Redakteurin', 'Anna Müller'],
    ['Par Élodie Garnier, envoyée spéciale à Perpignan, et Luc Moreau', 'Élodie Garnier, Luc Moreau'],
    ['Por Lucía Fernández, redactora de Economía', 'Lucía Fernández'],
    ['Autor: Jan Becker, dpa', 'Jan Becker'],
    ['Reporting by Sam Baker; Editing by Lisa Chen', 'Sam Baker'],
    ['Par Antoine Leroy (AFP)', 'Antoine Leroy'],
    ['By Maria Lopez | March 4, 2024, 8:15 a.m. ET', 'Maria Lopez'],
    ['Piotr Wiśniewski i Katarzyna Zielińska', 'Piotr Wiśniewski, Katarzyna Zielińska'],
    ['By Staff Reporter', null],
  ])('%j → %j', (line, author) => {
    expect(authorFrom(line)).toBe(author);
  });
});

describe('the publication over its legal owner', () => {
  it.each([
    ['© 2024 El Faro del Sur', 'El Faro del Sur'],
    ['© Le Petit Matin', 'Le Petit Matin'],
    ['© 2024 Coastal Media Group Ltd. All rights reserved.', null],
    ['© 2024 Abendpost Mediengruppe GmbH & Co. KG', null],
    ['© 2024 Ediciones La Vereda S.L. Todos los derechos reservados.', null],
    ['© Riproduzione riservata', null],
    ["© L'Observateur du Sud – Société Méridionale d'Édition SAS", "L'Observateur du Sud"],
    ['Crónica del Valle © Editorial Valle Medios S.L.U.', 'Crónica del Valle'],
    ['Coastline Wire is published by Pacific Regional Publishing Ltd. © 2024', 'Coastline Wire'],
  ])('%j → %j', (line, outlet) => {
    expect(outletFromLegal(line)).toBe(outlet);
  });
});

describe('a press release\'s headline over its highlights', () => {
  const lead = 'TORONTO, March 4, 2025 /Wire/ - Harbour Foods Inc. today opened its new bakery in the port district, the company said, adding forty jobs.';
  const page = (highlights: string[]) =>
    ['News provided by', 'Harbour Foods Inc.', 'Mar 04, 2025, 07:00 ET', 'Share this article', '', 'Harbour Foods Opens Its First Bakery in the Port District', ...highlights, '', lead, '', lead.replace('forty', 'fifty'), '', 'About Harbour Foods'].join('\n');

  it('takes the Title Case headline as the title, and keeps the highlights under it', () => {
    const highlights = ['Bakery to produce up to ten tonnes of bread a day', 'Line will supply three supermarket chains under new contracts', 'Project backed by two million dollars of city funding'];
    const text = page(highlights);
    expect(analyze(text).metadata.title).toBe('Harbour Foods Opens Its First Bakery in the Port District');
    const kept = clean(text, { metadata: 'drop' }).text.split('\n');
    for (const h of highlights) expect(kept).toContain(h);
  });

  it('does not take the top of a list of Title Case headlines for the title', () => {
    const text = page(['Bakery Will Produce Ten Tonnes of Bread a Day', 'Supermarket Chains Sign New Contracts With Bakers']);
    expect(analyze(text).metadata.title).not.toBe('Harbour Foods Opens Its First Bakery in the Port District');
  });
});

describe('the title is a headline, not a paragraph', () => {
  const body = [
    'The town council approved on Monday a budget of 4.2 million euros for the repair of the harbour wall, which was damaged in the storms of last winter.',
    '',
    'The works will start in May and should take about eight months, the mayor said, adding that the fishing fleet would be able to use the eastern quay.',
  ];
  const page = (...head: string[]) => ['Home', 'News', 'Sport', '', ...head, '', ...body, '', 'About us', 'Privacy'].join('\n');

  it('passes over a first paragraph of two sentences that ends like a headline ("… doubled. Will it work?")', () => {
    const text = page('Harbour wall to be repaired this spring', 'By John Roe', 'Share', 'Tweet', '', 'The cost of the repair has nearly doubled since the first estimate. Will the council still find the money in time for the season?');
    expect(analyze(text).metadata.title).toBe('Harbour wall to be repaired this spring');
  });

  it('still reads a headline with an abbreviation or a kicker before a full stop', () => {
    expect(analyze(page('Council backs Rep. Jane Doe on the harbour plan', 'By John Roe')).metadata.title).toBe('Council backs Rep. Jane Doe on the harbour plan');
    expect(analyze(page('Harbour. Why the wall failed after the winter storms', 'By John Roe')).metadata.title).toBe('Harbour. Why the wall failed after the winter storms');
  });
});

describe('the title over a standfirst, a byline and a share row, with a caption over the body', () => {
  const body = [
    'Harlan council put off a decision on Tuesday night on whether to rezone the old tannery for housing, after more than four hours of public comment left its members with work to do.',
    '',
    'The site has sat empty for two decades. A developer wants to pull down most of the brick buildings and put up 340 apartments with a small park along the river.',
  ];
  const head = [
    'Home', 'News', 'Local', 'Sport', '',
    'Council pauses tannery vote as residents pack chambers',
    'More than 200 people turned out to weigh in on a plan to turn the long-empty tannery site into 340 apartments',
    'By Rachel Ambrose',
    'Published Oct. 15, 2024 at 11:52 p.m. | Updated Oct. 16, 2024 at 7:10 a.m.',
    'Share this story', 'Facebook', 'Email', 'Print', '',
    'The old tannery on River Street has been empty since 2003. Courier photo by Tom Kessling',
  ];

  it('is the headline: not the caption over the body, nor the standfirst with no full stop under it', () => {
    expect(analyze([...head, ...body, '', 'About us', 'Privacy'].join('\n')).metadata.title).toBe('Council pauses tannery vote as residents pack chambers');
  });

  it('strips the dateline that gives both dates, published and updated', () => {
    const text = [...head, ...body].join('\n');
    const at = text.split('\n').indexOf(head[8]) + 1;
    expect(analyze(text).findings.find((f) => f.line === at)?.rule).toBe('published-stamp');
  });

  it('is the headline over a date, though a sponsor\'s line stands over a date higher up', () => {
    const text = ['Sponsored links', 'Buy a link now!', '', 'Business | September 20, 2011, 6:37 PM EDT', 'Five lessons from a retailer on social media', 'A retail executive discusses how the chain talks to its customers online, relying on store staff for much of the work', '', 'By Brad Shaw', '', ...body].join('\n');
    expect(analyze(text).metadata.title).toBe('Five lessons from a retailer on social media');
  });
});

describe('the title of our pages with a caption over the body', () => {
  const pages = join(__dirname, '../../../bench/pages');
  const titleOf = (page: string) => analyze(readFileSync(join(pages, `${page}.txt`), 'utf8')).metadata.title;

  it('is the headline, not the lead picture\'s caption nor the standfirst', () => {
    expect(titleOf('en-tail/en-tail-citypaper-tannery')).toBe('Council pauses tannery rezoning vote as residents pack chambers');
    expect(titleOf('pl/pl-portal-sluch')).toBe('Bezpłatne badania słuchu dla seniorów. Ministerstwo zapowiada program dla 1,5 mln osób');
    expect(titleOf('pl/pl-sport-derby')).toBe('Derby dla Orła! Rezerwowy bohaterem, Stal bez punktów po raz piąty z rzędu');
  });
});

describe("a post's categories under its byline", () => {
  // A blog theme prints the post's categories in its head ("Events, Village life"); its sidebar lists them one by one.
  const text = [
    'Skip to content', 'Lower Fitchley News', 'Menu', 'Home', "What's On", 'Parish Council', 'Church', 'Contact',
    'Summer fete moves to the recreation ground', 'Posted on 6 May 2025 by colinh', 'Events, Village life', 'Leave a comment', '',
    'This year\'s summer fete will be held on the recreation ground rather than the vicarage garden, after the storm last autumn brought down two of the big cedars on the lawn.', '',
    'The date is unchanged: Saturday 21 June, opening at 1pm, with the dog show at three and the tug of war after it.', '',
    'Recent Posts', 'Bin collections over the bank holiday', 'Bus 47 timetable changes from 2 June', 'Categories', 'Church', 'Events', 'Parish Council', 'Village life', '© 2025 Lower Fitchley News',
  ].join('\n');

  it('are no title: the headline over the byline is', () => {
    expect(analyze(text).metadata.title).toBe('Summer fete moves to the recreation ground');
  });

  it('are stripped as a line of tags', () => {
    const at = text.split('\n').indexOf('Events, Village life') + 1;
    const f = analyze(text).findings.find((g) => g.line <= at && at <= g.endLine);
    expect(f?.kind).toBe('navigation');
    expect(f?.confidence).toBe('certain');
    expect(clean(text, { metadata: 'drop' }).text).not.toContain('Events, Village life');
  });

  it('are no list of the menu\'s entries when one is not an entry: "Events, Summer fete" stays a headline', () => {
    const other = text.replace('Summer fete moves to the recreation ground\n', '').replace('Events, Village life', 'Events, summer fete and the dog show');
    expect(analyze(other).metadata.title).toBe('Events, summer fete and the dog show');
  });
});
