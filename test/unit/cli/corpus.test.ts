// Corpus-level features of the CLI: repeated-line evidence in check/clean/analyze over a folder,
// duplicates in `index --json`, and `index --cache`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { article, lineOf, REPEATED } from '../corpus-fixtures';
import { chaff, seedText, tmpTree } from './helpers';

/** Six articles of one source sharing a line no rule knows, and one of another source with it too. */
const corpusFiles = () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 6; i++) files[`quayside/${i}.txt`] = article(i, { repeated: REPEATED });
  files['other/0.txt'] = article(7, { repeated: REPEATED, source: 'Elsewhere Daily' });
  return files;
};

describe('repeated-line evidence over a folder', () => {
  test('check flags the line in every article of the source, and only there', () => {
    const dir = tmpTree(corpusFiles());
    const r = chaff(['check', '.'], dir);
    expect(r.code).toBe(1);
    const hits = r.stdout.split('\n').filter((l) => l.includes(' repeated-line '));
    const line = lineOf(article(0, { repeated: REPEATED }), REPEATED);
    expect(hits.map((l) => l.split(':').slice(0, 2).join(':')).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `quayside/${i}.txt:${line}`));
  });

  test('one file alone has no corpus, so no evidence', () => {
    const dir = tmpTree(corpusFiles());
    expect(chaff(['check', 'quayside/0.txt'], dir).stdout).not.toContain('repeated-line');
  });

  test('check --format json, analyze --json and index agree on the findings', () => {
    const dir = tmpTree(corpusFiles());
    const check = JSON.parse(chaff(['check', '.', '--format', 'json'], dir).stdout);
    expect(JSON.parse(chaff(['analyze', '.', '--json'], dir).stdout)).toEqual(check);
    const index = JSON.parse(chaff(['index', '.', '--json'], dir).stdout);
    expect(index.articles.map((a: { path: string; findings: number }) => [a.path, a.findings])).toEqual(check.files.map((f: { path: string; findings: unknown[] }) => [f.path, f.findings.length]));
  });

  test('exceptions in .chaff.json win, and repeatedLines can switch it off or raise the bar', () => {
    const dir = tmpTree({ ...corpusFiles(), '.chaff.json': JSON.stringify({ exceptions: [REPEATED] }) });
    expect(chaff(['check', '.'], dir).stdout).not.toContain('repeated-line');
    fs.writeFileSync(path.join(dir, '.chaff.json'), JSON.stringify({ repeatedLines: { enabled: false } }));
    expect(chaff(['check', '.'], dir).stdout).not.toContain('repeated-line');
    fs.writeFileSync(path.join(dir, '.chaff.json'), JSON.stringify({ repeatedLines: { minArticles: 7 } }));
    expect(chaff(['check', '.'], dir).stdout).not.toContain('repeated-line');
  });

  test('clean removes the repeated line where check reports it, and a second clean changes nothing', () => {
    const dir = tmpTree(corpusFiles());
    expect(chaff(['clean', '.'], dir).code).toBe(0);
    for (let i = 0; i < 6; i++) expect(fs.readFileSync(path.join(dir, `quayside/${i}.txt`), 'utf8')).not.toContain(REPEATED);
    expect(fs.readFileSync(path.join(dir, 'other/0.txt'), 'utf8')).toContain(REPEATED);
    const r = chaff(['clean', '.'], dir);
    expect(r.stderr).toBe('7 files: 0 cleaned, 7 unchanged\n');
  });
});

describe('duplicates in chaff index', () => {
  test('lists exact and near duplicates, with duplicateOf on the copies', () => {
    const seed = seedText();
    const edited = seed.replace('ironclad commitment', 'firm commitment');
    expect(edited).not.toBe(seed);
    const dir = tmpTree({
      'a/seed.txt': seed,
      // The same story under other chaff: an exact duplicate of the body.
      'b/seed-copy.txt': 'Home | World | Sport\n\n' + seed,
      'c/seed-edited.txt': edited,
      'd/other.txt': article(1),
    });
    const out = JSON.parse(chaff(['index', '.', '--json'], dir).stdout);
    expect(out.duplicates).toEqual([{ kind: 'near', similarity: expect.any(Number), articles: ['a/seed.txt', 'b/seed-copy.txt', 'c/seed-edited.txt'] }]);
    expect(out.duplicates[0].similarity).toBeGreaterThanOrEqual(0.8);
    const dupOf = Object.fromEntries(out.articles.map((a: { path: string; duplicateOf: string | null }) => [a.path, a.duplicateOf]));
    expect(dupOf).toEqual({ 'a/seed.txt': null, 'b/seed-copy.txt': 'a/seed.txt', 'c/seed-edited.txt': 'a/seed.txt', 'd/other.txt': null });
    const table = chaff(['index', '.'], dir).stdout;
    expect(table).toContain('1 duplicate set:\n');
    expect(table).toMatch(/% alike: a\/seed\.txt, b\/seed-copy\.txt, c\/seed-edited\.txt\n$/);
  });

  test('an exact set is called exact', () => {
    const dir = tmpTree({ 'x.txt': seedText(), 'y.txt': seedText() });
    expect(JSON.parse(chaff(['index', '.', '--json'], dir).stdout).duplicates).toEqual([{ kind: 'exact', similarity: 1, articles: ['x.txt', 'y.txt'] }]);
  });
});

describe('chaff index --cache', () => {
  test('a second run reads only files whose mtime or size changed', () => {
    const dir = tmpTree(corpusFiles());
    const first = chaff(['index', '.', '--json', '--cache', 'index.cache'], dir);
    expect(first.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'index.cache'))).toBe(true);
    // Same size, same mtime, other content: the cache answers, so the file was not read.
    const f = path.join(dir, 'quayside/0.txt');
    const st = fs.statSync(f);
    const text = fs.readFileSync(f, 'utf8');
    const swapped = text.replace('Councillors', 'Councilwomen'.slice(0, 'Councillors'.length));
    expect(swapped.length).toBe(text.length);
    fs.writeFileSync(f, swapped);
    fs.utimesSync(f, st.atime, st.mtime);
    const second = chaff(['index', '.', '--json', '--cache', 'index.cache'], dir);
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(second.stdout).articles.some((a: { path: string }) => a.path === 'index.cache')).toBe(false);
    // A newer mtime: read again.
    fs.utimesSync(f, st.atime, new Date(st.mtimeMs + 5000));
    fs.writeFileSync(f, text.replace(/^.*\n/, 'A wholly new headline about the ferry plan today\n'));
    const third = JSON.parse(chaff(['index', '.', '--json', '--cache', 'index.cache'], dir).stdout);
    expect(third.articles.find((a: { path: string }) => a.path === 'quayside/0.txt').title).toBe('A wholly new headline about the ferry plan today');
  });

  test('a damaged cache, or one made with another configuration, is rebuilt', () => {
    const dir = tmpTree(corpusFiles());
    const fresh = chaff(['index', '.', '--json'], dir).stdout;
    fs.writeFileSync(path.join(dir, 'index.cache'), '{"format":1,"stamp":"x"}\n[not json');
    expect(chaff(['index', '.', '--json', '--cache', 'index.cache'], dir).stdout).toBe(fresh);
    fs.writeFileSync(path.join(dir, '.chaff.json'), JSON.stringify({ exceptions: [REPEATED] }));
    const withConfig = chaff(['index', '.', '--json', '--cache', 'index.cache'], dir).stdout;
    expect(withConfig).not.toBe(fresh);
    fs.rmSync(path.join(dir, 'index.cache'));
    expect(chaff(['index', '.', '--json'], dir).stdout).toBe(withConfig);
  });
});
