import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, clean, splitLines } from '../../../src/core';

const dir = join(__dirname, '../../fixtures/seed');
const text = readFileSync(join(dir, '000_3a60f01d4fe921a9.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(dir, '000_3a60f01d4fe921a9.gold.json'), 'utf8'));
const goldClean = readFileSync(join(dir, '000_3a60f01d4fe921a9.clean.txt'), 'utf8');

describe('the seed file against its hand-checked gold', () => {
  const a = analyze(text);
  it('flags exactly the gold artifact lines with the gold kinds', () => {
    const found = a.findings.flatMap((f) =>
      Array.from({ length: f.endLine - f.line + 1 }, (_, k) => f.line + k)
        .filter((l) => a.doc.lines[l - 1].trim() !== '')
        .map((line) => ({ line, kind: f.kind, text: a.doc.lines[line - 1] })),
    );
    expect(found).toEqual(gold.artifacts);
  });
  it('extracts the gold metadata', () => {
    expect(a.metadata).toEqual(gold.metadata);
  });
  it('cleans to the gold body when metadata is dropped', () => {
    expect(clean(text, { metadata: 'drop' }).text).toBe(goldClean);
  });
  it('keeps the metadata as front matter that the engine reads back', () => {
    const out = clean(text).text;
    expect(out.startsWith('---\n')).toBe(true);
    const again = analyze(out);
    expect(again.findings).toEqual([]);
    expect(again.metadata).toEqual(gold.metadata);
    expect(out.endsWith(goldClean)).toBe(true);
  });
  it('offsets point at the flagged lines', () => {
    const doc = splitLines(text);
    for (const f of a.findings) {
      expect(doc.text.slice(f.start, f.end)).toBe(doc.lines.slice(f.line - 1, f.endLine).join('\n'));
    }
  });
});
