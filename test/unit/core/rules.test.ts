import { describe, expect, it } from 'vitest';
import { LINE_RULES, RULE_IDS } from '../../../src/core/rules';
import { analyze, RULES, KINDS } from '../../../src/core';

// A line in an article-shaped context, so zone-restricted rules see it where they apply.
const PROSE = 'The council approved the new budget on Tuesday after a long debate, officials said in a statement.';
const inBody = (line: string) => [PROSE, '', line, '', PROSE, '', PROSE].join('\n');
const inFooter = (line: string) => [PROSE, '', PROSE, '', PROSE, '', line].join('\n');
const inHeader = (line: string) => [line, '', 'Storm closes the harbour for two days', '', PROSE, '', PROSE].join('\n');
const findingsOn = (text: string, lineNo: number) => analyze(text).findings.filter((f) => f.line <= lineNo && lineNo <= f.endLine);

describe('rule data', () => {
  it('RULE_IDS (the RuleId type) lists every built-in rule, each once, and nothing else', () => {
    expect([...RULE_IDS].sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
  it('every rule has an id, a known kind, a description, languages and examples', () => {
    const ids = new Set<string>();
    for (const r of RULES) {
      expect(ids.has(r.id), `duplicate id ${r.id}`).toBe(false);
      ids.add(r.id);
      expect(KINDS).toContain(r.kind);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.languages.length).toBeGreaterThan(0);
    }
    for (const r of LINE_RULES) expect(r.examples.length, r.id).toBeGreaterThan(0);
  });
});

describe.each(LINE_RULES.map((r) => [r.id, r] as const))('line rule %s', (id, rule) => {
  const place = rule.zone === 'footer' ? inFooter : rule.zone === 'outside' ? inHeader : inBody;
  const lineNo = rule.zone === 'footer' ? 7 : rule.zone === 'outside' ? 1 : 3;
  it.each(rule.examples)('flags %j', (example) => {
    const fs = findingsOn(place(example), lineNo);
    expect(fs.length, `no finding for ${JSON.stringify(example)}`).toBe(1);
    expect(fs[0].kind).toBe(rule.kind);
  });
  it.each(rule.counterExamples)('leaves %j alone', (content) => {
    expect(findingsOn(inBody(content), 3)).toEqual([]);
  });
  it('matches its pattern against whole lines only', () => {
    for (const ex of rule.examples.filter((e) => !e.includes('\n'))) {
      const sentence = `${PROSE.slice(0, -1)} and ${ex.toLowerCase()} was mentioned in passing by the spokesman.`;
      expect(rule.pattern!.test(sentence) && rule.zone === 'any' && !['advertisement', 'cookie', 'legal', 'caption'].includes(rule.kind), sentence).toBe(false);
    }
  });
});

describe('content that looks like chaff', () => {
  const cases = [
    'Read more about the inquiry in the report, the ministry said.',
    'FRANKFURT, May 9 (Reuters) - Shares in the lender rose 3% after it announced job cuts.',
    'Yes.',
    'What happens next',
    '- Ferries will run every 30 minutes',
    'Q: When will the terminal reopen?',
    'Share prices fell sharply on Monday.',
    'From there, the convoy moved north towards the border.',
  ];
  it.each(cases)('%j inside an article is content', (line) => {
    expect(findingsOn(inBody(line), 3)).toEqual([]);
  });
  it('a "from" line inside the body is not a source line', () => {
    expect(findingsOn(inBody('from the archive'), 3).filter((f) => f.kind === 'source-line')).toEqual([]);
  });
});

describe('context rules', () => {
  it('the line after a bare Read more marker is the related headline, its caption a caption', () => {
    const text = [PROSE, '', 'Read more', '', 'Officials meet in Paris on Monday. © Agency / Photographer', 'Ministers agree new fishing quotas', '', PROSE, '', PROSE].join('\n');
    const kinds = analyze(text).findings.map((f) => [f.line, f.kind, f.rule]);
    expect(kinds).toEqual([
      [3, 'teaser', 'read-more-marker'],
      [5, 'caption', 'caption-with-credit'],
      [6, 'teaser', 'teaser-headline'],
    ]);
  });
  it('a prose paragraph after a Read more marker stays content', () => {
    const text = [PROSE, '', 'Read more', '', PROSE, '', PROSE].join('\n');
    expect(analyze(text).findings.map((f) => f.line)).toEqual([3]);
  });
  it('a date above the title is the date widget, and its day is the retrieval date', () => {
    const text = ['Thursday, May 23, 2024', '', 'Storm closes the harbour for two days', '', PROSE, '', PROSE].join('\n');
    const a = analyze(text);
    expect(a.findings.map((f) => f.rule)).toEqual(['date-widget']);
    expect(a.metadata.retrieved).toBe('2024-05-23');
    expect(a.metadata.title).toBe('Storm closes the harbour for two days');
  });
  it('a menu above the article is navigation', () => {
    const text = ['Home', 'World', 'Business', 'Harbour Life', '', 'Storm closes the harbour for two days', '', PROSE, '', PROSE].join('\n');
    const a = analyze(text);
    expect(a.findings.every((f) => f.kind === 'navigation')).toBe(true);
    expect(a.findings.flatMap((f) => Array.from({ length: f.endLine - f.line + 1 }, (_, k) => f.line + k))).toEqual([1, 2, 3, 4]);
  });
  it('workspace exceptions win over rules', async () => {
    const { resolveConfig } = await import('../../../src/core');
    const { config } = resolveConfig({ exceptions: ['Read more'] });
    const text = [PROSE, '', 'Read more', '', PROSE].join('\n');
    expect(analyze(text, { config }).findings).toEqual([]);
  });
  it('workspace rules add findings, and are ignored in untrusted workspaces', async () => {
    const { resolveConfig } = await import('../../../src/core');
    const raw = { rules: [{ id: 'house-promo', kind: 'advertisement', pattern: '^Visit our shop' }] };
    const text = [PROSE, '', 'Visit our shop today', '', PROSE].join('\n');
    expect(analyze(text, { config: resolveConfig(raw).config }).findings.map((f) => f.rule)).toEqual(['house-promo']);
    expect(analyze(text, { config: resolveConfig(raw, { trusted: false }).config }).findings).toEqual([]);
  });
  it('disabled rules do not fire', async () => {
    const { resolveConfig } = await import('../../../src/core');
    const text = [PROSE, '', 'Advertisement', '', PROSE].join('\n');
    expect(analyze(text, { config: resolveConfig({ disabledRules: ['advertisement-marker'] }).config }).findings).toEqual([]);
  });
  it('a user pattern that would backtrack forever runs in linear time', async () => {
    const { resolveConfig } = await import('../../../src/core');
    const { config, problems } = resolveConfig({ rules: [{ id: 'evil', kind: 'other', pattern: '^(a+)+$' }] });
    expect(problems).toEqual([]);
    const text = [PROSE, '', 'a'.repeat(5000) + '!', '', PROSE].join('\n');
    expect(analyze(text, { config }).findings.filter((f) => f.rule === 'evil')).toEqual([]);
  });
  it('invalid user patterns are reported, not thrown', async () => {
    const { resolveConfig } = await import('../../../src/core');
    const { problems } = resolveConfig({ rules: [{ id: 'bad', kind: 'other', pattern: '(' }, { id: 'k', kind: 'nope', pattern: 'x' }] });
    expect(problems.map((p) => p.path)).toEqual(['rules[0].pattern', 'rules[1].kind']);
  });
});

describe('context rules, each with a case it flags and one it leaves alone', () => {
  const TITLE = 'Storm closes the harbour for two days';
  const rulesOn = (text: string, line: number) => findingsOn(text, line).map((f) => f.rule);

  it('date-stamp: a date line after the title, not the in-text dateline', () => {
    const text = [TITLE, 'November 19, 2019', '', PROSE, '', 'FRANKFURT, May 9 (Reuters) - Shares in the lender rose 3% after it announced job cuts.', '', PROSE].join('\n');
    expect(rulesOn(text, 2)).toEqual(['date-stamp']);
    expect(rulesOn(text, 6)).toEqual([]);
    expect(analyze(text).metadata.published).toBe('2019-11-19');
  });
  it('date-widget: only above the title', () => {
    const text = ['Thursday, May 23, 2024', '', TITLE, 'Friday, May 24, 2024', '', PROSE, '', PROSE].join('\n');
    expect(rulesOn(text, 1)).toEqual(['date-widget']);
    expect(rulesOn(text, 4)).toEqual(['date-stamp']);
  });
  it('header-zone: a label above the title, but not the title', () => {
    const text = ['Opinion | Harbour life', '', TITLE, '', PROSE, '', PROSE].join('\n');
    expect(rulesOn(text, 1)).toEqual(['header-zone']);
    expect(rulesOn(text, 3)).toEqual([]);
  });
  it('footer-zone: a related headline after the body, but not the last paragraph', () => {
    const text = [TITLE, '', PROSE, '', PROSE, '', 'Ferry fares to rise in spring'].join('\n');
    expect(rulesOn(text, 7)).toEqual(['footer-zone']);
    expect(findingsOn(text, 7)[0].kind).toBe('teaser');
    expect(rulesOn(text, 5)).toEqual([]);
  });
  it('menu-run: a run of short lines outside the body, but not a short list inside it', () => {
    const LONG = `${PROSE} ${PROSE.replace('budget', 'plan')}`;
    const text = ['News', 'Sport', 'Harbour Life', 'Culture', '', TITLE, '', LONG, '', 'Eggs', 'Flour', 'Milk', '', LONG].join('\n');
    expect(rulesOn(text, 3)).toEqual(['menu-run']);
    for (const l of [10, 11, 12]) expect(rulesOn(text, l)).toEqual([]);
  });
  it('repeated-line: corpus evidence flags a line, a workspace exception wins', async () => {
    const { normaliseLine, resolveConfig } = await import('../../../src/core');
    const promo = 'Listen to the Harbour Post podcast every Friday';
    const corpus = { repeated: (l: string) => l === normaliseLine(promo) };
    const text = [TITLE, '', PROSE, '', promo, '', PROSE].join('\n');
    expect(analyze(text, { corpus }).findings.map((f) => f.rule)).toEqual(['repeated-line']);
    expect(analyze(text, { corpus, config: resolveConfig({ exceptions: [promo] }).config }).findings).toEqual([]);
  });
});

describe('README', () => {
  it('lists every rule in its rule table', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const r of RULES) expect(readme, r.id).toContain(`| \`${r.id}\` | ${r.kind} |`);
  });
});

describe('pattern size', () => {
  // V8 does not optimise a regular expression whose source is over 20 KB (kRegExpTooLargeToOptimize):
  // comments-marker crossing it cost the engine 15% of its time. The two rules already over it are
  // known; no other may cross.
  const LIMIT = 20 * 1024;
  const over = new Set(['author-box', 'author-bio']);
  it.each(LINE_RULES.filter((r) => r.pattern && !over.has(r.id)).map((r) => [r.id, r] as const))('%s stays under 20 KB', (_id, r) => {
    expect(r.pattern!.source.length).toBeLessThan(LIMIT);
  });
});
