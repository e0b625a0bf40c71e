import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core';
import { chaff, lines, PROSE, seedText, snapshot, tmpTree } from './helpers';

const BINARY = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(16), Buffer.from('zip-ish\n')]);
const LATIN1 = Buffer.from('Caf\xe9 au lait, na\xefve r\xe9sum\xe9.\n', 'latin1');
const paths = (stdout: string): string[] => JSON.parse(stdout).files.map((f: { path: string }) => f.path);

describe('bad input is refused, the rest still processed', () => {
  test('binary file', () => {
    const dir = tmpTree({ 'c/a.txt': PROSE, 'c/b.txt': BINARY, 'c/c.txt': PROSE });
    const r = chaff(['analyze', '--json', 'c'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaff: c/b.txt: binary file, skipped\n');
    expect(paths(r.stdout)).toEqual(['c/a.txt', 'c/c.txt']);
  });

  test('not UTF-8', () => {
    const dir = tmpTree({ 'a.txt': LATIN1, 'b.txt': PROSE });
    const r = chaff(['check', 'a.txt', 'b.txt'], dir);
    expect(r.code).toBe(2);
    // The error, then the summary, both on stderr.
    expect(r.stderr).toBe('chaff: a.txt: not valid UTF-8, skipped\n1 file, no findings, 1 skipped\n');
    expect(r.stdout).toBe('');
  });

  test('a skipped file makes check exit 2 even when others have findings', () => {
    const dir = tmpTree({ 'a.txt': BINARY, 'seed.txt': seedText() });
    const r = chaff(['check', '.'], dir);
    expect(lines(r.stderr)[0]).toBe('chaff: a.txt: binary file, skipped');
    expect(r.stdout).toContain('seed.txt:');
    expect(r.code).toBe(2);
  });

  test('missing paths are errors; the others are processed', () => {
    const dir = tmpTree({ 'a.txt': PROSE });
    const r = chaff(['analyze', '--json', 'nope.txt', 'a.txt', 'gone/'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaff: nope.txt: no such file or folder\nchaff: gone: no such file or folder\n');
    expect(paths(r.stdout)).toEqual(['a.txt']);
  });

  test('clean leaves bad files byte-for-byte alone and cleans the rest', () => {
    const dir = tmpTree({ 'bin.txt': BINARY, 'latin.txt': LATIN1, 'seed.txt': seedText() });
    const before = snapshot(dir);
    const r = chaff(['clean', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('chaff: bin.txt: binary file, skipped\n');
    expect(r.stderr).toContain('chaff: latin.txt: not valid UTF-8, skipped\n');
    const after = snapshot(dir);
    expect(after.get('bin.txt')).toEqual(before.get('bin.txt'));
    expect(after.get('latin.txt')).toEqual(before.get('latin.txt'));
    expect(after.get('seed.txt')!.bytes.equals(before.get('seed.txt')!.bytes)).toBe(false);
    expect([...after.keys()].sort()).toEqual(['bin.txt', 'latin.txt', 'seed.txt']);
  });

  test('a UTF-8 BOM is fine', () => {
    const dir = tmpTree({ 'bom.txt': '\ufeff' + PROSE });
    const r = chaff(['check', 'bom.txt'], dir);
    expect(r.stderr).toBe('1 file, no findings\n');
    expect(r.code).toBe(0);
  });
});

describe('--max-size', () => {
  test('larger files are skipped with an error naming the option', () => {
    // Four parts, each headed differently: a headline shown again would be a finding.
    const big = [1, 2, 3, 4].map((i) => PROSE.replace(/^[^\n]*/, (t) => `${t}, part ${i}`)).join('');
    const dir = tmpTree({ 'big.txt': big, 'small.txt': 'A short line of prose, with a few words in it.\n' });
    const limit = Buffer.byteLength(big) - 1;
    const r = chaff(['check', '--max-size', String(limit), '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaff: big\.txt: .*--max-size.*skipped\n1 file, .*1 skipped\n$/);
    expect(r.stderr).toContain(String(Buffer.byteLength(big)));
    expect(chaff(['check', '--max-size', String(limit + 1), '.'], dir).stderr).toBe('2 files, no findings\n');
  });

  test('accepts K/M suffixes and is a global option anywhere on the line', () => {
    const dir = tmpTree({ 'a.txt': 'x'.repeat(1500) + '\n' });
    expect(chaff(['--max-size', '1K', 'analyze', '--json', 'a.txt'], dir).code).toBe(2);
    expect(chaff(['analyze', '--json', 'a.txt', '--max-size', '2K'], dir).code).toBe(0);
  });

  test('defaults to 10 MiB', () => {
    const dir = tmpTree({ 'a.txt': 'word '.repeat((10 * 1024 * 1024) / 5) + '\n' });
    const r = chaff(['analyze', '--json', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-size');
  });
});

describe('--config', () => {
  test('the nearest .chaff.json in the cwd or above is used', () => {
    const first = analyze(seedText()).findings[0];
    const dir = tmpTree({ '.chaff.json': JSON.stringify({ disabledRules: [first.rule] }), 'deep/er/seed.txt': seedText() });
    const r = chaff(['analyze', '--json', 'seed.txt'], path.join(dir, 'deep/er'));
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain(first.rule);
    // Without the config the rule fires.
    fs.rmSync(path.join(dir, '.chaff.json'));
    expect(chaff(['analyze', '--json', 'seed.txt'], path.join(dir, 'deep/er')).stdout).toContain(`"rule":"${first.rule}"`);
  });

  test('--config PATH picks a file; its user rules apply', () => {
    const dir = tmpTree({
      'conf/mine.json': JSON.stringify({ rules: [{ id: 'council-line', kind: 'other', pattern: '^council members' }] }),
      'a.txt': PROSE,
    });
    const r = chaff(['check', '--config', 'conf/mine.json', 'a.txt'], dir);
    expect(r.stdout).toMatch(/^a\.txt:5: other council-line /m);
    expect(r.code).toBe(1);
  });

  test('config problems are errors on stderr, every one named; nothing runs', () => {
    const dir = tmpTree({ '.chaff.json': JSON.stringify({ rules: 'nope', exclude: [1] }), 'a.txt': PROSE });
    const r = chaff(['check', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('chaff: .chaff.json: rules: must be array\n');
    expect(r.stderr).toContain('chaff: .chaff.json: exclude[0]: must be string\n');
    expect(r.stdout).toBe('');
  });

  test('a JSON syntax error is exit 2', () => {
    const dir = tmpTree({ '.chaff.json': '{"rules": [,]}', 'a.txt': PROSE });
    const r = chaff(['check', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaff: \.chaff\.json: invalid JSON: /);
    expect(r.stdout).toBe('');
  });

  test('a missing --config file is exit 2', () => {
    const dir = tmpTree({ 'a.txt': PROSE });
    const r = chaff(['check', '--config', 'none.json', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaff: none.json: no such file or folder\n');
  });
});
