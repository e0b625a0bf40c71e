import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';

// What stands right under an article's last paragraph and is its own, or may be: a match's results,
// a press release's "About" and contact, a credit to colleagues, a recap's next fixtures, a correction.
const kept = (text: string, strip: 'certain' | 'suspect' = 'certain') => clean(text, { metadata: 'drop', strip }).text.split('\n').map((l) => l.trim());
const confidenceOf = (text: string, line: string) => {
  const a = analyze(text);
  const at = a.doc.lines.findIndex((l) => l.trim() === line) + 1;
  return a.findings.find((f) => f.line <= at && at <= f.endLine)?.confidence ?? 'none';
};

const MENU = ['Harbour Courier', 'News', 'Sport', 'Business', 'Opinion', 'Subscribe', 'Log in', ''];
const SHARE = ['', 'Share this article', 'Facebook', 'X', 'Email', '', 'Comments', 'You must be logged in to join the discussion.', 'Most Read', 'Council approves new harbour wall after two-year fight', 'Ferry timetable changes from Monday, operator says', 'Teenager rescued from cliff path near the lighthouse'];
const paragraphs = (...ps: string[]) => ps.flatMap((p) => [p, '']);

describe('a report\'s results under its last paragraph', () => {
  const report = paragraphs(
    'Anna Varga won the seventh stage of the coastal race on Thursday, escaping from a group of five riders on the last climb and holding them off over the final ten kilometres.',
    'Behind her the leader, Mia Holt, lost almost a minute on the descent after a puncture and now leads the race by only eleven seconds with two stages left to ride.',
    '"I knew the descent was where I could make the difference," Varga said at the finish. "I took some risks, but today it was worth it."',
  );
  const results = [
    'Stage 7 result', '',
    '1. Anna Varga (Hun) Team Borealis 3:58:12', '2. Lena Ortiz (Spa) Costa Pro +0:09', '3. Mia Holt (GB) Northwind +0:54', '',
    'Overall after stage 7', '',
    '1. Mia Holt (GB) Northwind 24:11:36', '2. Anna Varga (Hun) Team Borealis +0:11', '3. Lena Ortiz (Spa) Costa Pro +1:02',
  ];

  it('keeps the stage\'s result and the standings, each a heading over rows of times and margins', () => {
    const out = kept([...MENU, 'Varga wins stage seven as Holt loses time', '', ...report, ...results, ...SHARE].join('\n'));
    for (const l of results.filter(Boolean)) expect(out).toContain(l);
    expect(out).not.toContain('Teenager rescued from cliff path near the lighthouse');
  });

  it('keeps a match\'s scorers, their counts in brackets, and the half-time score', () => {
    const match = paragraphs(
      'Northport came from behind to beat Eastvale 27-20 on Saturday, scoring twice in the last ten minutes after trailing for most of the afternoon at the Marine Ground.',
      'Eastvale led 13-10 at the break and stretched the lead early in the second half before their discipline gave way and Northport kicked their way back into the game.',
      '"We never stopped believing we could finish strongly," Northport coach Dan Reeve said after the match.',
    );
    const scorers = ['Northport 27 (Tom Avery 2, Sam Kiri tries; Joe Lane 3 cons, 2 pens)', 'Eastvale 20 (Ben Ash, Luke Penn tries; Max Ford 2 cons, 2 pens)', 'HT: 10-13'];
    const out = kept([...MENU, 'Northport finish strongly to beat Eastvale', '', ...match, ...scorers, '', 'Subscriber comments', 'Comments are open to Premium subscribers only. Log in to join the conversation.', 'Kiwi_Fan', '2 hours ago', 'What a finish that was from the boys.', 'Reply'].join('\n'));
    for (const l of scorers) expect(out).toContain(l);
    expect(out).not.toContain('Comments are open to Premium subscribers only. Log in to join the conversation.');
  });
});

describe("a press release's own tail", () => {
  const release = paragraphs(
    'PORTHAVEN, Maine, June 3, 2025 /PRNewswire/ -- Tidewater Foods Inc., a maker of canned seafood, today announced a new plant in Porthaven that will employ about 180 people when it opens next year.',
    'The plant will process sardines and mackerel landed at the town\'s pier and will run two shifts from its first day, the company said in a statement on Tuesday.',
    '"Porthaven has the boats, the people and the harbour we need," said Carla Denton, chief executive of Tidewater Foods.',
  );
  const tail = [
    'About Tidewater Foods', '',
    'Founded in 1987 and based in Bangor, Maine, Tidewater Foods Inc. makes canned and smoked seafood sold in more than 4,000 stores across North America.', '',
    'Media contact:', 'Jill Marsh', 'jill.marsh@tidewaterfoods.example', '+1 (207) 555-0190', '',
  ];
  const text = [...MENU, 'Tidewater Foods to Open Seafood Plant in Porthaven', '', ...release, ...tail, 'SOURCE Tidewater Foods Inc.', '', 'Related Links', 'https://www.tidewaterfoods.example'].join('\n');

  it('is left for review: kept by a default clean, stripped with the suspect findings', () => {
    const out = kept(text);
    for (const l of tail.filter(Boolean)) expect(out).toContain(l);
    expect(confidenceOf(text, 'About Tidewater Foods')).toBe('suspect');
    const strict = kept(text, 'suspect');
    expect(strict).not.toContain('About Tidewater Foods');
    expect(strict).toContain(release[0]);
  });

  it('is the release\'s under another wire\'s dateline too', () => {
    const other = text.replace('PORTHAVEN, Maine, June 3, 2025 /PRNewswire/ --', 'PORTHAVEN, Maine, June 3, 2025 (GLOBE NEWSWIRE) --');
    expect(other).not.toBe(text);
    expect(confidenceOf(other, 'About Tidewater Foods')).toBe('suspect');
  });

  it('is no release without a wire\'s dateline: an author\'s box under an article stays certain', () => {
    const article = [...MENU, 'Sardine boats return to Porthaven', '', ...paragraphs('The sardine boats came back to Porthaven this week for the first time in six years, and the pier was busy again before dawn on Monday.', 'Fishermen said the shoals had moved north with the warmer water and were now close enough to reach in a day.'), 'About the author', '', 'Jill Marsh has covered the coast for the Courier since 2011.', ''].join('\n');
    expect(confidenceOf(article, 'About the author')).toBe('certain');
  });
});

describe('a credit to colleagues under the article', () => {
  it('is left for review', () => {
    const text = [...MENU, 'Storm closes coastal road', '', ...paragraphs('The coastal road between Porthaven and Eastvale was closed on Sunday after waves threw rocks across both lanes near the old lifeboat station.', 'Crews expect to reopen it on Tuesday once the sea wall has been checked, the county said.'), 'Dana Reyes and Omar Qureshi contributed to this report.', ...SHARE].join('\n');
    expect(kept(text)).toContain('Dana Reyes and Omar Qureshi contributed to this report.');
    expect(confidenceOf(text, 'Dana Reyes and Omar Qureshi contributed to this report.')).toBe('suspect');
  });
});

describe('"Up next" under a recap', () => {
  const recap = paragraphs(
    'PORTHAVEN -- Tom Avery scored 31 points and the Portmouth Gulls beat the Red Hollow Foxes 104-97 on Friday night for their fifth straight win.',
    'Sam Kiri added 18 points and 11 rebounds for the Gulls, who pulled away with a 12-2 run early in the fourth quarter.',
    '"We just kept moving the ball," Avery said. "Everybody touched it on that run."',
  );
  it('over keyed sentences is the recap\'s next fixtures, kept', () => {
    const next = ['UP NEXT', '', 'Foxes: Visit Lakeview on Tuesday.', '', 'Gulls: Host Springfield on Wednesday.'];
    const out = kept([...MENU, 'Avery leads Gulls past Foxes', '', ...recap, ...next, ...SHARE].join('\n'));
    for (const l of next.filter(Boolean)) expect(out).toContain(l);
  });
  it('over headlines is a box of other stories, stripped', () => {
    const box = ['Up next', 'Gulls sign veteran guard to one-year deal', 'Foxes coach says team must defend better'];
    const out = kept([...MENU, 'Avery leads Gulls past Foxes', '', ...recap, ...box, ...SHARE].join('\n'));
    expect(out).not.toContain('Gulls sign veteran guard to one-year deal');
  });
});

describe("a live match report's clock over its latest entry", () => {
  it('is kept with the entries, which have theirs', () => {
    const entries = [
      'FT', 'Full-time: Northport 2-1 Eastvale.', '',
      'Northport are through to the final after a stoppage-time winner that nobody in the ground saw coming, least of all the visitors.', '',
      "90+3'", 'GOAL! Northport 2-1 Eastvale (Avery)', 'Tom Avery gets there first at the back post and turns the ball in from close range, and the whole of the home end is on its feet as he runs to the corner flag with his arms out.', '',
      "78'", 'Eastvale make a double change, bringing on fresh legs for the final ten minutes of the match, and their manager is shouting at his back four to push up and keep the home side away from the box.', '',
      "61'", 'GOAL! Northport 1-1 Eastvale (Kiri)', 'Sam Kiri heads in a corner at the near post to level the tie for the home side, after Eastvale had kept them out for almost an hour with a defence that had not given anything away all afternoon.', '',
      "23'", 'GOAL! Northport 0-1 Eastvale (Ford)', 'Max Ford curls in a free kick from twenty-five yards that the keeper never saw, and the visitors, who came here with little hope, are ahead in a semi-final that most people expected them to lose.', '',
    ];
    const out = kept([...MENU, 'Northport v Eastvale: cup semi-final – live', 'Commentary by Jill Marsh', ...entries, ...SHARE].join('\n'));
    expect(out).toContain('FT');
    expect(out).toContain('Full-time: Northport 2-1 Eastvale.');
  });
});

describe('a correction under the article', () => {
  it('is kept though a comment button stands between', () => {
    const correction = 'Correction, 12 March: An earlier version of this post said the vote was 9 to 2. It was 8 to 3.';
    const text = [...MENU, 'Council sets the budget', '', ...paragraphs('The council voted on Tuesday to raise its share of the property tax by 4.9 per cent, the most it may raise it without a referendum.', 'The leader said the rise would keep the library and the pool open for another year, and that cuts would follow if the government did not help.'), 'Leave a comment', '', correction, '', 'Subscribe to the Dispatch', 'Type your email...', 'Subscribe'].join('\n');
    expect(kept(text)).toContain(correction);
  });
});

describe('a box of headlines set into the article', () => {
  it('keeps a subhead right under it, of half its headlines\' words or fewer, over a paragraph', () => {
    const text = [
      ...MENU, 'I knitted the harbour cardigan', '',
      'The pattern is written for chunky wool, and I used a lighter yarn because that was what the shop had in the colour I wanted, a deep grey that goes with everything I wear in winter.',
      'Knitting the body took me three weeks of evenings, and the sleeves another two, mostly on the train to work and back, with the pattern folded into a sandwich bag on my knee.',
      'You might also like', 'Top-down raglans: a beginner\'s guide', 'How to block a sweater without a blocking board', 'Five ways to lengthen a pattern without ruining the fit',
      'My big mistake',
      'I did not check my gauge after washing the swatch, and the finished cardigan grew by two sizes the first time it went into the machine, so the sleeves now reach past my fingertips.',
      'Next time I will wash the swatch first and measure it again, however much I want to cast on.', ...SHARE,
    ].join('\n');
    const out = kept(text);
    for (const l of text.split('\n').filter((l) => l.length > 80)) expect(out).toContain(l);
    expect(out).toContain('My big mistake');
    expect(out).not.toContain('How to block a sweater without a blocking board');
  });
});

describe("a review's pros and cons under its verdict", () => {
  it('keeps both lists, an item of seven words among them', () => {
    const lists = ['Pros', 'Bright and sharp 2.8K OLED display', 'Sturdy, light aluminium build', 'Good port selection, including HDMI 2.1 out', 'Fast charging', '', 'Cons', 'Glossy screen picks up reflections', 'Speakers lack bass', 'Average 1080p webcam'];
    const text = [...MENU, 'Laptop review: a fine screen on a budget', '', ...paragraphs('The screen is the best we have seen at this price, bright and sharp, with colours that look right out of the box and no need to adjust them.', 'Battery life was good, not great: the laptop lasted eleven hours in our video test, about an hour less than its closest rival.', 'Verdict: a fine laptop for students and writers who want a great screen and do not need to play games on it.'), ...lists, '', 'Buy at Shopkart $749', 'Buy at Retailo $769', ...SHARE].join('\n');
    const out = kept(text);
    for (const l of lists.filter(Boolean)) expect(out).toContain(l);
  });
});
