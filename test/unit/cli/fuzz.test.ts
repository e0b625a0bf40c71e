// Random hostile corpora through the built CLI (fast-check): mutated samples and random bytes.
// Whatever comes in, the exit code is 0, 1 or 2, no stack trace is printed, and every file written
// keeps lines of its input only, in order, under the front matter keys it already had.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeArticle } from '../../../src/core';
import { chaff, ROOT, tmpTree } from './helpers';

const walk = (d: string): string[] =>
  fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.txt') ? [path.join(d, e.name)] : []));
const SAMPLES = walk(path.join(ROOT, 'samples')).sort().map((p) => fs.readFileSync(p, 'utf8'));
const TRACE = /\n\s+at |TypeError|RangeError|ReferenceError|SyntaxError|ERR_|Unhandled/;

const USER_FM = '---\nid: 1234567890123456789\nzip: 01234\nphone: +4412345\n---\n';
const BROKEN_FM = '---\ntitle: Budget: the vote\nurl: https://example.com/a\n---\n';

type Op =
  | { t: 'drop'; at: number }
  | { t: 'dup'; at: number }
  | { t: 'swap'; at: number }
  | { t: 'insert'; at: number; s: string }
  | { t: 'replace'; at: number; s: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('dup' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('---', 'Read more', '© 2024 Outlet', 'Share this article', '\x1b[31mred', 'title: x', '\u202e reversed', '')) }),
  fc.record({ t: fc.constant('replace' as const), at: fc.nat(), s: fc.string({ unit: 'binary', maxLength: 40 }) }),
);

const fileArb = fc.oneof(
  { weight: 6, arbitrary: fc.record({
    kind: fc.constant('text' as const),
    sample: fc.nat({ max: SAMPLES.length - 1 }),
    ops: fc.array(opArb, { maxLength: 6 }),
    eol: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    bom: fc.boolean(),
    final: fc.boolean(),
    fm: fc.constantFrom('', '', USER_FM, BROKEN_FM),
    encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8', 'utf-16le', 'utf-16be'),
  }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 300 }) }) },
);

type FileSpec = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

/** The file's bytes and, for text, the text it holds. */
function build(f: FileSpec): { bytes: Buffer; text: string | null; fm: string } {
  if (f.kind === 'bytes') {
    const d = decodeArticle(f.bytes);
    return { bytes: Buffer.from(f.bytes), text: d.ok ? d.text : null, fm: '' };
  }
  const lines = SAMPLES[f.sample].split('\n');
  for (const op of f.ops) {
    const i = lines.length ? op.at % lines.length : 0;
    if (op.t === 'drop') lines.splice(i, 1);
    else if (op.t === 'dup') lines.splice(i, 0, lines[i] ?? '');
    else if (op.t === 'swap' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
    else if (op.t === 'insert') lines.splice(i, 0, op.s.replace(/[\r\n]/g, ' '));
    else if (op.t === 'replace') lines[i] = op.s.replace(/[\r\n]/g, ' ');
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const eol = (k: number) => (f.eol === 'mixed' ? ['\n', '\r\n'][k % 2] : f.eol);
  const fm = f.fm.replace(/\n/g, eol(0));
  let text = fm + lines.map((l, k) => l + (k < lines.length - 1 || f.final ? eol(k) : '')).join('');
  if (f.bom) text = '\ufeff' + text;
  let bytes: Buffer;
  if (f.encoding === 'utf-8') bytes = Buffer.from(text, 'utf8');
  else {
    bytes = Buffer.from((f.bom ? '' : '\ufeff') + text, 'utf16le');
    if (f.encoding === 'utf-16be') bytes.swap16();
  }
  const decoded = decodeArticle(bytes);
  return { bytes, text: decoded.ok ? decoded.text : null, fm };
}

/** Lines of `out`'s body are lines of `input`, in order. */
function keptInOrder(out: string, input: string, fm: string): boolean {
  let body = out.replace(/^\ufeff/, '');
  let inBody = input.replace(/^\ufeff/, '');
  if (fm === '' && body.startsWith('---')) {
    const end = /(\r\n|\n|\r)---(?=\r\n|\n|\r|$)/.exec(body);
    if (end) body = body.slice(end.index + end[0].length);
  }
  if (fm !== '') {
    body = body.slice(fm.length);
    inBody = inBody.slice(fm.length);
  }
  const ins = inBody.split(/\r\n|\n|\r/);
  let i = 0;
  for (const l of body.split(/\r\n|\n|\r/)) {
    if (l.trim() === '') continue;
    while (i < ins.length && ins[i] !== l) i++;
    if (i === ins.length) return false;
    i++;
  }
  return true;
}

describe('fuzz: hostile corpora through chaff clean', () => {
  test('exit 0, 1 or 2, no stack trace, kept lines from the input in order, user front matter kept', () => {
    fc.assert(
      fc.property(fc.array(fileArb, { minLength: 1, maxLength: 4 }), (specs) => {
        const files = specs.map(build);
        const dir = tmpTree(Object.fromEntries(files.map((f, i) => [`c/${i}.txt`, f.bytes])));
        const r = chaff(['clean', 'c'], dir);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(TRACE);
        files.forEach((f, i) => {
          const now = fs.readFileSync(path.join(dir, `c/${i}.txt`));
          if (now.equals(f.bytes)) return;
          expect(f.text).not.toBeNull(); // only files that decode are ever written
          const out = decodeArticle(now);
          expect(out.ok).toBe(true);
          const outText = (out as { text: string }).text;
          // The user's front matter lines stay first, as they were (line breaks included); a block the
          // parser cannot read stays whole.
          const user = f.fm.includes('1234567890123456789');
          const kept = user ? f.fm.slice(0, f.fm.lastIndexOf('---')) : f.fm;
          expect(outText.replace(/^\ufeff/, '').startsWith(kept)).toBe(true);
          expect(keptInOrder(outText, f.text!, user ? '' : f.fm)).toBe(true);
        });
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('property: clean twice = clean once, with duplicates and near-duplicates', () => {
  test('clean F --out A; clean A --out B gives B = A', () => {
    const corpusArb = fc.array(
      fc.record({ sample: fc.nat({ max: SAMPLES.length - 1 }), copies: fc.integer({ min: 1, max: 6 }), near: fc.boolean() }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(corpusArb, (groups) => {
        const files: Record<string, string> = {};
        groups.forEach((g, gi) => {
          const lines = SAMPLES[g.sample].split('\n');
          const long = lines.map((l, i) => [l, i] as const).filter(([l]) => l.length > 80).map(([, i]) => i);
          for (let k = 0; k < g.copies; k++) {
            const copy = [...lines];
            // A near-copy: one paragraph with a sentence of its own.
            if (g.near && long.length) copy[long[k % long.length]] += ` A sentence only copy ${k} of set ${gi} has.`;
            files[`F/s${gi}/${k}.txt`] = copy.join('\n');
          }
        });
        const dir = tmpTree(files);
        expect(chaff(['clean', 'F', '--out', 'A'], dir).code).toBe(0);
        expect(chaff(['clean', 'A', '--out', 'B'], dir).code).toBe(0);
        for (const rel of Object.keys(files)) {
          const a = fs.readFileSync(path.join(dir, rel.replace(/^F/, 'A')), 'utf8');
          expect(fs.readFileSync(path.join(dir, rel.replace(/^F/, 'B')), 'utf8')).toBe(a);
        }
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
