// Workspace rules matched all at once must pick the rule that trying each in turn picked.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, resolveConfig, type ResolvedConfig, type UserRule } from '../../../src/core';
import { combineUserRules } from '../../../src/core/userRules';

/** The first-match loop the combined matcher replaced. */
const firstInTurn = (rules: readonly UserRule[], line: string, disabled: ReadonlySet<string>) => rules.find((r) => !disabled.has(r.id) && r.test(line)) ?? null;

/** The same rules known only by their tests: analyze then tries them in turn. */
const inTurn = (cfg: ResolvedConfig): ResolvedConfig => ({ ...cfg, rules: cfg.rules.map(({ source: _source, ...r }) => r) });

const FRAGMENTS = ['a', 'b', 'ab', 'A', 'é', ' ', '1', '^', '$', '.', '*', '+', '?', '|', '(?:', '(', ')', '[ab]', '[^a]', '\\b', '\\d+', '\\s', '\\p{Lu}', '(?i)', '(?-i)', '{2}', 'ſ', 'K'];
const pattern = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
const lineArb = fc.array(fc.constantFrom('a', 'b', 'A', 'B', 'é', 'É', ' ', '1', '22', 'x', 'ſ', 'k', 'K', '\u212a', '.'), { maxLength: 12 }).map((xs) => xs.join(''));
const rulesArb = fc.array(fc.record({ pattern, caseSensitive: fc.boolean(), disabled: fc.boolean() }), { minLength: 1, maxLength: 40 });

function configOf(specs: { pattern: string; caseSensitive: boolean; disabled: boolean }[]) {
  const rules = specs.map((s, i) => ({ id: `r${i}`, kind: 'other' as const, pattern: s.pattern, caseSensitive: s.caseSensitive }));
  const { config } = resolveConfig({ rules, disabledRules: specs.flatMap((s, i) => (s.disabled ? [`r${i}`] : [])) });
  return config;
}

describe('combined workspace rules', () => {
  it('pick the same rule as the first-match loop (random patterns, flags, disabled rules, automaton sizes)', () => {
    fc.assert(
      fc.property(rulesArb, fc.array(lineArb, { minLength: 1, maxLength: 8 }), fc.constantFrom(1, 3, 1024), (specs, lines, chunk) => {
        const config = configOf(specs);
        const combined = combineUserRules(config.rules, chunk);
        for (const line of lines) expect(combined.first(line, config.disabledRules)?.id ?? null, line).toBe(firstInTurn(config.rules, line, config.disabledRules)?.id ?? null);
      }),
      { numRuns: 1500 },
    );
  });

  it('keep the order of rules known only by their test among the others', () => {
    const config = configOf([{ pattern: 'zz', caseSensitive: true, disabled: false }, { pattern: 'b', caseSensitive: true, disabled: false }]);
    const opaque: UserRule = { id: 'opaque', kind: 'other', description: '', test: (l) => l.includes('b') };
    const rules = [config.rules[0], opaque, config.rules[1]];
    expect(combineUserRules(rules).first('abc', new Set())?.id).toBe('opaque');
    expect(combineUserRules(rules).first('abc', new Set(['opaque']))?.id).toBe('r1');
  });

  it('give an article the findings the loop gave it, with 2,000 rules', () => {
    const text = fs.readFileSync('samples/harbour-post/2023-03-14-ferry-terminal-funding.txt', 'utf8');
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 12);
    // Rules of the shapes users write, a few of them matching lines of the article somewhere in the list.
    const rules = Array.from({ length: 2000 }, (_, i) => {
      if (i % 400 === 399) {
        const l = lines[(i * 7) % lines.length];
        return { id: `u${i}`, kind: 'other', pattern: `^${l.slice(0, 10).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}` };
      }
      return { id: `u${i}`, kind: 'widget', pattern: `^promo code [a-z]+${i}\\b.*|sponsored by partner ${i}$`, caseSensitive: i % 2 === 0 };
    });
    const { config, problems } = resolveConfig({ rules });
    expect(problems).toEqual([]);
    const combined = analyze(text, { config });
    expect(combined.findings.some((f) => f.rule.startsWith('u'))).toBe(true);
    expect(combined.findings).toEqual(analyze(text, { config: inTurn(config) }).findings);
  });
});
