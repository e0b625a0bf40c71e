import { describe, expect, it } from 'vitest';
import { corpusStatistics, periodOf, type StatsArticle } from '../../../src/core';

const art = (path: string, source: string | null, published: string | null, findings: number, kinds: StatsArticle['kinds'] = {}): StatsArticle => ({ path, source, published, findings, kinds });

describe('corpusStatistics', () => {
  const articles = [
    art('a/1.txt', 'Daily', '2022-03-04T10:00', 3, { teaser: 2, widget: 1 }),
    art('a/2.txt', 'Daily', '2022-03-20', 4, { teaser: 1 }), // 3 added by corpus evidence
    art('a/3.txt', 'Daily', '2022-XX-19', 0),
    art('b/1.txt', 'Weekly', '2021-12', 1, { share: 1 }),
    art('b/2.txt', 'Weekly', null, 2, { share: 2 }),
    art('c/1.txt', null, null, 0),
    art('c/2.txt', null, 'March 5, 2022', 1, { widget: 1 }),
  ];
  const s = corpusStatistics(articles, [
    { kind: 'exact', articles: ['a/1.txt', 'a/2.txt'] },
    { kind: 'near', articles: ['a/1.txt', 'b/1.txt', 'c/1.txt'] },
  ]);

  it('counts articles, findings and sources', () => {
    expect(s.articles).toBe(7);
    expect(s.findings).toBe(11);
    expect(s.withFindings).toBe(5);
    expect(s.sources).toBe(2);
  });

  it('counts findings by kind, and what corpus evidence adds apart', () => {
    // Ties in the order of KINDS.
    expect(s.byKind).toEqual([
      { kind: 'teaser', findings: 3 },
      { kind: 'share', findings: 3 },
      { kind: 'widget', findings: 2 },
    ]);
    expect(s.evidence).toBe(3);
    expect(s.byKind.reduce((n, k) => n + k.findings, 0) + s.evidence).toBe(s.findings);
  });

  it('puts articles per source in months, or years when the month is lost', () => {
    expect(s.periods).toEqual(['2021-12', '2022', '2022-03']);
    expect(s.overTime).toEqual([
      { source: 'Weekly', period: '2021-12', articles: 1 },
      { source: 'Daily', period: '2022', articles: 1 },
      { source: 'Daily', period: '2022-03', articles: 2 },
      { source: null, period: '2022-03', articles: 1 },
    ]);
  });

  it('ranks sources by findings and by chaff per article', () => {
    expect(s.bySource.map((x) => [x.source, x.articles, x.findings, x.evidence])).toEqual([
      ['Daily', 3, 7, 3],
      ['Weekly', 2, 3, 0],
      [null, 2, 1, 0],
    ]);
    expect(s.mostChaff.map((x) => [x.source, x.perArticle])).toEqual([
      ['Daily', 2.33],
      ['Weekly', 1.5],
      [null, 0.5],
    ]);
  });

  it('counts duplicate sets and their copies by the copy’s source', () => {
    expect(s.duplicates).toEqual({ exactSets: 1, nearSets: 1, exactCopies: 1, nearCopies: 2 });
    const of = (src: string | null) => s.bySource.find((x) => x.source === src)!;
    expect([of('Daily').exactCopies, of('Weekly').nearCopies, of(null).nearCopies]).toEqual([1, 1, 1]);
  });

  it('counts suspect metadata', () => {
    expect(s.suspect).toEqual({ noDate: 2, noSource: 2, neither: 1 });
  });

  it('is empty for an empty corpus', () => {
    const e = corpusStatistics([]);
    expect([e.articles, e.findings, e.bySource.length, e.overTime.length, e.periods.length]).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('periodOf', () => {
  it('reads EDTF and prose dates', () => {
    expect(['2022-03-04', '2022-XX-04', '1999', 'March 5, 2022', null, 'soon'].map(periodOf)).toEqual(['2022-03', '2022', '1999', '2022-03', null, null]);
  });
});
