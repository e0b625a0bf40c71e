// The defects a hostile-input probe found (issue 11), each reproduced through the built CLI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLI, chaff, errorsOf, PROSE, ROOT, snapshot, tmpTree, type Run } from './helpers';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples/metro-ledger/2023-05-17-transit-fare-freeze.txt'), 'utf8');
const HARBOUR = fs.readFileSync(path.join(ROOT, 'samples/harbour-post/2023-03-14-ferry-terminal-funding.txt'), 'utf8');
const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
const isRoot = process.getuid?.() === 0;
/** Runs the CLI as an unprivileged user (nobody) when the tests run as root, where permissions do not apply. */
function chaffAsUser(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', ...(isRoot ? { uid: 65534, gid: 65534 } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const openTo = (dir: string) => {
  if (!isRoot) return;
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) fs.chmodSync(d, fs.statSync(d).mode | 0o005);
};

describe('1. existing front matter is kept byte for byte', () => {
  test('ids, zips and phones are not re-typed; only new keys are added, none null', () => {
    const fm = '---\nid: 1234567890123456789\nzip: 01234\nphone: +4412345\n---\n';
    const dir = tmpTree({ 'a.txt': fm + HARBOUR });
    expect(chaff(['clean', 'a.txt'], dir).code).toBe(0);
    const out = read(dir, 'a.txt');
    expect(out.startsWith('---\nid: 1234567890123456789\nzip: 01234\nphone: +4412345\n')).toBe(true);
    expect(out).toContain('source: Harbour Post');
    expect(out.slice(0, out.indexOf('\n---\n', 4))).not.toMatch(/: null$/m);
  });
});

describe('2. front matter the parser cannot read is content', () => {
  test('an unquoted colon: kept with its url and id, and a warning naming the line', () => {
    const fm = '---\ntitle: Fares: frozen again\nurl: https://example.com/fares\nid: 42\n---\n';
    const dir = tmpTree({ 'a.txt': fm + SAMPLE });
    const r = chaff(['clean', 'a.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^chaff: a\.txt:2: warning: front matter cannot be read/);
    expect(read(dir, 'a.txt').startsWith(fm)).toBe(true);
  });
  test('a missing closing fence: kept, and check names the line', () => {
    const fm = '---\ntitle: Fares frozen\nurl: https://example.com/fares\nid: 42\n\n';
    const dir = tmpTree({ 'a.txt': fm + SAMPLE });
    const c = chaff(['check', 'a.txt'], dir);
    expect(c.stderr).toMatch(/^chaff: a\.txt:1: warning: front matter has no closing '---'/);
    expect(c.stdout).not.toMatch(/^a\.txt:[1-4]: /m);
    chaff(['clean', 'a.txt'], dir);
    expect(read(dir, 'a.txt').startsWith(fm)).toBe(true);
  });
});

describe('3. sidecars are merged', () => {
  test('a second run keeps every value', () => {
    const dir = tmpTree({ 'a.txt': HARBOUR });
    chaff(['clean', '--metadata', 'sidecar', 'a.txt'], dir);
    const first = read(dir, 'a.meta.json');
    expect(JSON.parse(first).source).toBe('Harbour Post');
    const r = chaff(['clean', '--metadata', 'sidecar', 'a.txt'], dir);
    expect(r.code).toBe(0);
    expect(read(dir, 'a.meta.json')).toBe(first);
  });
  test('an existing sidecar with other keys keeps them; one that is not JSON is left alone', () => {
    const dir = tmpTree({ 'a.txt': HARBOUR, 'a.meta.json': '{"category":"ferries","source":"Mine"}\n', 'b.txt': HARBOUR, 'b.meta.json': 'notes, not JSON\n' });
    const r = chaff(['clean', '--metadata', 'sidecar', 'a.txt', 'b.txt'], dir);
    const a = JSON.parse(read(dir, 'a.meta.json'));
    expect(a).toMatchObject({ category: 'ferries', source: 'Mine', published: '2023-03-14T18:42Z' });
    expect(read(dir, 'b.meta.json')).toBe('notes, not JSON\n');
    expect(r.stderr).toContain('b.meta.json is not valid JSON');
    expect(r.code).toBe(2);
  });
});

describe('4. near-copies of one article do not make its lines chaff', () => {
  test('clean F --out A; clean A --out B changes nothing and keeps the headline', () => {
    // Six copies, each with a different line of its own (as a scraper's edits make them).
    const lines = SAMPLE.split('\n');
    const filled = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim()).map(([, i]) => i);
    const files: Record<string, string> = {};
    for (let k = 0; k < 6; k++) {
      const copy = [...lines];
      copy[filled[(k * 7) % filled.length]] = `Completely different sentence number ${k} written here for the test, with words.`;
      files[`F/c${k}.txt`] = copy.join('\n');
    }
    const dir = tmpTree(files);
    expect(chaff(['clean', 'F', '--out', 'A'], dir).code).toBe(0);
    expect(chaff(['clean', 'A', '--out', 'B'], dir).code).toBe(0);
    for (let k = 0; k < 6; k++) {
      expect(read(dir, `B/c${k}.txt`)).toBe(read(dir, `A/c${k}.txt`));
      // Copy 0 had its headline replaced; the others keep theirs.
      if (k > 0) expect(read(dir, `B/c${k}.txt`)).toContain('\nTransit authority freezes fares for a second year\n');
    }
  });
});

describe('5. index --cache never replaces a file that is not a cache', () => {
  test('an article as the cache path is refused', () => {
    const dir = tmpTree({ 'c/article.txt': PROSE });
    const r = chaff(['index', 'c', '--cache', 'c/article.txt'], dir);
    expect(r.code).toBe(2);
    expect(errorsOf(r)).toBe('chaff: --cache c/article.txt: not a chaff index cache; refusing to overwrite it\n');
    expect(read(dir, 'c/article.txt')).toBe(PROSE);
  });
  test('a folder as the cache path is a clear error and writes nothing', () => {
    const dir = tmpTree({ 'c/article.txt': PROSE });
    fs.mkdirSync(path.join(dir, 'cache'));
    const r = chaff(['index', 'c', '--cache', 'cache'], dir);
    expect(r.code).toBe(2);
    expect(errorsOf(r)).toBe('chaff: --cache cache: is a folder; give a file name\n');
    expect(fs.readdirSync(dir).sort()).toEqual(['c', 'cache']);
  });
  test('its own cache is used again', () => {
    const dir = tmpTree({ 'c/article.txt': PROSE });
    expect(chaff(['index', 'c', '--cache', 'idx'], dir).code).toBe(0);
    expect(chaff(['index', 'c', '--cache', 'idx'], dir).code).toBe(0);
  });
});

describe('6. patterns that match everything are rejected', () => {
  for (const pattern of ['', '.*', '^', '\\S', '.', 'a|']) {
    test(`pattern ${JSON.stringify(pattern)}: an error naming the rule, nothing written`, () => {
      const dir = tmpTree({ 'a.txt': SAMPLE, '.chaff.json': JSON.stringify({ rules: [{ id: 'house', kind: 'other', pattern }] }) });
      const before = snapshot(dir);
      const r = chaff(['clean', 'a.txt'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^chaff: \.chaff\.json: rules\[0\]\.pattern: rule "house": /m);
      expect(snapshot(dir)).toEqual(before);
    });
  }
  test('a sensible pattern still works', () => {
    const dir = tmpTree({ 'a.txt': `${PROSE}\nVisit our shop today\n`, '.chaff.json': JSON.stringify({ rules: [{ id: 'shop', kind: 'advertisement', pattern: '^Visit our shop' }] }) });
    const r = chaff(['check', 'a.txt'], dir);
    expect(r.stdout).toContain('advertisement shop');
  });
});

describe('7. never writes through a link that leaves the folder', () => {
  test('a link to a file outside the folder given is not rewritten', () => {
    const dir = tmpTree({ 'outside/x.txt': SAMPLE, 'corpus/in.txt': SAMPLE });
    fs.symlinkSync('../outside/x.txt', path.join(dir, 'corpus/link.txt'));
    const r = chaff(['clean', 'corpus'], dir);
    expect(read(dir, 'outside/x.txt')).toBe(SAMPLE);
    expect(r.stderr).toContain('corpus/link.txt: a link to a file outside corpus; not written');
    expect(r.code).toBe(2);
    expect(read(dir, 'corpus/in.txt')).not.toBe(SAMPLE);
  });
});

describe('8. mode, owner and links are kept; read-only files are refused', () => {
  test('a read-only file is refused, even for root; --force cleans it and keeps the mode', () => {
    const dir = tmpTree({ 'a.txt': SAMPLE });
    fs.chmodSync(path.join(dir, 'a.txt'), 0o444);
    const r = chaff(['clean', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(errorsOf(r)).toBe('chaff: a.txt: read-only; not written (--force to clean it anyway)\n');
    expect(read(dir, 'a.txt')).toBe(SAMPLE);
    expect(chaff(['clean', '--force', 'a.txt'], dir).code).toBe(0);
    expect(read(dir, 'a.txt')).not.toBe(SAMPLE);
    expect(fs.statSync(path.join(dir, 'a.txt')).mode & 0o777).toBe(0o444);
  });
  test('a non-root user cannot clean a read-only file either', () => {
    const dir = tmpTree({ 'a.txt': SAMPLE });
    openTo(dir);
    fs.chmodSync(dir, 0o777);
    fs.chmodSync(path.join(dir, 'a.txt'), 0o444);
    const r = chaffAsUser(['clean', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(read(dir, 'a.txt')).toBe(SAMPLE);
  });
  test.runIf(isRoot)('cleaning as root keeps the owner', () => {
    const dir = tmpTree({ 'a.txt': SAMPLE });
    fs.chownSync(path.join(dir, 'a.txt'), 1234, 2345);
    expect(chaff(['clean', 'a.txt'], dir).code).toBe(0);
    const st = fs.statSync(path.join(dir, 'a.txt'));
    expect([st.uid, st.gid]).toEqual([1234, 2345]);
    expect(read(dir, 'a.txt')).not.toBe(SAMPLE);
  });
  test('a hard-linked file is refused; --force writes it in place, keeping the link', () => {
    const dir = tmpTree({ 'a.txt': SAMPLE });
    fs.linkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.dat'));
    const r = chaff(['clean', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(errorsOf(r)).toBe('chaff: a.txt: has 2 hard links; not written (--force writes it in place, keeping the links)\n');
    expect(read(dir, 'a.txt')).toBe(SAMPLE);
    expect(chaff(['clean', '--force', 'a.txt'], dir).code).toBe(0);
    expect(read(dir, 'a.txt')).not.toBe(SAMPLE);
    expect(read(dir, 'b.dat')).toBe(read(dir, 'a.txt'));
    expect(fs.statSync(path.join(dir, 'a.txt')).ino).toBe(fs.statSync(path.join(dir, 'b.dat')).ino);
  });
});

describe('9. line endings', () => {
  test('a missing final newline stays missing when the last line is removed', () => {
    const text = `${PROSE}\nShare this article`;
    const dir = tmpTree({ 'a.txt': text });
    chaff(['clean', '--metadata', 'drop', 'a.txt'], dir);
    const out = read(dir, 'a.txt');
    expect(out.endsWith('\n')).toBe(false);
    expect(out).toBe(PROSE.trimEnd());
  });
  test('a CR-only file is read as lines and gets CR front matter', () => {
    const text = HARBOUR.replace(/\n/g, '\r');
    const dir = tmpTree({ 'a.txt': text });
    const c = chaff(['check', 'a.txt'], dir);
    expect(c.stdout).toMatch(/^a\.txt:3: widget weather-widget/m);
    chaff(['clean', 'a.txt'], dir);
    const out = read(dir, 'a.txt');
    expect(out).not.toContain('\n');
    expect(out.startsWith('---\rsource: Harbour Post\r')).toBe(true);
  });
});

describe('wrong exits and unclear messages', () => {
  test('an unreadable folder is an error, not "0 files"', () => {
    const dir = tmpTree({ 'c/ok/a.txt': PROSE, 'c/locked/b.txt': PROSE });
    openTo(dir);
    fs.chmodSync(path.join(dir, 'c/locked'), 0o000);
    try {
      const r = chaffAsUser(['check', 'c'], dir);
      expect(r.code).toBe(2);
      expect(errorsOf(r)).toBe('chaff: c/locked: permission denied\n');
    } finally {
      fs.chmodSync(path.join(dir, 'c/locked'), 0o755);
    }
  });
  test('--out equal to the input folder, or above it, is a usage error', () => {
    const dir = tmpTree({ 'c/a.txt': SAMPLE });
    for (const out of ['c', '.']) {
      const r = chaff(['clean', 'c', '--out', out], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--out .* holds the input c; give a folder outside it \(or clean in place without --out\)/);
    }
    expect(read(dir, 'c/a.txt')).toBe(SAMPLE);
  });
  test('--out naming a file says so', () => {
    const dir = tmpTree({ 'a.txt': SAMPLE, 'out.txt': 'x' });
    const r = chaff(['clean', 'a.txt', '--out', 'out.txt'], dir);
    expect(r.code).toBe(2);
    expect(errorsOf(r)).toBe('chaff: --out out.txt: not a folder\n');
  });
  test('a name of 250 bytes is cleaned (its temp name fits)', () => {
    const name = `${'é'.repeat(123)}.txt`; // 250 bytes
    const dir = tmpTree({ [name]: SAMPLE });
    const r = chaff(['clean', '.'], dir);
    expect(errorsOf(r)).toBe('');
    expect(r.code).toBe(0);
    expect(read(dir, name)).not.toBe(SAMPLE);
  });
  test('temp files of a killed run are removed by the next run; a live run\'s are not', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stale = `.a.txt.chaff-${dead}-0123abcd.tmp`;
    const live = `.a.txt.chaff-${process.pid}-0123abcd.tmp`;
    const dir = tmpTree({ 'a.txt': SAMPLE, [stale]: 'half', [live]: 'busy' });
    expect(chaff(['clean', '.'], dir).code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual([live, 'a.txt'].sort());
  });
  test('UTF-16 files are read, and written back as UTF-16', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const dir = tmpTree({ 'le.txt': le, 'be.txt': be });
    const c = chaff(['check', '.'], dir);
    expect(errorsOf(c)).toBe('');
    expect(c.stdout).toMatch(/^le\.txt:\d+: /m);
    expect(c.stdout).toMatch(/^be\.txt:\d+: /m);
    expect(chaff(['clean', '.'], dir).code).toBe(0);
    const outLe = fs.readFileSync(path.join(dir, 'le.txt'));
    expect([...outLe.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(outLe.subarray(2).toString('utf16le')).toContain('Transit authority freezes fares for a second year');
    const outBe = Buffer.from(fs.readFileSync(path.join(dir, 'be.txt')));
    expect([...outBe.subarray(0, 2)]).toEqual([0xfe, 0xff]);
    outBe.swap16();
    expect(outBe.subarray(2).toString('utf16le')).toBe(outLe.subarray(2).toString('utf16le'));
  });
  test('unknown .chaff.json keys and wrong types are errors, checked by the schema', () => {
    for (const [cfg, msg] of [
      [{ repeatedLines: { enabled: 'no' } }, /repeatedLines\.enabled: must be boolean/],
      [{ disabledRule: ['byline'] }, /unknown key "disabledRule"/],
    ] as const) {
      const dir = tmpTree({ 'a.txt': PROSE, '.chaff.json': JSON.stringify(cfg) });
      const r = chaff(['check', 'a.txt'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(msg);
    }
  });
  test('an empty path is a usage error, not the current folder', () => {
    const dir = tmpTree({ 'a.txt': SAMPLE });
    const r = chaff(['clean', ''], dir);
    expect(r.code).toBe(2);
    expect(errorsOf(r)).toBe('chaff: an empty path was given\n');
    expect(read(dir, 'a.txt')).toBe(SAMPLE);
  });
  test('terminal escape sequences in content are not printed raw', () => {
    // \x1b[1m is a code the CLI's own colour uses: from content it is escaped all the same.
    const text = `\x1b]0;pwned\x07Skip to main content\n\n${PROSE}\n\x1b[2JShare this article\n\x1b[1mFollow us on Twitter\n`;
    const dir = tmpTree({ 'a.txt': text, 'b\x1b[31m.txt': PROSE });
    for (const args of [['check', '.'], ['analyze', '.'], ['index', '.']]) {
      const r = chaff(args, dir);
      expect(r.stdout + r.stderr).not.toMatch(/[\x1b\x07\x9b]/);
    }
  });
});
