import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';
import { ownPage } from './own-pages';

const kept = (text: string) => new Set(clean(text, { metadata: 'drop' }).text.split('\n').map((l) => l.trim()));

const INTRO = 'Die Hafenlogistik Nord GmbH ist ein familiengeführtes Unternehmen mit rund 400 Beschäftigten an drei Standorten, das seit über fünfzig Jahren Waren für Handel und Industrie lagert und ausliefert.';
const OUTRO = 'Haben wir Ihr Interesse geweckt? Dann senden Sie uns Ihre vollständigen Unterlagen mit Angabe Ihres frühestmöglichen Eintrittstermins und Ihrer Gehaltsvorstellung über unser Online-Formular.';
const LISTS: [string, string[]][] = [
  ['Ihre Aufgaben', ['Planung und Steuerung der Touren für unsere regionalen Kunden', 'Abstimmung mit Fahrern, Lager und Kundenservice im Tagesgeschäft', 'Pflege der Stammdaten in unserem Transportsystem', 'Ansprechpartner bei Fragen zu Lieferterminen und Reklamationen']],
  ['Ihr Profil', ['Abgeschlossene kaufmännische Ausbildung in Spedition und Logistik', 'Erste Erfahrung in der Disposition von Nahverkehren', 'Sicherer Umgang mit den gängigen Office-Programmen']],
  ['Wir bieten', ['Einen unbefristeten Arbeitsvertrag in einem gesunden Familienunternehmen', 'Flexible Arbeitszeiten und bis zu zwei Tage mobiles Arbeiten', 'Betriebliche Altersvorsorge mit einem Zuschuss des Arbeitgebers']],
];

function page(blankBetweenLists: boolean) {
  const lists = LISTS.flatMap(([head, items]) => [head, ...items, ...(blankBetweenLists ? [''] : [])]);
  return ['Jobbörse Nord', 'Jobs finden', 'Unternehmen', 'Anmelden', '', 'Disponent Nahverkehr (m/w/d)', 'Hafenlogistik Nord GmbH', 'Vollzeit', '', INTRO, '', ...lists, '', OUTRO, '', 'Ähnliche Jobs', 'Lagerleiter (m/w/d) in Vollzeit', 'Hafenlogistik Süd · vor 2 Tagen', '', '© 2025 Jobbörse Nord GmbH'].join('\n');
}

describe("an article's lists, each under its subhead", () => {
  for (const spaced of [false, true]) {
    it(`are the article's, between its paragraphs (${spaced ? 'a blank line after each list' : 'no blank lines between them'})`, () => {
      const out = kept(page(spaced));
      expect(out).toContain(INTRO);
      expect(out).toContain(OUTRO);
      for (const [head, items] of LISTS) {
        expect(out).toContain(head);
        for (const item of items) expect(out).toContain(item);
      }
      expect(out).not.toContain('Lagerleiter (m/w/d) in Vollzeit');
    });
  }

  for (const [folder, name] of [
    ['de-mix', 'de-mix-stelle-lohnbuchhaltung'],
    ['de-mix', 'de-mix-stadt-bewohnerparkausweis'],
    ['de-mix', 'de-mix-test-akkusauger'],
  ]) {
    it(`keeps the lists of ${name}`, () => {
      const { text, gold } = ownPage(folder, name);
      const out = kept(text);
      expect(gold.filter((g) => !out.has(g.trim()))).toEqual([]);
    });
  }
});

describe('a list its lead-in announces under a blank line', () => {
  it('is the article\'s; the list ends with its block', () => {
    const P = (t: string) => `Im Test hat der Sauger auf ${t} überzeugt, auch wenn der Akku nach einer knappen Viertelstunde in der höchsten Stufe leer war und das Laden lange dauert.`;
    const items = ['Saugen auf Teppich: sehr gut (1,4)', 'Saugen auf Hartboden: gut (2,2)', 'Akku und Laufzeit: befriedigend (3,2)', 'Handhabung: gut (2,0)'];
    const text = ['Startseite', 'Tests', '', 'Akku-Sauger im Test', '', P('Teppich'), '', P('Läufern'), '', P('Kurzflor'), '', 'Unsere Teilnoten im Überblick:', '', ...items, '', 'Zum Angebot', 'Alle Preise anzeigen', 'Zum Angebot', 'Preise vergleichen', 'Angebote', 'Elektro-Markt', 'Haus-Technik', 'Mehr Angebote', 'Zum Angebot', 'Versand', 'Elektro-Süd', 'Zum Angebot', 'Handhabung und Lautstärke', '', P('Fliesen'), '', P('Dielen'), '', '© 2025 Testmagazin'].join('\n');
    const out = kept(text);
    for (const l of [...items, P('Fliesen'), P('Dielen')]) expect(out).toContain(l);
  });
});

describe('the title', () => {
  it('is no line of a box of facts ("Key: value" lines one under another)', () => {
    const text = ['Forum', 'Heizung', '', 'Wärmepumpe taktet ständig im Altbau', 'Beitrag von jk62 » Mo 10. Mär 2025, 21:14', 'Hallo zusammen,', 'wir haben im Oktober unsere alte Ölheizung gegen eine Wärmepumpe getauscht, und seitdem taktet sie in der Übergangszeit sehr häufig.', 'Kurz zu den Daten:', 'Haus: Einfamilienhaus, Baujahr 1962', 'Wärmepumpe: Monoblock, 9 kW', 'Vorlauf bei 0 °C: 48 °C', 'Der Installateur meinte bei der Abnahme, das sei in der Übergangszeit ganz normal, aber ich habe gelesen, dass häufiges Takten dem Verdichter schadet.', 'Was meint ihr dazu? Für jeden Hinweis bin ich dankbar, gerne auch mit Erfahrungen aus ähnlichen Häusern.'].join('\n');
    const a = analyze(text);
    expect(a.metadata.title).not.toBe('Vorlauf bei 0 °C: 48 °C');
    expect(kept(text)).toContain('Haus: Einfamilienhaus, Baujahr 1962');
  });
});

describe("a table's rows, their cells split by tabs", () => {
  it('are no wall of title-case headlines: the walk crosses them to the paragraph above', () => {
    const P = (t: string) => `The ${t} is where this laptop earns its price, and after two weeks of daily use it is the part we would least want to give up on a machine in this class.`;
    const rows = ['Processor\tIntel Core Ultra 5 125H', 'Display\t14-inch OLED, 2880 x 1800, 120Hz', 'Storage\t512GB PCIe 4.0 SSD', 'Operating System\tWindows 11 Home Edition', 'Price in India\tRs 74,990 (16GB/512GB)'];
    const text = ['Home', 'Reviews', '', 'AirBook 14 Review: A Lot of Laptop', '', P('screen'), '', 'AirBook 14 specifications', '', ...rows, '', 'Design and display', '', P('keyboard'), '', P('battery'), '', P('build'), '', '© 2025 Gadget Site'].join('\n');
    const out = kept(text);
    for (const l of [P('screen'), ...rows, P('keyboard')]) expect(out).toContain(l);
  });
});

describe('a subhead named like a consent box\'s category', () => {
  it('"Performance" between two paragraphs stays', () => {
    const P = (t: string) => `The ${t} handled everything we threw at it during two weeks of testing, from a dozen browser tabs to the occasional photo edit, without complaint.`;
    const text = ['Home', 'Reviews', '', 'AirBook 14 Review', '', P('processor'), '', P('chip'), '', 'Performance', '', P('machine'), '', P('laptop'), '', '© 2025 Gadget Site'].join('\n');
    expect(kept(text)).toContain('Performance');
  });
});

describe('our pages whose subheads stood by a box or a live story\'s controls', () => {
  for (const [folder, name, line] of [
    // The last headline of a "Veja também" box, right over the article's list (its items in lower case).
    ['rom-mix', 'rom-mix-ptbr-portal-enchente', 'O que se sabe até agora'],
    // A key-points box's head, under the live story's "Newest first" / "Oldest first" controls.
    ['de-mix', 'de-mix-at-liveticker-hochwasser', 'Das Wichtigste in Kürze'],
  ]) {
    it(`${name} keeps "${line}"`, () => {
      const { text, gold } = ownPage(folder, name);
      const out = kept(text);
      expect(out).toContain(line);
      expect(gold.filter((g) => !out.has(g.trim()))).toEqual([]);
    });
  }
});

describe("a long read's first section number", () => {
  const P = (t: string) => `The ${t} keepers start the day at dawn, long before the first boat passes, and they write down the wind, the sea and the cloud for the weather office on the mainland.`;
  const page = (first: string, second: string) =>
    ['The Northerly', 'Features', '', 'The last lightkeepers', 'By Maren Ostby', '', first, '', P('island'), '', P('station'), '', second, '', P('harbour'), '', P('northern'), '', '© 2025 The Northerly'].join('\n');
  it('"I" right above the first paragraph stays when the body numbers a second section', () => {
    const out = kept(page('I', 'II'));
    expect(out).toContain('I');
    expect(out).toContain('II');
  });
  it('a number alone above the first paragraph with no second section is no section number', () => {
    expect(kept(page('4', 'The harbour'))).not.toContain('4');
  });
  it('keeps the "I" of en-mix-longread-lightkeepers', () => {
    const { text, gold } = ownPage('en-mix', 'en-mix-longread-lightkeepers');
    const out = kept(text);
    expect(gold.filter((g) => !out.has(g.trim()))).toEqual([]);
  });
});

describe("a forum thread's first post", () => {
  const post = ['Hallo zusammen,', 'wir haben im Oktober unsere alte Ölheizung gegen eine Wärmepumpe getauscht, und seitdem taktet sie in der Übergangszeit sehr häufig, manchmal alle zehn Minuten.', 'Der Installateur meinte bei der Abnahme, das sei ganz normal, aber ich habe gelesen, dass häufiges Takten dem Verdichter auf Dauer schadet. Was meint ihr dazu?', 'Gruß Jörg'];
  const reply = ['Re: Wärmepumpe taktet ständig im Altbau', 'Beitrag von Thermo_Till » Mo 10. Mär 2025, 21:48', 'Moin Jörg,', 'das Takten kommt sehr wahrscheinlich von den zugedrehten Thermostatventilen, die der Pumpe kaum Wasser lassen. Dreh mal alle ganz auf und regle über die Heizkurve.'];
  const text = ['Haustechnik-Forum', 'Foren-Übersicht', '‹ Wärmepumpen', 'Wärmepumpe taktet ständig im Altbau', 'Beitrag von jk62 » Mo 10. Mär 2025, 21:14', ...post, 'jk62', 'Beiträge: 4', 'Nach oben', 'Zitieren', ...reply, 'Thermo_Till', 'Beiträge: 2318', 'Nach oben', 'Zitieren'].join('\n');
  it('is the article, with its closing; the replies under their "Re:" subjects are not', () => {
    const out = kept(text);
    for (const l of post) expect(out).toContain(l);
    expect(out).not.toContain(reply[3]);
  });
  it('keeps the first post of de-mix-forum-waermepumpe-takten and no reply', () => {
    const { text: page, gold } = ownPage('de-mix', 'de-mix-forum-waermepumpe-takten');
    const out = kept(page);
    expect(gold.filter((g) => !out.has(g.trim()))).toEqual([]);
    expect([...out].filter((l) => l.startsWith('Re: '))).toEqual([]);
  });
});
