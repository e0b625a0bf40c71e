// Pipelines: JSON lines in and out, corpus evidence made once and shared by shards, and the output
// formats (SARIF validated against the SARIF 2.1.0 schema).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildPools, generate } from '../../../bench/corpus-gen';
import { article, REPEATED } from '../corpus-fixtures';
import { chaff, CLI, PROSE, ROOT, seedText, tmpTree } from './helpers';

/** Every .txt file under dir (sorted, as the CLI walks) as a JSON line: id, path as the CLI shows it from dir, text. */
function toJsonl(dir: string, sub: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(r);
      else if (e.name.endsWith('.txt')) out.push(JSON.stringify({ id: r.slice(sub.length + 1), path: r, text: fs.readFileSync(path.join(dir, r), 'utf8'), lang: 'en' }));
    }
  };
  walk(sub);
  // The CLI sorts a folder's files by their relative path, not folder by folder.
  return out.sort((a, b) => (JSON.parse(a).path < JSON.parse(b).path ? -1 : 1));
}

/** Splits items into n contiguous shards. */
const shards = <T>(items: T[], n: number) => Array.from({ length: n }, (_, k) => items.slice(Math.floor((k * items.length) / n), Math.floor(((k + 1) * items.length) / n)));

describe('JSON lines', () => {
  test('clean --jsonl: one line per input, in order, text cleaned, metadata and findings added, unknown fields kept', () => {
    const dir = tmpTree();
    const input = [
      { id: 'a', text: seedText(), keep: { nested: [1, 2] } },
      { id: 2, text: PROSE, source_url: 'https://example.com/x' },
    ];
    const r = chaff(['clean', '--jsonl'], dir, input.map((o) => JSON.stringify(o)).join('\n') + '\n');
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 2]);
    expect(Object.keys(out[0])).toEqual(['id', 'text', 'keep', 'metadata', 'findings']);
    expect(out[0].keep).toEqual({ nested: [1, 2] });
    expect(out[1].source_url).toBe('https://example.com/x');
    // The same text and findings as cleaning the file, metadata as a field rather than front matter.
    const file = tmpTree({ 'seed.txt': seedText() });
    expect(out[0].text).toBe(chaff(['clean', 'seed.txt', '--stdout', '--metadata', 'drop'], file).stdout);
    expect(out[0].findings).toEqual(JSON.parse(chaff(['analyze', 'seed.txt', '--json'], file).stdout).files[0].findings);
    expect(out[0].findings.length).toBeGreaterThan(5);
    expect(out[1].text).toBe(PROSE);
    expect(out[1].findings).toEqual([]);
    expect(r.stderr).toContain('2 records: 1 cleaned, 1 unchanged');
  });

  test('a bad record gets an error field on its own line, the stream goes on, and the exit code says so', () => {
    const dir = tmpTree();
    const input = ['{"id":1,"text":"Hello there.\\n"}', 'not json', '[1,2]', '{"id":4}', '{"id":5,"text":42}', '', '{"id":6,"text":"Share on Facebook\\nFine words, carefully chosen.\\n"}'].join('\n');
    const r = chaff(['clean', '-'], dir, input);
    expect(r.code).toBe(2);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out[0].id).toBe(1);
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringContaining('not JSON') });
    expect(out[2]).toMatchObject({ line: 3, error: 'not a JSON object' });
    expect(out[3]).toEqual({ id: 4, error: 'no "text" field' });
    expect(out[4]).toEqual({ id: 5, text: 42, error: '"text" is not a string' });
    expect(out[5].id).toBe(6);
    expect(out[5].text).not.toContain('Share on Facebook');
    expect(r.stderr).toContain('chaff: <stdin>:2: not JSON');
    expect(r.stderr).toContain('chaff: <stdin>:4: no "text" field');
  });

  test('analyze and check read JSON lines from a file too; analyze leaves the text out', () => {
    const dir = tmpTree({ 'in.jsonl': JSON.stringify({ id: 'x', text: seedText() }) + '\n' });
    const a = chaff(['analyze', '--jsonl', 'in.jsonl'], dir);
    expect(a.code).toBe(0);
    const rec = JSON.parse(a.stdout);
    expect(Object.keys(rec)).toEqual(['id', 'metadata', 'findings', 'duplicateOf']);
    const c = chaff(['check', '--jsonl', 'in.jsonl', '--format', 'text'], dir);
    expect(c.code).toBe(1);
    expect(c.stdout.split('\n')[0]).toMatch(/^x:\d+: \S+ \S+ /);
  });

  test('clean --jsonl refuses the options that write files', () => {
    const dir = tmpTree();
    for (const args of [['--out', 'o'], ['--dry-run'], ['--stdout'], ['--metadata', 'sidecar']]) {
      const r = chaff(['clean', '--jsonl', ...args], dir, '{"text":"x"}\n');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^chaff: /);
      expect(r.stdout).toBe('');
    }
  });

  test('memory stays flat: a stream larger than the heap it may use goes through', () => {
    // Records carry their page as well, as crawls do: most of the bytes pass through untouched, so the
    // stream is large while the engine's share of the time stays small.
    const rec = JSON.stringify({ id: 'r', text: seedText(), html: `<article>${seedText().repeat(8)}</article>` }) + '\n';
    const input = rec.repeat(Math.ceil((96 * 1024 * 1024) / rec.length));
    // The CLI itself under a 64 MB heap, its peak RSS written by the same process when it exits.
    // (The engine's rules and their compiled code alone hold some 40 MB: a heap much nearer that
    // measures the garbage collector's thrashing, not whether the stream is held.)
    const script = `process.on('exit', () => process.stderr.write('RSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv = [process.argv[0], ${JSON.stringify(CLI)}, 'clean', '--jsonl', '-q']; require(${JSON.stringify(CLI)});`;
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', '-e', script], { input, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' });
    expect(r.status, r.stderr.slice(0, 500)).toBe(0);
    expect(r.stdout.split('\n').length - 1).toBe(input.split('\n').length - 1);
    const rssMB = Number(/RSS (\d+)/.exec(r.stderr)![1]) / 1024;
    // 96 MB in and more out went through a process that never held even the input (its RSS stays near 135 MB whatever the size).
    expect(rssMB).toBeLessThan((input.length + r.stdout.length) / (1024 * 1024));
  }, 180_000);
});

// (Each test starts the CLI some twenty times: on a busy two-core machine that takes longer than the default timeout.)
describe('evidence once, shards many', { timeout: 120_000 }, () => {
  let dir: string;
  let records: string[];
  beforeAll(() => {
    dir = tmpTree();
    generate(path.join(dir, 'corpus'), 112, 7, buildPools(path.join(ROOT, 'samples')));
    // Articles without a source, counted by folder, with a line repeated there.
    for (let i = 0; i < 8; i++) fs.writeFileSync(path.join(dir, `corpus/nosource-${i}.txt`), article(i, { repeated: REPEATED }).replace(/from Quayside Courier\n/, ''));
    records = toJsonl(dir, 'corpus');
    fs.writeFileSync(path.join(dir, 'corpus.jsonl'), records.join('\n') + '\n');
  });

  test('the evidence of the files equals that of the same articles as JSON lines, and names repeated lines and duplicates', () => {
    const fromFiles = chaff(['evidence', 'corpus'], dir);
    expect(fromFiles.code).toBe(0);
    const fromLines = chaff(['evidence', '-'], dir, records.join('\n') + '\n');
    expect(fromLines.code).toBe(0);
    const a = JSON.parse(fromFiles.stdout);
    const b = JSON.parse(fromLines.stdout);
    expect(b.sources).toEqual(a.sources);
    expect(Object.keys(a.sources).length).toBeGreaterThan(5);
    expect(Object.keys(a.sources)).toContain('folder:corpus');
    expect(a.duplicates.length).toBeGreaterThan(0);
    expect(b.duplicates).toEqual(a.duplicates);
    expect(fromFiles.stderr).toMatch(/^120 articles: \d+ repeated lines in \d+ sources?, \d+ duplicate sets?/m);
  });

  test('JSON lines cleaned in 8 shards with the same evidence, concatenated, equal one run over the whole', () => {
    const ev = chaff(['evidence', '-'], dir, records.join('\n') + '\n');
    fs.writeFileSync(path.join(dir, 'ev.json'), ev.stdout);
    const one = chaff(['clean', '--jsonl', 'corpus.jsonl', '-q'], dir);
    expect(one.code).toBe(0);
    const parts = shards(records, 8).map((s) => {
      const r = chaff(['clean', '--jsonl', '--evidence', 'ev.json', '-q'], dir, s.join('\n') + '\n');
      expect(r.code).toBe(0);
      return r.stdout;
    });
    expect(parts.join('')).toBe(one.stdout);
    const out = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(records.length);
    // Evidence did work: repeated lines removed, copies named.
    expect(out.some((o) => o.findings.some((f: { rule: string }) => f.rule === 'repeated-line'))).toBe(true);
    expect(out.some((o) => typeof o.duplicateOf === 'string')).toBe(true);
    // Without evidence the shards would differ from the one run.
    const bare = shards(records, 8)
      .map((s) => chaff(['clean', '--jsonl', '-q'], dir, s.join('\n') + '\n').stdout)
      .join('');
    expect(bare).not.toBe(one.stdout);
  });

  test('files checked in 8 shards with the evidence of the folder, concatenated, equal one run over the folder', () => {
    const ev = chaff(['evidence', 'corpus'], dir);
    fs.writeFileSync(path.join(dir, 'ev-files.json'), ev.stdout);
    const one = chaff(['check', 'corpus', '--format', 'jsonl'], dir);
    expect(one.code).toBe(1);
    const files = records.map((l) => JSON.parse(l).path as string);
    const parts = shards(files, 8).map((s) => chaff(['check', '--evidence', 'ev-files.json', '--format', 'jsonl', ...s], dir).stdout);
    expect(parts.join('')).toBe(one.stdout);
    expect(one.stdout).toContain('"rule":"repeated-line"');
  });

  test('files cleaned in 8 shards with the evidence equal the files of one clean run', () => {
    const one = chaff(['clean', 'corpus', '--out', 'one', '-q'], dir);
    expect(one.code).toBe(0);
    const files = records.map((l) => JSON.parse(l).path as string);
    shards(files, 8).forEach((s, k) => {
      const r = chaff(['clean', '--evidence', 'ev-files.json', '--out', `shard${k}`, '-q', ...s], dir);
      expect(r.code).toBe(0);
    });
    let removed = 0;
    shards(files, 8).forEach((s, k) => {
      for (const f of s) {
        const mine = fs.readFileSync(path.join(dir, `shard${k}`, path.basename(f)), 'utf8');
        expect(mine).toBe(fs.readFileSync(path.join(dir, 'one', f.slice('corpus/'.length)), 'utf8'));
        if (mine.length < fs.readFileSync(path.join(dir, f), 'utf8').length) removed++;
      }
    });
    expect(removed).toBeGreaterThan(60);
  });

  test('an evidence file of another configuration, or not one at all, is refused', () => {
    const d = tmpTree({ 'a.txt': PROSE, 'bad.json': '{"x":1}' });
    fs.copyFileSync(path.join(dir, 'ev.json'), path.join(d, 'ev.json'));
    fs.writeFileSync(path.join(d, '.chaff.json'), JSON.stringify({ repeatedLines: { minArticles: 3 } }));
    const r = chaff(['check', 'a.txt', '--evidence', 'ev.json'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ev.json: made by another chaff build or with another configuration');
    const b = chaff(['check', 'a.txt', '--evidence', 'bad.json'], d);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('bad.json: not a chaff evidence file');
  });
});

describe('output formats', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The schema's language pattern is not valid with the u flag (as JSON Schema draft 4 regexes were read).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  test('check --format sarif is valid SARIF 2.1.0 with rule metadata, kinds and locations', () => {
    const dir = tmpTree({ 'a/seed.txt': seedText(), 'b.txt': PROSE, 'c d.txt': 'Share on Facebook\nWords of an article, kept.\n' });
    const r = chaff(['check', '.', '--format', 'sarif'], dir);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const rules = run.tool.driver.rules;
    expect(rules.find((x: { id: string }) => x.id === 'share-line')).toMatchObject({ shortDescription: { text: expect.any(String) }, properties: { kind: 'share' } });
    const json = JSON.parse(chaff(['check', '.', '--format', 'json'], dir).stdout);
    const count = json.files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0);
    expect(run.results).toHaveLength(count);
    const res = run.results.find((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri === 'c%20d.txt');
    expect(res).toMatchObject({ ruleId: 'share-line', level: 'warning', properties: { kind: 'share' } });
    expect(res.locations[0].physicalLocation.region).toEqual({ startLine: 1, endLine: 1 });
    expect(rules[res.ruleIndex].id).toBe('share-line');
  });

  test('every command takes --format sarif, and the SARIF of each is valid; workspace rules and duplicates too', () => {
    const dir = tmpTree({
      '.chaff.json': JSON.stringify({ rules: [{ id: 'house-promo', kind: 'advertisement', pattern: '^Visit our shop' }] }),
      'x.txt': `${PROSE}\nVisit our shop today\n`,
      'y.txt': `${PROSE}\nVisit our shop today\n`,
    });
    for (const args of [['analyze', '.'], ['check', '.'], ['index', '.'], ['clean', '--jsonl', '-'], ['clean', '.', '--out', 'o']]) {
      const r = chaff([...args, '--format', 'sarif'], dir, JSON.stringify({ id: 'r1', text: seedText() }) + '\n');
      const log = JSON.parse(r.stdout);
      expect(validate(log), `${args.join(' ')}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      const ids = log.runs[0].results.map((x: { ruleId: string }) => x.ruleId);
      if (args[0] === 'index') expect(ids).toEqual(['duplicate-article']);
      else if (args[1] === '--jsonl') expect(ids.length).toBeGreaterThan(5);
      else expect(ids).toContain('house-promo');
    }
  });

  test('--json is --format json; jsonl is one object per line; a clash is a usage error', () => {
    const dir = tmpTree({ 'seed.txt': seedText(), 'prose.txt': PROSE });
    const json = chaff(['analyze', '.', '--json'], dir).stdout;
    expect(chaff(['analyze', '.', '--format', 'json'], dir).stdout).toBe(json);
    const lines = chaff(['analyze', '.', '--format', 'jsonl'], dir).stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(JSON.parse(json).files);
    expect(chaff(['index', '.', '--json'], dir).stdout).toBe(chaff(['index', '.', '--format', 'json'], dir).stdout);
    expect(chaff(['index', '.', '--format', 'jsonl'], dir).stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(JSON.parse(chaff(['index', '.', '--json'], dir).stdout).articles);
    const clean = chaff(['clean', '.', '--out', 'o', '--format', 'json'], dir);
    expect(JSON.parse(clean.stdout).files.map((f: { path: string }) => f.path)).toEqual(['prose.txt', 'seed.txt']);
    const clash = chaff(['analyze', '.', '--json', '--format', 'sarif'], dir);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('--json and --format sarif disagree');
  });
});

describe('manners', () => {
  test('summaries go to stderr, --quiet drops them, stdout holds only results', () => {
    const dir = tmpTree({ 'seed.txt': seedText(), 'prose.txt': PROSE });
    const r = chaff(['check', '.'], dir);
    expect(r.stderr).toMatch(/^2 files, \d+ findings in 1 file\n$/);
    expect(r.stdout.split('\n').filter(Boolean).every((l) => /^seed\.txt:\d+: /.test(l))).toBe(true);
    const q = chaff(['check', '.', '--quiet'], dir);
    expect(q.stderr).toBe('');
    expect(q.stdout).toBe(r.stdout);
    expect(q.code).toBe(1);
  });

  test('quoted globs are expanded by chaff; one that matches nothing is an error', () => {
    const dir = tmpTree({ 'corpus/a/1.txt': PROSE, 'corpus/b/c/2.txt': seedText(), 'corpus/b/3.md': PROSE, 'other/4.txt': PROSE });
    const r = chaff(['analyze', 'corpus/**/*.txt', '--format', 'jsonl'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).path)).toEqual(['corpus/a/1.txt', 'corpus/b/c/2.txt']);
    const none = chaff(['check', 'nowhere/**/*.txt'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('chaff: nowhere/**/*.txt: no files match this pattern');
  });

  test('colour only when asked for on a pipe (FORCE_COLOR), never with NO_COLOR', () => {
    const dir = tmpTree({ 'seed.txt': seedText() });
    const run = (env: Record<string, string | undefined>) => {
      const e = { ...process.env, ...env };
      for (const k of Object.keys(env)) if (env[k] === undefined) delete e[k];
      return spawnSync(process.execPath, [CLI, 'check', 'seed.txt'], { cwd: dir, encoding: 'utf8', env: e }).stdout;
    };
    expect(run({ NO_COLOR: undefined, FORCE_COLOR: undefined })).not.toContain('\x1b[');
    const forced = run({ NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(forced).toContain('\x1b[1mseed.txt:');
    expect(forced.replace(/\x1b\[\d+m/g, '')).toBe(run({ NO_COLOR: undefined, FORCE_COLOR: undefined }));
    expect(run({ NO_COLOR: '1', FORCE_COLOR: '1' })).not.toContain('\x1b[');
  });

  test('--help shows examples, for the program and for each command', () => {
    expect(chaff(['--help'], ROOT).stdout).toContain("Examples:\n  chaff check corpus");
    for (const c of ['analyze', 'check', 'clean', 'index', 'evidence']) expect(chaff([c, '--help'], ROOT).stdout).toMatch(/Examples:\n {2}chaff /);
  });
});

describe('progress on a terminal', () => {
  test('drawn on stderr with files done, MB/s and ETA, then erased; none on a pipe', async () => {
    const { Progress } = await import('../../../src/cli/progress');
    let t = 0;
    const writes: string[] = [];
    const p = new Progress({ isTTY: true, write: (s: string) => writes.push(s) }, { unit: 'files', total: 4, now: () => t, interval: 100 });
    t = 1000;
    p.tick(2 * 1024 * 1024);
    t = 1050;
    p.tick(1024 * 1024); // within the interval: not drawn
    t = 2000;
    p.tick(1024 * 1024);
    expect(writes).toEqual(['\r1/4 files  2.0 MB/s  ETA 0:03\x1b[K', '\r3/4 files  2.0 MB/s  ETA 0:01\x1b[K']);
    expect(p.end()).toEqual({ done: 3, bytes: 4 * 1024 * 1024, seconds: 2 });
    expect(writes.at(-1)).toBe('\r\x1b[K');
    const silent = new Progress(null, { unit: 'files', total: 1 });
    silent.tick(1);
    silent.end();
  });

  test('the CLI draws it under a real terminal (script(1)), and not with --quiet', () => {
    const dir = tmpTree({ 'a.txt': seedText(), 'b.txt': PROSE });
    const tty = (args: string) => spawnSync('script', ['-qec', `${process.execPath} ${CLI} check . ${args}`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
    const out = tty('');
    expect(out).toMatch(/\r1\/2 files {2}[\d.]+ MB\/s {2}ETA \d+:\d\d\x1b\[K/);
    expect(out).toContain('2 files, ');
    const quiet = tty('--quiet');
    expect(quiet).not.toContain('MB/s');
    expect(quiet).not.toContain('2 files, ');
  });
});
