// Inputs the speed work must not change the findings of: what the engine found in them when they
// were first measured (bench/README.md). Correctness only; their times are the bench's.
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';

function summary(text: string) {
  const a = analyze(text);
  const byRule: Record<string, number> = {};
  for (const f of a.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  const first = a.findings[0];
  const last = a.findings[a.findings.length - 1];
  return { findings: a.findings.length, byRule, first: first && [first.line, first.endLine, first.start, first.end], last: last && [last.line, last.endLine, last.start, last.end], language: a.metadata.language };
}

describe('pathological inputs', { timeout: 120_000 }, () => {
  it('a 10 MB line: no finding, and clean keeps it', () => {
    const text = 'word '.repeat(2 * 1024 * 1024);
    expect(summary(text)).toEqual({ findings: 0, byRule: {}, first: undefined, last: undefined, language: null });
    expect(clean(text, { metadata: 'drop' }).text === text).toBe(true);
  });

  it('a million short lines: every line a finding, as before', () => {
    const text = 'Home\nNews\nA short line here.\n'.repeat(333_334);
    expect(summary(text)).toEqual({
      findings: 1_000_002,
      byRule: { 'navigation-item': 333_334, 'menu-run': 333_334, 'header-zone': 333_334 },
      first: [1, 1, 0, 4],
      last: [1_000_002, 1_000_002, 9_666_667, 9_666_685],
      language: 'en',
    });
  });

  it('100,000 © signs: one menu run over every line', () => {
    const text = '©'.repeat(1e5) + '\n' + '© '.repeat(1e5) + '\n' + '©\n'.repeat(1e5);
    expect(summary(text)).toEqual({ findings: 1, byRule: { 'menu-run': 1 }, first: [1, 100_002, 0, 500_001], last: [1, 100_002, 0, 500_001], language: null });
  });
});
