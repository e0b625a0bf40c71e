// The editor's Clean Article works from one analysis; `chaff clean` repeats its passes while suspect
// lines stay. convergedCleanEdits must give the editor exactly what the CLI writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, clean, cleanEdits, convergedCleanEdits, type MetadataMode } from '../../../src/core';

const P = 'The council approved the new budget on Tuesday after a long debate, officials said in a statement.';
const POOL = [P, P, '', '', 'Read more', 'Share this article', 'Advertisement', '© 2024 Outlet Media. All rights reserved.', 'Home', 'About Us', 'Work With Us', 'Contact',
  'Privacy Policy', 'Readers online', '5603 readers online now', 'What the council plans next', 'Storm closes the harbour for two days', 'Most Popular Articles', 'By Jane Doe',
  'Thursday, May 23, 2024', 'Budget vote delayed again', 'Mayor defends plan'];

// Found by random search: texts whose clean takes more than one pass.
const MULTI_PASS = [
  // (Found again when a headline over the lead further down became a share box's copy, stripped in one pass.)
  [P, 'Home', 'Mayor defends plan', 'Advertisement', 'Work With Us', 'Advertisement', 'Storm closes the harbour for two days', 'Privacy Policy', 'Storm closes the harbour for two days', 'Budget vote delayed again'].join('\n'),
  // (Found again when a list item under the body could run to eight words: the last one found took one pass.)
  ['Readers online', '', 'Readers online', P, 'Readers online', 'Storm closes the harbour for two days', 'Home', 'Storm closes the harbour for two days', '© 2024 Outlet Media. All rights reserved.', 'Advertisement', '', 'Contact', '', 'Contact'].join('\n'),
  ['Home', P, 'About Us', 'What the council plans next', 'By Jane Doe', 'Mayor defends plan', 'Home', 'Work With Us', '5603 readers online now', '5603 readers online now', 'Budget vote delayed again', '5603 readers online now', 'Thursday, May 23, 2024', '5603 readers online now'].join('\n'),
];

const converged = (text: string, metadata: MetadataMode) => {
  const a = analyze(text);
  return (a.doc.bom ? '\ufeff' : '') + applyEdits(a.doc.text, convergedCleanEdits(a, metadata, 'certain', (t) => analyze(t)));
};

describe('convergedCleanEdits', () => {
  it.each(MULTI_PASS.map((t, i) => [i, t]))('gives what clean() gives where one pass does not (case %s)', (_i, text) => {
    for (const metadata of ['drop', 'front-matter'] as const) {
      const a = analyze(text);
      expect(applyEdits(a.doc.text, cleanEdits(a, metadata))).not.toBe(clean(text, { metadata }).text);
      expect(converged(text, metadata)).toBe(clean(text, { metadata }).text);
    }
  });

  it('gives what clean() gives on random article-shaped text, and the single pass where that is enough', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...POOL), { minLength: 3, maxLength: 25 }), fc.boolean(), fc.constantFrom('drop', 'front-matter' as const), (ls, crlf, metadata) => {
        const text = ls.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
        expect(converged(text, metadata)).toBe(clean(text, { metadata }).text);
      }),
      { numRuns: 1500 },
    );
  });

  it('strips suspect findings in one pass, as clean() does', () => {
    for (const text of MULTI_PASS) {
      const a = analyze(text);
      expect(convergedCleanEdits(a, 'drop', 'suspect', () => {
        throw new Error('no second pass at this level');
      })).toEqual(cleanEdits(a, 'drop', 'suspect'));
    }
  });
});
