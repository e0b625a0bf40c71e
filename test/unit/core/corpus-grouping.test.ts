// The corpus tree model: grouping by source and date, partial and missing dates, counts, stable ids,
// parents, the filter and the duplicates group.
import { describe, expect, it } from 'vitest';
import { CorpusTree, dateParts, parseFilter, type NodeView, type TreeArticle } from '../../../src/core';

const art = (key: string, source: string | null, published: string | null, title: string | null = key, findings = 0): TreeArticle => ({
  key,
  name: key.split('/').pop()!,
  path: key,
  source,
  published,
  title,
  findings,
});

/** The tree as nested labels with counts, articles as their labels. */
function shape(t: CorpusTree, id?: string): unknown[] {
  return t.children(id).map((n: NodeView) => (n.type === 'group' ? { [`${n.label} (${n.count})`]: shape(t, n.id) } : (n.article.title ?? n.article.name)));
}

describe('dateParts', () => {
  it('reads full, partial and free-form dates', () => {
    expect(dateParts('2023-08-14T08:05+01:00')).toEqual({ year: 2023, month: 8, day: 14, time: '08:05' });
    expect(dateParts('2022-XX-19T19:45')).toEqual({ year: 2022, month: null, day: 19, time: '19:45' });
    expect(dateParts('2021-06')).toEqual({ year: 2021, month: 6, day: null, time: null });
    expect(dateParts('2021-06-XX')).toEqual({ year: 2021, month: 6, day: null, time: null });
    expect(dateParts('2024')).toEqual({ year: 2024, month: null, day: null, time: null });
    expect(dateParts('2022-10-03 16:45')).toEqual({ year: 2022, month: 10, day: 3, time: '16:45' });
    expect(dateParts('March 7, 2025')).toEqual({ year: 2025, month: 3, day: 7, time: null });
  });

  it('calls a date with a lost year, an impossible month or no date at all undated or unknown', () => {
    expect(dateParts(null).year).toBeNull();
    expect(dateParts('XXXX-05-12').year).toBeNull();
    expect(dateParts('sometime last week').year).toBeNull();
    expect(dateParts('2022-13-40')).toEqual({ year: 2022, month: null, day: null, time: null });
  });
});

describe('CorpusTree', () => {
  const corpus = () => {
    const t = new CorpusTree('source');
    t.set(art('hp/a.txt', 'Harbour Post', '2024-05-09T11:20+01:00', 'Lender cuts jobs', 3));
    t.set(art('hp/b.txt', 'Harbour Post', '2024-05-20T08:10', 'Marathon record'));
    t.set(art('hp/c.txt', 'Harbour Post', '2023-03-14', 'Ferry terminal'));
    t.set(art('rt/seed.txt', 'RT – Daily news', '2022-XX-19T19:45', 'NATO reveals'));
    t.set(art('rt/month.txt', 'RT – Daily news', '2022-06', 'Only a month'));
    t.set(art('ml/undated.txt', null, null, 'Rooftop gardens'));
    t.set(art('ml/dated.txt', null, '2021-11-30', null));
    return t;
  };

  it('groups Source › Year › Month › Day › Article, newest first, with counts; unknowns last', () => {
    expect(shape(corpus())).toEqual([
      { 'Harbour Post (3)': [
        { '2024 (2)': [{ 'May (2)': [{ '20 May (1)': ['Marathon record'] }, { '9 May (1)': ['Lender cuts jobs'] }] }] },
        { '2023 (1)': [{ 'March (1)': [{ '14 March (1)': ['Ferry terminal'] }] }] },
      ] },
      { 'RT – Daily news (2)': [
        { '2022 (2)': [{ 'June (1)': [{ 'day unknown (1)': ['Only a month'] }] }, { 'month unknown (1)': [{ 'day 19 (1)': ['NATO reveals'] }] }] },
      ] },
      { 'Unknown source (2)': [{ '2021 (1)': [{ 'November (1)': [{ '30 November (1)': ['dated.txt'] }] }] }, { 'Undated (1)': ['Rooftop gardens'] }] },
    ]);
  });

  it('groups Year › Month › Day › Source › Article when asked, undated under Undated', () => {
    const t = corpus();
    t.setGrouping('date');
    expect(shape(t)).toEqual([
      { '2024 (2)': [{ 'May (2)': [{ '20 May (1)': [{ 'Harbour Post (1)': ['Marathon record'] }] }, { '9 May (1)': [{ 'Harbour Post (1)': ['Lender cuts jobs'] }] }] }] },
      { '2023 (1)': [{ 'March (1)': [{ '14 March (1)': [{ 'Harbour Post (1)': ['Ferry terminal'] }] }] }] },
      { '2022 (2)': [{ 'June (1)': [{ 'day unknown (1)': [{ 'RT – Daily news (1)': ['Only a month'] }] }] }, { 'month unknown (1)': [{ 'day 19 (1)': [{ 'RT – Daily news (1)': ['NATO reveals'] }] }] }] },
      { '2021 (1)': [{ 'November (1)': [{ '30 November (1)': [{ 'Unknown source (1)': ['dated.txt'] }] }] }] },
      { 'Undated (1)': [{ 'Unknown source (1)': ['Rooftop gardens'] }] },
    ]);
  });

  it('keeps ids stable across updates and gives every node its parent', () => {
    const t = corpus();
    const ids = (id?: string): string[] => t.children(id).flatMap((n) => [n.id, ...(n.type === 'group' ? ids(n.id) : [])]);
    const before = ids();
    expect(new Set(before).size).toBe(before.length);
    t.set(art('hp/a.txt', 'Harbour Post', '2024-05-09T11:20+01:00', 'Lender cuts jobs', 0)); // findings changed
    t.set(art('zz/new.txt', 'Zeta', '2020-01-01'));
    t.delete('zz/new.txt');
    expect(ids()).toEqual(before);
    for (const id of before) {
      const parent = t.parent(id);
      expect(t.children(parent).some((n) => n.id === id), id).toBe(true);
    }
    // pathTo is the chain of parents from a root down to the article.
    const chain: string[] = [];
    for (let id: string | undefined = t.articleId('rt/seed.txt'); id; id = t.parent(id)) chain.unshift(id);
    expect(t.pathTo('rt/seed.txt')).toEqual(chain);
    expect(chain).toHaveLength(5);
  });

  it('moves an article whose metadata changed and drops emptied groups', () => {
    const t = corpus();
    t.set(art('ml/undated.txt', 'Metro Ledger', '2023-05-17', 'Rooftop gardens'));
    expect(shape(t).map((g) => Object.keys(g as object)[0])).toEqual(['Harbour Post (3)', 'Metro Ledger (1)', 'RT – Daily news (2)', 'Unknown source (1)']);
    const unknown = t.children().find((n) => n.type === 'group' && n.label === 'Unknown source')!;
    expect(t.children(unknown.id).map((n) => (n as { label: string }).label)).toEqual(['2021']);
    t.delete('ml/dated.txt');
    expect(t.children().map((n) => (n as { label: string }).label)).toEqual(['Harbour Post', 'Metro Ledger', 'RT – Daily news']);
    expect(t.size).toBe(6);
  });

  it('filters over title, source and path, counting only what matches', () => {
    const t = corpus();
    t.setFilter('MARATHON');
    expect(shape(t)).toEqual([{ 'Harbour Post (1)': [{ '2024 (1)': [{ 'May (1)': [{ '20 May (1)': ['Marathon record'] }] }] }] }]);
    t.setFilter('rt/');
    expect(t.children().map((n) => `${(n as { label: string }).label} ${(n as { count: number }).count}`)).toEqual(['RT – Daily news 2']);
    t.setFilter('harbour post');
    expect(t.children().map((n) => (n as { count: number }).count)).toEqual([3]);
    t.setFilter('');
    expect(t.children()).toHaveLength(3);
  });

  it('lists duplicate sets in a Duplicates group, the articles also staying in place', () => {
    const t = corpus();
    t.setDuplicates([{ kind: 'exact', similarity: 1, articles: ['hp/a.txt', 'rt/seed.txt'] }]);
    const roots = t.children();
    const dup = roots[roots.length - 1];
    expect(dup).toMatchObject({ type: 'group', id: 'dup', label: 'Duplicates', count: 2 });
    const [set] = t.children('dup');
    expect(set).toMatchObject({ type: 'group', level: 'duplicate-set', label: 'Lender cuts jobs', count: 2, duplicate: { kind: 'exact', similarity: 1 } });
    const copies = t.children(set.id);
    expect(copies.map((n) => n.type === 'article' && n.article.key)).toEqual(['hp/a.txt', 'rt/seed.txt']);
    expect(new Set([...copies.map((c) => c.id), t.articleId('hp/a.txt')]).size).toBe(3);
    expect(t.parent(copies[1].id)).toBe(set.id);
    expect(t.parent(set.id)).toBe('dup');
    expect(t.duplicateOf('rt/seed.txt')).toBe('hp/a.txt');
    t.delete('rt/seed.txt');
    expect(t.children().some((n) => n.id === 'dup')).toBe(false);
  });

  it('builds a source\'s years, months and days only when asked, with the same result either way', () => {
    const articles = Array.from({ length: 60 }, (_, i) =>
      art(`s${i % 3}/${i}.txt`, i % 3 ? `Source ${i % 3}` : null, i % 7 ? `202${i % 4}-0${1 + (i % 9)}-1${i % 10}T0${i % 10}:15` : null, `Story ${i}`),
    );
    const lazy = new CorpusTree();
    for (const a of articles) lazy.set(a);
    // Untouched sources: moves and deletions of articles still waiting keep the counts right.
    lazy.set({ ...articles[4], source: 'Source 2' });
    lazy.delete(articles[5].key);
    lazy.delete(articles[8].key);
    const eager = new CorpusTree();
    for (const a of articles) eager.set(a);
    shape(eager); // every level built before the same changes
    eager.set({ ...articles[4], source: 'Source 2' });
    eager.delete(articles[5].key);
    eager.delete(articles[8].key);
    expect(lazy.children()).toEqual(eager.children());
    // An article's path and parent build its source on the way.
    expect(lazy.pathTo(articles[10].key)).toEqual(eager.pathTo(articles[10].key));
    expect(lazy.parent(lazy.articleId(articles[11].key))).toBe(eager.parent(eager.articleId(articles[11].key)));
    expect(shape(lazy)).toEqual(shape(eager));
    // The filter counts over articles of sources not built yet.
    const fresh = new CorpusTree();
    for (const a of articles) fresh.set(a);
    fresh.setFilter('story 1');
    eager.setFilter('story 1');
    expect(shape(fresh)).toEqual(shape(eager));
  });
});

describe('filter fields (set by the statistics view)', () => {
  const arts: TreeArticle[] = [
    { ...art('hp/a.txt', 'Harbour Post', '2024-05-20', 'Marathon record', 3), kinds: ['teaser', 'widget'] },
    { ...art('hp/b.txt', 'Harbour Post', '2024-XX-02', 'Ferry strike', 1), kinds: ['share'] },
    { ...art('hp/c.txt', 'Harbour Post Extra', '2023-01-09', 'Port budget', 2), kinds: ['teaser'] },
    art('x/d.txt', null, null, 'Lost page'),
  ];
  const keys = (filter: string) => {
    const t = new CorpusTree();
    for (const a of arts) t.set(a);
    t.setDuplicates([{ kind: 'near', similarity: 0.9, articles: ['hp/a.txt', 'hp/c.txt'] }]);
    t.setFilter(filter);
    return arts.filter((a) => t.matches(a)).map((a) => a.key);
  };

  it('parses fields and leaves the rest as text', () => {
    expect(parseFilter('source:"Harbour Post" kind:Teaser date:2024-05 ferry')).toEqual({ text: 'ferry', source: 'harbour post', kind: 'teaser', date: '2024-05' });
    expect(parseFilter('source:none date:none is:duplicate')).toEqual({ text: '', source: null, date: null, duplicate: true });
    expect(parseFilter('is:odd read more')).toEqual({ text: 'is:odd read more' });
  });

  it('matches a source exactly, a kind, a period, copies, and no source or date', () => {
    expect(keys('source:"harbour post"')).toEqual(['hp/a.txt', 'hp/b.txt']);
    expect(keys('harbour post')).toEqual(['hp/a.txt', 'hp/b.txt', 'hp/c.txt']);
    expect(keys('kind:teaser')).toEqual(['hp/a.txt', 'hp/c.txt']);
    expect(keys('source:"Harbour Post" kind:teaser')).toEqual(['hp/a.txt']);
    expect(keys('date:2024')).toEqual(['hp/a.txt', 'hp/b.txt']);
    expect(keys('date:2024-xx')).toEqual(['hp/b.txt']);
    expect(keys('date:2024-05')).toEqual(['hp/a.txt']);
    expect(keys('source:none')).toEqual(['x/d.txt']);
    expect(keys('date:none')).toEqual(['x/d.txt']);
    expect(keys('is:duplicate')).toEqual(['hp/c.txt']);
  });
});
