import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, METADATA_KEYS } from '../../../src/core';
import { main } from '../../../src/cli/main';
import { chaff, CLI, lines, PROSE, ROOT, seedGold, seedText, tmpTree } from './helpers';

const FINDING_KEYS = ['kind', 'rule', 'confidence', 'line', 'endLine', 'message'];

describe('usage', () => {
  test('--version prints the package version', () => {
    const r = chaff(['--version'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  test('--help lists the commands and exits 0', () => {
    const r = chaff(['--help'], ROOT);
    expect(r.code).toBe(0);
    for (const c of ['analyze', 'check', 'clean', 'index', '--config', '--max-size']) expect(r.stdout).toContain(c);
  });

  test('chaff help COMMAND shows that command and exits 0', () => {
    const r = chaff(['help', 'clean'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: chaff clean');
    expect(r.stdout).toContain('--dry-run');
  });

  test.each([
    [[]],
    [['frobnicate']],
    [['check']],
    [['check', '--bogus', 'x.txt']],
    [['check', '--format', 'xml', 'x.txt']],
    [['clean', '--metadata', 'yaml', 'x.txt']],
    [['--max-size', 'lots', 'check', 'x.txt']],
  ])('usage error %j exits 2 with a message on stderr', (args) => {
    const dir = tmpTree({ 'x.txt': PROSE });
    const r = chaff(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaff: |Usage: chaff/);
    expect(r.stdout).toBe('');
  });
});

describe('analyze', () => {
  test('--json prints exactly the documented shape, keys in order', () => {
    const dir = tmpTree({ 'seed.txt': seedText(), 'prose.txt': PROSE });
    const r = chaff(['analyze', 'seed.txt', 'prose.txt', '--json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const out = JSON.parse(r.stdout);
    // Compact, single-line JSON, byte for byte what JSON.stringify gives.
    expect(r.stdout).toBe(JSON.stringify(out) + '\n');
    expect(Object.keys(out)).toEqual(['files']);
    expect(out.files.map((f: { path: string }) => f.path)).toEqual(['seed.txt', 'prose.txt']);
    for (const f of out.files) {
      expect(Object.keys(f)).toEqual(['path', 'findings', 'metadata']);
      expect(Object.keys(f.metadata)).toEqual([...METADATA_KEYS]);
      for (const x of f.findings) expect(Object.keys(x)).toEqual(FINDING_KEYS);
    }
    // Same findings and metadata the engine gives, minus the offsets.
    const expected = analyze(seedText());
    expect(out.files[0].findings).toEqual(expected.findings.map(({ kind, rule, confidence, line, endLine, message }) => ({ kind, rule, confidence, line, endLine, message })));
    expect(out.files[0].metadata).toEqual(expected.metadata);
    expect(out.files[1].findings).toEqual([]);
  });

  test('--json flags the seed lines a human marked', () => {
    const dir = tmpTree({ 'seed.txt': seedText() });
    const out = JSON.parse(chaff(['analyze', '--json', 'seed.txt'], dir).stdout);
    const flagged = new Set<number>();
    for (const f of out.files[0].findings) for (let l = f.line; l <= f.endLine; l++) flagged.add(l);
    expect([...flagged].sort((a, b) => a - b)).toEqual(seedGold().map((g) => g.line));
  });

  test('paths print relative to the cwd with / separators, absolute when given absolute', () => {
    const dir = tmpTree({ 'corpus/sub/a.txt': PROSE, 'corpus/b.txt': PROSE });
    const rel = JSON.parse(chaff(['analyze', '--json', 'corpus'], dir).stdout);
    expect(rel.files.map((f: { path: string }) => f.path)).toEqual(['corpus/b.txt', 'corpus/sub/a.txt']);
    const fromInside = JSON.parse(chaff(['analyze', '--json', '.'], path.join(dir, 'corpus')).stdout);
    expect(fromInside.files.map((f: { path: string }) => f.path)).toEqual(['b.txt', 'sub/a.txt']);
    const abs = JSON.parse(chaff(['analyze', '--json', path.join(dir, 'corpus')], ROOT).stdout);
    expect(abs.files.map((f: { path: string }) => f.path)).toEqual([`${dir}/corpus/b.txt`, `${dir}/corpus/sub/a.txt`]);
  });

  test('without --json prints a readable block per file', () => {
    const dir = tmpTree({ 'seed.txt': seedText(), 'prose.txt': PROSE });
    const r = chaff(['analyze', 'seed.txt', 'prose.txt'], dir);
    expect(r.code).toBe(0);
    const a = analyze(seedText());
    expect(r.stdout).toContain(`seed.txt: ${a.findings.length} findings`);
    expect(r.stdout).toContain('prose.txt: no findings');
    for (const f of a.findings) expect(r.stdout).toMatch(new RegExp(`^ +${f.line}\\S* +${f.kind} +${f.rule} `, 'm'));
    if (a.metadata.source) expect(r.stdout).toContain(a.metadata.source);
  });
});

describe('check', () => {
  test('prints path:line: kind rule message lines and a summary; exits 1 on findings', () => {
    const dir = tmpTree({ 'corpus/seed.txt': seedText(), 'corpus/prose.txt': PROSE, 'corpus/more.txt': PROSE });
    const r = chaff(['check', 'corpus'], dir);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    const summary = lines(r.stderr).pop();
    const gold = seedGold();
    expect(out).toHaveLength(gold.length);
    out.forEach((l, i) => {
      const m = /^(corpus\/seed\.txt):(\d+): (\S+) (\S+) (.+)$/.exec(l);
      expect(m, l).not.toBeNull();
      expect(Number(m![2])).toBe(gold[i].line);
      expect(m![3]).toBe(gold[i].kind);
    });
    expect(summary).toBe(`3 files, ${gold.length} findings in 1 file`);
  });

  test('lines match the engine findings exactly', () => {
    const dir = tmpTree({ 'seed.txt': seedText() });
    const r = chaff(['check', 'seed.txt'], dir);
    const expected = analyze(seedText()).findings.map((f) => `seed.txt:${f.line}: ${f.kind} ${f.rule} ${f.message}`);
    expect(lines(r.stdout)).toEqual(expected);
    expect(r.code).toBe(expected.length ? 1 : 0);
  });

  test('exits 0 with a summary when nothing is found', () => {
    const dir = tmpTree({ 'a.txt': PROSE, 'b.txt': PROSE });
    const r = chaff(['check', '.'], dir);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('2 files, no findings\n');
    expect(r.code).toBe(0);
  });

  test('--format json prints what analyze --json prints', () => {
    const dir = tmpTree({ 'seed.txt': seedText(), 'prose.txt': PROSE });
    const check = chaff(['check', '--format', 'json', '.'], dir);
    const an = chaff(['analyze', '--json', '.'], dir);
    expect(check.stdout).toBe(an.stdout);
    expect(JSON.parse(check.stdout).files).toHaveLength(2);
    expect(check.code).toBe(1);
  });

  test('--format json exits 0 when nothing is found', () => {
    const dir = tmpTree({ 'prose.txt': PROSE });
    const r = chaff(['check', '--format', 'json', 'prose.txt'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings).toEqual([]);
  });
});

describe('bin and main', () => {
  test('node dist/cli.js behaves as main() in-process', async () => {
    const dir = tmpTree({ 'seed.txt': seedText(), 'prose.txt': PROSE, 'bad.txt': Buffer.from([0x61, 0, 0x62]) });
    for (const args of [['check', '.'], ['analyze', '--json', '.'], ['index', '.'], ['check', 'missing.txt'], ['--version']]) {
      let stdout = '';
      let stderr = '';
      const code = await main(args, { cwd: dir, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
      const spawned = chaff(args, dir);
      expect({ code, stdout, stderr }).toEqual(spawned);
    }
  });

  test('dist/cli.js starts with a shebang and package.json points bin at it', () => {
    expect(fs.readFileSync(path.join(ROOT, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin.chaff).toBe('dist/cli.js');
  });

  test('a reader that stops early does not crash the CLI', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`f${String(i).padStart(3, '0')}.txt`] = seedText();
    const dir = tmpTree(files);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" analyze . | head -n 1`], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toBe(`f000.txt: ${analyze(seedText()).findings.length} findings\n`);
    expect(r.stderr).toBe('');
  });
});
