import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenced } from '../../../bench/sentences.mjs';
import { clean } from '../../../src/core';

// An article written a sentence to a paragraph (tabloids, many news sites and blogs): no paragraph is
// long, so the walk down the page must not take its short sentences for chaff between paragraphs.

const keptLines = (text: string) => new Set(clean(text, { metadata: 'drop' }).text.split('\n'));
const pages = join(__dirname, '../../../bench/pages');

describe('an article written a sentence to a paragraph (our pages, as the layout bench breaks them)', () => {
  // A blog's steps under a list of things needed; a citizens' office's sections; a regional paper
  // with a box of other stories, each headline under its kicker ("Hollbach", "Kreis Hollbach").
  for (const name of ['fr/fr-blog-jardin', 'de-web/de-web-buergeramt', 'de-web/de-web-regionalzeitung']) {
    it(`${name}: keeps every line of the article`, () => {
      const [text, gold] = sentenced(readFileSync(join(pages, `${name}.txt`), 'utf8'), readFileSync(join(pages, `${name}.gold.txt`), 'utf8'));
      const out = keptLines(text);
      for (const l of gold.split('\n').filter((x) => x.trim())) expect(out).toContain(l);
    });
  }
});

describe('a box of other stories with a kicker over each headline, set into the article', () => {
  const head = ['Startseite', 'Lokales', 'Hollbach', '', 'Neue Ampel an der Kreuzung Bahnhofstraße', '', 'Von Anna Berger', ''];
  const sentences = [
    'Die Stadt baut an der Kreuzung Bahnhofstraße eine neue Ampel.',
    'Die Arbeiten beginnen am Montag und dauern drei Wochen.',
    'In dieser Zeit wird der Verkehr einspurig an der Baustelle vorbeigeführt.',
  ];
  const more = [
    'Der Bauausschuss hatte die Ampel schon im Herbst beschlossen.',
    'Anwohner hatten sich seit Jahren über gefährliche Situationen beschwert.',
    'Die Kosten liegen bei rund 120.000 Euro.',
    'Ein Teil davon kommt aus Fördermitteln des Landes.',
  ];
  const box = ['Das könnte Sie auch interessieren', 'Hollbach', 'Neues Baugebiet am Kirchberg: Stadtrat gibt grünes Licht', 'Kreis Hollbach', 'Kreisstraße bei Ettenried ab Montag voll gesperrt'];
  const foot = ['', 'Impressum', 'Datenschutz', '© 2024 Hollbacher Kreisblatt'];
  it('crosses the box to the rest of the article and strips its kickers and headlines', () => {
    const text = [...head, ...sentences.flatMap((s) => [s, '']), ...box, ...more.flatMap((s) => [s, '']), ...foot].join('\n');
    const out = keptLines(text);
    for (const s of [...sentences, ...more]) expect(out).toContain(s);
    for (const l of box) expect(out).not.toContain(l);
  });
});
