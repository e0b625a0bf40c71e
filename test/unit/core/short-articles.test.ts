import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';
import { ownPage } from './own-pages';

const keptLines = (text: string) => clean(text, { metadata: 'drop' }).text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Gold lines the clean lost, and lines it kept that are no gold. */
function score(folder: string, name: string) {
  const { text, gold } = ownPage(folder, name);
  const kept = keptLines(text);
  const goldSet = new Set(gold.map((l) => l.trim()));
  const keptSet = new Set(kept);
  return { lost: gold.filter((g) => !keptSet.has(g.trim())), extra: kept.filter((k) => !goldSet.has(k)), text };
}

describe('a short article on a long page', () => {
  it('stops at the paywall: the pitch under it is no article, whatever prose it holds', () => {
    const { lost, extra } = score('xx-short', 'xx-short-en-paywall-ferry');
    expect(lost).toEqual([]);
    // At most the headline and its standfirst: not a line of the pitch.
    expect(extra.filter((l) => /subscri|\$|offer/iu.test(l))).toEqual([]);
    expect(extra.length).toBeLessThanOrEqual(2);
  });

  it('finds the article under its dated head among teasers that outweigh it', () => {
    const { lost, extra, text } = score('xx-short', 'xx-short-es-portal-mercado');
    expect(lost).toEqual([]);
    // The headline and its standfirst; the teasers below are left for review at most.
    expect(extra.slice(0, 2)).toEqual(['El mercado de abastos de Valdecastro reabre tras diez meses de obras', 'Los 28 puestos vuelven a la plaza de la Constitución con nuevo techo y aire acondicionado']);
    expect(clean(text, { metadata: 'drop', strip: 'suspect' }).text).not.toContain('Villarejo');
    expect(extra.filter((l) => l.includes('Ayuntamiento') || l.includes('cooperativas'))).toEqual([]);
    expect(analyze(text).metadata.title).toBe('El mercado de abastos de Valdecastro reabre tras diez meses de obras');
  });

  it('stops at a paywall over its pitch in Portuguese too, though the lead is short and the pitch long', () => {
    const { lost, extra } = score('xx-short', 'xx-short-ptbr-paywall-conta-agua');
    expect(lost).toEqual([]);
    expect(extra.filter((l) => /assin|R\$/iu.test(l))).toEqual([]);
  });

  it("takes a video page's next videos (title, running time, summary) for teasers, not the article", () => {
    const { lost, extra } = score('xx-short', 'xx-short-ptbr-video-balsa');
    expect(lost).toEqual([]);
    expect(extra.filter((l) => l.split(' ').length > 8)).toEqual([]);
  });

  it('takes the latest news under a breaking story (time, section, headline, summary) for teasers, not a live story', () => {
    const { lost, extra } = score('xx-short', 'xx-short-ptbr-urgente-galpao');
    expect(lost).toEqual([]);
    expect(extra.filter((l) => l.split(' ').length > 12)).toEqual([]);
    expect(extra).not.toContain('Em atualização');
  });

  it("joins no box across the article's tags and its author's box to the author's bio and the site's prose under them", () => {
    const { lost, extra } = score('xx-short', 'xx-short-ptpt-autor-biblioteca');
    expect(lost).toEqual([]);
    expect(extra.filter((l) => l.split(' ').length > 12)).toEqual([]);
  });

  it("keeps an article's short sections under their subheads (no teasers though each paragraph has a head)", () => {
    const { lost } = score('ja', 'ja-tech-review');
    expect(lost.length).toBeLessThanOrEqual(1);
  });
});

describe('a date whose slashes allow either order', () => {
  const para = 'The district council approved the new cycle lane on Tuesday evening after a debate that lasted almost three hours and drew a large crowd of residents to the town hall.';
  const text = ['Home', 'News', 'Sport', '', 'Cycle lane approved after long debate', 'Newsroom', '04/06/2024 - 09:45', '', para, ''].join('\n');

  it('over the menu, is no day the page was read (its order is unknown), and breaks nothing', () => {
    const page = ['04/06/2024', 'Home', 'News', 'Sport', '', 'Cycle lane approved after long debate', '', para, ''].join('\n');
    const a = analyze(page);
    expect(a.metadata.retrieved).toBeNull();
    expect(keptLines(page)).toContain(para);
  });

  it('is a stamp in the head, whichever is the day', () => {
    const a = analyze(text);
    expect(a.findings.find((f) => f.line === 7)?.rule).toBe('date-stamp');
    expect(keptLines(text)).toContain(para);
  });
});
