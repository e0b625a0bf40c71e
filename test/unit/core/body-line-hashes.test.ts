// The body signature's walk hashes body lines for the line facts: each must equal normalisedLineHash.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { bodySignature } from '../../../src/core/corpus/duplicates';
import { normalisedLineHash } from '../../../src/core/corpus/hash';

function check(text: string): number {
  const a = analyze(text);
  const n = a.doc.lines.length;
  const known = { known: new Uint8Array(n), hashes: new Int32Array(n) };
  bodySignature(a, known);
  let seen = 0;
  for (let i = 0; i < n; i++) {
    if (!known.known[i]) continue;
    seen++;
    expect(known.hashes[i], JSON.stringify(a.doc.lines[i])).toBe(normalisedLineHash(a.doc.lines[i]));
  }
  return seen;
}

describe('body line hashes', () => {
  it('equal normalisedLineHash on the samples', () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : []));
    let seen = 0;
    for (const f of files('samples')) seen += check(fs.readFileSync(f, 'utf8'));
    expect(seen).toBeGreaterThan(100);
  });

  it('equal normalisedLineHash on random prose with spaces, digits and case', () => {
    // Mostly code units the plain walk takes; now and then one that sends the line down the regex path.
    const plain = fc.constantFrom('a', 'B', 'é', 'É', 'я', 'Ж', '7', '42', '2024', ' ', '  ', '\t', '\u1680', '\ufeff', '.', ',', '’', '-', '_', 'ß', 'ı', 'Z');
    const unit = fc.oneof({ weight: 200, arbitrary: plain }, { weight: 1, arbitrary: fc.constantFrom('İ', 'ſ', '\u212a', 'ﬁ', '\u00a0', '😀', 'e\u0301') });
    const word = fc.array(unit, { minLength: 1, maxLength: 12 }).map((u) => u.join(''));
    const para = fc.array(word, { minLength: 25, maxLength: 60 }).map((w) => w.join(' ') + '.');
    let seen = 0;
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 4 }), (ps) => {
        seen += check(`A title for the piece here\n\n${ps.join('\n\n')}\n`);
      }),
      { numRuns: 300 },
    );
    expect(seen).toBeGreaterThan(100);
  });
});
