import fs from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import { describe, expect, test } from 'vitest';
import picomatch from 'picomatch';
import { AnalysisPool, corpusMatcher, excludeMatcher, gitignoreMatcher, gitignoreRules, walkTree } from '../../../src/host';
import { chaff, PROSE, tmpTree, write } from '../cli/helpers';

const paths = (stdout: string): string[] => JSON.parse(stdout).files.map((f: { path: string }) => f.path);

describe('walking folders', () => {
  test('finds *.txt files in stable sorted order, nothing else', () => {
    const dir = tmpTree({
      'c/z.txt': PROSE,
      'b.txt': PROSE,
      'a.txt': PROSE,
      'c/a.txt': PROSE,
      'B.txt': PROSE,
      'notes.md': PROSE,
      'data.txt.bak': PROSE,
    });
    const r = chaff(['analyze', '--json', '.'], dir);
    expect(r.code).toBe(0);
    const got = paths(r.stdout);
    expect(got).toEqual([...got].sort());
    expect(new Set(got)).toEqual(new Set(['B.txt', 'a.txt', 'b.txt', 'c/a.txt', 'c/z.txt']));
  });

  test('keeps argument order across paths, each folder sorted', () => {
    const dir = tmpTree({ 'y/2.txt': PROSE, 'y/1.txt': PROSE, 'x/1.txt': PROSE });
    expect(paths(chaff(['analyze', '--json', 'y', 'x'], dir).stdout)).toEqual(['y/1.txt', 'y/2.txt', 'x/1.txt']);
  });

  test('skips node_modules and .git at any depth', () => {
    const dir = tmpTree({
      'keep.txt': PROSE,
      'node_modules/pkg/LICENSE.txt': PROSE,
      'sub/node_modules/x.txt': PROSE,
      '.git/info/x.txt': PROSE,
      'sub/.git/y.txt': PROSE,
      'sub/ok.txt': PROSE,
    });
    expect(paths(chaff(['analyze', '--json', '.'], dir).stdout)).toEqual(['keep.txt', 'sub/ok.txt']);
  });

  test('honours .gitignore files in the walked folders, git-style', () => {
    const dir = tmpTree({
      '.gitignore': 'ignored.txt\nbuild/\n*.tmp.txt\n',
      'ignored.txt': PROSE,
      'kept.txt': PROSE,
      'x.tmp.txt': PROSE,
      'build/out.txt': PROSE,
      'deep/build/out.txt': PROSE,
      'deep/.gitignore': '*.txt\n!keep-me.txt\n',
      'deep/gone.txt': PROSE,
      'deep/keep-me.txt': PROSE,
      'deep/inner/gone.txt': PROSE,
      // A deeper .gitignore cannot re-include what sits in an ignored folder.
      'build/.gitignore': '!*.txt\n',
    });
    expect(paths(chaff(['analyze', '--json', '.'], dir).stdout)).toEqual(['deep/keep-me.txt', 'kept.txt']);
  });

  test('a file named on the command line is processed even if .gitignore excludes it', () => {
    const dir = tmpTree({ '.gitignore': '*.txt\n', 'a.txt': PROSE });
    expect(paths(chaff(['analyze', '--json', 'a.txt'], dir).stdout)).toEqual(['a.txt']);
    expect(paths(chaff(['analyze', '--json', '.'], dir).stdout)).toEqual([]);
  });

  test('a folder named on the command line is walked even inside node_modules', () => {
    const dir = tmpTree({ 'node_modules/pkg/a.txt': PROSE });
    expect(paths(chaff(['analyze', '--json', 'node_modules/pkg'], dir).stdout)).toEqual(['node_modules/pkg/a.txt']);
  });

  test('a file reached twice is processed once', () => {
    const dir = tmpTree({ 'c/a.txt': PROSE, 'c/b.txt': PROSE });
    fs.symlinkSync('a.txt', path.join(dir, 'c/link.txt'));
    expect(paths(chaff(['analyze', '--json', 'c/b.txt', 'c'], dir).stdout)).toEqual(['c/b.txt', 'c/a.txt']);
  });

  test('follows linked folders once, even in a cycle, and reports a broken link', () => {
    const dir = tmpTree({ 'real/a.txt': PROSE, 'corpus/b.txt': PROSE });
    fs.symlinkSync('../real', path.join(dir, 'corpus/linked'));
    fs.symlinkSync('..', path.join(dir, 'corpus/up')); // a cycle back to corpus' parent
    fs.symlinkSync('missing.txt', path.join(dir, 'corpus/broken.txt'));
    const r = chaff(['analyze', '--json', 'corpus'], dir);
    const got = paths(r.stdout);
    // real/a.txt is reached through two links and processed once, under the first path found.
    expect(got).toEqual(['corpus/b.txt', 'corpus/linked/a.txt']);
    expect(r.stderr).toMatch(/corpus\/broken\.txt/);
  });

  test("the config's exclude globs leave files out, named or walked", () => {
    const dir = tmpTree({ '.chaff.json': JSON.stringify({ exclude: ['drafts/**', 'requirements.txt'] }), 'requirements.txt': 'x\n', 'drafts/a.txt': PROSE, 'a.txt': PROSE });
    const r = chaff(['analyze', '--json', '.', 'requirements.txt'], dir);
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(['a.txt']);
  });
});

describe('gitignoreMatcher', () => {
  const m = (rules: Record<string, string>) =>
    gitignoreMatcher(new Map(Object.entries(rules).map(([dir, text]) => [dir, ignore({ ignorecase: false }).add(text)])));

  test('the deepest .gitignore with an opinion wins', () => {
    const ig = m({ '': '*.txt\n', a: '!keep.txt\n' });
    expect(ig('x.txt')).toBe(true);
    expect(ig('a/keep.txt')).toBe(false);
    expect(ig('a/other.txt')).toBe(true);
  });

  test('an ignored folder hides everything under it', () => {
    const ig = m({ '': 'logs/\n', 'logs/2024': '!*.txt\n' });
    expect(ig('logs/2024/a.txt')).toBe(true);
    expect(ig('other/logs.txt')).toBe(false);
  });

  test('anchored patterns are relative to their own .gitignore', () => {
    const ig = m({ sub: '/top.txt\n' });
    expect(ig('sub/top.txt')).toBe(true);
    expect(ig('sub/deeper/top.txt')).toBe(false);
    expect(ig('top.txt')).toBe(false);
  });

  test('no rules ignore nothing', () => {
    expect(m({})('a/b.txt')).toBe(false);
  });
});

test('walkTree lists relative / paths, sorted, with their resolved paths', async () => {
  const dir = tmpTree();
  for (const f of ['b/2.txt', 'b/1.txt', 'a.txt', 'b.txt']) write(dir, f, PROSE);
  const walked = walkTree(dir);
  expect(walked.map((f) => f.rel)).toEqual(['a.txt', 'b.txt', 'b/1.txt', 'b/2.txt']);
  expect(walked.map((f) => f.real)).toEqual(walked.map((f) => path.join(fs.realpathSync(dir), ...f.rel.split('/'))));
});

describe('excludeMatcher', () => {
  test('a glob excludes a path it matches, and everything under a folder it matches', () => {
    const ex = excludeMatcher(['**/node_modules', '**/*.code-search', 'drafts/**', 'archive']);
    expect(ex('a/node_modules/b/c.txt')).toBe(true);
    expect(ex('x/saved.code-search')).toBe(true);
    expect(ex('drafts/2024/a.txt')).toBe(true);
    expect(ex('archive/old.txt')).toBe(true);
    expect(ex('news/archive.txt')).toBe(false);
    expect(ex('news/a.txt')).toBe(false);
    expect(ex('.hidden/a.txt')).toBe(false);
  });

  test("matches as picomatch's own matcher does, tried on every folder above", () => {
    const globs = ['**/.git', '**/tmp/**', '{a,b}/*.txt', '!**/keep.txt', '**/[Dd]raft*'];
    const one = picomatch(globs, { dot: true });
    const reference = (rel: string) => rel.split('/').some((_, i, parts) => one(parts.slice(0, i + 1).join('/')));
    const ex = excludeMatcher(globs);
    for (const rel of ['a/x.txt', 'c/a/x.txt', 'tmp/x.txt', 'y/tmp/z/x.txt', 'keep.txt', 'q/keep.txt', '.git/x.txt', 'm/Draft 1.txt', 'm/n/o.txt']) expect([rel, ex(rel)]).toEqual([rel, reference(rel)]);
  });

  test('no globs exclude nothing', () => {
    expect(excludeMatcher([])('a/b.txt')).toBe(false);
  });
});

test('walkTree hands back the .gitignore texts it read, by folder', () => {
  const dir = tmpTree({ '.gitignore': 'skip/\n', 'sub/.gitignore': '*.tmp.txt\n', 'sub/a.txt': PROSE, 'sub/b.tmp.txt': PROSE, 'skip/c.txt': PROSE, 'd.txt': PROSE });
  const texts = new Map<string, string>();
  expect(walkTree(dir, texts).map((f) => f.rel)).toEqual(['d.txt', 'sub/a.txt']);
  expect(Object.fromEntries(texts)).toEqual({ '': 'skip/\n', sub: '*.tmp.txt\n' });
});

test("a pool's walk job lists, filters by exclude globs and stats a folder", async () => {
  const dir = tmpTree({ 'a/1.txt': PROSE, 'a/2.txt': 'two', 'b/3.txt': PROSE, '.gitignore': 'b/\n', 'a/.chaff.json': '{}', 'c/d/.chaff.json': '{}' });
  const pool = new AnalysisPool(0);
  const withStats = await pool.walk(dir, ['**/2.txt'], true, '.chaff.json');
  expect(withStats.rels).toEqual(['a/1.txt']);
  expect(withStats.gitignores).toEqual([['', 'b/\n']]);
  expect(withStats.marked.sort()).toEqual(['a', 'c/d']);
  const st = fs.statSync(path.join(dir, 'a/1.txt'));
  expect([...withStats.stats!]).toEqual([st.mtimeMs, st.size]);
  const bare = await pool.walk(dir, [], false);
  expect(bare.rels).toEqual(['a/1.txt', 'a/2.txt']);
  expect(bare.stats).toBeNull();
  await expect(pool.walk(path.join(dir, 'missing'), [], false)).rejects.toThrow();
  await pool.close();
});

describe('corpusMatcher (the editor\'s corpus files)', () => {
  test('leaves out what the CLI\'s walk leaves out, .gitignore case handling included (git\'s: case-sensitive on Linux)', () => {
    const dir = tmpTree({
      '.gitignore': 'Drafts/\n*.Tmp.txt\n',
      'drafts/a.txt': PROSE,
      'Drafts/b.txt': PROSE,
      'c.tmp.txt': PROSE,
      'd.Tmp.txt': PROSE,
      'sub/.gitignore': 'Old.txt\n',
      'sub/old.txt': PROSE,
      'sub/Old.txt': PROSE,
      'feeds/e.feed': PROSE,
      'node_modules/x.txt': PROSE,
    });
    const gitignores = new Map<string, string>();
    const walked = walkTree(dir, gitignores).map((f) => f.rel);
    const m = corpusMatcher({
      base: '/ws/',
      exclude: ['**/node_modules/**'],
      gitignores: new Map([...gitignores].map(([d, text]) => [d, gitignoreRules(text)])),
      include: ['feeds/*.feed'],
      includeDir: '/ws',
    });
    const all = ['drafts/a.txt', 'Drafts/b.txt', 'c.tmp.txt', 'd.Tmp.txt', 'sub/old.txt', 'sub/Old.txt', 'node_modules/x.txt'];
    expect(all.filter((rel) => m.accepts('/ws/' + rel))).toEqual(walked.filter((rel) => all.includes(rel)).sort((a, b) => all.indexOf(a) - all.indexOf(b)));
    if (process.platform === 'linux') expect(walked).toEqual(['c.tmp.txt', 'drafts/a.txt', 'sub/old.txt']);
    // `include` adds files of other kinds; paths outside the folder are never the corpus's.
    expect(m.accepts('/ws/feeds/e.feed')).toBe(true);
    expect(m.accepts('/elsewhere/a.txt')).toBe(false);
    expect(m.rel('/ws/sub/old.txt')).toBe('sub/old.txt');
  });
});
