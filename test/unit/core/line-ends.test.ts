// Line-end checks read from the end must say what the regexes they replace say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterBeforeEllipsis } from '../../../src/core/analyze';

describe('letterBeforeEllipsis', () => {
  const re = /\p{L}(?:\.\.\.|…)$/u;
  it('agrees with /\\p{L}(?:\\.\\.\\.|…)$/u', () => {
    const unit = fc.constantFrom('a', 'É', 'ж', '日', '1', ' ', '.', '…', '..', '...', '𝒜', '😀', '\ud835', '\udc9c', 'ǅ', '\u0301', '-', '”');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), (parts) => {
        const t = parts.join('');
        expect(letterBeforeEllipsis(t), JSON.stringify(t)).toBe(re.test(t));
      }),
      { numRuns: 20000 },
    );
    for (const t of ['', '…', '...', 'a…', 'a...', 'a....', '1...', '𝒜…', '\udc9c…', 'x\udc9c…', 'Read more…', 'He said...']) expect(letterBeforeEllipsis(t), JSON.stringify(t)).toBe(re.test(t));
  });
});
