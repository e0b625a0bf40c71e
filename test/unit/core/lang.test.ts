import { describe, expect, it } from 'vitest';
import { LANGS, LanguageTally } from '../../../src/core/lang';

// A page's second language: the one its article is written in when the site's prose above it, in
// another, decides the page's guess. A language close to the first (Galician or Portuguese to
// Spanish) is no second: they share most of their stop words.
const tallyOf = (text: string) => {
  const t = new LanguageTally();
  t.add(text);
  return t;
};
const others = (text: string) => {
  const t = tallyOf(text);
  return t.others(t.decide()).map((k) => LANGS[k]);
};

const en = 'Founded in 1998, our newsroom has grown into one of the most read independent news services in the region, with reporters in every district and a team of editors who check every story before it is published. We believe that local journalism matters, and that readers deserve accurate, fair and independent reporting about the decisions that shape their lives.';
const es = 'El precio medio del alquiler en la capital alcanzó en diciembre los once euros por metro cuadrado, lo que supone una subida de un once por ciento en un año, según los datos del portal inmobiliario. Las asociaciones de inquilinos reclaman que la ciudad sea declarada zona tensionada, lo que permitiría limitar los precios de los nuevos contratos.';

describe('the languages of a page', () => {
  it('finds no second language in a page written in one', () => {
    expect(others(es)).toEqual([]);
    expect(others(en)).toEqual([]);
    expect(others(es + ' ' + es)).toEqual([]);
  });

  it('finds Spanish under English prose, and English over Spanish', () => {
    const mixed = tallyOf(`${en}\n${es}`);
    const first = mixed.decide();
    expect(mixed.others(first).map((k) => LANGS[k])).toContain(first === 'en' ? 'es' : 'en');
  });

  it('has none when the page has no language', () => {
    expect(tallyOf(en).others(null)).toEqual([]);
  });
});
