import fs from 'node:fs';
import path from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, test } from 'vitest';
import { clean, METADATA_KEYS, renderSidecar } from '../../../src/core';
import { ChangedOnDiskError, writeAtomic } from '../../../src/host';
import { ageFiles, chaff, lines, PROSE, seedText, snapshot, tmpTree, write } from './helpers';

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

describe('clean in place', () => {
  test('writes what the engine cleans, and only to files that change', () => {
    const dir = tmpTree({ 'seed.txt': seedText(), 'prose.txt': PROSE });
    const r = chaff(['clean', '--metadata', 'drop', '.'], dir);
    expect(r.code).toBe(0);
    expect(read(dir, 'seed.txt')).toBe(clean(seedText(), { metadata: 'drop' }).text);
    expect(read(dir, 'seed.txt')).not.toBe(seedText());
    expect(read(dir, 'prose.txt')).toBe(PROSE);
    // The summary goes to stderr; stdout stays empty.
    expect(r.stderr).toBe('2 files: 1 cleaned, 1 unchanged\n');
    expect(r.stdout).toBe('');
  });

  test('front matter by default', () => {
    const dir = tmpTree({ 'seed.txt': seedText() });
    expect(chaff(['clean', 'seed.txt'], dir).code).toBe(0);
    const out = read(dir, 'seed.txt');
    expect(out).toBe(clean(seedText()).text);
    expect(out.startsWith('---\n')).toBe(true);
  });

  test('a second run rewrites nothing', () => {
    const dir = tmpTree({ 'seed.txt': seedText(), 'prose.txt': PROSE });
    chaff(['clean', '.'], dir);
    ageFiles(dir);
    const before = snapshot(dir);
    const r = chaff(['clean', '.'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('2 files: 0 cleaned, 2 unchanged\n');
    expect(snapshot(dir)).toEqual(before);
  });

  test('keeps the file mode and leaves no temp files', () => {
    const dir = tmpTree({ 'seed.txt': seedText() });
    fs.chmodSync(path.join(dir, 'seed.txt'), 0o640);
    chaff(['clean', 'seed.txt'], dir);
    expect(fs.statSync(path.join(dir, 'seed.txt')).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['seed.txt']);
  });

  test('a CRLF file stays CRLF; a BOM stays', () => {
    const text = '\ufeff' + crlf(seedText());
    const dir = tmpTree({ 'win.txt': text });
    const r = chaff(['clean', 'win.txt'], dir);
    expect(r.code).toBe(0);
    const bytes = fs.readFileSync(path.join(dir, 'win.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const out = bytes.toString('utf8');
    expect(out).toBe(clean(text).text);
    expect(out).not.toBe(text);
    expect(out).toMatch(/\r\n/);
    expect(out).not.toMatch(/(^|[^\r])\n/);
  });

  test('cleans through a symlink, keeping the link', () => {
    const dir = tmpTree({ 'real/seed.txt': seedText() });
    fs.mkdirSync(path.join(dir, 'links'));
    fs.symlinkSync('../real/seed.txt', path.join(dir, 'links/seed.txt'));
    expect(chaff(['clean', 'links/seed.txt'], dir).code).toBe(0);
    expect(fs.lstatSync(path.join(dir, 'links/seed.txt')).isSymbolicLink()).toBe(true);
    expect(read(dir, 'real/seed.txt')).toBe(clean(seedText()).text);
  });
});

describe('--dry-run', () => {
  test('prints a unified diff and writes nothing', () => {
    const dir = tmpTree({ 'c/seed.txt': seedText(), 'c/prose.txt': PROSE });
    ageFiles(dir);
    const before = snapshot(dir);
    const r = chaff(['clean', '--dry-run', '--metadata', 'drop', 'c'], dir);
    expect(r.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(r.stdout.startsWith('--- c/seed.txt\n+++ c/seed.txt\n@@ ')).toBe(true);
    expect(r.stdout).not.toContain('prose.txt');
    // The diff is the change clean would make.
    expect(applyPatch(seedText(), r.stdout)).toBe(clean(seedText(), { metadata: 'drop' }).text);
  });

  test('with sidecar, shows the new sidecar file too, still writing nothing', () => {
    const dir = tmpTree({ 'seed.txt': seedText() });
    const before = snapshot(dir);
    const r = chaff(['clean', '--dry-run', '--metadata', 'sidecar', 'seed.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--- /dev/null\n+++ seed.meta.json\n');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('--stdout', () => {
  test('prints the cleaned text of one file and writes nothing', () => {
    const text = crlf(seedText());
    const dir = tmpTree({ 'seed.txt': text });
    const before = snapshot(dir);
    const r = chaff(['clean', '--stdout', 'seed.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean(text).text);
    expect(snapshot(dir)).toEqual(before);
  });

  test('a folder holding exactly one file is fine', () => {
    const dir = tmpTree({ 'one/a.txt': PROSE });
    const r = chaff(['clean', '--stdout', '--metadata', 'drop', 'one'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean(PROSE, { metadata: 'drop' }).text);
  });

  test('more than one file is a usage error', () => {
    const dir = tmpTree({ 'a.txt': PROSE, 'b.txt': PROSE });
    const before = snapshot(dir);
    const r = chaff(['clean', '--stdout', 'a.txt', 'b.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaff: --stdout needs exactly one file, got 2\n');
    expect(r.stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  test('cannot be combined with --out, --dry-run or a sidecar', () => {
    const dir = tmpTree({ 'a.txt': PROSE });
    for (const extra of [['--out', 'o'], ['--dry-run'], ['--metadata', 'sidecar']]) {
      const r = chaff(['clean', '--stdout', ...extra, 'a.txt'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^chaff: /);
    }
    expect(fs.readdirSync(dir)).toEqual(['a.txt']);
  });
});

describe('--out', () => {
  test('writes cleaned copies named relative to the folder given, leaving inputs alone', () => {
    const dir = tmpTree({ 'corpus/2024/05/seed.txt': seedText(), 'corpus/prose.txt': PROSE });
    ageFiles(dir);
    const before = snapshot(path.join(dir, 'corpus'));
    const r = chaff(['clean', 'corpus', '--out', 'cleaned'], dir);
    expect(r.stderr).toBe('2 files: 2 cleaned, 0 unchanged, written under cleaned\n');
    expect(r.code).toBe(0);
    expect(snapshot(path.join(dir, 'corpus'))).toEqual(before);
    expect([...snapshot(path.join(dir, 'cleaned')).keys()].sort()).toEqual(['2024/05/seed.txt', 'prose.txt']);
    expect(read(dir, 'cleaned/2024/05/seed.txt')).toBe(clean(seedText()).text);
    expect(read(dir, 'cleaned/prose.txt')).toBe(clean(PROSE).text);
  });

  test('a file given directly keeps its base name', () => {
    const dir = tmpTree({ 'corpus/deep/seed.txt': seedText() });
    expect(chaff(['clean', 'corpus/deep/seed.txt', '--out', 'o'], dir).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'o'))).toEqual(['seed.txt']);
    expect(read(dir, 'corpus/deep/seed.txt')).toBe(seedText());
  });

  test('an --out folder inside the input folder is not read back as input', () => {
    const dir = tmpTree({ 'c/a.txt': seedText() });
    expect(chaff(['clean', 'c', '--out', 'c/clean'], dir).code).toBe(0);
    const r = chaff(['clean', 'c', '--out', 'c/clean'], dir);
    expect(r.stderr).toBe('1 file: 1 cleaned, 0 unchanged, written under c/clean\n');
    expect(fs.existsSync(path.join(dir, 'c/clean/clean'))).toBe(false);
  });

  test('two inputs that would land on one output: the second is refused', () => {
    const dir = tmpTree({ 'x/a.txt': PROSE, 'y/a.txt': seedText() });
    const r = chaff(['clean', 'x/a.txt', 'y/a.txt', '--out', 'o'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaff: y/a.txt: output o/a.txt already written from x/a.txt; skipped\n1 file: 1 cleaned, 0 unchanged, written under o, 1 skipped\n');
    expect(read(dir, 'o/a.txt')).toBe(clean(PROSE).text);
  });

  test('an output that is another input is refused, not overwritten', () => {
    const dir = tmpTree({ 'a/x.txt': seedText(), 'b/x.txt': PROSE });
    const r = chaff(['clean', 'a/x.txt', 'b/x.txt', '--out', 'b'], dir);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toBe('chaff: a/x.txt: output b/x.txt is one of the inputs; skipped');
    expect(read(dir, 'a/x.txt')).toBe(seedText());
    expect(read(dir, 'b/x.txt')).toBe(clean(PROSE).text);
  });

  test('unchanged outputs are not rewritten', () => {
    const dir = tmpTree({ 'c/a.txt': seedText() });
    chaff(['clean', 'c', '--out', 'o'], dir);
    ageFiles(dir);
    const before = snapshot(dir);
    expect(chaff(['clean', 'c', '--out', 'o'], dir).code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('--metadata sidecar', () => {
  test('writes NAME.meta.json beside the file: the metadata, 2-space JSON and a newline', () => {
    const dir = tmpTree({ 'article.txt': seedText() });
    expect(chaff(['clean', '--metadata', 'sidecar', 'article.txt'], dir).code).toBe(0);
    const expected = clean(seedText(), { metadata: 'sidecar' });
    const json = read(dir, 'article.meta.json');
    expect(json).toBe(renderSidecar(expected.sidecar!));
    // The keys found, in the documented order; none null.
    expect(Object.keys(JSON.parse(json))).toEqual(METADATA_KEYS.filter((k) => expected.sidecar![k] !== null));
    expect(read(dir, 'article.txt')).toBe(expected.text);
    expect(read(dir, 'article.txt').startsWith('---')).toBe(false);
  });

  test('with --out, the sidecar goes beside the output', () => {
    const dir = tmpTree({ 'c/sub/article.txt': seedText() });
    expect(chaff(['clean', '--metadata', 'sidecar', 'c', '--out', 'o'], dir).code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'o/sub/article.meta.json'))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'c/sub'))).toEqual(['article.txt']);
  });

  test('is written for a file whose text needs no change, and not rewritten later', () => {
    const dir = tmpTree({ 'prose.txt': PROSE });
    expect(chaff(['clean', '--metadata', 'sidecar', 'prose.txt'], dir).code).toBe(0);
    expect(read(dir, 'prose.txt')).toBe(PROSE);
    expect(read(dir, 'prose.meta.json')).toBe(renderSidecar(clean(PROSE, { metadata: 'sidecar' }).sidecar!));
    ageFiles(dir);
    const before = snapshot(dir);
    chaff(['clean', '--metadata', 'sidecar', 'prose.txt'], dir);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('writeAtomic', () => {
  test('refuses to replace a file that changed since it was read, losing nothing', async () => {
    const dir = tmpTree();
    const file = write(dir, 'a.txt', 'original\n');
    const readBytes = fs.readFileSync(file);
    fs.writeFileSync(file, 'edited meanwhile\n');
    await expect(writeAtomic(file, 'cleaned\n', { expect: readBytes })).rejects.toBeInstanceOf(ChangedOnDiskError);
    await expect(writeAtomic(file, 'cleaned\n', { expect: readBytes })).rejects.toThrow('changed on disk while cleaning; skipped');
    expect(fs.readFileSync(file, 'utf8')).toBe('edited meanwhile\n');
    expect(fs.readdirSync(dir)).toEqual(['a.txt']);
  });

  test('replaces the file when it still holds what was read', async () => {
    const dir = tmpTree();
    const file = write(dir, 'a.txt', 'original\n');
    fs.chmodSync(file, 0o600);
    await writeAtomic(file, 'cleaned\n', { expect: fs.readFileSync(file), mode: 0o600 });
    expect(fs.readFileSync(file, 'utf8')).toBe('cleaned\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['a.txt']);
  });

  test('a write that fails leaves the old file and no temp file', async () => {
    const dir = tmpTree();
    const file = write(dir, 'a.txt', 'original\n');
    // Renaming onto a folder fails after the temp file is written.
    const target = path.join(dir, 'folder');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'x'), '');
    await expect(writeAtomic(target, 'data')).rejects.toThrow();
    expect(fs.readdirSync(dir).sort()).toEqual(['a.txt', 'folder']);
    expect(fs.readFileSync(file, 'utf8')).toBe('original\n');
  });
});

describe('clean --strip', () => {
  const P = (t: string) => `The council said on Tuesday that the ${t} would be reviewed again next year, after residents complained about the cost and the delays.`;
  const text = ['Storm closes the harbour for two days', '', P('harbour'), '', P('sea wall'), '', 'What the council plans next', '', 'Share this article', 'Facebook', ''].join('\n');

  test('certain by default; suspect strips the suspect findings too; anything else is a usage error', () => {
    const dir = tmpTree({ 'a.txt': text });
    expect(chaff(['clean', '--metadata', 'drop', '--stdout', 'a.txt'], dir).stdout).toBe(clean(text, { metadata: 'drop' }).text);
    const all = chaff(['clean', '--metadata', 'drop', '--strip', 'suspect', '--stdout', 'a.txt'], dir);
    expect(all.stdout).toBe(clean(text, { metadata: 'drop', strip: 'suspect' }).text);
    expect(all.stdout).not.toContain('What the council plans next');
    expect(chaff(['clean', '--strip', 'all', '--stdout', 'a.txt'], dir).code).toBe(2);
  });
});


describe('check and suspect findings', () => {
  const P = (t: string) => `The council said on Tuesday that the ${t} would be reviewed again next year, after residents complained about the cost and the delays.`;
  // Its one finding is a content-shaped line next to the body: suspect.
  const text = ['Storm closes the harbour for two days', '', P('harbour'), '', P('sea wall'), '', 'What the council plans next', ''].join('\n');

  test('are listed for review but fail the check only with --strict; JSON and SARIF say which they are', () => {
    const dir = tmpTree({ 'a.txt': text, 'b.txt': text + 'Share this article\nFacebook\n' });
    const a = chaff(['check', 'a.txt'], dir);
    expect(a.stdout).toMatch(/^a\.txt:7: teaser suspect /m);
    expect(a.stderr).toContain('1 suspect, left for review');
    expect(a.code).toBe(0);
    expect(chaff(['check', '--strict', 'a.txt'], dir).code).toBe(1);
    // A certain finding fails it as before.
    expect(chaff(['check', 'b.txt'], dir).code).toBe(1);
    const json = JSON.parse(chaff(['check', '--format', 'json', 'a.txt', 'b.txt'], dir).stdout);
    const confidences = json.files.flatMap((f: { findings: { confidence: string }[] }) => f.findings.map((x) => x.confidence));
    expect(new Set(confidences)).toEqual(new Set(['suspect', 'certain']));
    const sarif = JSON.parse(chaff(['check', '--format', 'sarif', 'a.txt', 'b.txt'], dir).stdout);
    const levels = sarif.runs[0].results.map((r: { level: string; properties: { confidence: string } }) => `${r.properties.confidence}:${r.level}`);
    expect(new Set(levels)).toEqual(new Set(['suspect:note', 'certain:warning']));
  });
});

describe('clean takes as many passes as the engine does', () => {
  const P = 'The council approved the new budget on Tuesday after a long debate, officials said in a statement.';
  // One pass leaves lines the next pass strips (see test/unit/core/converge.test.ts).
  const text = [P, 'Storm closes the harbour for two days', 'Budget vote delayed again', '5603 readers online now', 'Readers online', 'Budget vote delayed again', 'Read more', 'What the council plans next', 'Read more', 'Advertisement', 'Work With Us', P, 'Privacy Policy', 'What the council plans next', 'Home', 'What the council plans next', 'By Jane Doe', 'Readers online', 'By Jane Doe', ''].join('\n');

  test('on the worker pool, on this thread and for one file to stdout alike', () => {
    const dir = tmpTree({ 'in/a.txt': text });
    const want = clean(text).text;
    expect(chaff(['clean', '--stdout', 'in/a.txt'], dir).stdout).toBe(want);
    expect(chaff(['clean', '--out', 'pooled', 'in'], dir).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'pooled/a.txt'), 'utf8')).toBe(want);
    process.env.CHAFF_WORKERS = '0';
    try {
      expect(chaff(['clean', '--out', 'here', 'in'], dir).code).toBe(0);
    } finally {
      delete process.env.CHAFF_WORKERS;
    }
    expect(fs.readFileSync(path.join(dir, 'here/a.txt'), 'utf8')).toBe(want);
    const jsonl = chaff(['clean', '--jsonl'], dir, JSON.stringify({ text }) + '\n');
    expect(JSON.parse(jsonl.stdout).text).toBe(clean(text, { metadata: 'drop' }).text);
  });
});
