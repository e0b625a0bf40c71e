// The front matter written without the YAML library must be what the library writes.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, METADATA_KEYS, renderFrontMatter, type Metadata } from '../../../src/core';
import { parseDocument } from 'yaml';
import { plainFrontMatter, plainFrontMatterData } from '../../../src/core/plainYaml';

const PIECES = ['a', 'Z', 'é', 'Ж', 'ال', '7', '0', '2024', '-', '+', '.', ',', ':', ': ', ' #', '#', ' ', '  ', "'", '’', '"', '(', ')', '/', '_', '?', '=', '&', '%', '~', '!', '*', '[', '{', '|', '>', '@', '`', 'e5', 'x', 'o', 'true', 'False', 'NULL', 'null', 'yes', '.inf', '.NaN', '0x1f', '0o17', '\t', '\\', 'https://ift.tt/', 'T10:22'];
const value = fc.oneof(fc.constant(null), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((xs) => xs.join('')));
const metadata = fc.record(Object.fromEntries(METADATA_KEYS.map((k) => [k, value]))) as fc.Arbitrary<Metadata>;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : []));
}

describe('front matter without the YAML library', () => {
  it('is what renderFrontMatter writes, or declines (random values)', () => {
    fc.assert(
      fc.property(metadata, fc.constantFrom('\n', '\r\n'), (m, nl) => {
        const plain = plainFrontMatter(m, nl);
        if (plain !== null) expect(plain).toBe(renderFrontMatter(m, nl));
      }),
      { numRuns: 20_000 },
    );
  });

  it('is what renderFrontMatter writes, or declines (one random value among plain ones)', () => {
    let used = 0;
    fc.assert(
      fc.property(fc.constantFrom(...METADATA_KEYS), value, (key, v) => {
        const m = { source: 'Kestrel Bay Post', published: '2024-05-01T10:22', url: 'https://ift.tt/3xYz', retrieved: null, title: 'Storm closes schools', author: null, language: 'en', [key]: v } as Metadata;
        const plain = plainFrontMatter(m, '\n');
        if (plain !== null) used++;
        if (plain !== null) expect(plain).toBe(renderFrontMatter(m, '\n'));
      }),
      { numRuns: 20_000 },
    );
    expect(used).toBeGreaterThan(2000);
  });

  it('is what renderFrontMatter writes for the samples, and is used for most of them', () => {
    let used = 0;
    const files = walk('samples');
    for (const f of files) {
      const m = analyze(fs.readFileSync(f, 'utf8')).metadata;
      const plain = plainFrontMatter(m, '\n');
      if (plain === null) continue;
      used++;
      expect(plain, f).toBe(renderFrontMatter(m, '\n'));
    }
    expect(used).toBeGreaterThan(files.length / 2);
  });

  it('reads front matter as the YAML library does, or declines', () => {
    const key = fc.constantFrom('source', 'title', 'published', 'url', 'a', 'x_1', 'my-key', 'true', 'null', 'Source', '__proto__', 'k');
    const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
    const val = fc.oneof(value.map((v) => (v === null ? 'null' : v)), text.map((t) => JSON.stringify(t)), fc.string().map((t) => JSON.stringify(t)));
    let used = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(key, val), { minLength: 1, maxLength: 5 }), (pairs) => {
        const lines = ['---', ...pairs.map(([k, v]) => `${k}: ${v}`), '---'];
        const plain = plainFrontMatterData(lines, 1, lines.length - 1);
        if (plain === null) return;
        used++;
        // As parseFrontMatter reads it with the library.
        const parsed = parseDocument(lines.slice(1, -1).join('\n'), { uniqueKeys: false });
        expect(parsed.errors).toEqual([]);
        expect(plain).toEqual(parsed.toJS({ maxAliasCount: 10 }));
      }),
      { numRuns: 20_000 },
    );
    expect(used).toBeGreaterThan(2000);
  });
});
