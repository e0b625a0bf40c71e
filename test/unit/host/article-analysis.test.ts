// Each article of a CLI run analysed with its corpus evidence: from its indexed facts when the file is
// as indexed, from its text as it is now when it changed since (the same analysis either way).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeInCorpus, clean, resolveConfig } from '../../../src/core';
import { AnalysisPool, analyseArticles, analyzeArticle, articleOptions, cleanArticles, collectInputs, corpusEvidence, readArticles, type Article } from '../../../src/host';
import { article, lineOf, REPEATED } from '../corpus-fixtures';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const { config } = resolveConfig({});

async function all(inputs: Awaited<ReturnType<typeof collectInputs>>['inputs']): Promise<Article[]> {
  const out: Article[] = [];
  for await (const a of readArticles(inputs, { maxSize: 1 << 20, onSkip: () => {} })) out.push(a);
  return out;
}

describe('analyzeArticle', () => {
  it('gives an indexed file and a file changed since the same analysis with evidence as analyzeInCorpus', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaff-article-'));
    dirs.push(dir);
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, `${i}.txt`), article(i, { repeated: REPEATED }));
    const { inputs } = await collectInputs([dir], { cwd: dir });
    const index = (await corpusEvidence(inputs, { config, maxSize: 1 << 20, onSkip: () => {} }))!;
    expect(index).not.toBeNull();
    // One file changes after the index was made: its evidence is worked out again from its text.
    const changed = path.join(dir, '0.txt');
    fs.writeFileSync(changed, fs.readFileSync(changed, 'utf8').replace('on Tuesday', 'on Monday, after a long night,'));
    const articles = await all(inputs);
    for (const a of articles) {
      const expected = analyzeInCorpus(a.text, a.input.display, index.corpus.repeated, { config }).analysis;
      const got = analyzeArticle(a, config, index);
      expect(got.findings).toEqual(expected.findings);
      expect(got.findings.find((f) => f.line === lineOf(a.text, REPEATED))?.rule).toBe('repeated-line');
      expect(clean(a.text, articleOptions(a, config, index)).text).not.toContain(REPEATED);
    }
  });
});

describe('analyseArticles and cleanArticles', () => {
  it('give, in input order, what analyzeArticle and clean with articleOptions give, unreadable files reported in their place', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaff-article-'));
    dirs.push(dir);
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, `${i}.txt`), article(i, { repeated: REPEATED }));
    fs.writeFileSync(path.join(dir, '3b.txt'), Buffer.from([0, 1, 2, 0xff]));
    const { inputs } = await collectInputs([dir], { cwd: dir });
    const pool = new AnalysisPool(0);
    try {
      const index = (await corpusEvidence(inputs, { config, maxSize: 1 << 20, onSkip: () => {}, pool }))!;
      // One file changes after the index was made (its evidence is worked out from its text as it is now).
      const changed = path.join(dir, '1.txt');
      fs.writeFileSync(changed, fs.readFileSync(changed, 'utf8').replace('on Tuesday', 'on Monday, after a long night,'));
      const events: string[] = [];
      const opts = { config, maxSize: 1 << 20, index, pool, onSkip: (i: { display: string }) => events.push(`skip ${i.display}`) };
      for await (const { article: a, result } of analyseArticles(inputs, opts)) {
        events.push(a.input.display);
        const expected = analyzeArticle(a, config, index);
        expect(result.findings).toEqual(expected.findings);
        expect(result.metadata).toEqual(expected.metadata);
        expect(result.findings.some((f) => f.rule === 'repeated-line')).toBe(true);
      }
      expect(events).toEqual(inputs.map((i) => (i.display.endsWith('3b.txt') ? `skip ${i.display}` : i.display)));
      for (const metadata of ['front-matter', 'drop', 'sidecar'] as const) {
        let n = 0;
        for await (const { article: a, result } of cleanArticles(inputs, { ...opts, metadata })) {
          expect(result).toEqual(clean(a.text, { ...articleOptions(a, config, index), metadata }));
          expect(result.text).not.toContain(REPEATED);
          n++;
        }
        expect(n).toBe(6);
      }
    } finally {
      await pool.close();
    }
  });
});
