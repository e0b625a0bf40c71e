import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEXT, nextStory } from '../../../bench/nextstory.mjs';
import { analyze, clean } from '../../../src/core';

// Sites that load one story after another put the next story under the article: its headline, its
// byline and date, its paragraphs, often under a label ("Next article"). The page's own story is
// the first; the next one is chaff, left for review when nothing but its head says so and it keeps
// to the article's topic (a weekly's briefs look alike).

const kept = (text: string, strip: 'certain' | 'suspect' = 'certain') => new Set(clean(text, { metadata: 'drop', strip }).text.split('\n'));
const page = (...parts: string[][]) => parts.flat().join('\n');
const spaced = (ls: string[]) => ls.flatMap((l) => [l, '']);

const menu = ['Home', 'News', 'Sport', 'Business', 'Weather', ''];
const head = ['Council approves budget for harbour repairs after long debate', 'By Jane Doe', 'Published March 11, 2024 at 9:15 a.m.', ''];
const article = [
  'The town council approved on Monday a budget of 4.2 million euros for the repair of the harbour wall, which was damaged in the storms of last winter and has been closed to the public since January.',
  'The works will start in May and should take about eight months, the mayor said, adding that the fishing fleet would be able to use the eastern quay throughout the works.',
  'Opposition councillors voted against the plan, arguing that the cost had nearly doubled since the first estimate and that the tender had been rushed through without enough competition.',
];
const nextHead = ['Ferry operator adds winter sailings to the islands', 'By John Roe', 'Published March 12, 2024 at 6:40 p.m.', ''];
const nextBody = [
  'The ferry operator will add two sailings a week to the outer islands this winter, after residents complained that the timetable left them without a crossing for three days in a row.',
  'The extra crossings will run on Tuesdays and Fridays from November to March, the company said, and will be paid for by the regional government under a contract signed last week.',
  'Islanders welcomed the news but said the boats were still too small for the lorries that bring fuel and food, and asked the company to bring back the larger vessel it sold two years ago.',
  'A spokesperson for the operator said a new ship had been ordered and would enter service in two years, once the harbour on the largest island has been dredged to take it.',
];
const foot = ['', 'About us', 'Contact', 'Privacy', '© 2024 Coast Weekly'];

const lineOf = (text: string, l: string) => text.split('\n').indexOf(l) + 1;
const findingAt = (text: string, line: number) => analyze(text).findings.find((f) => f.line <= line && f.endLine >= line);
/** The article's paragraphs are kept; the next story's are stripped, each by a certain finding. */
const expectStoryCut = (text: string, own: string[], other: string[]) => {
  const out = kept(text);
  for (const p of own) expect(out).toContain(p);
  for (const p of other) {
    expect(out).not.toContain(p);
    expect(findingAt(text, lineOf(text, p))?.confidence).toBe('certain');
  }
};

describe('the next story under the article', () => {
  it('strips a labelled next story and keeps the article, though the next story is longer', () => {
    const text = page(menu, head, spaced(article), ['Next article', ''], nextHead, spaced(nextBody), foot);
    const out = kept(text);
    for (const p of article) expect(out).toContain(p);
    for (const p of nextBody) expect(out).not.toContain(p);
    // The metadata is the page's own story's, not the next one's.
    const { title, author, published } = analyze(text).metadata;
    expect([title, author, published]).toEqual([head[0], 'Jane Doe', '2024-03-11T09:15']);
  });

  it('strips an unlabelled next story on another topic', () => {
    const text = page(menu, head, spaced(article), nextHead, spaced(nextBody), foot);
    expectStoryCut(text, article, nextBody);
  });

  // Words of the calendar and the clock ("Saturday", "minutes", "week") are any two stories': shared,
  // they put the next story on the article's topic and left it for review.
  it.each([
    [
      'en',
      ['Okonjo double lifts Ashcombe into the play-off places', 'By Callum Whitford', 'Saturday 16 March 2024 17:12 GMT', ''],
      [
        'Femi Okonjo scored twice on Saturday afternoon as Ashcombe Town beat Wexley Rovers at Kingsmead Park, a week after their defeat at Fenbridge.',
        'The striker opened the scoring after twenty minutes and added a second header eleven minutes from time, his sixth goal this month.',
        'Wexley, who travel to Marlow on Tuesday evening, had a man sent off an hour into the game and never looked like finding an equaliser.',
      ],
      ['Walker hailed a hero after cliff rescue at Hollin Bay', 'By Ellen Marsh', 'Published March 12, 2024 at 6:40 p.m.', ''],
      [
        'A dog walker has been hailed a hero after clinging to a crumbling cliff for forty minutes on Saturday morning to stop a pensioner from plunging onto the rocks below.',
        'The retired teacher slipped down the slope in the morning mist last week, and rescuers said it took two hours and a lifeguard on Tuesday evening to lift her to safety.',
        'She spent the night in hospital and was home by Sunday afternoon, a month after a similar fall on the same path this year.',
      ],
    ],
    [
      'de',
      ['Doppelpack bringt Ashcombe auf einen Aufstiegsplatz', 'Von Callum Whitford', '16.03.2024, 17:12 Uhr', ''],
      [
        'Femi Okonjo traf am Samstag zweimal, und Ashcombe gewann gegen Wexley, eine Woche nach der Niederlage in Fenbridge, vor vollen Rängen im Stadion.',
        'Der Stürmer erzielte nach zwanzig Minuten die Führung und köpfte elf Minuten vor Schluss das zweite Tor, sein sechstes in diesem Monat.',
        'Wexley, das am Dienstag in Marlow spielt, verlor nach einer Stunde einen Spieler durch Platzverweis und fand danach keinen Weg mehr zum Ausgleich.',
      ],
      ['Spaziergänger rettet Rentnerin an der Steilküste', 'Von Jonas Berger', 'Veröffentlicht am 12.03.2024, 18:40 Uhr', ''],
      [
        'Ein Spaziergänger hat am Samstag vierzig Minuten lang eine Rentnerin an der bröckelnden Steilküste festgehalten, bis die Bergwacht mit Seilen eintraf.',
        'Die pensionierte Lehrerin war am Morgen im Nebel abgerutscht; es dauerte zwei Stunden, bis die Retter sie am Dienstag über die Klippe zogen, sagte die Polizei.',
        'Sie verbrachte die Nacht im Krankenhaus und war am Sonntag wieder zu Hause, einen Monat nach einem ähnlichen Sturz auf demselben Pfad in diesem Jahr.',
      ],
    ],
  ])('strips a next story (%s) that shares only words of the calendar and the clock with the article', (_, ownHead, own, otherHead, other) => {
    const text = page(menu, ownHead, spaced(own), otherHead, spaced(other), foot);
    expectStoryCut(text, own, other);
  });

  // An article may end on a run of facts ("Key: value" lines, a table's rows) or on a line that
  // credits its contributors: the last of them is no teaser's headline over the next story's head.
  it.each([
    ['a run of "Key: value" lines', ['When: Saturday and Sunday, 10 am to 6 pm', 'Where: the old fish market on the eastern quay', 'Entry: free; guided tours 5 euros, booked ahead']],
    ["a table's rows", ['Pos\tTeam\tP\tPts', '1\tAshcombe Town\t37\t62', '2\tHarlow Athletic\t37\t60']],
    ['a line that credits its contributors', ['Jane Roe and John Smith contributed to this report.']],
  ])('strips an unlabelled next story on another topic under an article that ends on %s', (_, tail) => {
    const text = page(menu, head, spaced(article), tail, [''], nextHead, spaced(nextBody), foot);
    expectStoryCut(text, article, nextBody);
  });

  // No headline of a teaser list stands over the next story's: the line above it is the article's last.
  it.each([
    ['a paragraph that ends in a quote', '"I told them it would cost more," she said. "Nobody listens."'],
    ['a short line of its own', 'Council minutes: Harbour committee, item 7, March 2024'],
  ])('strips an unlabelled next story under an article that ends on %s', (_, last) => {
    const ended = [...article, last];
    const text = page(menu, head, spaced(ended), nextHead, spaced(nextBody), foot);
    const out = kept(text);
    for (const p of ended) expect(out).toContain(p);
    for (const p of nextBody) expect(out).not.toContain(p);
  });

  it('strips an unlabelled next story on another topic under an article with no byline or date', () => {
    const text = page(menu, [head[0], ''], spaced(article), nextHead, spaced(nextBody), foot);
    const out = kept(text);
    for (const p of article) expect(out).toContain(p);
    for (const p of nextBody) expect(out).not.toContain(p);
  });

  // A follow-up on the article's own topic under its head may be the text's next item (a weekly's
  // brief on the same matter): kept by a default clean, stripped with the suspect findings.
  const followUp = [
    'Work on the harbour wall will begin with the eastern section, where the storms of last winter left the widest breach, the council said in a statement on Tuesday.',
    'The fishing fleet has been told to use the eastern quay from May, and the harbour master will publish a timetable for the works and the closures of the quay each month.',
    'Councillors who voted against the budget said they would ask for a review of the tender, after the cost of the repairs to the wall had nearly doubled since the first estimate.',
  ];
  it('leaves an unlabelled next story on the article\'s topic for review', () => {
    const text = page(menu, head, spaced(article), ['Harbour works to start with the eastern wall', 'By John Roe', 'Published March 12, 2024 at 6:40 p.m.', ''], spaced(followUp), foot);
    for (const p of article) expect(kept(text, 'suspect')).toContain(p);
    for (const p of followUp) {
      expect(kept(text)).toContain(p);
      expect(kept(text, 'suspect')).not.toContain(p);
      expect(findingAt(text, lineOf(text, p))?.confidence).toBe('suspect');
    }
  });

  it('keeps the article under a "Next article" link at the top of the page, with no prose above it', () => {
    const text = page(menu, ['Next article', ''], head, spaced(article), foot);
    const out = kept(text);
    for (const p of article) expect(out).toContain(p);
  });

  it("strips an unlabelled next story under the article's own tail (share buttons, tags)", () => {
    const tail = ['Share', 'Facebook', 'Email', '', 'Tags: harbour, council, budget', ''];
    const text = page(menu, head, spaced(article), tail, nextHead, spaced(nextBody), foot);
    const out = kept(text);
    for (const p of article) expect(out).toContain(p);
    for (const p of nextBody) expect(out).not.toContain(p);
  });

  it('strips a labelled next story whose date stands over its headline', () => {
    const text = page(menu, head, spaced(article), ['Next article', ''], [nextHead[2], nextHead[0], nextHead[1], ''], spaced(nextBody), foot);
    const out = kept(text);
    for (const p of article) expect(out).toContain(p);
    for (const p of nextBody) expect(out).not.toContain(p);
  });

  it("keeps a weekly's briefs, each under its headline, byline and date", () => {
    const brief = (title: string, who: string, body: string[]) => [title, who, 'Published March 12, 2024', '', ...spaced(body)];
    const text = page(menu, head, spaced(article), brief(nextHead[0], 'By John Roe', nextBody.slice(0, 2)), brief('School board names new head of the harbour college', 'By Ann Poe', nextBody.slice(2)), brief('Library extends its opening hours for the exam season', 'By Ben Lee', article.slice(0, 2)), foot);
    const out = kept(text);
    for (const p of [...article, ...nextBody]) expect(out).toContain(p);
  });

  it('does not take a list of teasers, each a headline, its excerpt and its date, for a next story', () => {
    const teaser = (title: string, excerpt: string, when: string) => [title, excerpt, when, ''];
    const text = page(menu, head, spaced(article), ['More news', ''],
      teaser(nextHead[0], nextBody[0], '2 hours ago'), teaser('School board names new head of the harbour college', nextBody[1], '5 hours ago'), teaser('Library extends its opening hours for the exam season', nextBody[2], 'Yesterday'), foot);
    const before = analyze(text);
    for (const p of nextBody.slice(0, 3)) expect(before.findings.find((f) => f.line <= lineOf(text, p) && f.endLine >= lineOf(text, p))?.confidence).toBe('certain');
  });

  // Our pages under the layout bench's two layouts: every line of the article stays; the next story
  // (another page of ours, under a made-up head) goes when labelled, or is left for review.
  const pages = join(__dirname, '../../../bench/pages');
  const read = (name: string, ext: string) => readFileSync(join(pages, `${name}${ext}`), 'utf8');
  const cases: [string, string][] = [
    ['es/es-news-incendio', 'es/es-news-metro'],
    ['fr/fr-news-budget', 'fr/fr-news-interview'],
    ['de/de-news-deich', 'de/de-news-interview'],
    ['en/en-local-pool', 'en/en-opinion-transit'],
    ['pl/pl-sport-derby', 'pl/pl-regionalny-wiadukt'],
    // (An interview: its first question right under the head's reading time is no next story's headline.)
    ['fr/fr-news-interview', 'fr/fr-news-tramway'],
  ];
  for (const [name, otherName] of cases) {
    const lang = name.slice(0, 2);
    const gold = read(name, '.gold.txt');
    const other = { text: read(otherName, '.txt'), gold: read(otherName, '.gold.txt') };
    const own = gold.split('\n').filter((l) => l.trim());
    // The other story's paragraphs (its lines of some length that this page does not have).
    const theirs = other.gold.split('\n').filter((l) => l.split(/\s+/u).length >= 15 && !gold.includes(l));
    it(`${name} with ${otherName} under a label: keeps the article, strips the next story`, () => {
      const text = nextStory(read(name, '.txt'), gold, lang, other, true);
      expect(text).toContain(NEXT[lang][0]);
      const out = kept(text);
      for (const l of own) expect(out).toContain(l);
      for (const l of theirs) expect(out).not.toContain(l);
    });
    it(`${name} with ${otherName} under a label, its date over its headline: keeps the article, strips the next story`, () => {
      const out = kept(nextStory(read(name, '.txt'), gold, lang, other, true, true));
      for (const l of own) expect(out).toContain(l);
      for (const l of theirs) expect(out).not.toContain(l);
    });
    it(`${name} with ${otherName}, no label: keeps the article, leaves the next story for review`, () => {
      const text = nextStory(read(name, '.txt'), gold, lang, other, false);
      const out = kept(text, 'suspect');
      for (const l of own) expect(out).toContain(l);
      for (const l of theirs) expect(out).not.toContain(l);
    });
  }

  // Under a label, the next story with a head of its own won the span from a page whose own text has
  // none (a city's notice, a feed's briefs, a live story of short entries, a product review); the
  // label says the story under it is another page's.
  const labelled: [string, string][] = [
    ['de-web/de-web-buergeramt', 'de-web/de-web-gesundheit'],
    ['pt/pt-tech-celular', 'pt/pt-blog-bolo'],
    ['ru/ru-korotko-lenta', 'ru/ru-portal-metro'],
    ['pl/pl-relacja-powodz', 'pl/pl-sport-derby'],
  ];
  for (const [name, otherName] of labelled) {
    it(`${name} with ${otherName} under a label: keeps the article, strips the next story`, () => {
      const gold = read(name, '.gold.txt');
      const other = { text: read(otherName, '.txt'), gold: read(otherName, '.gold.txt') };
      const out = kept(nextStory(read(name, '.txt'), gold, name.slice(0, 2), other, true));
      for (const l of gold.split('\n').filter((x) => x.trim())) expect(out).toContain(l);
      for (const l of other.gold.split('\n').filter((x) => x.split(/\s+/u).length >= 15 && !gold.includes(x))) expect(out).not.toContain(l);
    });
  }
});

describe('a labelled next story under an article whose byline stands far above its first paragraph', () => {
  // Our TV station's wire story: share buttons and a video player between its byline and its first paragraph.
  const own = (name: string) => {
    const dir = join(__dirname, '../../../bench/pages/en-mix');
    return { text: readFileSync(join(dir, `${name}.txt`), 'utf8'), gold: readFileSync(join(dir, `${name}.gold.txt`), 'utf8') };
  };
  const wire = own('en-mix-wire-tornado');
  const other = own('en-mix-longread-lightkeepers');
  const golds = (g: string) => g.split('\n').filter((l) => l.trim());

  it("is stripped: the label says whose it is, however far the article's own byline is", () => {
    const out = kept(nextStory(wire.text, wire.gold, 'en', other, true));
    for (const g of golds(wire.gold)) expect(out).toContain(g);
    for (const g of golds(other.gold).slice(1, 6)) expect(out).not.toContain(g);
  });

  it("is left for review with no label: a weekly's briefs look alike", () => {
    const out = kept(nextStory(wire.text, wire.gold, 'en', other, false));
    for (const g of golds(wire.gold)) expect(out).toContain(g);
  });
});

describe('a short article over a longer next story', () => {
  // A blog post's head ("February 9, 2025 by Jane Doe") over a brief; under it the next story's head,
  // a list of its key events, then its entries: more prose than the brief, and far from its head.
  const blogHead = ['Leek and cheddar scones for a cold evening', 'February 9, 2025 by Jane Doe', ''];
  const brief = [
    'These are the scones I make when there is half a leek and the end of a block of cheese in the fridge and people are coming round in an hour.',
    'The leek goes in raw and very finely sliced, which sounds wrong but works: it softens in the oven and keeps the scones moist and soft in the middle.',
  ];
  const keyEvents = ['Power cuts rise to 48,000 homes', '11:20 am', 'More than 120 schools closed', '10:42 am', 'Rail services suspended', 'Show key events only', ''];
  const entries = [
    '11:58 am', 'The grid operator says about 48,000 homes are now without power, most of them on the peninsula, and it expects to reconnect most customers by this evening.', '',
    '11:41 am', 'The ferry company has cancelled every sailing to the island for the rest of the day, and the last boat back to the mainland left at seven in the morning.', '',
    '11:20 am', 'The weather service has recorded a gust of 93mph on the headland, the strongest so far, and says the winds should ease along the coast by the evening.', '',
    '10:42 am', 'More than 120 schools across the west have closed for the day, and the council says they should reopen as normal on Monday unless buildings were damaged.', '',
  ];
  const text = page(menu, blogHead, spaced(brief), ['Storm closes schools and cuts power across the west', 'By John Roe', 'Published March 12, 2024 at 6:40 p.m.', ''], keyEvents, entries, foot);

  it('keeps the brief, not the longer story whose head stands above its key events', () => {
    const out = kept(text, 'suspect');
    for (const p of brief) expect(out).toContain(p);
    for (const p of entries.filter((l) => l.length > 40)) expect(out).not.toContain(p);
  });

  it("reads the brief's metadata, not the next story's byline and stamp under it", () => {
    const { title, author, published } = analyze(text).metadata;
    expect([title, author, published]).toEqual([blogHead[0], 'Jane Doe', '2025-02-09']);
  });
});

describe('a list that ends the article', () => {
  // A timeline, a schedule or a box of facts under the last paragraph, each item led alike before a
  // dash or a colon: the article's when it keeps to its topic, other stories' when it does not.
  const timeline = [
    'March 3, 2019 – The port authority hands the harbour wall over to the council',
    'January 14, 2020 – A first survey finds cracks along the eastern section of the wall',
    'November 2, 2021 – A storm damages the wall and floods the quay',
    'February 18, 2022 – The council asks the government for emergency funds for the harbour',
    'Sept. 30 – Engineers close the harbour wall to the public',
  ];
  const others = [
    'March 3 – School board names new head of the college',
    'March 2 – Library extends its opening hours for the exam season',
    'March 1 – Ferry operator adds winter sailings to the islands',
  ];
  it('keeps a timeline of the story under its last paragraph, glued or spaced', () => {
    for (const list of [timeline, spaced(timeline)]) {
      const out = kept(page(menu, head, spaced(article), list, foot));
      for (const p of [...article, ...timeline]) expect(out).toContain(p);
    }
  });

  it('strips a list of other stories, each under its date', () => {
    const out = kept(page(menu, head, spaced(article), others, foot));
    for (const p of article) expect(out).toContain(p);
    for (const p of others) expect(out).not.toContain(p);
  });
});
