// Duplicate detection: equal bodies after chaff is removed are exact duplicates; bodies that share
// most of their shingles (estimated Jaccard ≥ 0.8) are near-duplicates; different articles are neither.
import { describe, expect, it } from 'vitest';
import { analyze, bodySignature, bodyWords, DuplicateIndex, similarity } from '../../../src/core';

const WORDS = 'river council budget harbour ferry school bridge market station museum garden tower vote plan storm road library hospital park airport'.split(' ');

/** Deterministic prose: sentences of pseudo-random words (a different article for each seed). */
function prose(seed: number, sentences = 8): string[] {
  let x = seed * 2654435761 + 1;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8) % WORDS.length;
  return Array.from({ length: sentences }, () => {
    const n = 14 + (next() % 6);
    const ws = Array.from({ length: n }, () => WORDS[next()]);
    return ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + ' the officials said on Monday.';
  });
}

const page = (title: string, body: string[], chaff: string[] = []) => [...chaff, title, '', ...body.flatMap((p) => [p, '']), 'Share this article', 'Subscribe to our newsletter'].join('\n');

describe('body signatures', () => {
  it('ignore the chaff around the body, the title, case and punctuation', () => {
    const body = prose(1);
    const a = analyze(page('Storm closes roads across the valley', body, ['Home | News | Sport', 'Sunny 21°C']));
    const b = analyze(page('STORM CLOSES ROADS — updated', body.map((p) => p.toUpperCase().replace(/\./g, ' !'))));
    expect(bodyWords(a).join(' ')).toBe(bodyWords(b).join(' '));
    expect(bodySignature(a)!.exact).toBe(bodySignature(b)!.exact);
    expect(bodyWords(a)).not.toContain('share');
  });

  it('leave out bodies too short to judge', () => {
    expect(bodySignature(analyze('Short note\n\nJust a few words here.\n'))).toBeNull();
  });

  it('estimate similarity: high for an edited copy, low for another article', () => {
    const base = prose(2);
    const edited = [...base];
    edited[3] = edited[3].replace(/^(\w+ \w+)/, '$1 indeed');
    const s = (b: string[]) => bodySignature(analyze(page('A title of the piece', b)))!.minhash;
    expect(similarity(s(base), s(base))).toBe(1);
    expect(similarity(s(base), s(edited))).toBeGreaterThanOrEqual(0.8);
    expect(similarity(s(base), s(prose(3)))).toBeLessThan(0.3);
  });
});

describe('DuplicateIndex', () => {
  const sig = (seed: number, edit?: (b: string[]) => string[]) => {
    const b = prose(seed, 10);
    return bodySignature(analyze(page(`Title number ${seed} of the day`, edit ? edit(b) : b)))!;
  };

  it('groups exact and near duplicates, ordered, and leaves distinct articles out', () => {
    const idx = new DuplicateIndex();
    idx.set('b/copy.txt', sig(5));
    idx.set('a/orig.txt', sig(5));
    idx.set('c/edited.txt', sig(6, (b) => b.map((p, i) => (i === 9 ? p.replace('said', 'told reporters') : p))));
    idx.set('d/orig.txt', sig(6));
    for (let s = 10; s < 60; s++) idx.set(`z/${s}.txt`, sig(s));
    expect(idx.groups()).toEqual([
      { kind: 'exact', similarity: 1, articles: ['a/orig.txt', 'b/copy.txt'] },
      { kind: 'near', similarity: expect.any(Number), articles: ['c/edited.txt', 'd/orig.txt'] },
    ]);
    expect(idx.groups()[1].similarity).toBeGreaterThanOrEqual(0.8);
    expect(idx.groups()[1].similarity).toBeLessThan(1);
  });

  it('follows changes: a removed or rewritten copy leaves its group', () => {
    const idx = new DuplicateIndex(0.8, (a, b) => (a === 'orig' ? -1 : b === 'orig' ? 1 : a < b ? -1 : 1));
    idx.set('x', sig(7));
    idx.set('orig', sig(7));
    idx.set('y', sig(7));
    expect(idx.groups()).toEqual([{ kind: 'exact', similarity: 1, articles: ['orig', 'x', 'y'] }]);
    idx.set('x', sig(8));
    expect(idx.groups()[0].articles).toEqual(['orig', 'y']);
    idx.delete('y');
    expect(idx.groups()).toEqual([]);
    idx.set('x', null);
    expect(idx.size).toBe(1);
  });

  it('joins many copies of two near-duplicate bodies into one near set', () => {
    const idx = new DuplicateIndex();
    const a = sig(9);
    const b = sig(9, (p) => p.map((x, i) => (i === 3 ? x.replace('said', 'told reporters') : x)));
    for (let i = 0; i < 200; i++) {
      idx.set(`a/${String(i).padStart(3, '0')}.txt`, a);
      idx.set(`b/${String(i).padStart(3, '0')}.txt`, b);
    }
    const groups = idx.groups();
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: 'near' });
    expect(groups[0].similarity).toBeLessThan(1);
    expect(groups[0].articles).toHaveLength(400);
    expect(groups[0].articles[0]).toBe('a/000.txt');
  });
});
