import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';
import { ABOUT } from '../../../bench/about.mjs';
import { SITE_PROSE } from '../corpus-fixtures';
import { ownPage } from './own-pages';

const keptLines = (text: string) => new Set(clean(text, { metadata: 'drop' }).text.split('\n'));

const article = [
  'The town council approved on Monday a budget of 4.2 million euros for the repair of the harbour wall, which was damaged in the storms of last winter and has been closed to the public since January.',
  'The works will start in May and should take about eight months, the mayor said, adding that the fishing fleet would be able to use the eastern quay throughout the works.',
  'Opposition councillors voted against the plan, arguing that the cost had nearly doubled since the first estimate and that the tender had been rushed through without enough competition.',
  'The mayor rejected the criticism and said the first estimate had not included the damage found by divers in February.',
];
const head = ['Home', 'News', 'Sport', 'Business', '', 'Council approves new budget for harbour repairs after long debate', '', 'By Jane Doe', ''];
const foot = ['', 'About us', 'Contact', 'Privacy', '© 2024 Coast Weekly'];
const page = (...parts: string[][]) => parts.flat().join('\n');
const paragraphs = article.flatMap((p) => [p, '']);

describe('a list of other stories right under the article, with no heading', () => {
  it('strips headlines that each carry their date', () => {
    const list = ['Police investigate break-in at primary school', 'March 2, 2024', 'New cycle lane opens on the coast road', 'March 1, 2024', 'Fishermen warn of falling catches in the bay', 'February 29, 2024', 'Library extends opening hours for exam season', 'February 28, 2024'];
    const out = keptLines(page(head, paragraphs, list, foot));
    for (const p of article) expect(out).toContain(p);
    for (const h of list) expect(out).not.toContain(h);
  });

  it('does not walk over two headlines in a row to a teaser paragraph under them', () => {
    const teaser = 'Residents of the old town have been asked to move their cars before the street festival on Saturday, when the centre will be closed to traffic from eight in the morning until midnight, the police said in a statement.';
    const list = ['Police investigate break-in at primary school', 'New cycle lane opens on coast road', 'Fishermen warn of falling catches', 'Library extends exam season hours', 'Harbour festival returns in June', 'Bus fares rise from April', '', teaser];
    const out = keptLines(page(head, paragraphs, list, foot));
    for (const p of article) expect(out).toContain(p);
    expect(out).not.toContain(teaser);
  });

  it("keeps a subhead over a paragraph, 'Key: value' lines and a song's lines", () => {
    const more = 'Work on the western quay will follow in 2026, once the fishing season is over and the divers have finished their survey of the foundations along the whole length of the wall.';
    const sub = ['What happens next for the western quay and its boats', '', more, ''];
    const facts = ['Cost of the works: 4.2 million euros', 'Start of the works: May 2024', ''];
    const song = ['I know just what I want from you', 'I have never been more sure of it', 'Oh never in my life have I been so', ''];
    const downloads = ['Application form for a new harbour berth (PDF, 86 KB)', 'Guide to the new berth fees and rules (PDF, 214 KB)', ''];
    const out = keptLines(page(head, paragraphs, sub, facts, song, downloads, paragraphs.slice(0, 2), foot));
    for (const l of [...sub, ...facts, ...song, ...downloads].filter(Boolean)) expect(out).toContain(l);
  });
});

describe('a teaser with its own "Read more" button', () => {
  const ad = 'Con los precios de pasajes y alojamiento en constante movimiento, anticiparse es la mejor estrategia. Reservar con tiempo y comparar opciones de pago en cuotas puede significar un ahorro de hasta el 30% para una familia tipo, y muchas provincias ofrecen descuentos en temporada baja.';
  const body = [
    'El tren de pasajeros que une Villa Rosales con Las Toscas volverá a circular a partir del lunes 20, después de dos años sin servicio por el mal estado de las vías, informó la empresa ferroviaria provincial.',
    'El recorrido de 86 kilómetros se hará en unas dos horas, con paradas en Colonia Mercedes y Paso del Sauce. El boleto costará 1.800 pesos, y jubilados y estudiantes viajarán con un descuento del 50%.',
  ];
  it('strips a sponsored card set under the article, its headline and excerpt', () => {
    const text = page(['Inicio', 'Noticias', 'Sociedad', '', 'Vuelve el tren de pasajeros a Las Toscas', '', 'Por Redacción', ''], body.flatMap((p) => [p, '']), ['Contenido patrocinado', 'Banco del Litoral', 'Cómo planificar las vacaciones de invierno sin gastar de más', ad, 'Leer más', ''], ['Contacto', '© 2024 Pulso']);
    const a = analyze(text);
    const out = keptLines(text);
    for (const p of body) expect(out).toContain(p);
    expect(out).not.toContain(ad);
    expect(out).not.toContain('Cómo planificar las vacaciones de invierno sin gastar de más');
    // The headline is the teaser's, not a subhead left for review.
    const line = text.split('\n').indexOf('Cómo planificar las vacaciones de invierno sin gastar de más') + 1;
    const f = a.findings.find((x) => x.line <= line && x.endLine >= line);
    expect(f?.rule).toBe('teaser-headline');
    expect(f?.confidence).toBe('certain');
  });

  it('keeps an answer over "Read also" and its headline (the teaser opens under the answer)', () => {
    const qa = ['Frau Okafor, die Auslastung Ihres Hauses lag in der vergangenen Spielzeit bei 71 Prozent. Zufrieden?', 'Ja. Vor der Pandemie waren es 74 Prozent, wir sind also fast wieder da. Ein Drittel unserer Besucher ist jünger als dreißig.', 'Woran liegt das?', 'An den Stoffen, glaube ich. Wir spielen Stücke, die mit dem Leben der Leute hier zu tun haben, und die Preise sind niedrig geblieben.'];
    const more = ['Die Stadt muss sparen. Fürchten Sie Kürzungen?', 'Natürlich. Aber jeder Euro, der hier ausgegeben wird, kommt zweifach zurück, in der Gastronomie, im Handel und bei den Hotels der Stadt.'];
    const text = page(['Startseite', 'Kultur', '', 'Interview: Das Theater ist wieder voll', 'Von Jana Berg', ''], qa, ['Lesen Sie auch', 'Spielzeit-Eröffnung mit Kleist', ''], more, ['', 'Impressum', '© 2024 Kreisblatt']);
    const out = keptLines(text);
    for (const l of [...qa, ...more]) expect(out).toContain(l);
  });

  it('keeps a page that is only its lead and the button (the article cut short)', () => {
    const text = page(['Inicio', 'Noticias', '', 'Vuelve el tren de pasajeros a Las Toscas', body[0], 'Leer más', ''], ['Contacto', '© 2024 Pulso']);
    expect(keptLines(text)).toContain(body[0]);
  });
});

describe('an embed waiting for consent, set into the article', () => {
  it('strips the placeholder and its consent lines and keeps the paragraphs on both sides', () => {
    const de = [
      'Die Brücke an der Mühlenstraße bleibt länger gesperrt als geplant, teilte die Stadtverwaltung am Mittwoch mit. Autofahrer müssen weiterhin Umwege über die Bahnhofstraße fahren.',
      'Für die Geschäftsleute in der Altstadt ist die Nachricht ein Schlag. „Seit die Brücke zu ist, kommen bei uns ein Drittel weniger Kunden“, sagt die Inhaberin eines Modegeschäfts am Marktplatz.',
      'Die Mehrkosten beziffert die Stadt vorläufig auf rund 380.000 Euro. Der Gemeinderat soll im Mai über die Finanzierung entscheiden, hieß es aus dem Rathaus.',
    ];
    const embed = ['Externer Inhalt', 'Um mit Inhalten aus Instagram zu interagieren oder diese darzustellen, brauchen wir Ihre Zustimmung.', 'Externen Inhalt anzeigen', 'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.'];
    const text = page(['Startseite', 'Lokales', 'Politik', '', 'Sülzebrücke bleibt bis Oktober gesperrt', '', 'Von Tobias Reinhardt', ''], [de[0], '', de[1]], embed, [de[2], ''], ['Impressum', 'Datenschutz', '© 2024 Kreisblatt']);
    const out = keptLines(text);
    for (const p of de) expect(out).toContain(p);
    for (const l of embed) expect(out).not.toContain(l);
  });
});

describe("a site's own prose at the top, then the menu, then an article with a comments link in its head", () => {
  // One of our pages (an opinion column whose head links to its comments), under the site's prose.
  const about = SITE_PROSE;
  const dir = join(__dirname, '../../../bench/pages/en');
  const gold = readFileSync(join(dir, 'en-opinion-transit.gold.txt'), 'utf8').split('\n').filter((l) => l.trim());

  it('takes the article, not the prose above the menu', () => {
    const text = `${about.join('\n\n')}\n\n${readFileSync(join(dir, 'en-opinion-transit.txt'), 'utf8')}`;
    const out = keptLines(text);
    for (const l of gold) expect(out).toContain(l);
    for (const p of about) expect(out).not.toContain(p);
  });

  // A blog's few links (its name, "Menu" and three sections) between the site's prose and the post's
  // headline and byline: the best span ran across them, from the site's prose to the post's end.
  for (const [folder, name] of [['pt', 'pt-blog-plantas'], ['pt', 'pt-comentarios-longos']]) {
    it(`takes the article, not the prose above a short menu (${name})`, () => {
      const page = ownPage(folder, name);
      const out = keptLines(`${about.join('\n\n')}\n\n${page.text}`);
      for (const l of page.gold) expect(out).toContain(l);
      for (const p of about) expect(out).not.toContain(p);
    });
  }

  // A short article in another language than the site's prose above it: the page's language is then
  // the prose's, and the article's own paragraphs must still read as prose (its list, its last paragraph).
  for (const [folder, name] of [['es', 'es-news-vivienda'], ['fr', 'fr-news-budget'], ['es', 'es-office-mision'], ['fr', 'fr-office-mission']]) {
    it(`keeps the whole of a short ${folder} article under English site prose (${name})`, () => {
      const page = ownPage(folder, name);
      const out = keptLines(`${about.join('\n\n')}\n\n${page.text}`);
      for (const l of page.gold) expect(out).toContain(l);
      for (const p of about) expect(out).not.toContain(p);
    });
  }

  // The site's prose in the page's own language reads as prose as much as the article does: above a
  // blog's short menu it outweighed a recipe whose contents and lists sank the best span below the post's
  // first paragraph, more than a few lines under its headline and date.
  for (const [folder, name] of [['es', 'es-blog-tortilla'], ['fr', 'fr-blog-tricot'], ['pt', 'pt-blog-bolo']]) {
    it(`takes a recipe or a pattern under the site's prose in its own language (${name})`, () => {
      const page = ownPage(folder, name);
      const local = ABOUT[folder];
      const out = keptLines(`${local.join('\n\n')}\n\n${page.text}`);
      for (const l of page.gold) expect(out).toContain(l);
      for (const p of local) expect(out).not.toContain(p);
    });
  }

  // A shop's blog post whose first paragraph, a short one, stands right under its headline and date:
  // the best span began at the long paragraph under it, too far below the head to count, and the
  // site's prose won the page.
  it("takes a post whose short first paragraph opens it, under the site's prose (en-wp-fenwool-harbour-cardigan)", () => {
    const page = ownPage('en-wp', 'en-wp-fenwool-harbour-cardigan');
    const out = keptLines(`${about.join('\n\n')}\n\n${page.text}`);
    for (const l of page.gold) expect(out).toContain(l);
    for (const p of about) expect(out).not.toContain(p);
  });

  // Not when chaff stands between the head and that paragraph: under a guestbook's entry, each a
  // message over its writer and "3 days ago", the next message is no article's beginning.
  it('keeps an obituary over its guestbook, with the site prose at the end (en-mix-obituary-whitlock)', () => {
    const page = ownPage('en-mix', 'en-mix-obituary-whitlock');
    const out = keptLines(`${page.text}\n\n${about.join('\n\n')}\n`);
    for (const l of page.gold) expect(out).toContain(l);
    for (const p of about) expect(out).not.toContain(p);
  });

  it('keeps the whole of an article with no head whose short list stands over a subhead and a date', () => {
    // (A feed's body: its list is no menu, its subhead and date no other article's head.)
    const body = [
      article[0],
      'The mayor said the harbour was the heart of the town and that the council could not afford to leave it closed for another season, with the summer ferries due to start in June and the fleet moored elsewhere.',
      'A survey by divers in February found that the damage was worse than first thought, with two sections of the wall undermined by the sea and a third at risk of collapse in the next big storm.',
    ];
    const list = ['The plan covers:', '', 'the eastern quay', 'the western wall', 'the slipway', 'the fish market', '', 'What happens next for the harbour', '', 'March 5, 2024', ''];
    const rest = [article[1], article[2]];
    const out = keptLines([...body.flatMap((p) => [p, '']), ...list, ...rest.flatMap((p) => [p, ''])].join('\n'));
    for (const l of [...body, ...rest, 'the eastern quay', 'the fish market', 'What happens next for the harbour']) expect(out).toContain(l);
  });
});

describe('a box of a few headlines set into the article, every line followed by a blank one', () => {
  it("goes on past the box as it does when the box's lines stand together", () => {
    const more = [
      'The works will start in May and should take about eight months, the mayor said, adding that the fishing fleet would be able to use the eastern quay throughout the works, which are paid for by the region.',
      'Opposition councillors voted against the plan, arguing that the cost had nearly doubled since the first estimate and that the tender had been rushed through without enough competition from other firms.',
    ];
    const box = ['You might also like', 'Police investigate break-in at primary school', 'Harbour festival returns in June', 'New cycle lane opens on coast road', 'Library extends exam season hours'];
    for (const spaced of [false, true]) {
      const lines = [...head, article[0], '', article[1], '', ...box, '', ...more.flatMap((p) => [p, '']), ...foot];
      const text = spaced ? lines.filter((l) => l.trim()).join('\n\n') : lines.join('\n');
      const out = keptLines(text);
      for (const p of [article[0], article[1], ...more]) expect(out).toContain(p);
    }
  });
});

describe('one of our pages with a blank line after every line', () => {
  it('keeps the article across a box set into it and an embed waiting for consent', () => {
    const dir = join(__dirname, '../../../bench/pages/de-web');
    const text = readFileSync(join(dir, 'de-web-regionalzeitung.txt'), 'utf8').split('\n').filter((l) => l.trim()).join('\n\n');
    const gold = readFileSync(join(dir, 'de-web-regionalzeitung.gold.txt'), 'utf8').split('\n').filter((l) => l.trim());
    const out = keptLines(text);
    for (const l of gold) expect(out).toContain(l);
  });
});

describe('one of our briefs with a blank line after every line', () => {
  it("strips the teaser cards under it: a card's summary with its time stamp one blank line below", () => {
    const { text, gold } = ownPage('en', 'en-brief-watermain');
    const spaced = text.split('\n').filter((l) => l.trim());
    const out = keptLines(spaced.join('\n\n'));
    for (const l of gold) expect(out).toContain(l);
    // (A summary: a paragraph with a time stamp, "Jan 22, 2024 5:47 PM", right under it.)
    const summaries = spaced.filter((l, i) => l.split(' ').length >= 20 && /^\w{3} \d{1,2}, \d{4} \d{1,2}:\d{2} [AP]M$/u.test(spaced[i + 1] ?? ''));
    expect(summaries.length).toBeGreaterThan(3);
    for (const l of summaries) expect(out).not.toContain(l);
  });
});

describe('one of our pages with no blank lines', () => {
  it('keeps the paragraph right over a "Read also" and its headline: the marker is no button of a card', () => {
    // (A subhead over that paragraph, "Read also" right under it: it was taken for a teaser's excerpt, and the article ended there.)
    const { text, gold } = ownPage('de', 'de-news-deich');
    const out = keptLines(text.split('\n').filter((l) => l.trim()).join('\n'));
    for (const l of gold) expect(out).toContain(l);
  });

  it("keeps an interview's questions and answers under a \"Читайте также:\" and its headline: a line after a dash is no teaser's headline", () => {
    const { text, gold } = ownPage('ru', 'ru-intervyu-uchitel');
    const out = keptLines(text.split('\n').filter((l) => l.trim()).join('\n'));
    for (const l of gold) expect(out).toContain(l);
  });

  // (Each question, with its answer right under it and the next question under that, read as a card's headline over its summary.)
  for (const [folder, name] of [['it', 'it-intervista-scienziata'], ['pt', 'pt-entrevista-escritora']]) {
    it(`keeps an interview's questions and answers under a box's marker (${name})`, () => {
      const { text, gold } = ownPage(folder, name);
      const out = keptLines(text.split('\n').filter((l) => l.trim()).join('\n'));
      for (const l of gold) expect(out).toContain(l);
    });
  }
});

describe("stories under the article's author bio", () => {
  // One of our own pages (bench/pages): a match report, its reporter's bio, then "VEJA TAMBÉM" and
  // cards of a headline, an excerpt and a time each, which the span ran on over.
  const { text, gold } = ownPage('xx-tail', 'pt-tail-sports-serieb');
  const bio = text.split('\n').findIndex((l) => l.startsWith('Setorista do'));

  it('keeps the report and strips the cards under the bio', () => {
    const out = keptLines(text);
    for (const l of gold) expect(out).toContain(l);
    expect(bio).toBeGreaterThan(0);
    const below = text.split('\n').slice(bio + 1).filter((l) => l.trim().split(/\s+/u).length >= 8);
    expect(below.length).toBeGreaterThan(3);
    for (const l of below) expect(out).not.toContain(l);
  });
});

describe('the tail under one share row', () => {
  // One of our own pages (bench/pages): a business story, its pager, "Follow the author" and the
  // author's card. One share row ends the walk down from the article, unless a stamp follows it (a
  // live story's next entry).
  const { text, gold } = ownPage('ja-web', 'jaw-keizai-supa');

  it("keeps the story and strips the author's card under the share row", () => {
    const out = keptLines(text);
    for (const l of gold) expect(out).toContain(l);
    const all = text.split('\n');
    const row = all.lastIndexOf('著者フォロー');
    expect(row).toBeGreaterThan(0);
    for (const l of all.slice(row + 1, row + 4)) expect(out).not.toContain(l);
  });

  it('walks on over the share rows of a live story, each under an entry', () => {
    // Our live story cut to its first entries (as bench/layouts.mjs cuts a page to a brief): the
    // entries above the page's own chaff each end in "Share" over the next one's time.
    const live = ownPage('en', 'en-liveblog-storm');
    const all = live.text.split('\n');
    const gold = live.gold;
    const kept: string[] = [];
    const drop = new Set<number>();
    let words = 0;
    let at = 0;
    for (const g of gold) {
      const k = all.findIndex((l, i) => i >= at && l.trim() === g.trim());
      if (k < 0) continue;
      at = k + 1;
      if (words >= 100) drop.add(k);
      else kept.push(g);
      words += g.split(/\s+/u).length;
    }
    const out = keptLines(all.filter((_, i) => !drop.has(i)).join('\n'));
    expect(kept.length).toBeGreaterThan(3);
    for (const l of kept) expect(out).toContain(l);
  });
});

describe("readers' comments under the article, with no heading", () => {
  const comments = [
    'harbourfan77', '3 hours ago', 'This is outrageous, the council should have fixed the wall years ago instead of spending money on the new town hall.', 'Reply', '12', '',
    'Bob Smith', '2 hours ago', 'Agreed. My boat was damaged last winter and nobody paid for it, the insurance said it was an act of God.', 'Reply', '4', '',
  ];

  it('strips the first comment too (its name, stamp and text over its "Reply")', () => {
    const out = keptLines(page(head, paragraphs, comments, foot));
    for (const p of article) expect(out).toContain(p);
    expect(out).not.toContain(comments[2]);
    expect(out).not.toContain('harbourfan77');
  });
});

describe('an update under its label and date at the end of the article, over the comments', () => {
  it('stays the article', () => {
    const update = 'The council said on Tuesday that the works would start a week later than planned, in the middle of May.';
    const out = keptLines(page(head, paragraphs, ['Update', 'March 5, 2024', update, 'Comments (3)', ''], foot));
    expect(out).toContain(update);
  });
});
