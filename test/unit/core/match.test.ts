// The rule matcher's dispatch by a line's first two code units only saves time: a rule it leaves out
// must be one whose pattern cannot match the line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleLines, variants } from './sample-lines';
import { Candidates, prefixesOf, trialsOf } from '../../../src/core/match';
import { LINE_RULES } from '../../../src/core/rules';



describe('rule dispatch by first characters', () => {
  const all = new Candidates(trialsOf(LINE_RULES));
  const long = new Candidates(trialsOf(LINE_RULES.filter((r) => r.longLines)));
  const withPattern = LINE_RULES.filter((r) => r.pattern);
  const keeps = (line: string, id: string) => [all, long].every((c) => c.for(line).some((t) => t.rule.id === id) || !(c === long ? LINE_RULES.find((r) => r.id === id)!.longLines : true));

  it('reads the start of most rules', () => {
    const read = withPattern.filter((r) => prefixesOf(r.pattern!) !== null);
    expect(read.length).toBeGreaterThan(withPattern.length / 2);
  });

  it('reads starts as the patterns have them', () => {
    expect(prefixesOf(/^(?:ab|c)d/u)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(prefixesOf(/^x?y*$/u)).toContainEqual([]);
    expect(prefixesOf(/^a|b/u)).toBeNull();
    expect(prefixesOf(/a/u)).toBeNull();
    expect(prefixesOf(/^(a)\1/u)).toBeNull();
  });

  const lines = [...new Set([...LINE_RULES.flatMap((r) => [...r.examples, ...r.counterExamples].flatMap((e) => e.split('\n'))), ...sampleLines('samples')])];

  it.each(withPattern.map((r) => [r.id, r] as const))('%s: every line its pattern matches is tried on it', (_id, r) => {
    for (const l of lines.flatMap(variants)) if (l && r.pattern!.test(l)) expect(keeps(l, r.id), l).toBe(true);
  });

  it('holds for examples with text before and inside them', () => {
    const examples = withPattern.flatMap((r) => r.examples.map((e) => [r, e] as const));
    const noise = fc.constantFrom('', ' ', 'x', 'The', '12', ':', '/', '|', '©', '(', ')', ' — ', '…', 'ſ', 'é', 'É', 'Photo', 'by', '»', '\u212a', 'İ', '«', '1.', '-');
    fc.assert(
      fc.property(fc.constantFrom(...examples), noise, noise, fc.nat(40), ([r, e], before, inside, at) => {
        for (const l of variants(before + e.slice(0, at) + inside + e.slice(at))) if (l && r.pattern!.test(l)) expect(keeps(l, r.id), `${r.id}: ${l}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('holds for random starts', () => {
    const unit = fc.constantFrom(...'aAbBcCdDeEfFhHkKlLmMnNoOpPrRsStTuUvVwWxXyYzZ0123456789 ©(«»:/|-.ſ\u212aéÉäÜßçñøřłжЖфФ日é'.split(''));
    const tails = lines.filter((l) => l.length > 0).slice(0, 400);
    fc.assert(
      fc.property(unit, unit, fc.constantFrom(...tails), (a, b, tail) => {
        for (const l of [a, a + b, a + b + tail, a + tail]) for (const r of withPattern) if (r.pattern!.test(l)) expect(keeps(l, r.id), `${r.id}: ${l}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
