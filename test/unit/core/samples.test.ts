import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

// The bundled corpus as a regression suite: what the engine flags and reads in each sample is pinned,
// so a rule change that moves any of it shows up here to be reviewed (vitest -u accepts it).
const root = join(__dirname, '../../../samples');
const walk = (d: string): string[] =>
  readdirSync(d)
    .sort()
    .flatMap((n) => {
      const p = join(d, n);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
    });

describe('samples', () => {
  for (const p of walk(root)) {
    it(relative(root, p), () => {
      const a = analyze(readFileSync(p, 'utf8'));
      const flagged = a.findings.map((f) => `${f.line}${f.endLine > f.line ? `-${f.endLine}` : ''} ${f.kind} ${f.rule}`);
      expect({ flagged, metadata: a.metadata }).toMatchSnapshot();
      // Whatever else moves, the title is never flagged.
      if (a.metadata.title) {
        const titleLine = a.doc.lines.findIndex((l) => l.trim() === a.metadata.title) + 1;
        expect(a.findings.some((f) => f.line <= titleLine && titleLine <= f.endLine)).toBe(false);
      }
    });
  }

  it('keeps the title, standfirst and first paragraph of an article whose byline block sits between them', () => {
    const text = readFileSync(join(root, 'rheintaler-abendpost/2021-12-09-hochwasserschutz.txt'), 'utf8');
    const a = analyze(text);
    const flaggedText = new Set(a.findings.flatMap((f) => a.doc.lines.slice(f.line - 1, f.endLine).map((l) => l.trim())));
    for (const start of ['Stadtrat beschließt neuen Hochwasserschutz', 'Für 27 Millionen Euro', 'Nach fast zweijähriger Debatte']) {
      const line = a.doc.lines.find((l) => l.startsWith(start))!;
      expect(flaggedText.has(line.trim()), start).toBe(false);
    }
  });
});
