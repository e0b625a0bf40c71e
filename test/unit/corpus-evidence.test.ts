// Corpus-level evidence: lines that recur across a source become chaff (rule repeated-line) once they
// pass both thresholds; exceptions win; lines a rule explains keep their rule and their metadata.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeFacts, analyzeInCorpus, Corpus, lineFacts, RepeatedLines, resolveConfig, sourceKey } from '../../src/core';

const TOPICS = ['ferry', 'library', 'bridge', 'harbour', 'school', 'market', 'stadium', 'hospital', 'museum', 'railway', 'park', 'airport'];
const PLACES = ['Kestrel Bay', 'Northfield', 'Arvel', 'Veldhaven', 'Marsh End', 'Oldport', 'Greyhill', 'Saltmoor', 'Fenwick', 'Brackwater', 'Loxley', 'Ashdown'];

/** An article of a source: varied prose, a repeated line no rule knows, and the feed's source line. */
function article(i: number, opts: { repeated?: string; source?: string } = {}): string {
  const t = TOPICS[i % TOPICS.length];
  const p = PLACES[(i * 5) % PLACES.length];
  return [
    `${p} council backs plan for new ${t} after long debate`,
    '',
    `Councillors in ${p} voted on Tuesday to approve the ${t} plan, ending a dispute that began ${i + 2} years ago over its cost and its location near the old town.`,
    '',
    opts.repeated ?? `The ${t} question in ${p}`,
    '',
    `Supporters of the ${t} said the decision would bring visitors back to ${p}, while opponents warned that the budget had been drawn up in a hurry.`,
    '',
    `A final vote on the contract for the ${t} is expected before the end of the year, officials in ${p} said after the meeting.`,
    '',
    `from ${opts.source ?? 'Quayside Courier'}`,
    '',
  ].join('\n');
}

const corpusOf = (texts: string[], settings = { minArticles: 5, minShare: 0.2, enabled: true }, folder = 'quayside') => {
  const c = new Corpus(settings);
  texts.forEach((t, i) => c.set(`${folder}/${i}.txt`, `${folder}/${i}.txt`, analyzeFacts(t)));
  return c;
};

const REPEATED = 'Our harbour, our news';
const lineOf = (text: string, s: string) => text.split('\n').indexOf(s) + 1;

describe('repeated-line evidence', () => {
  it('flags a line no rule knows once it recurs in ≥ minArticles articles and ≥ minShare of the source', () => {
    const texts = Array.from({ length: 6 }, (_, i) => article(i, { repeated: REPEATED }));
    expect(analyze(texts[0]).findings.some((f) => f.line === lineOf(texts[0], REPEATED))).toBe(false);
    const c = corpusOf(texts);
    const r = analyzeInCorpus(texts[0], 'quayside/0.txt', c.repeated);
    const f = r.analysis.findings.find((x) => x.line === lineOf(texts[0], REPEATED));
    expect(f).toMatchObject({ rule: 'repeated-line' });
    expect(r.first.findings.length + 1).toBe(r.analysis.findings.length);
    // The source line is explained by its rule and still gives the source.
    expect(r.analysis.findings.find((x) => x.line === lineOf(texts[0], 'from Quayside Courier'))?.rule).toBe('feed-source-line');
    expect(r.analysis.metadata.source).toBe('Quayside Courier');
  });

  it('needs both thresholds: not enough articles, or too small a share of the source', () => {
    const four = Array.from({ length: 4 }, (_, i) => article(i, { repeated: REPEATED }));
    expect(analyzeInCorpus(four[0], 'quayside/0.txt', corpusOf(four).repeated).applicable).toHaveLength(0);
    // 5 of 30 articles is under a share of 0.2 (and exactly at it with 6).
    const mixed = Array.from({ length: 30 }, (_, i) => article(i, i < 5 ? { repeated: REPEATED } : {}));
    expect(analyzeInCorpus(mixed[0], 'quayside/0.txt', corpusOf(mixed).repeated).applicable).toHaveLength(0);
    const six = Array.from({ length: 30 }, (_, i) => article(i, i < 6 ? { repeated: REPEATED } : {}));
    expect(analyzeInCorpus(six[0], 'quayside/0.txt', corpusOf(six).repeated).applicable).toHaveLength(1);
    // Configurable, and can be switched off.
    expect(analyzeInCorpus(four[0], 'quayside/0.txt', corpusOf(four, { minArticles: 3, minShare: 0.5, enabled: true }).repeated).applicable).toHaveLength(1);
    const off = Array.from({ length: 6 }, (_, i) => article(i, { repeated: REPEATED }));
    expect(analyzeInCorpus(off[0], 'quayside/0.txt', corpusOf(off, { minArticles: 5, minShare: 0.2, enabled: false }).repeated).applicable).toHaveLength(0);
  });

  it('counts per source: the same line in articles of different sources is not evidence', () => {
    const texts = Array.from({ length: 6 }, (_, i) => article(i, { repeated: REPEATED, source: `Paper ${i}` }));
    const c = corpusOf(texts);
    expect(c.repeated.articles(sourceKey('Paper 0', 'x'))).toBe(1);
    expect(analyzeInCorpus(texts[0], 'quayside/0.txt', c.repeated).applicable).toHaveLength(0);
  });

  it('falls back to the folder for articles without a source', () => {
    expect(sourceKey(null, 'samples/metro-ledger/a.txt')).toBe('folder:samples/metro-ledger');
    expect(sourceKey('  The  Paper ', 'x/a.txt')).toBe(sourceKey('the paper', 'y/b.txt'));
  });

  it('lets .chaff.json exceptions win over evidence', () => {
    const texts = Array.from({ length: 6 }, (_, i) => article(i, { repeated: REPEATED }));
    const { config } = resolveConfig({ exceptions: ['our HARBOUR,  our news'] });
    const c = new Corpus(config.repeatedLines);
    texts.forEach((t, i) => c.set(`q/${i}`, `q/${i}`, analyzeFacts(t, config)));
    const r = analyzeInCorpus(texts[0], 'q/0', c.repeated, { config });
    expect(r.analysis.findings.some((f) => f.rule === 'repeated-line')).toBe(false);
  });

  it('ignores digits and case when comparing lines, and never counts long prose lines', () => {
    const texts = Array.from({ length: 6 }, (_, i) => article(i, { repeated: i % 2 ? `Edition ${i} of OUR NEWS` : `edition ${i * 7} of our news` }));
    const c = corpusOf(texts);
    expect(analyzeInCorpus(texts[3], 'quayside/3.txt', c.repeated).analysis.findings.some((f) => f.rule === 'repeated-line')).toBe(true);
    const facts = lineFacts(analyze(texts[0]));
    const long = 'word '.repeat(30).trim();
    expect(lineFacts(analyze(texts[0] + '\n' + long + '\n')).lines.length).toBe(facts.lines.length);
  });

  it('settles articles incrementally: only sources that changed are looked at again', () => {
    const texts = Array.from({ length: 6 }, (_, i) => article(i, { repeated: REPEATED }));
    const c = corpusOf(texts);
    c.set('other/0.txt', 'other/0.txt', analyzeFacts(article(0, { source: 'Elsewhere' })));
    const stale = c.stale();
    expect(stale.map((e) => e.key).sort()).toEqual(texts.map((_, i) => `quayside/${i}.txt`));
    expect(c.findings('other/0.txt')).toBe(c.get('other/0.txt')!.facts.findings);
    for (const e of stale) {
      const r = analyzeInCorpus(texts[Number(e.key.split('/')[1][0])], e.path, c.repeated);
      c.resolve(e.key, c.evidenceKey(e), r.analysis.findings.length);
    }
    expect(c.stale()).toEqual([]);
    expect(c.findings('quayside/0.txt')).toBe(c.get('quayside/0.txt')!.facts.findings + 1);
    // Editing one article of the other source leaves this one alone.
    c.set('other/0.txt', 'other/0.txt', analyzeFacts(article(1, { source: 'Elsewhere' })));
    expect(c.stale()).toEqual([]);
    // Removing two articles drops the line under minArticles: the rest fall back to their first analysis.
    c.delete('quayside/4.txt');
    c.delete('quayside/5.txt');
    expect(c.stale()).toEqual([]);
    expect(c.findings('quayside/0.txt')).toBe(c.get('quayside/0.txt')!.facts.findings);
  });

  it('counts each line once per article', () => {
    const r = new RepeatedLines({ minArticles: 2, minShare: 0.5, enabled: true });
    const f = lineFacts(analyze(article(0, { repeated: REPEATED }) + `\n${REPEATED}\n`));
    r.add('s', f.lines);
    expect(r.count('s', f.lines[0])).toBe(1);
  });
});
