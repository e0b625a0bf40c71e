import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze, clean, mergeSidecar } from '../../../src/core';

const SAMPLE = readFileSync(join(__dirname, '../../../samples/harbour-post/2023-03-14-ferry-terminal-funding.txt'), 'utf8');
const USER_FM = '---\nid: 1234567890123456789\nzip: 01234\nphone: +4412345\nnote: "quoted: value"   # a comment\nlist: [a, b]\n---\n';

/** The front matter block of a cleaned text, as lines. */
const block = (text: string) => {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  return lines.slice(0, end + 1);
};

describe('existing front matter (defect 1)', () => {
  it('keeps every existing line byte for byte and only adds keys chaff found', () => {
    const out = clean(USER_FM + SAMPLE).text;
    const kept = USER_FM.trimEnd().split('\n').slice(0, -1);
    expect(block(out).slice(0, kept.length)).toEqual(kept);
    const data = parse(block(out).slice(1, -1).join('\n'), { intAsBigInt: true });
    expect(String(data.id)).toBe('1234567890123456789');
    expect(data.source).toBe('Harbour Post');
  });

  it('never writes a null key', () => {
    for (const input of [USER_FM + SAMPLE, SAMPLE, 'Just one line of prose that ends here, nothing else.\n']) {
      const out = clean(input).text;
      expect(block(out).join('\n')).not.toMatch(/: null$/m);
    }
  });

  it('keeps CRLF front matter byte for byte', () => {
    const fm = USER_FM.replace(/\n/g, '\r\n');
    const out = clean(fm + SAMPLE.replace(/\n/g, '\r\n')).text;
    expect(out.startsWith(fm.slice(0, fm.lastIndexOf('---')))).toBe(true);
  });

  it('leaves a flow-mapping front matter alone rather than rewrite it', () => {
    const fm = '---\n{id: 007, zip: 01234}\n---\n';
    const out = clean(fm + SAMPLE).text;
    expect(out.startsWith(fm)).toBe(true);
  });

  it('is idempotent with user front matter', () => {
    const once = clean(USER_FM + SAMPLE).text;
    expect(clean(once).text).toBe(once);
  });
});

describe('front matter the YAML parser cannot read (defect 2)', () => {
  const cases = {
    'an unquoted colon in a title': '---\ntitle: Budget: the vote\nurl: https://example.com/a\nid: 42\n---\n',
    'a missing closing fence': '---\ntitle: Budget vote\nurl: https://example.com/a\nid: 42\n\n',
  };
  for (const [name, fm] of Object.entries(cases)) {
    it(`keeps ${name} as content, with a warning naming the line`, () => {
      const input = fm + SAMPLE;
      const a = analyze(input);
      const fmLines = fm.trimEnd().split('\n').length;
      expect(a.findings.filter((f) => f.line <= fmLines)).toEqual([]);
      expect(a.warnings?.length).toBe(1);
      expect(a.warnings![0].line).toBeGreaterThanOrEqual(1);
      expect(a.warnings![0].line).toBeLessThanOrEqual(fmLines);
      const out = clean(input).text;
      expect(out.startsWith(fm.trimEnd())).toBe(true);
      expect(out).toContain('url: https://example.com/a');
      expect(clean(out).text).toBe(out);
    });
  }
});

describe('sidecar merge (defect 3)', () => {
  const meta = { source: 'Outlet', published: '2024-01-02', url: null, retrieved: null, title: 'T', author: null, language: 'en' };
  const none = { source: null, published: null, url: null, retrieved: null, title: null, author: null, language: null };
  it('keeps the keys already there and never sets one to null', () => {
    const first = mergeSidecar(null, meta);
    expect('text' in first && JSON.parse(first.text)).toEqual({ source: 'Outlet', published: '2024-01-02', title: 'T', language: 'en' });
    const second = mergeSidecar((first as { text: string }).text, none);
    expect(second).toEqual(first);
  });
  it('merges into a sidecar with other keys', () => {
    const r = mergeSidecar('{"category": "sport", "source": "Mine"}\n', meta);
    expect('text' in r && JSON.parse(r.text)).toEqual({ category: 'sport', source: 'Mine', published: '2024-01-02', title: 'T', language: 'en' });
  });
  it('refuses a sidecar that is not a JSON object', () => {
    expect(mergeSidecar('not json', meta)).toHaveProperty('error');
    expect(mergeSidecar('[1]', meta)).toHaveProperty('error');
  });
});
