import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';

// A story's head (headline, byline, date, comment count, a player's "Up next") under prose a page
// places first: the article is still the prose under the head.
const kept = (text: string) => clean(text, { metadata: 'drop' }).text.split('\n').map((l) => l.trim());

const WELCOME = [
  'Since 2004 our small team has covered the valley, its councils, courts and schools, and every story is checked by an editor before it goes out to readers.',
  '',
  'We are owned by no one but our readers, and we rely on their subscriptions and on local advertisers to keep reporting on the decisions that shape the valley.',
  '',
  'If you value what we do, please consider a subscription, which gives you unlimited access to all of our stories, our archives and the weekly print edition.',
  '',
];
const MENU = ['Valley Herald', 'Subscribe', 'Log in', "Today's Paper", 'News', 'Sport', 'Business', 'Opinion', 'Weather', ''];
const BODY = [
  'The library board voted on Monday to keep the Elm Street branch open on Saturdays, reversing a cut it had approved only three weeks ago.',
  '',
  'More than two hundred residents signed a petition after the cut was announced, many of them parents who bring their children to the weekend reading hour.',
  '',
  'The board will pay for the extra hours from a reserve fund until the city settles its budget for next year, the chair said after the vote.',
  '',
];

describe('a story head whose headline ends in a full stop, with a comment count under it', () => {
  const head = ['The Library Keeps Its Saturday Hours. Residents Made It Happen.', 'By Ada Brennan', 'March 4, 2024', 'Share', '38 comments', ''];
  const comments = ['38 Comments', 'Ruth K.', '2 hours ago', 'Good news for the kids on our street, thank you to everyone who signed.', 'Reply', ''];

  it('heads the article, though prose of the site stands above and the count damps what follows', () => {
    const out = kept([...WELCOME, ...MENU, ...head, ...BODY, ...comments].join('\n'));
    for (const p of BODY.filter(Boolean)) expect(out).toContain(p);
    expect(out).not.toContain(WELCOME[0]);
  });

  it('still ends an article above it when it heads the comments', () => {
    const text = [...MENU, ...head.slice(0, 3), '', ...BODY, ...comments, 'Dennis P.', '3 hours ago', 'The reserve fund was meant for the roof, and now the roof will wait another year, as it always does.', 'Reply'].join('\n');
    const out = kept(text);
    for (const p of BODY.filter(Boolean)) expect(out).toContain(p);
    expect(out).not.toContain('The reserve fund was meant for the roof, and now the roof will wait another year, as it always does.');
  });
});

describe("a player's \"Up next\" over a news brief", () => {
  it('is no box that ends an article above it: the brief under its head is the article', () => {
    const brief = [
      'Flood Warning in effect until 8 PM', 'See all alerts', '77°', 'Riverton, PA',
      'Play', 'Mute', 'Current Time 0:00', 'Duration 1:52', 'Loaded: 0%', 'Captions', 'Settings', 'Fullscreen', 'Up Next', 'Crews clear basements after the storm', 'Cancel', '',
      'Creek floods Route 41, stranding drivers', 'Author: Kim Tran', 'Published: 6:12 PM EDT May 14, 2024', '',
      'Firefighters pulled four people from cars stuck in rising water on Route 41 on Tuesday afternoon after the creek spilled over its banks near the bridge.',
      '',
      'The road will stay closed at least until Wednesday morning while crews check the bridge for damage, the state transport department said.',
      '', 'Related Articles', 'Flood watch issued for the north of the county', '',
    ];
    const out = kept([...WELCOME, ...MENU, ...brief].join('\n'));
    for (const p of brief.filter((l) => l.length > 100)) expect(out).toContain(p);
    expect(out).not.toContain(WELCOME[0]);
  });
});

describe('a headline in Title Case that ends in a full stop', () => {
  const page = (headline: string) => [...MENU, 'Share full article', headline, 'By Ada Brennan', 'March 4, 2024', '', ...BODY].join('\n');

  it('is the title over its byline, and the share button over it is none', () => {
    expect(analyze(page('I Drove the No. 9 Bus for 22 Years. Cutting It Would Be a Mistake.')).metadata.title).toBe('I Drove the No. 9 Bus for 22 Years. Cutting It Would Be a Mistake.');
    expect(analyze(page('A Headline')).findings.some((f) => f.rule === 'share-line' && f.line === MENU.length + 1)).toBe(true);
  });

  it('is a sentence when it is not in Title Case', () => {
    expect(analyze(page('The bus I drove for years is being cut, and that is a mistake.')).metadata.title).not.toBe('The bus I drove for years is being cut, and that is a mistake.');
  });
});

describe('ranks alone, each over one headline, under the article with no heading', () => {
  const box = ['1', 'School board delays vote on new start times', '2', 'Police: Man arrested after chase on Route 9', '3', 'Harvest fair returns to Mill Street this weekend', '4', 'Longtime owner of the hardware store dies at 81'];

  it('are a box of the most read: its headlines go, the article stays', () => {
    const out = kept([...MENU, 'Bakery to open a second shop with help from a city loan', 'By Ada Brennan', 'March 4, 2024', '', ...BODY, ...box, 'Advertisement', '© 2024 Valley Herald'].join('\n'));
    for (const p of BODY.filter(Boolean)) expect(out).toContain(p);
    expect(out).not.toContain(box[1]);
    expect(out).not.toContain(box[7]);
  });
});
