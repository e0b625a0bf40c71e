// The scraped-news TextMate grammar, tokenised as VS Code does (vscode-textmate + the Oniguruma wasm):
// the seed's feed footer, source line, credit and "Read more" lines get the scopes themes colour.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';

const root = path.resolve(__dirname, '../../..');
const SEED = fs.readFileSync(path.join(root, 'test/fixtures/seed/000_3a60f01d4fe921a9.txt'), 'utf8');

let grammar: tm.IGrammar;

beforeAll(async () => {
  const wasm = fs.readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    // source.yaml (front matter) comes from VS Code's own YAML grammar; not needed here.
    loadGrammar: async (scope) =>
      scope === 'text.scraped-news'
        ? tm.parseRawGrammar(fs.readFileSync(path.join(root, 'syntaxes/scraped-news.tmLanguage.json'), 'utf8'), 'scraped-news.tmLanguage.json')
        : null,
  });
  const g = await registry.loadGrammar('text.scraped-news');
  if (!g) throw new Error('grammar did not load');
  grammar = g;
});

/** Each line's tokens as [text, innermost scopes joined]. */
function tokenize(text: string): { text: string; scopes: string[] }[][] {
  let stack = tm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the text `part` on a line (the token that starts it). */
function scopesOf(line: { text: string; scopes: string[] }[], part: string): string[] {
  let at = 0;
  const full = line.map((t) => t.text).join('');
  const i = full.indexOf(part);
  expect(i, `"${part}" in "${full}"`).toBeGreaterThanOrEqual(0);
  for (const t of line) {
    if (at <= i && i < at + t.text.length) return t.scopes;
    at += t.text.length;
  }
  return [];
}

const one = (text: string) => tokenize(text)[0];

describe('scraped-news grammar on the seed', () => {
  let lines: ReturnType<typeof tokenize>;
  beforeAll(() => {
    lines = tokenize(SEED);
  });

  it('scopes the feed footer: the line a comment, its link a link, its date a date', () => {
    const footer = lines[26];
    expect(scopesOf(footer, 'https://ift.tt/yPL7XRi')).toEqual(
      expect.arrayContaining(['text.scraped-news', 'comment.line.feed-footer.scraped-news', 'markup.underline.link.scraped-news']),
    );
    expect(scopesOf(footer, '19, 2022 at 07:45PM')).toContain('constant.numeric.date.scraped-news');
  });

  it('scopes the source line', () => {
    expect(scopesOf(lines[27], 'from')).toEqual(expect.arrayContaining(['comment.line.source-line.scraped-news', 'keyword.other.source.scraped-news']));
    expect(scopesOf(lines[27], 'RT – Daily news')).toContain('comment.line.source-line.scraped-news');
  });

  it('scopes the credit that ends the teaser caption', () => {
    expect(scopesOf(lines[17], '© Sputnik')).toEqual(expect.arrayContaining(['comment.line.credit.scraped-news', 'keyword.other.credit.scraped-news']));
    expect(scopesOf(lines[17], 'Russian President')).toEqual(['text.scraped-news']);
  });

  it('scopes the Read more marker and the Most Popular heading', () => {
    expect(scopesOf(lines[15], 'Read more')).toContain('keyword.other.marker.read-more.scraped-news');
    expect(scopesOf(lines[29], 'Most Popular Articles')).toContain('keyword.other.marker.most-read.scraped-news');
  });

  it('scopes the date widget and quotations', () => {
    expect(scopesOf(lines[1], 'Thursday, May 23, 2024')).toContain('constant.numeric.date.scraped-news');
    expect(scopesOf(lines[11], '“So, if the Kremlin')).toContain('string.quoted.double.scraped-news');
    expect(scopesOf(lines[3], '‘less’')).toContain('string.quoted.single.scraped-news');
  });

  it('leaves prose without scopes of its own', () => {
    for (const t of lines[5]) expect(t.scopes).toEqual(['text.scraped-news']);
  });
});

describe('scraped-news grammar on other lines', () => {
  it('is what scripts/grammar.mjs makes (npm run grammar)', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/grammar.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('scopes credits: ©, Photo:, Image: and a caption ending in a credit', () => {
    for (const [line, marker] of [
      ['© Sputnik / Pavel Bednyakov', '©'],
      ['Photo: Reuters', 'Photo:'],
      ['Image: Getty Images', 'Image:'],
      ['Foto: dpa', 'Foto:'],
      ['Фото: ТАСС', 'Фото:'],
      ['The minister arrives for the talks. © AFP', '©'],
    ]) {
      const tokens = one(line);
      expect(scopesOf(tokens, marker), line).toEqual(expect.arrayContaining(['comment.line.credit.scraped-news', 'keyword.other.credit.scraped-news']));
    }
  });

  it('scopes Read more markers in every supported language, alone or before a headline', () => {
    for (const line of [
      'Read more',
      'Read more…',
      'Read more: Putin launches nuclear war drills',
      'Leer más',
      'Lee también: El Gobierno anuncia',
      'Weiterlesen',
      'Lesen Sie auch',
      'Lire aussi',
      'À lire aussi',
      'Читайте также',
      'Подробнее',
      'Leia mais',
      'Leia também',
      'اقرأ أيضا',
    ]) {
      const marker = line.split(/[:…]/)[0];
      expect(scopesOf(one(line), marker), line).toContain('keyword.other.marker.read-more.scraped-news');
    }
  });

  it('does not take a sentence that starts like a marker for one', () => {
    const tokens = one('Read more about the inquiry in the report, the ministry said.');
    expect(tokens.flatMap((t) => t.scopes)).not.toContain('keyword.other.marker.read-more.scraped-news');
  });

  it('scopes dates in several languages, ISO dates and links', () => {
    for (const [line, date] of [
      ['Published 2024-05-23T10:15Z by the desk', '2024-05-23T10:15Z'],
      ['Jueves, 23 de mayo de 2024', '23 de mayo de 2024'],
      ['23. Mai 2024', '23. Mai 2024'],
      ['23 мая 2024', '23 мая 2024'],
      ['le 23 mai 2024 à 10:15', '23 mai 2024 à 10:15'],
      ['23/05/2024', '23/05/2024'],
    ]) {
      expect(scopesOf(one(line), date), line).toContain('constant.numeric.date.scraped-news');
    }
    expect(scopesOf(one('See https://example.com/a?b=1.'), 'https://example.com/a?b=1')).toContain('markup.underline.link.scraped-news');
  });

  it('scopes front matter at the top of the file only', () => {
    const t = tokenize('---\nsource: RT\n---\n\nBody.\n---');
    expect(t[0][0].scopes).toContain('punctuation.definition.tag.begin.frontmatter.scraped-news');
    expect(t[1][0].scopes).toContain('meta.frontmatter.scraped-news');
    expect(t[2][0].scopes).toContain('punctuation.definition.tag.end.frontmatter.scraped-news');
    expect(t[5][0].scopes).toEqual(['text.scraped-news']);
  });
});
