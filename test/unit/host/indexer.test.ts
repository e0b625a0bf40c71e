// The host's incremental corpus index (what the editor's Corpus view runs on), driven by a host made
// of Node's fs: a first scan with evidence settled, a second start restored from its cache without a
// read, updates and deletions followed, and files read through the file access instead of the workers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeInCorpus, resolveConfig } from '../../../src/core';
import { AnalysisPool, Indexer, nodeFiles, toPosix, type CorpusChange, type IndexerHost, type Target } from '../../../src/host';
import { article, REPEATED } from '../corpus-fixtures';

const dirs: string[] = [];
const pools: AnalysisPool[] = [];
afterAll(async () => {
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  await Promise.all(pools.map((p) => p.close()));
});

const { config } = resolveConfig({});

function corpusDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaff-indexer-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'quayside'));
  for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, `quayside/${i}.txt`), article(i, { repeated: REPEATED }));
  fs.mkdirSync(path.join(dir, 'other'));
  for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(dir, `other/${i}.txt`), article(i + 20, { source: 'Elsewhere Daily' }));
  return dir;
}

/** A host over a local folder: walked on the pool (`walk`), or listed and read through the file access alone. */
function host(dir: string, opts: { walk: boolean; cache?: { bytes: Uint8Array | null } }) {
  const pool = new AnalysisPool(0);
  pools.push(pool);
  const changes: CorpusChange[] = [];
  const cache = opts.cache ?? { bytes: null };
  const local = opts.walk;
  const h: IndexerHost = {
    pool: () => pool,
    async discover(withStats) {
      if (!local) return { walked: [], others: (await nodeFiles.list(dir, [])).map((key): Target => ({ key, path: null })) };
      const w = await pool.walk(dir, [], withStats, '.chaff.json');
      const target = (rel: string): Target => ({ key: path.join(dir, rel), path: path.join(dir, rel) });
      return { walked: [{ rels: w.rels, stats: w.stats, oneConfig: w.marked.length === 0, prefix: '', target }], others: [], settings: config.repeatedLines };
    },
    configFor: async () => ({ config, excluded: () => false }),
    unsavedText: () => undefined,
    dirtyKeys: () => new Set(),
    localPath: (key) => (local ? key : null),
    relOf: (key) => toPosix(path.relative(dir, key)),
    files: nodeFiles,
    maxBytes: () => 1 << 20,
    readCache: async () => cache.bytes,
    hasCache: async () => cache.bytes !== null,
    writeCache: async (bytes) => {
      cache.bytes = bytes;
    },
    withProgress: (_first, _total, work) => work(() => {}, () => false),
    log: { info: () => {}, warn: () => {}, error: (m) => expect.fail(m) },
    changed: (c) => changes.push(c),
    evidenceChanged: () => {},
    stateChanged: () => {},
  };
  return { h, changes, cache };
}

/** Findings per file as the one analysis with evidence gives them over the indexer's own counts. */
const expected = (ix: Indexer, key: string) => analyzeInCorpus(fs.readFileSync(key, 'utf8'), ix.files.get(key)!.rel, ix.corpus.repeated, { config }).analysis.findings.length;

describe('host indexer', () => {
  for (const walk of [true, false]) {
    it(`indexes every article with its evidence settled (${walk ? 'local files read on the workers' : 'files read through the file access'})`, async () => {
      const dir = corpusDir();
      const { h, changes } = host(dir, { walk });
      const ix = new Indexer(h);
      await ix.start();
      expect(ix.state).toBe('ready');
      expect(ix.stats).toMatchObject({ files: 9, cached: 0, read: 9, restored: false });
      expect(new Set(changes.flatMap((c) => c.upserted)).size).toBe(9);
      const quay = path.join(dir, 'quayside/0.txt');
      expect(ix.corpus.findings(quay)).toBe(ix.corpus.get(quay)!.facts.findings + 1);
      for (const key of ix.files.keys()) expect(ix.corpus.findings(key), key).toBe(expected(ix, key));
      ix.dispose();
    });
  }

  it('starts again from its cache without reading a file, as it was', async () => {
    const dir = corpusDir();
    const { h, cache } = host(dir, { walk: true });
    const ix = new Indexer(h);
    await ix.start();
    const before = new Map([...ix.files.keys()].map((k) => [k, ix.corpus.findings(k)]));
    await ix.restartFromCache();
    expect(cache.bytes).not.toBeNull();
    expect(ix.stats).toMatchObject({ files: 9, cached: 9, read: 0, reanalysed: 0, restored: true });
    for (const [k, n] of before) expect(ix.corpus.findings(k)).toBe(n);
    // A new indexer over the same cache (a window reloaded) finds the same.
    const again = new Indexer(host(dir, { walk: true, cache }).h);
    await again.start();
    expect(again.stats).toMatchObject({ files: 9, cached: 9, read: 0, restored: true });
    ix.dispose();
    again.dispose();
  });

  it('follows an edit, a new file and a deletion', async () => {
    const dir = corpusDir();
    const { h, changes } = host(dir, { walk: true });
    const ix = new Indexer(h);
    ix.accepts = (key) => key.endsWith('.txt');
    await ix.start();
    changes.length = 0;
    const edited = path.join(dir, 'other/0.txt');
    fs.writeFileSync(edited, article(40, { source: 'Elsewhere Daily' }));
    const added = path.join(dir, 'quayside/6.txt');
    fs.writeFileSync(added, article(6, { repeated: REPEATED }));
    const gone = path.join(dir, 'quayside/5.txt');
    fs.rmSync(gone);
    for (const key of [edited, added, gone]) ix.schedule({ key, path: key }, 0);
    await new Promise((r) => setTimeout(r, 20));
    await ix.settled();
    expect(changes.flatMap((c) => c.upserted)).toEqual(expect.arrayContaining([edited, added]));
    expect(changes.flatMap((c) => c.removed)).toContain(gone);
    expect(ix.files.has(gone)).toBe(false);
    expect(ix.corpus.get(edited)!.facts.metadata.title).toBe(article(40).split('\n')[0]);
    for (const key of ix.files.keys()) expect(ix.corpus.findings(key), key).toBe(expected(ix, key));
    ix.dispose();
  });
});
