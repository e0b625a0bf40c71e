// Defect 4 of the reliability probe: copies of one article, each with a line edited, are one article
// for repeated-line evidence; otherwise their own headline becomes "repeated".
import { describe, expect, it } from 'vitest';
import { article } from '../corpus-fixtures';
import { analyzeFacts, analyzeInCorpus, Corpus, sourceKey } from '../../../src/core';

const settings = { minArticles: 5, minShare: 0.2, enabled: true };
const edited = (text: string, i: number) => {
  const lines = text.split('\n');
  lines[2] += ` Edit number ${'abcdef'[i]} made to this copy alone.`;
  return lines.join('\n');
};

describe('repeated-line evidence counts distinct articles', () => {
  const copies = Array.from({ length: 6 }, (_, i) => edited(article(0), i));

  it('six near-copies of one article give no evidence against its own lines', () => {
    const c = new Corpus(settings);
    copies.forEach((t, i) => c.set(`q/${i}.txt`, `q/${i}.txt`, analyzeFacts(t)));
    for (const [i, t] of copies.entries()) {
      const r = analyzeInCorpus(t, `q/${i}.txt`, c.repeated);
      expect(r.applicable).toHaveLength(0);
      expect(r.analysis.findings.filter((f) => f.rule === 'repeated-line')).toEqual([]);
    }
  });

  it('deleting the counted copy hands the count to another copy, not to all of them', () => {
    const c = new Corpus(settings);
    copies.forEach((t, i) => c.set(`q/${i}.txt`, `q/${i}.txt`, analyzeFacts(t)));
    const distinct = Array.from({ length: 5 }, (_, i) => article(i + 1));
    distinct.forEach((t, i) => c.set(`q/d${i}.txt`, `q/d${i}.txt`, analyzeFacts(t)));
    expect(c.repeated.articles(sourceKey('Quayside Courier', 'q/x.txt'))).toBe(6);
    c.delete('q/0.txt');
    expect(c.repeated.articles(sourceKey('Quayside Courier', 'q/x.txt'))).toBe(6);
    for (let i = 1; i < 6; i++) c.delete(`q/${i}.txt`);
    expect(c.repeated.articles(sourceKey('Quayside Courier', 'q/x.txt'))).toBe(5);
  });

  it('still counts a line shared by distinct articles', () => {
    const c = new Corpus(settings);
    const texts = Array.from({ length: 6 }, (_, i) => article(i, { repeated: 'Our harbour, our news' }));
    texts.forEach((t, i) => c.set(`q/${i}.txt`, `q/${i}.txt`, analyzeFacts(t)));
    expect(analyzeInCorpus(texts[0], 'q/0.txt', c.repeated).applicable).toHaveLength(1);
  });
});
