// The engine's fast paths walk lines by char code; each must agree with the regexes and String
// methods it stands in for, on any text: checked here against those, on strings built from characters
// that trip such shortcuts (case that changes length or depends on context, combining marks, surrogates,
// compatibility forms, Unicode spaces and digits).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, bodySignature, bodyWords, hash64, hashString, normaliseLine, prepare, resolveConfig } from '../../../src/core';
import { charClass, PLAIN } from '../../../src/core/chars';
import { normalisedLineHash } from '../../../src/core/corpus/hash';
import { detectLanguage, LanguageTally, LANGS, LineWords, MAX_STOP, scanLine, STOPWORDS } from '../../../src/core/lang';
import { endsTerminal, words } from '../../../src/core/text';

const PIECES = [
  'a', 'B', 'z', 'Q', '0', '7', ' ', '  ', '\t', '\u00a0', '\u2028', '\ufeff', "'", '-', '’', '.', ',', '!', '?', ';', '"', '”', '»', ')', ']', '…', '。', '؟',
  'é', 'É', 'ß', 'İ', 'ı', 'Σ', 'σ', 'ς', 'e\u0301', '\u0301', 'Д', 'д', 'ё', 'ب', 'ال', '\u064e', 'Ａ', '½', '²', 'ﬁ', 'ǅ', 'Ⅻ', 'Ⓐ', '٣',
  '𝐀', '\ud800', '\udc00', 'ㄱ', '\u1100', '\u1161', '가', 'あ', 'カ', '中', 'ก', 'א', 'क', 'Ω',
  'the', 'The', 'THE', 'and', 'de', 'la', 'и', 'не', 'في', 'não', 'più', 'é', 'dass', "don't", 'self-made', '2024', 'Höhe',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));
const runs = { numRuns: 3000 };

/** The engine's language detection before it walked lines by char code. */
function referenceLanguage(text: string): string | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const stats = referenceTally(sample);
  if (stats.letters < 20) return null;
  const SCRIPTS = ['ja', 'ko', 'zh', 'th', 'he', 'hi', 'el', 'ru', 'ar'];
  if (stats.scripts[0] > stats.letters * 0.05) return 'ja';
  for (let s = 1; s < 7; s++) if (stats.scripts[s] > stats.letters * 0.3) return SCRIPTS[s];
  let best: string | null = null;
  let bestHits = 0;
  LANGS.forEach((lang, k) => {
    if (stats.hits[k] > bestHits) {
      bestHits = stats.hits[k];
      best = lang;
    }
  });
  if (best === null || bestHits < Math.max(3, tokens.length * 0.05)) {
    if (stats.scripts[7] > stats.letters * 0.3) return 'ru';
    if (stats.scripts[8] > stats.letters * 0.3) return 'ar';
  }
  // Three different stop words of the language, or no guess.
  if (best !== null && new Set(tokens.filter((t) => t.length <= MAX_STOP && STOPWORDS[best!].has(t))).size < 3) return null;
  return best;
}

function referenceTally(sample: string) {
  const RANGES = [[0x3040, 0x30ff], [0xac00, 0xd7af], [0x4e00, 0x9fff], [0x0e00, 0x0e7f], [0x0590, 0x05ff], [0x0900, 0x097f], [0x0370, 0x03ff], [0x0400, 0x04ff], [0x0600, 0x06ff]];
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scripts = RANGES.map(([a, b]) => Array.from(sample).join('').split('').filter((ch) => ch.charCodeAt(0) >= a && ch.charCodeAt(0) <= b).length);
  const hits = LANGS.map((lang) => tokens.filter((t) => t.length <= MAX_STOP && STOPWORDS[lang].has(t)).length);
  return { letters: tokens.reduce((n, t) => n + t.length, 0), tokens: tokens.length, scripts, hits };
}

function referenceWords(line: string) {
  const ws = words(line.trim());
  let letterWords = 0;
  let caps = 0;
  for (const w of ws) {
    const c = w[0];
    const lower = c.toLowerCase();
    if (lower !== c.toUpperCase()) {
      letterWords++;
      if (c !== lower) caps++;
    }
  }
  const stop = LANGS.map((lang) => ws.filter((w) => w.length <= MAX_STOP && STOPWORDS[lang].has(w.toLowerCase())).length);
  return { words: ws.length, letterWords, caps, stop };
}

const referenceNormalise = (line: string) => line.normalize('NFKC').toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();

describe('char-code fast paths agree with the regexes', () => {
  it('every ASCII code unit is plain', () => {
    for (let c = 0; c < 128; c++) expect(charClass(c) & PLAIN).toBe(PLAIN);
  });

  it('word counts and language tallies of a line', () => {
    fc.assert(
      fc.property(text, (line) => {
        // Line 1 of 3, so that a line writing outside its own counts shows.
        const lw = new LineWords(3);
        const tally = new LanguageTally();
        scanLine('', lw, 0, null);
        scanLine(line, lw, 1, tally);
        scanLine('', lw, 2, null);
        const stopOf = (i: number) => LANGS.map((_, k) => lw.stop(i, k));
        expect({ words: lw.words[1], letterWords: lw.letterWords[1], caps: lw.caps[1], stop: stopOf(1) }).toEqual(referenceWords(line));
        expect([lw.words[0], lw.words[2], ...stopOf(0), ...stopOf(2)].every((x) => x === 0)).toBe(true);
        expect({ letters: tally.letters, tokens: tally.tokens, scripts: Array.from(tally.scripts), hits: Array.from(tally.hits) }).toEqual(referenceTally(line));
      }),
      runs,
    );
  });

  it('language detection, of a text and of an article read line by line', () => {
    const lines = fc.array(text, { maxLength: 12 });
    fc.assert(
      fc.property(lines, (ls) => {
        const t = ls.join('\n');
        expect(detectLanguage(t)).toBe(referenceLanguage(t));
        expect(prepare(t).lang).toBe(referenceLanguage(t));
      }),
      runs,
    );
  });

  it('language detection reads the first 20,000 characters of the body, wherever a line is cut', () => {
    const para = 'Le conseil a voté pour la nouvelle route et les habitants sont contents de la décision. ';
    const english = 'The council said that the new road would be built by the end of the year. ';
    for (const cut of [0, 1, 5, 40]) {
      const head = `---\ntitle: x\n---\n${(para.repeat(3) + '\n').repeat(200).slice(0, 20000 - cut)}`;
      const t = `${head}${english.repeat(400)}\n${english.repeat(400)}`;
      const body = t.split('\n').slice(3).join('\n');
      expect(prepare(t).lang).toBe(referenceLanguage(body));
    }
  });

  it('line normalisation and its hash', () => {
    fc.assert(
      fc.property(text, (line) => {
        const norm = referenceNormalise(line);
        expect(normaliseLine(line)).toBe(norm);
        expect(normalisedLineHash(line)).toBe(norm ? hashString(norm) : null);
      }),
      runs,
    );
  });

  it('sentence ends', () => {
    const TERMINAL = /[.!?…。！？;؟](?:["'”’»)\]]*)$|["”»]$/u;
    fc.assert(
      fc.property(text, (line) => {
        expect(endsTerminal(line)).toBe(TERMINAL.test(line));
      }),
      runs,
    );
  });

  it('body words and the exact body hash', () => {
    const body = fc.array(text, { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(body, (ls) => {
        const filler = 'river council budget harbour ferry school bridge market station museum garden tower vote plan storm road library hospital park airport';
        const a = analyze([filler, ...ls, filler].join('\n\n'));
        const ws = bodyWords(a);
        expect(ws).toEqual(a.doc.lines.flatMap((l, i) => (a.findings.some((f) => i + 1 >= f.line && i + 1 <= f.endLine) || !l.trim() || l.trim() === a.metadata.title?.trim() ? [] : l.trim().normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])));
        const sig = bodySignature(a);
        if (sig) expect(sig.exact).toBe(hash64(ws.join(' ')));
      }),
      { numRuns: 500 },
    );
  });
});

describe('remembered rule matches of short lines', () => {
  const page = 'Share this article\n\nThe council met on Monday to discuss the budget for the coming year, officials said.\n\nShare this article\n';
  const rules = (cfg?: Parameters<typeof prepare>[1]) => prepare(page, cfg).lines.map((l) => l.rule?.id ?? null);

  it('follow the configuration, even one changed in place', () => {
    expect(rules()[0]).toBe('share-line');
    const { config } = resolveConfig({ disabledRules: ['share-line'] });
    expect(rules(config)[0]).toBeNull();
    config.disabledRules.clear();
    expect(rules(config)[0]).toBe('share-line');
    config.disabledRules.add('share-line');
    expect(rules(config)[0]).toBeNull();
    expect(rules()).toEqual(['share-line', null, null, null, 'share-line']);
  });
});
