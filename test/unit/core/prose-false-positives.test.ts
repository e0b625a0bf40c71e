// Three well-formed articles with no boilerplate once lost a line each to a rule that matched on its
// leading word alone (issue 11). Rules must need more than that.
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';

const TITLE = 'Rail commuting rises for a third year, council report finds';
const P1 = 'The regional council published its annual transport report on Monday, showing a steady rise in the number of residents who commute by train.';
const P2 = 'Officials said the figures reflected new timetables and the reopening of two stations that had been closed for repairs since the spring.';
const P3 = 'The report will be discussed at the next meeting of the transport committee, which is expected to consider further investment in the line.';

const article = (line: string, at: 'middle' | 'end') => (at === 'middle' ? [TITLE, '', P1, '', line, '', P2, '', P3] : [TITLE, '', P1, '', P2, '', P3, '', line]).join('\n') + '\n';

const cases: [string, string][] = [
  ['photo-credit', 'Sources: Regional Statistics Office; national rail operator; council survey of 2,000 households.'],
  ['copyright-notice', 'Copyright law protects the images, the council said, so the photographs will not be published online.'],
  ['copyright-notice', 'Copyright law protects the images, the agency said.'],
  ['footer-zone', 'Contact: investor.relations@northwind-rail.example'],
  ['footer-zone', 'Media enquiries: press.office@regional-council.example or the council switchboard.'],
];

describe('prose lines are not chaff', () => {
  for (const [rule, line] of cases) {
    for (const at of ['middle', 'end'] as const) {
      it(`${rule} leaves "${line.slice(0, 40)}…" at the ${at}`, () => {
        const text = article(line, at);
        const n = text.split('\n').indexOf(line) + 1;
        expect(analyze(text).findings.filter((f) => f.line <= n && f.endLine >= n)).toEqual([]);
        expect(clean(text, { metadata: 'drop' }).text).toContain(`${line}\n`);
      });
    }
  }
});

describe('the rules still find the real thing', () => {
  const find = (line: string) => {
    const text = article(line, 'end');
    const n = text.split('\n').indexOf(line) + 1;
    return analyze(text).findings.find((f) => f.line <= n && f.endLine >= n)?.rule;
  };
  it('photo credits', () => {
    expect(find('Source: Reuters')).toBe('photo-credit');
    expect(find('Photo: Jane Doe/Reuters')).toBe('photo-credit');
  });
  it('copyright notices', () => {
    expect(find('Copyright The Northfield Gazette')).toBe('copyright-notice');
    expect(find('Copyright © 2019 The Paradigm. All Rights Reserved.')).toBe('copyright-notice');
  });
  it('a contact line among footer links is still footer', () => {
    const text = [TITLE, '', P1, '', P2, '', P3, '', 'About us', 'Contact: newsroom@paper.example', 'Privacy policy'].join('\n');
    const a = analyze(text);
    expect(a.findings.some((f) => f.line <= 10 && f.endLine >= 10)).toBe(true);
  });
});
