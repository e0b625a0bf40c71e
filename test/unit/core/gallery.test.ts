import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';
import { ownPage } from './own-pages';

const kept = (text: string) => new Set(clean(text, { metadata: 'drop' }).text.split('\n').map((l) => l.trim()));

const PARAS = [
  'The lantern parade returned to the harbour on Saturday night for the first time in three years, with thousands of people lining the quay to watch.',
  'Schools and youth groups spent six weeks making more than 600 lanterns from willow and tissue paper at free workshops in the arts centre.',
  'The parade was revived this year by a group of volunteers, who raised the money for it through local businesses and a crowdfunding appeal.',
  'Organisers said they hoped to make the parade a yearly event again and would start planning next year\'s route in the spring.',
  'Anyone who would like to help at next year\'s workshops can sign up at the arts centre, which is open every day except Monday.',
];
const CAPTIONS = ['The whale lantern leads the parade', 'Crowds gather on the quayside', 'Drummers kept the procession moving', 'Fireworks over the harbour'];

/** A page with a gallery of photos (counter, caption, credit) between the article's second and third paragraphs. */
function page(blank: boolean) {
  const gallery = ['Photo gallery', ...CAPTIONS.flatMap((c, i) => [`${i + 1} / ${CAPTIONS.length}`, c, 'Photo: Jess Mardle']), 'Previous', 'Next'];
  const sep = blank ? ['', ''] : [''];
  const body = [PARAS[0], PARAS[1], ...gallery, PARAS[2], PARAS[3], PARAS[4]];
  const lines = ['Harbour Standard', 'News', 'Sport', 'What\'s on', '', 'Lantern parade lights up the harbour again', 'By Jess Mardle', ''];
  for (const l of body) lines.push(l, ...(blank && !gallery.includes(l) ? sep : []));
  lines.push('', 'Most read', 'Council agrees new parking charges for the seafront', 'Ferry timetable to change in May', '', '© 2025 Harbour Media Ltd');
  return lines.join('\n');
}

describe('a gallery set into the article', () => {
  for (const blank of [true, false]) {
    it(`is crossed: the article goes on under it (${blank ? 'paragraphs set apart' : 'no blank lines'})`, () => {
      const text = page(blank);
      const out = kept(text);
      for (const p of PARAS) expect(out).toContain(p);
      for (const c of CAPTIONS) expect(out).not.toContain(c);
      expect(out).not.toContain('2 / 4');
      expect(out).not.toContain('Previous');
      expect(out).not.toContain('Ferry timetable to change in May');
      // Captions with no rule of their own are the gallery's.
      const at = text.split('\n').indexOf(CAPTIONS[1]) + 1;
      expect(analyze(text).findings.find((f) => f.line === at)?.rule).toBe('gallery-caption');
    });
  }

  it('needs two photos: one picture and its credit end nothing new', () => {
    const text = page(true).replace(/Photo gallery[\s\S]*Next\n/u, `${CAPTIONS[0]}\nPhoto: Jess Mardle\n`);
    expect(kept(text)).toContain(PARAS[2]);
  });

  for (const [folder, name] of [
    ['en-mix', 'en-mix-tabloid-dog'],
    ['rom-mix', 'rom-mix-it-locale-teatro'],
  ]) {
    it(`keeps the article under the gallery of ${name}`, () => {
      const { text, gold } = ownPage(folder, name);
      const out = kept(text);
      expect(gold.filter((g) => !out.has(g.trim()))).toEqual([]);
      expect([...out].filter((l) => /^(?:Foto )?\d+ (?:\/|di) \d+$/u.test(l))).toEqual([]);
    });
  }
});
