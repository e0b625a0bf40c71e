import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clean, cleanEdits, splitLines, stripEdits } from '../../../src/core';
import { applyEdits } from '../../../src/core/clean';

const samplesDir = join(__dirname, '../../../samples');
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
  });
const samples = walk(samplesDir);
const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

const PROSE = 'The council approved the new budget on Tuesday after a long debate, officials said in a statement.';

// Article-shaped random text: prose, blank runs, chaff lines, CR, BOM, missing final newline.
const lineArb = fc.oneof(
  fc.constant(PROSE),
  fc.constant(''),
  fc.constant('   '),
  fc.constantFrom('Read more', 'Share this article', 'Advertisement', '© 2024 Outlet Media. All rights reserved.', 'Home', 'Thursday, May 23, 2024', '32.1 C', 'from RT – Daily news', 'https://ift.tt/abc 19, 2022 at 07:45PM'),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('---', 'title: x', 'Most Popular Articles', 'By Jane Doe', '- list item'),
);
const docArb = fc
  .record({
    lines: fc.array(lineArb, { maxLength: 30 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ lines, crlf, bom, finalNewline }) => (bom ? '\ufeff' : '') + lines.join(crlf ? '\r\n' : '\n') + (finalNewline ? (crlf ? '\r\n' : '\n') : ''));

describe('clean', () => {
  it('has at least 30 samples to run on', () => {
    expect(samples.length).toBeGreaterThanOrEqual(30);
  });

  it.each(samples.map((p) => [p.slice(samplesDir.length + 1), p]))('is idempotent on %s', (_name, p) => {
    const text = readFileSync(p, 'utf8');
    for (const metadata of ['front-matter', 'drop', 'sidecar'] as const) {
      const once = clean(text, { metadata }).text;
      expect(clean(once, { metadata }).text).toBe(once);
    }
  });

  it('is idempotent on random article-shaped text', () => {
    fc.assert(
      fc.property(docArb, fc.constantFrom('front-matter', 'drop', 'sidecar' as const), (text, metadata) => {
        const once = clean(text, { metadata }).text;
        expect(clean(once, { metadata }).text).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on the cases random search once found', () => {
    const cases = [
      // A short line ending in ":" announced a "list" whose only item was a date line, stripped later.
      `${PROSE}\n0 0:\nThursday, May 23, 2024`,
      // Two blank lines, collapsed by the first clean, once counted twice against the chaff run.
      `${PROSE}\n!\nfrom RT – Daily news\n   \n\n!\n---\n${PROSE}`,
      // A front matter whose YAML has an alias without its anchor: not front matter, and no crash.
      '---\n*!\n---',
      // A front matter with a repeated key: completed, not thrown at.
      '---\ntitle: x\ntitle: x\n---',
      // An anchored empty value instead of a mapping: left as it is.
      '---\n&!\n---',
      // Labels repeated between paragraphs with no blank line: with them gone, the key over the first paragraph read as the page's head.
      `title: x\n${PROSE}\n- list item\n- list item\n${PROSE}\n- list item`,
      // A line of only separators, read as a masthead of no items.
      '|',
      // A headline over a byline and separator lines: the byline goes to front matter on the first clean.
      '0 0 0\nBy Jane Doe\n---\n---\n---',
      // Teaser cards that ran to the end of the body: with them gone, the line before them ends the article.
      `${PROSE}\nfrom RT – Daily news\nRead more\n0 A\n${PROSE}`,
      `${PROSE}\n#\nRead more\ntitle: x\n${PROSE}\n0 0\n${PROSE}`,
      // A brace alone made a "code block" of the lines under it, and the feed footer among them went unread.
      `{\n${PROSE}\nhttps://ift.tt/abc 19, 2022 at 07:45PM\n${PROSE}`,
      // A comma alone over the body was taken for a salutation ("Dear readers,") below a marker only.
      `Read more\n,\n${PROSE}`,
      // A row of figures under a box's heading became the title once the box was gone.
      `Most Popular Articles\n0 0 0\nAdvertisement\n0 0 0\n${PROSE}\n${PROSE}`,
    ];
    for (const text of cases) {
      for (const metadata of ['front-matter', 'drop', 'sidecar'] as const) {
        const once = clean(text, { metadata }).text;
        expect(clean(once, { metadata }).text).toBe(once);
      }
    }
  });

  it('loses nothing but lines of certain findings, and changes nothing inside a kept line', () => {
    // Pass by pass: a clean repeats itself while suspect lines stay, and each pass may take only the
    // lines its own analysis found certain chaff.
    const nonBlank = (l: string) => l.trim() !== '';
    fc.assert(
      fc.property(docArb, (text) => {
        let t = text;
        for (let pass = 0; pass < 4; pass++) {
          const a = analyze(t);
          const flagged = new Set(a.findings.filter((f) => f.confidence === 'certain').flatMap((f) => Array.from({ length: f.endLine - f.line + 1 }, (_, k) => f.line - 1 + k)));
          const next = (a.doc.bom ? '\ufeff' : '') + applyEdits(a.doc.text, cleanEdits(a, 'drop'));
          expect(splitLines(next).lines.filter(nonBlank)).toEqual(a.doc.lines.filter((l, i) => !flagged.has(i) && nonBlank(l)));
          const done = next === t || !a.findings.some((f) => f.confidence === 'suspect');
          t = next;
          if (done) break;
        }
        expect(clean(text, { metadata: 'drop' }).text).toBe(t);
      }),
      { numRuns: 300 },
    );
  });

  it('preserves BOM, CRLF and a missing final newline', () => {
    const text = '\ufeffTitle of the story here\r\n\r\n' + PROSE + '\r\n\r\nShare this article\r\n\r\n' + PROSE;
    const out = clean(text, { metadata: 'drop' }).text;
    expect(out).toBe('\ufeffTitle of the story here\r\n\r\n' + PROSE + '\r\n\r\n' + PROSE);
    const fm = clean(text).text;
    expect(fm.startsWith('\ufeff---\r\n')).toBe(true);
    expect(fm.includes('\n') && !/[^\r]\n/.test(fm)).toBe(true);
  });

  it('keeps mixed line endings line by line', () => {
    const text = 'Title of the story here\n\n' + PROSE + '\r\n\r\nAdvertisement\n\n' + PROSE + '\n';
    expect(clean(text, { metadata: 'drop' }).text).toBe('Title of the story here\n\n' + PROSE + '\r\n\r\n' + PROSE + '\n');
  });

  it('leaves one blank line where chaff sat between paragraphs, and adjacent lines adjacent', () => {
    const text = ['Title of the story here', '', PROSE, 'Advertisement', PROSE, '', '- one', '- two', '', '', '', PROSE].join('\n');
    expect(clean(text, { metadata: 'drop' }).text).toBe(['Title of the story here', '', PROSE, '', PROSE, '', '- one', '- two', '', PROSE].join('\n'));
  });

  it('reads existing front matter, never flags it, and completes missing keys without dropping others', () => {
    const text = ['---', 'source: Harbour Post', 'tags: [ferry, council]', '---', '', 'Title of the story here', '', PROSE, '', 'Share this article'].join('\n');
    const a = analyze(text);
    expect(a.metadata.source).toBe('Harbour Post');
    expect(a.findings.every((f) => f.line > 4)).toBe(true);
    const out = clean(text).text;
    expect(out).toMatch(/^tags: \[ ?ferry, council ?\]$/m);
    expect(out).toContain('source: Harbour Post');
    expect(out).toContain('title: Title of the story here');
    expect(out).not.toContain('Share this article');
    expect(clean(out).text).toBe(out);
  });

  it('keeps one blank line between existing front matter and the body in every mode', () => {
    const text = ['---', 'source: Harbour Post', '---', 'Share this article', 'Title of the story here', '', PROSE].join('\n');
    for (const metadata of ['front-matter', 'drop', 'sidecar'] as const) {
      const out = clean(text, { metadata }).text;
      expect(out, metadata).toMatch(/^---\n[\s\S]*\n---\n\nTitle of the story here\n\n/);
    }
  });

  it('a file that is all chaff cleans to its front matter alone', () => {
    const out = clean('Home\nWorld\nBusiness\nShare this article\n').text;
    expect(out.startsWith('---\n')).toBe(true);
    expect(out.trimEnd().endsWith('---')).toBe(true);
    expect(clean('Home\nWorld\nBusiness\nShare this article\n', { metadata: 'drop' }).text).toBe('');
  });

  it('strip edits for one finding touch only its lines and the blank lines around them', () => {
    const text = ['Title of the story here', '', PROSE, '', 'Advertisement', '', PROSE, '', 'Share this article', '', PROSE].join('\n');
    const a = analyze(text);
    const ad = a.findings.find((f) => f.kind === 'advertisement')!;
    const out = applyEdits(a.doc.text, stripEdits(a.doc, [ad]));
    expect(out).toBe(['Title of the story here', '', PROSE, '', PROSE, '', 'Share this article', '', PROSE].join('\n'));
  });

  it('sidecar mode returns the metadata and writes no front matter', () => {
    const r = clean('32.1 C\n\nTitle of the story here\n\n' + PROSE + '\n', { metadata: 'sidecar' });
    expect(r.sidecar?.title).toBe('Title of the story here');
    expect(r.text.startsWith('---')).toBe(false);
  });

  it('content words are never lost on the samples except on flagged lines', () => {
    for (const p of samples) {
      const text = readFileSync(p, 'utf8');
      const a = analyze(text);
      const flagged = new Set(a.findings.flatMap((f) => Array.from({ length: f.endLine - f.line + 1 }, (_, k) => f.line - 1 + k)));
      const keptWords = a.doc.lines.filter((_, i) => !flagged.has(i)).flatMap(words);
      const outWords = new Set(words(clean(text, { metadata: 'drop' }).text));
      for (const w of keptWords) expect(outWords.has(w), `${p}: lost ${w}`).toBe(true);
    }
  });

  describe('confidence', () => {
    const P = (t: string) => `The council said on Tuesday that the ${t} would be reviewed again next year, after residents complained about the cost and the delays.`;
    // A subhead-like line right after the body, that only its place flags, then certain chaff.
    const text = ['Storm closes the harbour for two days', '', P('harbour'), '', P('sea wall'), '', 'What the council plans next', '', 'Share this article', 'Facebook', 'Twitter', '', 'Home', 'News', 'Sport', ''].join('\n');

    it('marks a content-shaped line next to the body suspect, and rule hits certain', () => {
      const byLine = new Map(analyze(text).findings.map((f) => [f.line, f]));
      expect(byLine.get(7)?.confidence).toBe('suspect');
      expect(byLine.get(9)).toMatchObject({ rule: 'share-line', confidence: 'certain' });
    });

    it('strips only certain findings by default, and the suspect ones too when asked', () => {
      const kept = clean(text, { metadata: 'drop' }).text;
      expect(kept).toContain('What the council plans next');
      expect(kept).not.toContain('Share this article');
      expect(kept).not.toContain('Sport');
      const all = clean(text, { metadata: 'drop', strip: 'suspect' }).text;
      expect(all).not.toContain('What the council plans next');
      expect(all).toContain(P('sea wall'));
    });
  });
});

