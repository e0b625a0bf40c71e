// Bad inputs and faults through the built CLI (issue 11): each is refused with a clear message or
// handled, nothing is lost, and the exit code says which.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/core';
import { ChangedOnDiskError, writeAtomic } from '../../../src/host';
import { CLI, chaff, errorsOf, PROSE, ROOT, snapshot, tmpTree, type Run } from './helpers';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples/harbour-post/2023-03-14-ferry-terminal-funding.txt'), 'utf8');
const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel));
const text = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
const NO_TRACE = /\n\s+at |TypeError|RangeError|ReferenceError|ERR_/;

/** Every line kept is one of the input's, in order (front matter aside). */
function keptInOrder(out: string, input: string): boolean {
  const body = out.startsWith('---') ? out.slice(out.indexOf('\n---', 3) + 4) : out;
  const inLines = input.split(/\r\n|\n|\r/);
  let i = 0;
  for (const l of body.split(/\r\n|\n|\r/)) {
    if (l.trim() === '') continue;
    while (i < inLines.length && inLines[i] !== l) i++;
    if (i === inLines.length) return false;
    i++;
  }
  return true;
}

function run(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('bad bytes', () => {
  const cases: [string, Buffer | string, number, string][] = [
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 2, 'binary file, skipped'],
    ['invalid UTF-8', Buffer.from('Caf\xe9 cr\xe8me.\n', 'latin1'), 2, 'not valid UTF-8, skipped'],
    ['a NUL in UTF-8 text', Buffer.from(`${PROSE}\0${PROSE}`), 2, 'binary file, skipped'],
    ['UTF-16 LE without a BOM', Buffer.from(PROSE, 'utf16le'), 2, 'UTF-16 LE without a byte-order mark, skipped (add a BOM or convert it to UTF-8)'],
    ['UTF-16 with an odd byte', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x41])]), 2, 'not valid UTF-16 LE (an odd number of bytes), skipped'],
  ];
  for (const [name, bytes, code, message] of cases) {
    test(`${name}: refused by name, untouched, the other files cleaned`, () => {
      const dir = tmpTree({ 'bad.txt': bytes, 'good.txt': SAMPLE });
      const r = chaff(['clean', '.'], dir);
      expect(r.code).toBe(code);
      expect(errorsOf(r)).toBe(`chaff: bad.txt: ${message}\n`);
      expect(read(dir, 'bad.txt')).toEqual(Buffer.from(bytes));
      expect(text(dir, 'good.txt')).toBe(clean(SAMPLE).text);
    });
  }

  test('UTF-16 BE with a BOM is decoded and written back as UTF-16 BE', () => {
    const be = Buffer.from('\ufeff' + SAMPLE, 'utf16le').swap16();
    const dir = tmpTree({ 'a.txt': be });
    expect(chaff(['clean', 'a.txt'], dir).code).toBe(0);
    const out = Buffer.from(read(dir, 'a.txt')).swap16().toString('utf16le');
    expect(out).toBe(clean('\ufeff' + SAMPLE).text);
  });

  test('a file over --max-size (a 100 MB sparse file) is skipped without being read', () => {
    const dir = tmpTree({ 'ok.txt': PROSE });
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 100 * 1024 * 1024);
    const r = chaff(['clean', '.'], dir);
    expect(r.code).toBe(2);
    expect(errorsOf(r)).toBe(`chaff: big.txt: larger than --max-size (${100 * 1024 * 1024} > ${10 * 1024 * 1024} bytes), skipped\n`);
    expect(fs.statSync(big).size).toBe(100 * 1024 * 1024);
  });

  test('a 10 MB line is kept byte for byte', () => {
    const line = 'The council met again today and voted on the plan. '.repeat(190_000).trimEnd();
    const dir = tmpTree({ 'a.txt': `Council votes on the plan\n\n${line}\n` });
    const r = chaff(['clean', '--metadata', 'drop', 'a.txt'], dir);
    expect(r.code).toBe(0);
    expect(text(dir, 'a.txt').split('\n')).toContain(line);
  });
});

describe('odd but valid text', () => {
  test('empty and whitespace-only files stay as they are', () => {
    const dir = tmpTree({ 'empty.txt': '', 'blank.txt': '  \n\t\n\n', 'crs.txt': '\r\n\r\n' });
    const before = snapshot(dir);
    const r = chaff(['clean', '.'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('3 files: 0 cleaned, 3 unchanged\n');
    expect(snapshot(dir)).toEqual(before);
  });

  for (const [name, input] of [
    ['CRLF', SAMPLE.replace(/\n/g, '\r\n')],
    ['mixed line endings', SAMPLE.split('\n').map((l, i) => l + (i % 3 ? '\n' : '\r\n')).join('')],
    ['a BOM', '\ufeff' + SAMPLE],
    ['no final newline', SAMPLE.trimEnd()],
  ] as const) {
    test(`${name}: kept lines byte for byte, the style kept, idempotent`, () => {
      const dir = tmpTree({ 'a.txt': input });
      expect(chaff(['clean', 'a.txt'], dir).code).toBe(0);
      const out = text(dir, 'a.txt');
      expect(out).toBe(clean(input).text);
      expect(keptInOrder(out.replace(/^\ufeff/, ''), input.replace(/^\ufeff/, ''))).toBe(true);
      expect(out.startsWith('\ufeff')).toBe(input.startsWith('\ufeff'));
      expect(chaff(['clean', 'a.txt'], dir).stderr).toBe('1 file: 0 cleaned, 1 unchanged\n');
    });
  }
});

describe('the file system', () => {
  test('symlink loops: a folder linking to itself and a link to itself end, with a message', () => {
    const dir = tmpTree({ 'c/a.txt': SAMPLE });
    fs.symlinkSync('..', path.join(dir, 'c/up'));
    fs.symlinkSync('self.txt', path.join(dir, 'c/self.txt'));
    const r = chaff(['clean', 'c'], dir);
    expect(r.code).toBe(2);
    expect(errorsOf(r)).toBe('chaff: c/self.txt: too many levels of symbolic links\n');
    expect(text(dir, 'c/a.txt')).toBe(clean(SAMPLE).text);
  });

  test('a file deleted after it was read is not written back', async () => {
    const dir = tmpTree({ 'a.txt': SAMPLE });
    const file = path.join(dir, 'a.txt');
    const bytes = fs.readFileSync(file);
    fs.rmSync(file);
    await expect(writeAtomic(file, clean(SAMPLE).text, { expect: bytes })).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('a file changed after it was read keeps the change (never merged)', async () => {
    const dir = tmpTree({ 'a.txt': SAMPLE });
    const file = path.join(dir, 'a.txt');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, 'the user typed this\n');
    await expect(writeAtomic(file, clean(SAMPLE).text, { expect: bytes })).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(text(dir, 'a.txt')).toBe('the user typed this\n');
    expect(fs.readdirSync(dir)).toEqual(['a.txt']);
  });

  test('files deleted and changed while a clean runs: none recreated, none merged', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) files[`c/${String(i).padStart(3, '0')}.txt`] = SAMPLE.replace('Kestrel Bay', `Kestrel Bay ${i}`);
    const dir = tmpTree(files);
    const running = run(['clean', 'c'], dir);
    const mine = 'A line the user wrote while chaff ran.\n';
    for (let i = 119; i >= 0; i -= 3) {
      const f = path.join(dir, 'c', `${String(i).padStart(3, '0')}.txt`);
      if (i % 2) fs.rmSync(f);
      else fs.writeFileSync(f, mine);
      await new Promise((r) => setImmediate(r));
    }
    const r = await running;
    expect([0, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(NO_TRACE);
    for (let i = 0; i < 120; i++) {
      const rel = `c/${String(i).padStart(3, '0')}.txt`;
      const touched = (119 - i) % 3 === 0;
      if (touched && i % 2) expect(fs.existsSync(path.join(dir, rel))).toBe(false);
      // Changed before chaff read it: cleaned from the user's text; after: left as the user wrote it.
      else if (touched) expect(keptInOrder(text(dir, rel), mine)).toBe(true);
      else expect(keptInOrder(text(dir, rel), files[rel])).toBe(true);
    }
    expect(fs.readdirSync(path.join(dir, 'c')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('two concurrent cleans of one folder lose nothing', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`c/${i}.txt`] = SAMPLE.replace('Kestrel Bay', `Kestrel Bay ${i}`);
    const dir = tmpTree(files);
    const [a, b] = await Promise.all([run(['clean', 'c'], dir), run(['clean', 'c'], dir)]);
    for (const r of [a, b]) {
      expect([0, 2]).toContain(r.code);
      expect(r.stderr).not.toMatch(NO_TRACE);
      expect(errorsOf(r).split('\n').filter(Boolean).every((l) => l.endsWith('changed on disk while cleaning; skipped'))).toBe(true);
    }
    for (const [rel, input] of Object.entries(files)) {
      const out = text(dir, rel);
      expect(keptInOrder(out, input)).toBe(true);
      expect(out).toContain('Council backs £18m rebuild of Kestrel Bay');
    }
    expect(fs.readdirSync(path.join(dir, 'c')).filter((n) => !n.endsWith('.txt'))).toEqual([]);
  });
});

describe('user regexes', () => {
  test('catastrophic patterns run in linear time (RE2): the run ends', () => {
    const line = 'a'.repeat(100_000) + '!';
    for (const pattern of ['(a+)+!$', '(a|aa)+!$', '(.*a){20}!$', '^(\\w+\\s?)+!$']) {
      const dir = tmpTree({ 'a.txt': `${PROSE}\n${line}\n`, '.chaff.json': JSON.stringify({ rules: [{ id: 'slow', kind: 'other', pattern }] }) });
      const r = chaff(['check', 'a.txt'], dir);
      expect([0, 1]).toContain(r.code);
      expect(errorsOf(r)).toBe('');
    }
  });

  test('a back-reference (not RE2) is a config error naming the rule', () => {
    const dir = tmpTree({ 'a.txt': PROSE, '.chaff.json': JSON.stringify({ rules: [{ id: 'echo', kind: 'other', pattern: '(a)\\1' }] }) });
    const r = chaff(['clean', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaff: \.chaff\.json: rules\[0\]\.pattern: rule "echo": invalid pattern/);
    expect(text(dir, 'a.txt')).toBe(PROSE);
  });
});
