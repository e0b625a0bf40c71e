// Lines kept from an earlier analysis (an editor's, after each edit) are read back instead of walked
// again: what an analysis finds must not depend on them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzePrepared, forgetLines, LineStore, prepare } from '../../../src/core/analyze';
import { clean } from '../../../src/core/clean';

function sampleTexts(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sampleTexts(p));
    else if (e.name.endsWith('.txt')) out.push(fs.readFileSync(p, 'utf8'));
  }
  return out;
}

/** An analysis and what its lines were found to be. */
const both = (text: string) => {
  const p = prepare(text);
  return { lang: p.lang, lines: p.lines, analysis: analyzePrepared(p) };
};
const fresh = (text: string) => {
  forgetLines();
  return both(text);
};

describe('kept lines', () => {
  const texts = sampleTexts('samples');
  let long = '';
  for (let i = 0; long.length < 60 * 1024; i++) long += texts[i % texts.length] + '\n';
  const edits = [long, long + 'x', long.replace('\n', ' edited\n'), long.slice(0, 30000) + 'Home\n' + long.slice(30000), long.slice(25000), long.slice(0, 100) + long.slice(200)];

  it('an edited document is analysed as if for the first time', () => {
    const expected = edits.map((t) => fresh(t));
    forgetLines();
    edits.forEach((t, k) => expect(both(t), `edit ${k}`).toEqual(expected[k]));
  });

  it('short articles read lines kept from others as if walked', () => {
    const expected = texts.map((t) => fresh(t));
    /** The analysis of a short article that reads kept lines, as long ones do by default. */
    const kept = (text: string) => {
      const p = prepare(text, undefined, true);
      return { lang: p.lang, lines: p.lines, analysis: analyzePrepared(p) };
    };
    forgetLines();
    for (const t of texts) analyzePrepared(prepare(t.split('\n').reverse().join('\n'), undefined, true));
    texts.forEach((t, k) => expect(kept(t)).toEqual(expected[k]));
    // A line kept from past the language sample has no share of it; read where it is sampled, it is walked again.
    forgetLines();
    analyze(long);
    texts.forEach((t, k) => expect(kept(t)).toEqual(expected[k]));
    // Without being asked, a short article reads nothing kept.
    texts.forEach((t, k) => expect(both(t)).toEqual(expected[k]));
  });

  it('a store of its own keeps lines apart from the shared one', () => {
    const store = new LineStore();
    const expected = texts.map((t) => fresh(t));
    texts.forEach((t) => prepare(t.split('\n').reverse().join('\n'), undefined, store));
    texts.forEach((t, k) => {
      const p = prepare(t, undefined, store);
      expect({ lang: p.lang, lines: p.lines, analysis: analyzePrepared(p) }).toEqual(expected[k]);
    });
  });

  it('clean gives the same text', () => {
    const expected = texts.map((t) => {
      forgetLines();
      return clean(t).text;
    });
    forgetLines();
    analyze(long);
    texts.forEach((t, k) => expect(clean(t).text).toBe(expected[k]));
  });
});
