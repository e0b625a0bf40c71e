// Corpus index benchmark, one phase per process (so peak memory is that phase's):
//   gen DIR N [SEED]      write the synthetic corpus
//   index DIR CACHE       index DIR with the cache file CACHE (absent: first index; present: second start)
//   change DIR CACHE      start from the cache, then change one file at a time and update the index as
//                         the editor's watcher does (files are put back afterwards)
// Prints one JSON line of figures. Run through bench/corpus.mjs, which builds this and prints a table.
import fs from 'node:fs';
import path from 'node:path';
import { CorpusTree, evidenceKey, type CorpusEntry } from '../src/core';
import { readArticleFile } from '../src/host';
import { indexCorpus, loadCache } from '../src/host';
import { collectInputs } from '../src/host';
import { AnalysisPool } from '../src/host';
import { generate } from './corpus-gen';
import { resolveConfig } from '../src/core';

const [mode, dir, arg, seed] = process.argv.slice(2);
const mb = (b: number) => Math.round(b / 1048576);

async function indexPhase(dir: string, cacheFile: string, change: boolean) {
  const t0 = performance.now();
  const { config } = resolveConfig({});
  const pool = new AnalysisPool();
  const cache = await loadCache(cacheFile, config);
  const cacheLoadMs = performance.now() - t0;
  // The tree model as the editor feeds it: from the cache at once (a second start), then every
  // article as soon as the scan knows it.
  const tree = new CorpusTree('source');
  let firstPaintMs = 0;
  const paint = () => {
    // What the view asks for first: the roots, then the children of the first source.
    const roots = tree.children();
    tree.children(roots[0].id);
    firstPaintMs = performance.now() - t0;
  };
  for (const [key, c] of cache.files) {
    const m = c.facts.metadata;
    tree.set({ key, name: path.basename(key), path: key, source: m.source, published: m.published, title: m.title, findings: c.final?.findings ?? c.facts.findings });
    if (!firstPaintMs) paint();
  }
  const cacheTreeMs = performance.now() - t0;
  const tWalk = performance.now();
  const { inputs } = await collectInputs([dir], { cwd: dir });
  const walkMs = performance.now() - tWalk;
  const result = await indexCorpus(inputs, {
    config,
    maxSize: 10 << 20,
    onSkip: (i, m) => console.error(`${i.display}: ${m}`),
    cacheFile,
    cache,
    pool,
    onArticle: (e: CorpusEntry, input, cached) => {
      // As in the editor: an article the cache painted already is not placed again.
      if (cached) return;
      tree.set({ key: e.key, name: path.basename(e.key), path: e.key, source: e.facts.metadata.source, published: e.facts.metadata.published, title: e.facts.metadata.title, findings: e.final?.findings ?? e.facts.findings });
      if (!firstPaintMs) paint();
    },
  });
  const tDup = performance.now();
  const groups = result.corpus.duplicateGroups();
  tree.setDuplicates(groups);
  const dupMs = performance.now() - tDup;
  // Findings with evidence, where the second analyses changed them.
  for (const e of result.corpus.all()) {
    const shown = tree.article(e.key)!;
    const findings = result.corpus.findings(e.key);
    if (shown.findings !== findings) tree.set({ ...shown, findings });
  }
  const totalMs = performance.now() - t0;
  // A corpus restored from the cache counts its lines once something changes; the editor does it
  // when idle after the start, so the first change does not wait for it.
  const tCount = performance.now();
  void result.corpus.repeated;
  const countMs = performance.now() - tCount;
  const heapAfter = process.memoryUsage().heapUsed;

  // One changed file at a time, as the watcher reports it: stat, read, facts, evidence, duplicates, tree.
  const changes: number[] = [];
  const parts: { read: number; facts: number; evidence: number; duplicates: number }[] = [];
  const { corpus } = result;
  const cfg = pool.config(config);
  const picks = (change ? result.inputs : []).filter((_, i) => i % Math.max(1, Math.floor(result.inputs.length / 7)) === 3).slice(0, 7);
  for (const input of picks) {
    const original = fs.readFileSync(input.abs);
    const st = fs.statSync(input.abs);
    fs.appendFileSync(input.abs, '\nA line added by the benchmark to change this file.\n');
    const t = performance.now();
    const r = await readArticleFile(input.abs, 10 << 20);
    if (!r.ok) throw new Error(r.message);
    const tRead = performance.now();
    const reply = await pool.factsWith({ text: r.text }, corpus.hint(input.display), cfg);
    if ('skip' in reply) throw new Error(reply.skip);
    const { facts } = reply;
    const tFacts = performance.now();
    corpus.set(input.real, input.display, facts, reply.final);
    for (const e of corpus.stale()) {
      const applicable = corpus.repeated.applicable(e.source, e.facts);
      const findings = await pool.final(e.key === input.real ? r.text : { file: e.key, maxSize: 10 << 20 }, applicable, cfg);
      if (findings !== null) corpus.resolve(e.key, evidenceKey(applicable), findings);
    }
    const tEvidence = performance.now();
    tree.setDuplicates(corpus.duplicateGroups());
    parts.push({ read: tRead - t, facts: tFacts - tRead, evidence: tEvidence - tFacts, duplicates: performance.now() - tEvidence });
    const m = facts.metadata;
    tree.set({ key: input.real, name: path.basename(input.real), path: input.real, source: m.source, published: m.published, title: m.title, findings: corpus.findings(input.real) });
    changes.push(performance.now() - t);
    // Put it back as it was, mtime included, so the next phase sees an unchanged corpus.
    fs.writeFileSync(input.abs, original);
    fs.utimesSync(input.abs, st.atime, st.mtime);
  }
  changes.sort((a, b) => a - b);
  const threads = pool.threads;
  await pool.close();

  // How well the engine read the generated metadata (a sanity check of the corpus, not of speed).
  let withSource = 0;
  let dated = 0;
  for (const e of corpus.all()) {
    if (e.facts.metadata.source) withSource++;
    if (e.facts.metadata.published) dated++;
  }
  const ru = process.resourceUsage();
  console.log(
    JSON.stringify({
      files: result.stats.files,
      cached: result.stats.cached,
      analysed: result.stats.analysed,
      reanalysed: result.stats.reanalysed,
      threads,
      walkMs: Math.round(walkMs),
      cacheLoadMs: Math.round(cacheLoadMs),
      scanMs: Math.round(result.stats.ms.scan),
      evidenceMs: Math.round(result.stats.ms.evidence),
      totalMs: Math.round(totalMs),
      firstPaintMs: Math.round(firstPaintMs),
      cacheTreeMs: Math.round(cacheTreeMs),
      duplicateSets: groups.length,
      duplicatesMs: Math.round(dupMs),
      countMs: Math.round(countMs),
      sources: tree.children().length,
      withSource,
      dated,
      changeMedianMs: Math.round(changes[changes.length >> 1] ?? 0),
      changeMaxMs: Math.round(changes[changes.length - 1] ?? 0),
      changeParts: parts.map((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Math.round(v)]))),
      heapMB: mb(heapAfter),
      peakRssMB: Math.round(ru.maxRSS / 1024),
      cacheMB: mb(fs.statSync(cacheFile).size),
    }),
  );
}

async function main() {
  if (mode === 'gen') {
    const t0 = performance.now();
    const g = generate(dir, Number(arg), Number(seed ?? 1));
    console.log(JSON.stringify({ ...g, mb: mb(g.bytes), ms: Math.round(performance.now() - t0) }));
  } else if (mode === 'index' || mode === 'change') {
    await indexPhase(dir, arg, mode === 'change');
  } else {
    console.error('usage: bench.js gen DIR N [SEED] | index DIR CACHE | change DIR CACHE');
    process.exit(2);
  }
}
void main();
