import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { analyze, corpusStatistics } from '../../../src/core';
import { chaff, PROSE, ROOT, seedText, tmpTree } from './helpers';

describe('index', () => {
  test('--json prints one record per article, keys in order', () => {
    const dir = tmpTree({ 'corpus/b/seed.txt': seedText(), 'corpus/a.txt': PROSE, 'corpus/skip.md': PROSE });
    const r = chaff(['index', 'corpus', '--json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(JSON.stringify(JSON.parse(r.stdout)) + '\n');
    const out = JSON.parse(r.stdout);
    // The original keys, in their order; duplicateOf, kinds, the duplicates list and the statistics were added after them.
    expect(Object.keys(out)).toEqual(['articles', 'duplicates', 'statistics']);
    for (const a of out.articles) expect(Object.keys(a)).toEqual(['path', 'source', 'published', 'title', 'findings', 'duplicateOf', 'kinds']);
    const seed = analyze(seedText());
    const seedKinds: Record<string, number> = {};
    for (const f of seed.findings) seedKinds[f.kind] = (seedKinds[f.kind] ?? 0) + 1;
    expect(out.articles).toEqual([
      { path: 'corpus/a.txt', source: null, published: null, title: analyze(PROSE).metadata.title, findings: 0, duplicateOf: null, kinds: {} },
      { path: 'corpus/b/seed.txt', source: seed.metadata.source, published: seed.metadata.published, title: seed.metadata.title, findings: seed.findings.length, duplicateOf: null, kinds: seedKinds },
    ]);
    expect(out.duplicates).toEqual([]);
    expect(out.statistics).toEqual(corpusStatistics(out.articles, out.duplicates));
    expect(out.statistics).toMatchObject({ articles: 2, findings: seed.findings.length, withFindings: 1, sources: 1, suspect: { noSource: 1, noDate: 1, neither: 1 } });
  });

  test('the seed has the metadata and finding count a human expects', () => {
    const dir = tmpTree({ 'seed.txt': seedText() });
    const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/seed/000_3a60f01d4fe921a9.gold.json'), 'utf8'));
    const [rec] = JSON.parse(chaff(['index', '.', '--json'], dir).stdout).articles;
    expect(rec).toMatchObject({ path: 'seed.txt', source: gold.metadata.source, published: gold.metadata.published, title: gold.metadata.title, findings: gold.artifacts.length, duplicateOf: null });
  });

  test('without --json prints a table with a header and a row per article', () => {
    const dir = tmpTree({ 'seed.txt': seedText(), 'prose.txt': PROSE });
    const r = chaff(['index', '.'], dir);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows[0].split(/\s{2,}/)).toEqual(['PATH', 'SOURCE', 'PUBLISHED', 'FINDINGS', 'TITLE']);
    expect(rows).toHaveLength(3);
    expect(rows[1].startsWith('prose.txt ')).toBe(true);
    expect(rows[2].startsWith('seed.txt ')).toBe(true);
    const seed = analyze(seedText());
    expect(rows[2]).toContain(`  ${seed.findings.length}  `);
    // Columns line up under their headers.
    expect(rows[2].indexOf(String(seed.findings.length) + '  ')).toBe(rows[0].indexOf('FINDINGS'));
  });

  test('a bad article is reported and the index goes on', () => {
    const dir = tmpTree({ 'a.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 'b.txt': PROSE });
    const r = chaff(['index', '.', '--json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaff: a.txt: binary file, skipped\n');
    expect(JSON.parse(r.stdout).articles.map((a: { path: string }) => a.path)).toEqual(['b.txt']);
  });

  test('needs a folder', () => {
    const dir = tmpTree({ 'a.txt': PROSE });
    expect(chaff(['index', 'a.txt'], dir)).toMatchObject({ code: 2, stderr: 'chaff: a.txt: not a folder\n', stdout: '' });
    expect(chaff(['index', 'nope'], dir)).toMatchObject({ code: 2, stderr: 'chaff: nope: no such file or folder\n' });
  });
});

test('.pre-commit-hooks.yaml declares the chaff-check hook', () => {
  const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
  const hook = hooks.find((h: { id: string }) => h.id === 'chaff-check');
  expect(hook).toMatchObject({ entry: 'chaff check', language: 'node', types: ['text'], files: '\\.txt$' });
  expect(new RegExp(hook.files).test('news/a.txt')).toBe(true);
  expect(new RegExp(hook.files).test('a.txt.bak')).toBe(false);
});
