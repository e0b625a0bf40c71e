// Corpus-level evidence: lines that recur across a source become chaff (rule repeated-line) once they
// pass both thresholds; exceptions win; lines a rule explains keep their rule and their metadata.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { article, lineOf, REPEATED, SITE_PROSE } from '../corpus-fixtures';
import { analyze, analyzeFacts, analyzeFactsWith, analyzeInCorpus, analyzeWithEvidence, applicableIn, Corpus, evidenceKey, IntCounts, lineFacts, RepeatedLines, resolveConfig, sourceKey } from '../../../src/core';

const corpusOf = (texts: string[], settings = { minArticles: 5, minShare: 0.2, enabled: true }, folder = 'quayside') => {
  const c = new Corpus(settings);
  texts.forEach((t, i) => c.set(`${folder}/${i}.txt`, `${folder}/${i}.txt`, analyzeFacts(t)));
  return c;
};


describe('analyzeWithEvidence', () => {
  const texts = Array.from({ length: 6 }, (_, i) => article(i, { repeated: REPEATED }));

  it('analyses once when no evidence applies: the final analysis is the first', () => {
    let asked = 0;
    const r = analyzeWithEvidence(texts[0], undefined, () => (asked++, null));
    expect(asked).toBe(1);
    expect(r.analysis).toBe(r.first);
    expect(r.applicable).toHaveLength(0);
    expect(r.first.findings).toEqual(analyze(texts[0]).findings);
  });

  it('decides the evidence from the first analysis, then analyses with it: what analyzeInCorpus and the facts jobs give', () => {
    const c = corpusOf(texts);
    const r = analyzeWithEvidence(texts[0], undefined, (first) => c.repeated.applicable(sourceKey(first.metadata.source, 'quayside/0.txt'), lineFacts(first)));
    expect(r.applicable).toHaveLength(1);
    expect(r.analysis.findings.find((f) => f.line === lineOf(texts[0], REPEATED))?.rule).toBe('repeated-line');
    expect(r.analysis.findings).toEqual(analyzeInCorpus(texts[0], 'quayside/0.txt', c.repeated).analysis.findings);
    const hint = c.repeated.hint(sourceKey('Quayside Courier', ''))!;
    expect(analyzeFactsWith(texts[0], undefined, hint).final).toEqual({ evidence: evidenceKey(r.applicable), findings: r.analysis.findings.length });
  });
});

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

  it('ignores digits and case when comparing lines, and counts long lines too (a repeated disclaimer is chaff)', () => {
    const texts = Array.from({ length: 6 }, (_, i) => article(i, { repeated: i % 2 ? `Edition ${i} of OUR NEWS` : `edition ${i * 7} of our news` }));
    const c = corpusOf(texts);
    expect(analyzeInCorpus(texts[3], 'quayside/3.txt', c.repeated).analysis.findings.some((f) => f.rule === 'repeated-line')).toBe(true);
    const disclaimer = 'This article was produced by the newsroom with support from the regional journalism fund, which has no say over the stories we choose to cover or how we report them.';
    const long = Array.from({ length: 6 }, (_, i) => article(i).replace('\nfrom ', `\n${disclaimer}\n\nfrom `));
    const lc = corpusOf(long);
    const r = analyzeInCorpus(long[2], 'quayside/2.txt', lc.repeated);
    expect(r.analysis.findings.find((f) => f.line === lineOf(long[2], disclaimer))?.rule).toBe('repeated-line');
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

  it('counts copies of one article (same body) once, so a story scraped many times keeps its own lines', () => {
    const one = article(0, { repeated: REPEATED });
    const c = corpusOf(Array.from({ length: 6 }, () => one));
    expect(c.repeated.articles(c.get('quayside/0.txt')!.source)).toBe(1);
    expect(analyzeInCorpus(one, 'quayside/0.txt', c.repeated).applicable).toHaveLength(0);
    // With five distinct articles beside it the line is evidence again; dropping the counted copy keeps the count.
    for (let i = 1; i <= 5; i++) c.set(`quayside/x${i}.txt`, `quayside/x${i}.txt`, analyzeFacts(article(i, { repeated: REPEATED })));
    const src = c.get('quayside/0.txt')!.source;
    const h = c.get('quayside/0.txt')!.facts.lines;
    const counts = () => Array.from(h, (x) => c.repeated.count(src, x));
    const before = counts();
    c.delete('quayside/0.txt');
    expect(counts()).toEqual(before);
    expect(c.repeated.articles(src)).toBe(6);
    for (let i = 1; i < 6; i++) c.delete(`quayside/${i}.txt`);
    expect(c.repeated.articles(src)).toBe(5);
  });

  it('counts each line once per article', () => {
    const r = new RepeatedLines({ minArticles: 2, minShare: 0.5, enabled: true });
    const f = lineFacts(analyze(article(0, { repeated: REPEATED }) + `\n${REPEATED}\n`));
    r.add('s', f.lines);
    expect(r.count('s', f.lines[0])).toBe(1);
  });

  it('guesses a new article\'s evidence from its folder\'s source, and the guess gives the same analysis as two passes', () => {
    const texts = Array.from({ length: 8 }, (_, i) => article(i, { repeated: REPEATED }));
    const c = corpusOf(texts.slice(0, 6), undefined, 'quayside/2024/05');
    // A new month's folder: the nearest folder above names the source.
    const hint = c.hint('quayside/2024/06/new.txt');
    expect(hint).not.toBeNull();
    const guessed = analyzeFactsWith(texts[6], undefined, hint);
    const twoPasses = analyzeInCorpus(texts[6], 'quayside/2024/06/new.txt', c.repeated);
    expect(guessed.final.evidence).toBe(evidenceKey(twoPasses.applicable));
    expect(guessed.final.findings).toBe(twoPasses.analysis.findings.length);
    expect(guessed.final.findings).toBe(guessed.facts.findings + 1);
    // Set with its guess, the article needs no second analysis; a wrong guess is handed out by stale().
    for (const e of c.stale()) c.resolve(e.key, c.evidenceKey(e), 0);
    c.set('quayside/2024/06/new.txt', 'quayside/2024/06/new.txt', guessed.facts, guessed.final);
    c.set('quayside/2024/06/wrong.txt', 'quayside/2024/06/wrong.txt', analyzeFacts(texts[7]), { evidence: '', findings: 0 });
    expect(c.stale().map((e) => e.key)).toEqual(['quayside/2024/06/wrong.txt']);
    // No articles counted yet, or evidence switched off: no guess.
    expect(new Corpus({ minArticles: 5, minShare: 0.2, enabled: true }).hint('a/b.txt')).toBeNull();
    expect(corpusOf(texts.slice(0, 6), { minArticles: 5, minShare: 0.2, enabled: false }).hint('quayside/x.txt')).toBeNull();
  });

  it('applicableIn keeps repeated lines that are not guarded', () => {
    const facts = { lines: Int32Array.of(1, 3, 5, 7), guarded: Int32Array.of(3) };
    expect(Array.from(applicableIn(facts, Int32Array.of(0, 3, 5, 7, 9)))).toEqual([5, 7]);
    expect(Array.from(applicableIn(facts, new Int32Array(0)))).toEqual([]);
  });

  it('IntCounts counts like a Map through growth, removals and zero counts', () => {
    const c = new IntCounts();
    const m = new Map<number, number>();
    let x = 12345;
    for (let i = 0; i < 20000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) | 0;
      const key = i % 7 === 0 ? 0 : x % 3000; // key 0 and negative keys too
      const by = i % 5 === 0 && (m.get(key) ?? 0) > 0 ? -1 : 1;
      c.add(key, by);
      m.set(key, (m.get(key) ?? 0) + by);
    }
    for (const [k, v] of m) expect(c.get(k)).toBe(v);
    const seen = new Map<number, number>();
    c.forEach((k, v) => seen.set(k, v));
    expect(seen).toEqual(new Map([...m].filter(([, v]) => v > 0)));
    expect(c.get(99999)).toBe(0);
  });

  it('a restored corpus answers from what was saved, and counts everything at its first change', () => {
    const texts = Array.from({ length: 7 }, (_, i) => article(i, { repeated: REPEATED }));
    const settled = corpusOf(texts.slice(0, 6));
    for (const e of settled.stale()) settled.resolve(e.key, settled.evidenceKey(e), 99);
    const restored = new Corpus({ minArticles: 5, minShare: 0.2, enabled: true });
    for (const e of settled.all()) restored.restore(e.key, e.path, e.facts, e.final!);
    restored.restoreDuplicates([{ kind: 'exact', similarity: 1, articles: ['quayside/0.txt', 'quayside/1.txt'] }]);
    expect(restored.stale()).toEqual([]);
    expect(restored.findings('quayside/0.txt')).toBe(99);
    // Counting in slices (an editor does it when idle).
    expect(restored.uncounted).toBe(6);
    expect(restored.countSome(2)).toBe(false);
    expect(restored.uncounted).toBe(4);
    expect(restored.duplicateGroups()).toHaveLength(1);
    expect(restored.duplicateGroups()).toHaveLength(1);
    // A new article: the restored ones are counted, the saved sets dropped, and its source looked at again.
    restored.set('quayside/6.txt', 'quayside/6.txt', analyzeFacts(texts[6]));
    expect(restored.duplicateGroups()).toEqual([]);
    const src = restored.get('quayside/0.txt')!.source;
    expect(restored.repeated.articles(src)).toBe(7);
    expect(restored.stale().map((e) => e.key)).toEqual(['quayside/6.txt']);
  });
});

describe('a sidebar\'s prose that every page of the source repeats (our pages, as the layouts bench lays them out)', () => {
  const about = SITE_PROSE.join('\n\n');
  const dir = join(__dirname, '../../../bench/pages');
  const names = ['de/de-blog-sauerteig', 'es/es-blog-tortilla', 'fr/fr-blog-tricot', 'pt/pt-blog-bolo', 'ja-web/jaw-zenkoku-bus', 'en-web/enw-gallery-lanterns'];
  const texts = names.map((n) => `${about}\n\n${readFileSync(join(dir, `${n}.txt`), 'utf8')}`);
  // The source's other pages, whose article outweighs the sidebar: theirs is the body the corpus compares.
  const others = readdirSync(join(dir, 'de')).filter((f) => f.endsWith('.txt') && !f.endsWith('.gold.txt')).map((f) => `${about}\n\n${readFileSync(join(dir, 'de', f), 'utf8')}`);

  it.each(names.map((n, i) => [n, i] as const))('does not take the place of the article of %s once the corpus knows it', (name, i) => {
    const c = corpusOf([...texts, ...others], undefined, 'site');
    const r = analyzeInCorpus(texts[i], `site/${i}.txt`, c.repeated);
    const lines = texts[i].split('\n');
    const flagged = new Set<number>();
    for (const f of r.analysis.findings) if (f.confidence !== 'suspect') for (let l = f.line; l <= f.endLine; l++) flagged.add(l);
    const gold = readFileSync(join(dir, `${name}.gold.txt`), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const lost = gold.filter((g) => lines.every((l, k) => l.trim() !== g || flagged.has(k + 1)));
    expect(lost).toEqual([]);
    expect(flagged.has(1)).toBe(true);
  });
});
