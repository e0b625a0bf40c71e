// The per-file cache of the corpus index: what a second run reads again, what it reuses, and what
// it refuses (another engine or configuration, a damaged file).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFacts, analyzeInCorpus, resolveConfig } from '../../../src/core';
import { AnalysisPool, cacheStamp, collectInputs, IndexCache, indexCorpus, loadCache } from '../../../src/host';
import { article, REPEATED } from '../corpus-fixtures';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function corpusDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaff-cache-'));
  dirs.push(dir);
  for (let i = 0; i < 6; i++) {
    fs.mkdirSync(path.join(dir, 'quayside'), { recursive: true });
    fs.writeFileSync(path.join(dir, `quayside/${i}.txt`), article(i, { repeated: REPEATED }));
  }
  fs.mkdirSync(path.join(dir, 'other'));
  for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(dir, `other/${i}.txt`), article(i + 20, { source: 'Elsewhere Daily' }));
  return dir;
}

const { config } = resolveConfig({});
const run = async (dir: string, cacheFile: string) => {
  const { inputs } = await collectInputs([dir], { cwd: dir });
  const pool = new AnalysisPool(0);
  try {
    return await indexCorpus(inputs, { config, maxSize: 1 << 20, onSkip: () => {}, cacheFile, pool });
  } finally {
    await pool.close();
  }
};

describe('index cache', () => {
  it('round-trips through its binary form, arrays and all', () => {
    const c = new IndexCache('stamp-1');
    const facts = analyzeFacts(article(3));
    c.files.set('/a/b.txt', { mtimeMs: 123.5, size: 42, facts, final: { evidence: 'x.y', findings: 7 } });
    c.files.set('/a/c.txt', { mtimeMs: 1, size: 2, facts, final: null });
    const back = IndexCache.parse(c.serialise(), 'stamp-1');
    expect([...back.files.keys()]).toEqual(['/a/b.txt', '/a/c.txt']);
    const b = back.files.get('/a/b.txt')!;
    expect(b).toMatchObject({ mtimeMs: 123.5, size: 42, final: { evidence: 'x.y', findings: 7 } });
    expect(Array.from(b.facts.lines)).toEqual(Array.from(facts.lines));
    expect(Array.from(b.facts.guarded)).toEqual(Array.from(facts.guarded));
    expect(b.facts.body!.exact).toBe(facts.body!.exact);
    expect(Array.from(b.facts.body!.minhash)).toEqual(Array.from(facts.body!.minhash));
    expect(b.facts.metadata).toEqual(facts.metadata);
    expect(b.facts.findings).toBe(facts.findings);
    expect(back.files.get('/a/c.txt')!.final).toBeNull();
    // At any offset in memory (a copy is made when the block is not 4-aligned there).
    const shifted = new Uint8Array(c.serialise().length + 1);
    shifted.set(c.serialise(), 1);
    expect(Array.from(IndexCache.parse(shifted.subarray(1), 'stamp-1').files.get('/a/b.txt')!.facts.lines)).toEqual(Array.from(facts.lines));
    expect(back.lookup('/a/b.txt', 123.5, 42)).toBeDefined();
    expect(back.lookup('/a/b.txt', 123.5, 43)).toBeUndefined();
    expect(back.lookup('/a/b.txt', 124, 42)).toBeUndefined();
  });

  it('is empty for another engine or configuration, or when damaged', () => {
    const c = new IndexCache('stamp-1');
    c.files.set('/a.txt', { mtimeMs: 1, size: 1, facts: analyzeFacts(article(1)), final: null });
    expect(IndexCache.parse(c.serialise(), 'stamp-2').files.size).toBe(0);
    const bytes = c.serialise();
    // Cut short, or with its rows garbled.
    expect(IndexCache.parse(bytes.subarray(0, bytes.length - 8), 'stamp-1').files.size).toBe(0);
    const garbled = Buffer.from(bytes);
    garbled[garbled.indexOf('\n{"rows"') + 1] = 0x5d;
    expect(IndexCache.parse(garbled, 'stamp-1').files.size).toBe(0);
    expect(IndexCache.parse(Buffer.from('not a cache'), 'stamp-1').files.size).toBe(0);
    expect(cacheStamp(resolveConfig({ exceptions: ['x'] }).config)).not.toBe(cacheStamp(config));
    expect(cacheStamp(resolveConfig({}, { trusted: false }).config)).not.toBe(cacheStamp(config));
  });

  it('reads everything once, then nothing, then only the changed file; evidence is redone only for its source', async () => {
    const dir = corpusDir();
    const cacheFile = path.join(dir, '.index-cache');
    const first = await run(dir, cacheFile);
    expect(first.stats).toMatchObject({ files: 9, cached: 0, analysed: 9, reanalysed: 6 });
    const second = await run(dir, cacheFile);
    expect(second.stats).toMatchObject({ files: 9, cached: 9, analysed: 0, reanalysed: 0 });
    const key = (rel: string) => fs.realpathSync(path.join(dir, rel));
    // Nothing changed: the corpus is restored from the cache with every count and set as the first run left them.
    for (const e of first.corpus.all()) expect(second.corpus.findings(e.key)).toBe(first.corpus.findings(e.key));
    expect(second.corpus.duplicateGroups()).toEqual(first.corpus.duplicateGroups());
    expect(second.corpus.repeated.articles(second.corpus.get(key('quayside/0.txt'))!.source)).toBe(6);
    // An edit in the other source: one read, no second analysis anywhere.
    const f = path.join(dir, 'other/1.txt');
    fs.appendFileSync(f, '\nOne more line of prose about the airport, added by the editor later that evening.\n');
    const third = await run(dir, cacheFile);
    expect(third.stats).toMatchObject({ files: 9, cached: 8, analysed: 1, reanalysed: 0 });
    // An edit to a quayside article that keeps its repeated line: read once, and its evidence,
    // guessed from its folder's source while it was read, needs no second analysis.
    const edited = path.join(dir, 'quayside/2.txt');
    fs.appendFileSync(edited, '\nA short note.\n');
    const again = await run(dir, cacheFile);
    expect(again.stats).toMatchObject({ cached: 8, analysed: 1, reanalysed: 0 });
    const inCorpus = analyzeInCorpus(fs.readFileSync(edited, 'utf8'), again.corpus.get(key('quayside/2.txt'))!.path, again.corpus.repeated, { config });
    expect(inCorpus.applicable.length).toBeGreaterThan(0);
    expect(again.corpus.findings(key('quayside/2.txt'))).toBe(inCorpus.analysis.findings.length);
    // A deleted file leaves the cache.
    fs.rmSync(f);
    const fourth = await run(dir, cacheFile);
    expect(fourth.stats.files).toBe(8);
    expect((await loadCache(cacheFile, config)).files.has(key('other/0.txt'))).toBe(true);
    expect([...(await loadCache(cacheFile, config)).files.keys()].some((k) => k.endsWith('other/1.txt'))).toBe(false);
  });
});
