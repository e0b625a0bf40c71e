// A rule's hint only saves time: it must hold of every line the rule's pattern matches, or a match is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleLines, variants } from './sample-lines';
import { LINE_RULES } from '../../../src/core/rules';

const hinted = LINE_RULES.filter((r) => r.hint && r.pattern);



describe('rule hints', () => {
  const lines = [...new Set([...LINE_RULES.flatMap((r) => [...r.examples, ...r.counterExamples].flatMap((e) => e.split('\n'))), ...sampleLines('samples')])];

  it.each(hinted.map((r) => [r.id, r] as const))('%s: every line its pattern matches passes its hint', (_id, r) => {
    for (const l of lines.flatMap(variants)) if (r.pattern!.test(l)) expect(r.hint!.test(l), l).toBe(true);
  });

  it('hold for examples with text around and inside them', () => {
    const examples = hinted.flatMap((r) => r.examples.map((e) => [r, e] as const));
    const noise = fc.constantFrom('', ' ', 'x', 'The', '12', ':', '/', '|', '©', '(', ')', ' — ', '…', 'ſ', 'é', 'Photo', 'by', 'cookies', '2024');
    fc.assert(
      fc.property(fc.constantFrom(...examples), noise, noise, fc.nat(40), noise, ([r, e], before, after, at, inside) => {
        for (const l of variants(before + e.slice(0, at) + inside + e.slice(at) + after)) if (r.pattern!.test(l)) expect(r.hint!.test(l), `${r.id}: ${l}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
