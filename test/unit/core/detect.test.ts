import { describe, expect, it } from 'vitest';
import { analyze, looksLikeScrapedNews } from '../../../src/core';

const P = 'The council approved the new budget on Tuesday after a long debate, officials said in a statement.';
const looks = (lines: string[]) => looksLikeScrapedNews(analyze(lines.join('\n')));

describe('looksLikeScrapedNews', () => {
  it('is sure of an RSS-to-file footer', () => {
    expect(looks(['Ferries cancelled', '', P, '', P, '', 'https://ift.tt/abc 19, 2022 at 07:45PM', 'from Harbour Post'])).toBe(true);
  });
  it('is sure of widgets with a teaser block', () => {
    expect(looks(['18°C', 'Thursday, May 23, 2024', '', 'Ferries cancelled', '', P, '', 'Read more', 'Storm closes the harbour', '', P])).toBe(true);
  });
  it('is sure of page furniture of three kinds', () => {
    expect(looks(['Home', 'World', 'Business', '', 'Ferries cancelled', '', 'By Jane Doe', '', P, '', 'Advertisement', '', P, '', 'Share this article'])).toBe(true);
  });
  it('leaves plain notes and prose alone', () => {
    expect(looks(['Shopping list', '', 'Eggs', 'Milk', '', P])).toBe(false);
    expect(looks([P, '', P, '', 'Share this article'])).toBe(false);
  });
});
