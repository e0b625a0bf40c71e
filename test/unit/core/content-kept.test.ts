import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';

// A default clean strips only certain findings, and a certain finding never takes a content line:
// every line of the gold body is still there after it. Pages: our own multilingual test pages
// (bench/pages) and the bundled samples (their gold bodies in test/samples-gold).
const walk = (d: string): string[] =>
  readdirSync(d)
    .sort()
    .flatMap((n) => {
      const p = join(d, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

const pagesRoot = join(__dirname, '../../../bench/pages');
const samplesRoot = join(__dirname, '../../../samples');
const samplesGold = join(__dirname, '../../samples-gold');

const cases: { name: string; input: string; gold: string }[] = [
  ...walk(pagesRoot)
    .filter((p) => p.endsWith('.gold.txt') && !p.includes('/src/'))
    .map((gold) => ({ name: relative(pagesRoot, gold), input: gold.replace(/\.gold\.txt$/, '.txt'), gold })),
  ...walk(samplesGold)
    .filter((p) => p.endsWith('.gold.txt'))
    .map((gold) => ({ name: `samples/${relative(samplesGold, gold)}`, input: join(samplesRoot, relative(samplesGold, gold).replace(/\.gold\.txt$/, '.txt')), gold })),
];

// Losses we know of and have not fixed, each with how many gold lines it loses: the test fails
// when the count changes either way, so a fix or a new loss is seen. Keep this list short.
const KNOWN_LOSSES: Record<string, { lines: number; why: string }> = {};

describe('a default clean keeps every gold line', () => {
  it('has pages to check in three languages and the samples', () => {
    for (const lang of ['de', 'fr', 'es']) expect(cases.filter((c) => c.name.startsWith(`${lang}/`)).length).toBeGreaterThanOrEqual(14);
    expect(cases.filter((c) => c.name.startsWith('samples/')).length).toBeGreaterThanOrEqual(30);
  });
  for (const c of cases) {
    it(c.name, () => {
      const text = readFileSync(c.input, 'utf8');
      const kept = new Set(lines(clean(text, { metadata: 'drop' }).text));
      const lost = lines(readFileSync(c.gold, 'utf8')).filter((l) => !kept.has(l));
      // Name the finding that took each lost line, to say which rule went wrong.
      const a = analyze(text);
      const why = lost.map((l) => {
        const at = a.doc.lines.findIndex((x) => x.trim() === l) + 1;
        const f = a.findings.find((g) => g.line <= at && at <= g.endLine);
        return `${l.slice(0, 60)} [${f ? `${f.rule} ${f.confidence}` : 'not flagged'}]`;
      });
      const known = KNOWN_LOSSES[c.name];
      if (known) expect(why.length, `${known.why}:\n${why.join('\n')}`).toBe(known.lines);
      else expect(why).toEqual([]);
    });
  }
});
