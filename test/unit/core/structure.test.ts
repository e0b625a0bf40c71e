import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, clean, resolveConfig } from '../../../src/core';
import { SITE_PROSE } from '../corpus-fixtures';

// Layouts of blogs, reviews and recipes where the body is broken by lists, boxes and tables of contents.
const P = (topic: string) =>
  `The council said on Tuesday that the ${topic} would be reviewed again next year, after residents complained about the cost and the delays. A decision is expected in the spring.`;
const kept = (text: string) => clean(text, { metadata: 'drop' }).text;
const keptLines = (text: string) => new Set(kept(text).split('\n'));

describe('a post with a comment count under its byline', () => {
  const text = [
    'Home', 'Recipes', 'Cakes', 'About', '',
    'Creamy corn cake with guava: the recipe that never fails',
    'Posted by Lucy Lane on 12 November 2019',
    '7 Comments',
    '',
    P('oven'), '', P('milk'), '',
    'Ingredients', '',
    '4 cups of milk', '3 eggs', '2 cups of sugar', '1 cup of cornmeal', '100 g of grated cheese', '',
    'How to make the cake', '',
    'Heat the oven to 180 degrees and grease a baking tin with butter and flour before you start on the batter.',
    'Blend the milk, eggs, sugar, cornmeal and cheese for three minutes until the batter is smooth and thin.',
    'Pour the batter into the tin and bake it for about fifty minutes, until the top is golden brown.',
    '', P('guava'), '',
    '7 comments', '',
    'Mary Stone', '13 November 2019 at 08:14', 'I made it yesterday and it came out just like the photo, thank you for the recipe!', 'Reply',
  ].join('\n');

  it('keeps the lead and the ingredients above the method', () => {
    const out = keptLines(text);
    for (const l of [P('oven'), P('milk'), 'Ingredients', '3 eggs', '100 g of grated cheese', 'How to make the cake']) expect(out).toContain(l);
  });

  it('takes the headline as the title, and no commenter as the author', () => {
    const m = analyze(text).metadata;
    expect(m.title).toBe('Creamy corn cake with guava: the recipe that never fails');
    expect(m.author).toBe('Lucy Lane');
    // With no byline, the names in the comments are still no author.
    expect(analyze(text.replace('Posted by Lucy Lane on 12 November 2019', '12 November 2019')).metadata.author).toBeNull();
  });
});

describe('a table of contents above the body', () => {
  const heads = ['1. Plan fewer kilometres a day', '2. Carry a repair kit', '3. Load the panniers low'];
  const text = [
    'Trail Notes', 'Home', 'About', '',
    'Five mistakes on a first cycling tour', '', 'Posted on 2 April 2024 by Mark', '',
    'Contents', ...heads, 'Hide', '',
    P('route'), '', heads[0], '', P('wind'), '', heads[1], '', P('tyres'), '', heads[2], '', P('weight'),
  ].join('\n');

  it('is navigation; the headline is the title and the subheads stay where they are', () => {
    const a = analyze(text);
    expect(a.metadata.title).toBe('Five mistakes on a first cycling tour');
    const lines = text.split('\n');
    for (const h of heads) {
      const toc = lines.indexOf(h) + 1;
      expect(a.findings.some((f) => f.line <= toc && toc <= f.endLine && f.rule === 'toc-heading'), h).toBe(true);
    }
    const out = kept(text);
    expect(out.startsWith('Five mistakes on a first cycling tour')).toBe(true);
    for (const h of heads) expect(out.split(h).length - 1).toBe(1);
  });
});

describe('a review that ends in lists of pros and cons', () => {
  const text = [
    'Review: the Pulse 8 has a huge battery and a fair price', 'By Tom Baker', '12 March 2024', '',
    P('battery'), '', P('screen'), '', P('camera'), '',
    'Pros', '', 'Excellent battery life', 'Screen at 90 Hz', 'Fingerprint reader well placed', '',
    'Cons', '', 'Weak cameras at night', 'Screen HD+', 'Heavy phone', '',
    'Share this article', 'Facebook', 'Twitter', '', '© 2024 Gadget Daily. All rights reserved.',
  ].join('\n');

  it('keeps the lists: their place alone does not make them chaff', () => {
    const out = keptLines(text);
    for (const l of ['Pros', 'Excellent battery life', 'Fingerprint reader well placed', 'Cons', 'Weak cameras at night', 'Screen HD+', 'Heavy phone']) expect(out).toContain(l);
    expect(out).not.toContain('Share this article');
  });
});

describe('a box closed by a "More" button', () => {
  it('does not take the subhead after it as a teaser headline', () => {
    const text = ['New rules for housing from January', '', P('rents'), '', 'Advertisement', 'Cash loans from 5.9%. A decision in two minutes', 'Read more', '', 'New rules for managing agents', '', P('agents'), '', P('repairs')].join('\n');
    expect(keptLines(text)).toContain('New rules for managing agents');
  });
});

describe('Japanese, whose words are not spaced', () => {
  it('keeps the greeting, lead and ingredient list above the method', () => {
    const text = [
      '台所日記', 'レシピ', 'おかず', '',
      '炊飯器で作る豚の角煮',
      '',
      'こんにちは、まりもです。',
      '',
      '寒くなってきたので、今週は角煮を作りました。角煮というと、鍋で何時間も煮込むイメージがありますよね。でも我が家は炊飯器にお任せです。材料を入れてスイッチを押すだけで、箸で切れるくらいやわらかくなります。',
      '',
      '材料（4人分）',
      '',
      '豚バラブロック　600g', 'ゆで卵　4個', 'しょうが　1かけ', '水　200ml', 'しょうゆ　大さじ4', '砂糖　大さじ3',
      '',
      '作り方',
      '',
      '1. 豚バラを5センチ角に切り、フライパンで表面に焼き色をつけます。出てきた脂はキッチンペーパーで拭き取ってください。',
      '2. 炊飯器に豚肉、薄切りにしたしょうが、調味料と水を全部入れます。',
      '3. 普通炊きでスイッチオン。炊き上がったらゆで卵を入れて、保温のまま1時間置きます。',
      '',
      'ポイントは、最初に焼き色をつけること。ここを省くと、どうしても臭みが残ってしまいます。炊飯器の機種によっては煮込み調理ができないものもあるので、説明書を確認してから試してくださいね。',
    ].join('\n');
    const out = keptLines(text);
    for (const l of ['こんにちは、まりもです。', '材料（4人分）', 'ゆで卵　4個', '砂糖　大さじ3', '作り方']) expect(out).toContain(l);
  });
});

describe('a short article over a box of cards', () => {
  const cards = [
    ['Residents of the old town complain of no water for five days', 'Streets around the square have had no regular supply since Friday; the water company blames a burst main.'],
    ['Port sets a record for containers handled in October', 'It moved 412,000 containers in the month, 14% more than a year earlier, led by exports of grain.'],
    ['Free training courses open for six hundred applicants', 'Places are offered for electricians, carers and bakers; applications close at the end of the month.'],
    ['Man arrested after stealing power cables from a street', 'Police said residents saw the suspect cutting wires from a pole on the avenue late on Sunday night.'],
  ];
  const text = [
    'Ferry to run less often at night from Monday', 'By Newsroom Staff', '20 November 2019',
    '', P('ferry'), '', P('timetable'), '',
    'Share', 'Facebook', 'Twitter', '',
    'See also', '',
    ...cards.flatMap(([h, s]) => [h, s, '']),
    'Load more', '', '© 2019 Harbour News. All rights reserved.',
  ].join('\n');

  it('strips every card, headline and summary, and keeps the article', () => {
    const out = kept(text);
    for (const [h, s] of cards) {
      expect(out).not.toContain(h);
      expect(out).not.toContain(s);
    }
    for (const t of ['ferry', 'timetable']) expect(out).toContain(P(t));
  });

  it('a single related headline set into the article ends where the article goes on', () => {
    const inline = ['Ferry to run less often at night from Monday', '', P('ferry'), '', 'See also', cards[0][0], '', P('timetable'), '', P('fares')].join('\n');
    const out = kept(inline);
    expect(out).not.toContain(cards[0][0]);
    for (const t of ['ferry', 'timetable', 'fares']) expect(out).toContain(P(t));
  });
});

describe('a byline that names only the newsroom', () => {
  it.each([
    ['pt', 'Balsa entre Santos e Guarujá terá horário reduzido na madrugada', 'Por Redação Jornal da Baixada', 'A travessia de balsas entre as duas cidades funcionará com intervalos maiores durante a madrugada a partir de segunda-feira, informou o departamento hidroviário, que fará a manutenção de duas balsas da frota.'],
    ['ru', 'В Казани с понедельника изменится схема движения трамвая', 'Редакция «Город 24»', 'С 25 ноября трамвай будет ходить по изменённому маршруту из-за ремонта путей на улице Баумана, сообщили в городском управлении транспорта, и продлится это до конца декабря.'],
  ])('is no title (%s)', (_lang, headline, byline, lead) => {
    const text = ['Menu', 'News', '', headline, '20/11/2019 11h02', byline, '', lead, '', lead.replace(/^\S+/u, 'Também'), ''].join('\n');
    expect(analyze(text).metadata.title).toBe(headline);
  });
});

describe('a German company page', () => {
  // German capitalises every noun: a sentence broken over lines has most words capitalised, and is
  // no pair of headlines that ends the article.
  const body = [
    'Die Tischlerei Berger wurde 1952 von Josef Berger in einer kleinen Werkstatt am Stadtrand gegründet und ist seitdem in Familienbesitz geblieben, heute in der dritten Generation.',
    '',
    'Wir fertigen Möbel, Treppen und', 'Innenausbauten nach Maß, für Privatkunden', 'ebenso wie für Hotels und Praxen.',
    '',
    'Vision', 'Handwerk, das Generationen überdauert.',
    '',
    'Mission', 'Jedes Stück wird in unserer Werkstatt geplant, gebaut und montiert, ohne Zwischenhändler und mit Holz aus der Region.',
    '',
    'Belag:', '200 g Schmand', '1 Zwiebel', '100 g Speck',
    '',
    'def main():', '    print("Hallo")',
    '',
    'Heute beschäftigen wir zwölf Mitarbeiterinnen und Mitarbeiter, darunter drei Auszubildende, und liefern in ganz Süddeutschland und Österreich aus.',
  ];
  const text = ['Startseite', 'Über uns', 'Leistungen', 'Kontakt', '', 'Unsere Geschichte', '', ...body, '', 'Impressum', 'Datenschutz', '© 2024 Tischlerei Berger'].join('\n');

  it('keeps broken lines, subheads, list items and code with the article', () => {
    expect(kept(text).trim()).toBe(body.join('\n'));
  });
});

describe('a public office page of short lists', () => {
  const body = [
    'Den Personalausweis beantragen Sie persönlich im Bürgerbüro. Bitte vereinbaren Sie vorher online einen Termin.',
    '',
    'Was brauche ich?', 'ein aktuelles biometrisches Passfoto', 'Ihren alten Ausweis oder Reisepass', 'bei Minderjährigen: Zustimmung beider Sorgeberechtigten',
    '',
    'Gebühren', '37 Euro für Personen ab 24 Jahren', '22,80 Euro für Personen unter 24 Jahren',
    '',
    'Bearbeitungsdauer',
    'Die Herstellung dauert in der Regel drei bis vier Wochen. Sie erhalten eine Nachricht, sobald der Ausweis abholbereit ist.',
  ];
  const text = ['Stadt Lindenfeld', 'Leichte Sprache', 'Suche', 'Menü', '', 'Bürgerservice › Meldewesen › Personalausweis beantragen', '', 'Personalausweis beantragen', '', ...body, '', 'Zurück zur Übersicht', 'Impressum', 'Datenschutz'].join('\n');

  it('keeps the lead sentence over lists: a list under its head is one step of the walk', () => {
    const out = keptLines(text);
    for (const l of body) if (l) expect(out).toContain(l);
    expect(out).not.toContain('Zurück zur Übersicht');
  });
});

describe('a recipe whose only long paragraph is its method', () => {
  it('takes the headline over the lead as the title', () => {
    const text = [
      'Rezepte', 'Backen', 'Kochen', 'Anmelden', '',
      'Flammkuchen wie im Elsass', '',
      'Flammkuchen ist schnell gemacht und schmeckt am besten frisch aus dem sehr heißen Ofen. Der Teig kommt ohne Hefe aus, deshalb kann man sofort loslegen.',
      '',
      'Zutaten für 2 Bleche', '250 g Mehl', '125 ml Wasser', '2 EL Öl', '1 Prise Salz', '200 g Schmand', '2 Zwiebeln', '150 g Speckwürfel',
      '',
      'Zubereitung',
      'Mehl, Wasser, Öl und Salz zu einem glatten Teig verkneten und zehn Minuten ruhen lassen.',
      'Den Teig sehr dünn ausrollen und auf ein Backblech legen.',
      'Mit Schmand bestreichen, Zwiebeln und Speck darauf verteilen.',
      'Bei 250 Grad etwa zwölf Minuten backen.',
    ].join('\n');
    expect(analyze(text).metadata.title).toBe('Flammkuchen wie im Elsass');
    expect(kept(text).startsWith('Flammkuchen wie im Elsass\n')).toBe(true);
  });
});

describe('"Read also" and its headline set into the last part of an article', () => {
  it('the article goes on below them, however short what follows', () => {
    const text = [
      'Nowy most na Wiśle otwarty dla ruchu', 'Autor: Anna Kowalska', '12.03.2024, 14:05', '',
      'Po dwóch latach budowy nowy most na Wiśle został w poniedziałek otwarty dla samochodów i pieszych. Przeprawa ma odciążyć centrum miasta, w którym w godzinach szczytu tworzą się korki.',
      '',
      'Koszt inwestycji wyniósł 420 mln zł, z czego połowę pokryły fundusze unijne. Most ma 640 metrów długości i po dwa pasy ruchu w każdą stronę, a także drogę dla rowerów.',
      '',
      'Co się zmieni dla kierowców?', 'autobusy linii 12 i 40 pojadą nową trasą', 'zniknie objazd przez ulicę Portową', 'skrzyżowanie przy dworcu dostanie nowe światła',
      '',
      'Czytaj także', 'Remont dworca potrwa do jesieni', '',
      'Prezydent miasta zapowiedział, że w przyszłym roku rozpocznie się budowa kolejnej przeprawy, tym razem na południu miasta, gdzie mieszkańcy od lat czekają na lepsze połączenie.',
      '', 'Udostępnij', 'Facebook', 'Twitter', '', 'Komentarze (12)', '© 2024 Gazeta Miejska. Wszelkie prawa zastrzeżone.',
    ].join('\n');
    const out = kept(text);
    expect(out).toContain('Prezydent miasta zapowiedział');
    expect(out).not.toContain('Remont dworca potrwa do jesieni');
    expect(out).not.toContain('Udostępnij');
  });
});

describe('headlines of other stories after the article', () => {
  const story = [
    'World News', 'Business', 'Sport', '',
    'Rail strike called off after last-minute talks', '',
    P('strike'), '', P('timetable'), '', P('union'), '',
    'Like this story? Share it with a friend!', '', 'Follow us on', 'Trends: transport news',
  ];

  it('are not taken in by the body when they stand after its share lines', () => {
    const teasers = ['Beauty queen 2018 picked from 49 finalists (PHOTOS)', 'There is a galaxy hurtling towards our own that could wipe out life on Earth'];
    const out = keptLines([...story, ...teasers, 'Where to watch', 'Schedule'].join('\n'));
    for (const t of teasers) expect(out).not.toContain(t);
    expect(out).toContain(P('union'));
  });

  it('are one box under a bare "Related", however many stand together', () => {
    const teasers = [
      'Orders for new jets pick up at the air show',
      'Plane maker clinches second order at the show but trails its rival',
      'Will trains threaten aviation? Not in my lifetime, says an executive',
      'Airline says it does not benefit from the grounding of its rival',
      'Turkish airline gives the grounded jet a vote of confidence with a bigger order',
    ];
    const text = [...story.slice(0, 11), 'RELATED', ...teasers, 'MORE IN AIR SHOW', 'Plane maker wins increased order from carrier'].join('\n');
    const out = keptLines(text);
    for (const t of teasers) expect(out).not.toContain(t);
    expect(out).toContain(P('union'));
  });
});

describe('a caption over its picture\'s credit', () => {
  const page = (caption: string) =>
    ['Home', 'News', '', 'Storm closes the coast road for a second day', '', P('road'), '', caption, 'Credit...', 'Jane Doe/The Harbour Post', '', P('storm'), '', P('repairs')].join('\n');

  it('is a caption when it is a sentence set apart above the credit', () => {
    const caption = 'Waves break over the harbour wall at high tide on Thursday morning.';
    const a = analyze(page(caption));
    const at = page(caption).split('\n').indexOf(caption) + 1;
    expect(a.findings.find((f) => f.line === at)?.rule).toBe('caption-above-credit');
    expect(keptLines(page(caption))).not.toContain(caption);
  });

  it('is a caption twice when a gallery gives it twice, one under the other', () => {
    const caption = 'Waves break over the harbour wall at high tide on Thursday morning.';
    const text = page(`${caption}\n${caption}`);
    const at = text.split('\n').indexOf(caption) + 1;
    expect(analyze(text).findings.find((f) => f.line === at)).toMatchObject({ rule: 'caption-above-credit', endLine: at + 1 });
    expect(keptLines(text)).not.toContain(caption);
  });

  it('stays when it is a name or a heading, or runs on from the paragraph above', () => {
    expect(keptLines(page('Anna Petrova, harbour master'))).toContain('Anna Petrova, harbour master');
    const runOn = page('The council met again on Friday.').replace(`${P('road')}\n\n`, `${P('road')}\n`);
    expect(keptLines(runOn)).toContain('The council met again on Friday.');
  });
});

describe('paragraphs with no blank line between them', () => {
  const head = ['Home', 'News', 'Sport', 'This site uses cookies to improve your experience.', 'Accept', 'Reject', 'Learn more'];
  const title = 'Harbour wall to be rebuilt after the winter storms';
  const body = [P('harbour wall'), 'What you need', 'a permit from the council', 'a licensed builder', 'Read also', 'Ferry timetable changes from Monday', P('sea front'), P('budget')];

  it('keep the title under a consent banner\'s "Learn more", and the article past a "Read also" set into it', () => {
    const out = keptLines([...head, title, 'By Jane Doe', ...body, 'Share this article', 'Facebook'].join('\n'));
    for (const l of [title, P('harbour wall'), 'a licensed builder', P('sea front'), P('budget')]) expect(out).toContain(l);
    expect(out).not.toContain('Ferry timetable changes from Monday');
  });

  it('do not take a box of teaser cards for the article', () => {
    const cards = ['Ferry timetable changes from Monday', P('ferry'), 'New lifeboat station opens in the bay', P('lifeboat')];
    const out = keptLines([...head.slice(0, 3), title, P('harbour wall'), P('sea front'), 'Share', 'Facebook', 'Read also', ...cards, 'More news', 'About us'].join('\n'));
    expect(out).toContain(P('sea front'));
    for (const c of cards) expect(out).not.toContain(c);
  });
});

describe('a short story over a box of cards, each with its time stamp', () => {
  // Summaries of some fifty words: longer than most teasers', the stamps tell them from paragraphs.
  const more = ' The mayor said the decision was needed to cover rising costs, while those who voted against it said residents were already stretched by higher prices this winter.';
  const cards = [
    ['Council approves tax increase after marathon budget meeting', `Council voted late on Monday to approve a budget that raises the average tax bill by about $142.${more}`, 'Jan 23, 2024 6:30 AM'],
    ['Police investigating after car crashes into pharmacy', `No one was seriously injured after a vehicle drove through the front window of a pharmacy.${more}`, 'Jan 22, 2024 5:47 PM'],
    ['School buses cancelled again as freezing rain moves in', `For the second time this week, all school buses in the county have been cancelled.${more}`, 'Jan 22, 2024 5:15 AM'],
    ['New owners promise to reopen historic theatre by summer', `A group of local investors has bought the theatre, which has been closed since 2020.${more}`, 'Jan 21, 2024 4:02 PM'],
    ['Food bank says demand is up by a third over last year', `The food bank served more than 1,900 households in December, up sharply from a year earlier.${more}`, 'Jan 20, 2024 3:33 PM'],
  ];
  const text = [
    'Home', 'News', 'Sport', '', 'Water main break closes stretch of Kellerman Avenue', 'Jan 23, 2024 8:14 AM', 'Share', 'Facebook', '',
    P('road'), '', P('detour'), '', P('repairs'), '', 'MORE STORIES', '',
    ...cards.flatMap((c) => [...c, '']),
    'Load more', '', 'About Us', 'Contact Us', 'Careers',
  ].join('\n');

  it('strips every card, headline, summary and stamp, and keeps the story', () => {
    const out = keptLines(text);
    for (const c of cards) for (const l of c) expect(out).not.toContain(l);
    expect(out).toContain(P('road'));
    expect(out).toContain(P('detour'));
  });
});

describe('blocks of short lines that are content', () => {
  const certainlyGone = (text: string, line: string) => {
    const at = text.split('\n').indexOf(line) + 1;
    return analyze(text).findings.some((f) => f.line <= at && f.endLine >= at && f.confidence === 'certain');
  };

  it('keep a config file and the commands of a tech post, however many lines they run', () => {
    const config = [
      '[Unit]', 'Description=Nightly backup', 'After=network-online.target', 'Wants=network-online.target', '',
      '[Service]', 'Type=oneshot', 'ExecStart=/usr/local/bin/backup.sh', 'Nice=10', 'IOSchedulingClass=idle', 'User=root', '',
      '[Timer]', 'OnCalendar=*-*-* 03:15:00', 'RandomizedDelaySec=15min', 'Persistent=true', '', '[Install]', 'WantedBy=timers.target', '',
      ...['home', 'srv', 'etc', 'var'].flatMap((d) => [`[Path.${d}]`, `Source=/${d}`, `Exclude=/${d}/cache`, `KeepDaily=7`, '']),
    ];
    const commands = ['sudo systemctl daemon-reload', 'sudo systemctl enable --now backup.timer', 'systemctl list-timers backup.timer'];
    const text = ['Home', 'Blog', 'About', '', 'Backups with systemd timers', '', P('backup'), '', 'The unit and its timer:', 'ini', 'Copy code', ...config, '', P('timer'), 'bash', 'Copy code', ...commands, '', P('restore'), '', 'Tags:', '#linux', '#backup'].join('\n');
    const out = keptLines(text);
    for (const l of [...config, ...commands].filter(Boolean)) expect(out).toContain(l);
    expect(out).toContain(P('restore'));
  });

  it('keep a recipe\'s story, its ingredients and its method across the recipe card', () => {
    const ingredients = ['Dough:', '500 g flour', '250 ml warm milk', '1 cube fresh yeast (42 g)', '60 g sugar', 'a pinch of salt', 'Topping:', '2 kg plums', '2 tbsp breadcrumbs'];
    const method = [
      'Crumble the yeast into the warm milk, add a teaspoon of sugar and leave it to stand for about ten minutes.',
      'Knead the flour, the rest of the sugar, the salt and the yeast milk into a smooth dough and let it rise for an hour.',
      'Roll the dough out on a baking tray, cover it closely with the halved plums and bake it for forty minutes.',
    ];
    const text = [
      'Home', 'Recipes', 'Cakes', '', 'Plum cake from the tray', '', '★★★★★ 4.8 from 213 ratings', '', 'Print recipe', 'Pin it', '',
      P('plum harvest'), '', P('family recipe'), '', 'Plum cake from the tray', '★★★★★', 'Prep time: 40 minutes', 'Bake time: 35 minutes', 'Servings: 20', 'Print', 'Pin', 'Ingredients', '',
      ...ingredients, '', 'Method', ...method, '', 'Rate this recipe!', 'Leave a comment', 'Name', 'Email', 'Post comment',
    ].join('\n');
    const out = keptLines(text);
    for (const l of [P('plum harvest'), P('family recipe'), ...ingredients, ...method]) expect(out).toContain(l);
  });

  it('keep a match\'s box of facts under the report, for review at most', () => {
    const facts = ['Rovers – City 2:1 (0:1)', 'Goals: Lipa 76, Sowa 84 – Varga 9', 'Rovers: Mazur – Kubiak, Zak, Olszewski – Nowak (64. Lipa), Sikora', 'City: Wilczek – Kaczmarek, Dudek, Hanus – Varga, Szostak, Maj', 'Booked: Sikora, Zak – Hanus', 'Referee: Luke Bojarski', 'Attendance: 11,340'];
    const text = ['Home', 'Football', '', 'Rovers come from behind to win the derby', '', P('match'), '', P('goals'), '', ...facts, '', 'Follow us', 'Most read', 'Coach on the way out?', 'Five goals in the cup', '', 'Comments (58)'].join('\n');
    for (const f of facts) expect(certainlyGone(text, f)).toBe(false);
  });

  it('keep the sections a table of contents lists, below the downloads', () => {
    const text = [
      'Home', 'Services', 'Back to overview', '', 'Contents', 'General information', 'Requirements', 'Fees', 'Where to apply', 'Opening hours', '',
      'General information', '', P('identity card'), '', 'Requirements', '', P('residence'), '', 'Fees', '', P('fee'), '',
      'Book an appointment', 'Book now', '', 'Downloads', 'Consent form (PDF, 86 KB)', '',
      'Where to apply', '', 'Citizens\' office', 'Market Square 4', 'Phone: 07136 904-300', '',
      'Opening hours', '', 'Monday: 7:30 – 12:00', 'Tuesday: 7:30 – 12:00 and 14:00 – 18:00', 'Wednesday: closed', '',
      'Show map', 'Load map', '', 'Back to overview', 'To the top', '', 'Privacy', 'Imprint',
    ].join('\n');
    const out = keptLines(text);
    for (const l of ['General information', P('fee'), 'Where to apply', 'Market Square 4', 'Phone: 07136 904-300', 'Opening hours', 'Wednesday: closed']) expect(out).toContain(l);
    expect(out).not.toContain('Load map');
  });
});

describe('boxes set into an article', () => {
  it('a table under a "Read more" teaser is the article\'s', () => {
    const table = ['Results (million)', 'Item\t2022\t2023\t2024', 'Revenue\t1,124\t1,287\t1,002', 'Net profit\t61\t79\t64'];
    const text = ['Home', 'Business', '', 'Furniture maker buys its rival', '', P('deal'), '', P('price'), '', 'Read more', 'Exports to Germany fall for a third quarter', ...table, 'Lower dividend', '', P('dividend'), '', P('shares')].join('\n');
    const out = keptLines(text);
    for (const l of table) expect(out).toContain(l);
    expect(out).not.toContain('Exports to Germany fall for a third quarter');
  });

  it('a box of headlines under "You might also like", in text without blank lines: the article goes on above it', () => {
    const text = [
      'Home', 'Region', 'Bridge repairs to last until October', 'PLUS', 'The bridge stays closed for longer than planned, and shops in the old town are worried.', 'By Tom Reiner', '17.04.2024, 16:42', 'Share',
      P('bridge'), P('diversion'), 'You might also like', 'Region', 'New homes approved on the hill above the church', 'County', 'County road closed from Monday', P('costs'), P('shops'), 'Read on with PLUS', 'Try it for 4 weeks',
    ].join('\n');
    const a = analyze(text);
    expect(a.metadata.title).toBe('Bridge repairs to last until October');
    const out = keptLines(text);
    for (const l of [P('bridge'), P('diversion'), P('costs')]) expect(out).toContain(l);
    expect(out).not.toContain('County road closed from Monday');
  });

  it('a list of points with no full stops, one under another, is the article\'s, not a box of cards', () => {
    const items = ['Timeouts now default to ten seconds instead of none at all', 'HTTP/2 is switched on by default where the server supports it', 'Redirects are no longer followed for any of the POST requests', 'The retry helper has moved to a separate package of its own'];
    const text = [
      'Home', 'News', 'Dev', '', 'Library drops its old interface', 'By Ann Lee', '', P('library'), '', 'What changes', '',
      'In the new version, a call has to run inside an event loop:', '', 'import asyncio', 'async def main():', '    await client.get(url)', 'asyncio.run(main())', '',
      'The release also changes a few defaults that may trip people up:', ...items, '', 'Advertisement', '', 'The backlash', '', P('tracker'), '', P('branch'), '', P('release'), '',
      'Related stories', 'Another library ships a new version', 'About us',
    ].join('\n');
    expect(analyze(text).metadata.title).toBe('Library drops its old interface');
    const out = keptLines(text);
    for (const l of [P('library'), 'What changes', 'import asyncio', ...items, P('tracker'), P('release')]) expect(out).toContain(l);
  });

  it('a salutation over the first paragraph is kept with it', () => {
    const text = ['Home', 'News', '', 'Changes to bin collection over the holidays', 'Published: 04.12.2024', 'Category: Notices, Waste', 'Dear residents,', '', `please note: ${P('collection')}`, '', P('trees'), '', 'Print', 'Privacy'].join('\n');
    expect(keptLines(text)).toContain('Dear residents,');
    expect(analyze(text).metadata.author).toBeNull();
  });
});

describe('the end of a post', () => {
  const bio = 'Felix is a systems administrator at a logistics firm and runs far too many services at home in his spare time, most of them in containers.';
  const post = (tail: string[]) => ['Home', 'Blog', '', 'Backups with restic', '', P('backup'), '', P('restore'), '', ...tail].join('\n');

  it('is where its tags or its share buttons stand: an author\'s bio below them is not the post', () => {
    expect(keptLines(post(['Tags:', '#backup', '#restic', '#linux', '', 'Felix Obermaier', bio, 'Mastodon · GitHub']))).not.toContain(bio);
    expect(keptLines(post(['Share:', 'Mastodon', 'LinkedIn', 'Hacker News', 'Copy link', '', 'Felix Obermaier', bio]))).not.toContain(bio);
    expect(keptLines(post(['Share:', 'Mastodon', 'LinkedIn']))).toContain(P('restore'));
  });

  it('is not crossed at an author box, though a paragraph stands under it', () => {
    expect(keptLines(post(['About Felix Obermaier', '', bio, '', 'More on this topic', '', 'Why I moved my mail server home', '', 'A year of self-hosting']))).not.toContain(bio);
  });
});

describe('a live story of short entries', () => {
  const entry = (time: string, name: string, topic: string) => [time, name, `Update on the ${topic}`, P(topic), ''];
  const text = ['Home', 'News', '', 'Winter storm live updates', '', ...entry('11:48 a.m. ET', 'Ben Kowalczyk', 'roads'), ...entry('11:20 a.m. ET', 'Priya Nandakumar', 'flights'), ...entry('10:05 a.m. ET', 'Marcus Hale', 'power'), 'Load more updates'].join('\n');

  it('is the article, though each entry reads like a teaser card', () => {
    const out = keptLines(text);
    for (const topic of ['roads', 'flights', 'power']) {
      expect(out).toContain(P(topic));
      expect(out).toContain(`Update on the ${topic}`);
    }
  });

  it('shows its entries\' time stamps and authors for review, and keeps them by default', () => {
    const lines = text.split('\n');
    const a = analyze(text);
    for (const l of ['11:20 a.m. ET', 'Priya Nandakumar', '10:05 a.m. ET', 'Marcus Hale']) {
      const f = a.findings.find((x) => x.line === lines.indexOf(l) + 1);
      expect(f?.confidence).toBe('suspect');
    }
    expect(keptLines(text)).toContain('11:20 a.m. ET');
  });
});

describe('a live story under a site\'s own prose at the top', () => {
  const entry = (time: string, name: string, topic: string) => [time, name, P(topic), '', 'Share this entry'];
  const head = ['Skip to main content', 'Home', 'News', 'Sport', 'Weather', 'Video', 'Live', '', 'LIVE', 'Floods along the river: three towns on alert', 'Follow our live coverage.', 'Refresh', 'Newest', 'Oldest'];
  const entries = [entry('15:47', 'Anna Kowal', 'river level'), entry('15:20', 'Anna Kowal', 'road closures'), entry('14:02', 'Ben Lewis', 'sandbags'), entry('12:05', 'Anna Kowal', 'hospital'), entry('09:30', 'Ben Lewis', 'alarm')];
  const foot = ['Load earlier entries', 'See also', 'Weather forecast: rain eases but warnings stay', 'How to claim flood relief', 'About us', 'Contact', 'Privacy policy'];
  const text = [...SITE_PROSE.flatMap((a) => [a, '']), ...head, ...entries.flat(), ...foot].join('\n');

  it('is the article: its entries\' heads (time, author, headline) break it as subheads do', () => {
    const out = keptLines(text);
    for (const t of ['river level', 'road closures', 'sandbags', 'hospital', 'alarm']) expect(out).toContain(P(t));
    for (const a of SITE_PROSE) expect(out).not.toContain(a);
    // (Each entry's share row goes; the walk down goes on over it to the next entry.)
    expect(out).not.toContain('Share this entry');
  });

  it('one of our pages, a Polish live story, keeps its entries under the site\'s prose in English', () => {
    const dir = join(__dirname, '../../../bench/pages/pl');
    const gold = readFileSync(join(dir, 'pl-relacja-powodz.gold.txt'), 'utf8').split('\n').filter((l) => l.trim());
    const out = keptLines(`${SITE_PROSE.join('\n\n')}\n\n${readFileSync(join(dir, 'pl-relacja-powodz.txt'), 'utf8')}`);
    const lost = gold.filter((l) => !out.has(l));
    expect(lost.length).toBeLessThanOrEqual(gold.length / 10);
  });

  it('a list of videos, each a duration over its headline, is no live story under the article', () => {
    const videos = ['Related videos', '01:41', 'Drone video shows the flood from above', '03:06', 'Evacuees describe their escape', '00:58', 'What a flood warning means', '02:47', 'How sandbags are filled'];
    const out = keptLines(['Home', 'News', '', 'Floods along the river', '', P('river level'), '', P('hospital'), '', ...videos].join('\n'));
    expect(out).toContain(P('hospital'));
    for (const v of videos.slice(1)) expect(out).not.toContain(v);
  });
});

describe('a minute-by-minute report without blank lines', () => {
  it('keeps its entries: a minute and an event over a sentence are no teaser card', () => {
    const entries = [
      ["90'+3'", 'Yellow card', 'Sousa is booked for wasting time, and the home crowd whistles at him for a full minute.'],
      ["84'", 'Substitution', 'Carvalho goes off and Peixoto comes on, as the visitors close the game down for the final minutes.'],
      ["79'", 'Goal', 'A long ball from Felipe, the defence fails to clear, and Baiano heads in at the near post to make it one all.'],
      ["61'", 'Red card', 'Dieguinho goes in with a high boot on Tavares and the referee shows him the red card straight away.'],
    ];
    const text = ['Home', 'Football', 'Live', 'Rovers win the title in the last minute', P('final'), 'Refresh', 'Newest first', ...entries.flat(), 'Advertisement', 'Comments (12)', 'Log in to comment'].join('\n');
    const out = keptLines(text);
    for (const e of entries) expect(out).toContain(e[2]);
  });
});

describe('a code box\'s label and a pull quote', () => {
  const findingAt = (text: string, line: string) => {
    const at = text.split('\n').indexOf(line) + 1;
    return analyze(text).findings.find((f) => f.line <= at && f.endLine >= at);
  };

  it('strips the label and copy button over code, and keeps the code', () => {
    const text = ['Home', 'Blog', '', 'Installing restic', '', P('install'), '', 'bash', 'Copy code', 'sudo apt install restic', 'restic version', '', P('repository'), '', 'Tags:', '#linux'].join('\n');
    expect(findingAt(text, 'bash')?.rule).toBe('code-label');
    expect(findingAt(text, 'Copy code')?.rule).toBe('code-label');
    const out = keptLines(text);
    expect(out).toContain('sudo apt install restic');
    expect(out).not.toContain('Copy code');
  });

  it('shows a sentence of the article set apart again between its paragraphs for review', () => {
    const quote = '“It tells the island it’s a school day.”';
    const para = `Ruth rings the bell at ten to nine every morning. ${quote} she says, and the children come running down the hill to the school.`;
    const text = ['Home', 'Magazine', '', 'Four children and a bell', '', P('school'), '', para, '', quote, '', P('ferry'), '', P('council')].join('\n');
    const f = findingAt(text, quote);
    expect(f?.rule).toBe('pull-quote');
    expect(f?.confidence).toBe('suspect');
    expect(findingAt(text, para)).toBeUndefined();
  });
});

describe('a site\'s own prose under the page\'s rights line', () => {
  const about = SITE_PROSE;
  const page = (footer: string[]) => ['Home', 'News', '', 'Bin collection moves to Tuesdays', '', P('bins'), '', P('routes'), '', 'Share', 'Facebook', '', ...footer, '', ...about.flatMap((a) => [a, ''])].join('\n');

  it('is no article: the prose above the rights line or the legal links is', () => {
    for (const footer of [['About us', 'Contact', '© 2024 Valley News. All rights reserved.'], ['Imprint', 'Privacy', 'Accessibility']]) {
      const out = keptLines(page(footer));
      expect(out).toContain(P('bins'));
      expect(out).toContain(P('routes'));
      for (const a of about) expect(out).not.toContain(a);
    }
  });

  it('a picture\'s credit with a © inside the article is no rights line', () => {
    const text = ['Home', 'News', '', 'Bin collection moves to Tuesdays', '', P('bins'), '', 'Crews load a truck on Main Street. © Jane Doe / Valley News', '', ...about.flatMap((a) => [a, '']), 'Share', 'Facebook'].join('\n');
    const out = keptLines(text);
    for (const a of about) expect(out).toContain(a);
  });
});

describe('a long article over a footer menu with dated teasers, and site prose at the end', () => {
  it('stays the article: the prose under the menu is far from the dated lines, not headed by them', () => {
    const about = SITE_PROSE[0];
    const menu = ['Product', 'Features', 'Integrations', 'Changelog', 'Status', 'Company', 'Careers', 'Press', 'Docs'];
    const teasers = ['More from the blog', 'Our SOC 2 report is now available', 'March 21, 2024 · 3 min read', 'A year of four-day weeks', 'February 28, 2024 · 8 min read', 'Previous', 'Next'];
    const text = ['Blog', '', 'Halving our CI time', '', P('build'), '', P('cache'), '', P('shards'), '', P('runners'), '', ...menu, '', ...teasers, '', 'Get posts in your inbox', 'Subscribe', '', ...menu, '', about, '', about.replace('1998', '1999'), ''].join('\n');
    const out = keptLines(text);
    for (const t of ['build', 'cache', 'shards', 'runners']) expect(out).toContain(P(t));
  });
});

describe('a site\'s own prose above its menu', () => {
  it('is no article when a headline with its date heads prose under the menu', () => {
    const about = SITE_PROSE;
    const menu = ['Home', 'News', 'Local', 'Sport', 'Business', 'Culture', 'Opinion', 'Weather', 'Contact'];
    const text = [...about.flatMap((a) => [a, '']), ...menu, '', 'Bin collection moves to Tuesdays', '12 March 2024', '', P('bins'), '', P('routes'), '', 'Share', 'Facebook'].join('\n');
    const out = keptLines(text);
    expect(out).toContain(P('bins'));
    expect(out).toContain(P('routes'));
    for (const a of about) expect(out).not.toContain(a);
  });
});

describe('a video list under the article: headlines, a question among them, and names', () => {
  const text = [
    'Rings that make music', '', P('stage'), '', P('rings'), '', P('software'), '',
    'Follow Jane Doe on Twitter.', '',
    'Talking Tech',
    'Talking Tech | Three free exercise tracking apps',
    'Jane Doe',
    'Talking Tech: Will the social network still be liked in ten years?',
    'Jane Doe',
    'A singer says social media is out of hand',
    'Video desk',
    'New guitars on show at the trade fair',
    '', 'Jan 31, 2014', 'More Stories:', 'Old news one', 'Old news two',
  ].join('\n');

  it('is no paragraph of the article: the question between two names does not take the list in', () => {
    const out = keptLines(text);
    expect(out.has(P('software'))).toBe(true);
    expect(out.has('New guitars on show at the trade fair')).toBe(false);
    // Next to the body, the list's first lines are left for review, not taken for the article's.
    const line = text.split('\n').indexOf('Talking Tech: Will the social network still be liked in ten years?') + 1;
    expect(analyze(text).findings.some((f) => f.line <= line && f.endLine >= line)).toBe(true);
  });
});

describe('a line of topics under a label above the article', () => {
  const topics = 'Read More: Federal Open Market Committee, Federal Reserve, Federal Reserve Bank Of Kansas City, Interest Rates, Financial Crisis, Financial Reform, Wall Street Banks, Too Big To Fail, Basel Committee, Business News';
  const text = [
    'Home', 'Business', 'Politics', '',
    'Central bank official criticises low rates',
    'First Posted: 08-13-10 05:18 PM', '',
    topics, 'share this story', 'Get Business Alerts', 'Submit this story', '',
    P('rate'), '', P('banks'), '', P('reform'), '',
  ].join('\n');

  it('is no sentence that opens the body: the topics and the tools under them go', () => {
    const out = keptLines(text);
    expect(out.has(P('rate'))).toBe(true);
    expect(out.has(topics)).toBe(false);
    expect(out.has('Get Business Alerts')).toBe(false);
  });

  it('a line of credits with no label stays a sentence of the article', () => {
    const credits = 'Choreographer Jane Doe, Director John Roe, Writer Ann Poe, Composer Bob Moe, Art Director Sue Lee';
    expect(keptLines([P('show'), '', credits, '', P('tickets')].join('\n')).has(credits)).toBe(true);
  });
});

describe('the lead given again by a share or e-mail box under the article', () => {
  const head = 'Minister weighs partial sale of state holdings';
  const text = [
    'Home', 'Economy', 'Markets', '',
    head, 'By Jane Doe', 'Published 5 April 2013', '',
    P('lead'), '', P('sale'), '', P('budget'), '',
    'Share', 'Recommend', 'Send by e-mail', '',
    head, '', P('lead'), '',
    'Send to:', 'From:', '',
  ].join('\n');

  it('strips the copy and the headline over it, and keeps the lead where the article gives it', () => {
    const lines = text.split('\n');
    const f = analyze(text).findings;
    const at = (i: number) => f.find((x) => x.line <= i + 1 && x.endLine >= i + 1);
    const copy = lines.lastIndexOf(P('lead'));
    expect(at(copy)?.rule).toBe('paragraph-repeat');
    expect(at(lines.lastIndexOf(head))?.rule).toBe('paragraph-repeat');
    expect(at(lines.indexOf(P('lead')))).toBeUndefined();
    expect(kept(text).split(P('lead')).length).toBe(2);
  });

  it('an interview question put to each guest stays every time', () => {
    const q = 'What kind of food do you like to cook at home, and is there a dish you would never order in a restaurant?';
    const t = [head, '', P('chefs'), '', q, '', P('first'), '', q, '', P('second'), '', q, '', P('third')].join('\n');
    expect(kept(t).split(q).length).toBe(4);
  });
});

describe('a site\'s own prose above a blog\'s short menu or a consent banner (our pages, as the layouts bench lays them out)', () => {
  const about = SITE_PROSE.join('\n\n');
  const page = (name: string) => readFileSync(join(__dirname, '../../../bench/pages', name), 'utf8');
  it.each([
    // A blog's menu of seven links, then breadcrumbs, the headline and "30. April 2024 von Sandra".
    'de/de-blog-balkon',
    // A newspaper's menu, then a consent banner and its buttons between the menu and the headline.
    'es/es-news-metro',
    // A blog's short menu, and a shorter article than the site's prose: but that prose has no head.
    'es/es-blog-bici',
    'fr/fr-blog-jardin',
  ])('is no article over %s: the prose under the headline and its date is', (name) => {
    const out = keptLines(`${about}\n\n${page(`${name}.txt`)}`);
    const gold = page(`${name}.gold.txt`).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(gold.filter((l) => !out.has(l))).toEqual([]);
    expect(out.has(about.split('\n')[0])).toBe(false);
  });
});

describe('a rights line in the header\'s menu', () => {
  it('does not make the article under it site prose: a notice above it is no article', () => {
    const notice = 'This homepage is tailored for our readers in the United States, and you can make it your default edition or switch to another edition from the menu at any time you like.';
    const menu = ['News', 'Sport', 'Life', 'Quizzes', 'Videos', 'About', 'Privacy', 'Contact', '© 2024 Valley News, Inc', 'Get our app'];
    const teasers = ['Twenty things every child of the 2000s remembers…', 'Nine cafés where the staff know your name…', 'What your desk says about your sleep…', 'Eleven dogs who ran the office for a day…', 'The best and worst sandwiches of the year…', 'Fourteen photos of a very tidy garden…', 'TOP POST', '653,817 VIEWS'];
    const text = [notice, '', ...menu, '', ...teasers, '', 'Bin collection moves to Tuesdays', '', 'posted on March 12, 2024, at 11:29 a.m.', '', P('bins'), '', P('routes'), '', P('trucks'), '', P('depot'), '', 'Share', 'Facebook'].join('\n');
    const out = keptLines(text);
    for (const t of ['bins', 'routes', 'trucks', 'depot']) expect(out).toContain(P(t));
    expect(out).not.toContain(notice);
  });
});

describe('reader comments under the article, each under a name and a date', () => {
  it('do not take the article: a comment has no headline over its date', () => {
    const comment = 'No surprise at all, the visitors who come in the largest numbers spend the least, because they buy mostly at home before they travel and bring everything they need with them.';
    const text = [
      'Home', 'News', '', 'Visitors spent more in the city last year', '2024-03-12 09:05', '',
      P('hotels'), '', P('museums'), '', 'Share', '', '',
      'Your comments [2]', 'Order:', 'Newest', 'Oldest', 'Best rated',
      'Nick', 'janek', 'Added', '2024-03-12 15:43:45', 'so the tourists were spies after all', '',
      'Nick', 'adam40', 'Added', '2024-03-12 09:51:05', comment, '',
    ].join('\n');
    const out = keptLines(text);
    expect(out).toContain(P('hotels'));
    expect(out).toContain(P('museums'));
  });
});

describe('a list of teasers with long excerpts under a "more stories" heading', () => {
  it('is no part of the article: the body ends at the heading', () => {
    const heads = ['Wave of nonsense', 'Flat-pack fury', 'True liberal', 'Own backyard', 'Tram troubles', 'Garden city', 'Late trains'];
    const teasers = heads.flatMap((h, i) => [h, '', `WRITER ${i} HOW is it that ideas which are plainly absurd about the ${h.toLowerCase()} capture so many people, and keep them long after the facts came in?`, '']);
    const text = ['Opinion', '', 'The new law needs another look', '', P('law'), '', P('bill'), '', P('vote'), '', P('court'), '', P('senate'), '', P('budget'), '', P('tax'), '', P('school'), '', 'more stories', '', ...teasers].join('\n');
    const out = keptLines(text);
    for (const t of ['law', 'bill', 'vote', 'court', 'senate', 'budget', 'tax', 'school']) expect(out).toContain(P(t));
    for (const t of teasers.filter((x) => x.length > 60)) expect(out).not.toContain(t);
  });
});

describe('a news ticker under the article: times and headlines, one to a line', () => {
  const article = [
    'Menu', 'World', 'Politics', '',
    'Third climber found dead after the avalanche on the north face',
    'By Jane Doe, 30 April 2015 at 07:19',
    '',
    P('rescue plan'), '', P('mountain road'), '', P('shelter'), '',
  ];
  const ticker = [
    'Live', '',
    '14:44 Fourteen soldiers named in the inquiry into the camp',
    '14:32 An artist is arrested for colouring a geyser pink',
    '', '14:10', 'Earthquake.', '',
    'A magnitude 6.8 earthquake struck off the coast on Thursday, the geological survey said, with no damage reported so far in the towns nearby.',
    '',
    '13:54 Parliament refuses to review the whole of the surveillance law',
    '13:43 The minister promises sanctions if the reports are confirmed',
    '13:08 Calories will soon be shown on bottles of wine and beer',
  ];
  const text = [...article, ...ticker].join('\n');

  it('is no part of the article: the ticker\'s lines and the live entries among them go', () => {
    const out = keptLines(text);
    for (const l of [P('rescue plan'), P('shelter')]) expect(out).toContain(l);
    for (const l of ticker.filter((t) => /^\d/.test(t) && t.length > 6)) expect(out).not.toContain(l);
    expect(out).not.toContain(ticker[8]);
    expect(analyze(text).findings.find((f) => f.line === article.length + 3)?.rule).toBe('ticker-line');
  });

  it('is chaff too when each time stands on a line of its own over its headline', () => {
    const pairs = ['15:12', 'Minister says he will meet the unions next week', '14:48', 'Queues of an hour for the replacement buses at the station', '14:30', 'Rail operator advises passengers to put off trips', '14:05', 'Company counts 312 trains cancelled since the morning'];
    const text = [...article, 'Minute by minute', ...pairs, '', 'Most viewed', '1', 'Driver caught at 210 km/h loses his licence for a year'].join('\n');
    const out = keptLines(text);
    expect(out).toContain(P('shelter'));
    for (const l of pairs) expect(out).not.toContain(l);
  });

  it('a live story\'s entries, each a time and a headline over its paragraph, stay', () => {
    const live = [
      'Live: storm over the coast', '', P('warning'), '',
      '14:44 The coast road is closed at the harbour', P('coast road'), '',
      '14:32 Ferries stay in port until the evening', P('ferry'), '',
      '14:10 Schools send pupils home early', P('school'), '',
    ].join('\n');
    const out = keptLines(live);
    for (const l of ['14:44 The coast road is closed at the harbour', '14:32 Ferries stay in port until the evening', P('ferry'), P('school')]) expect(out).toContain(l);
  });
});

describe('a news brief under its headline and date, with a site\'s own prose elsewhere on the page', () => {
  const about = SITE_PROSE.join('\n\n');
  const head = ['We value your privacy', 'We and our partners use cookies to measure audiences and to show you personalised content and advertising on this website.', 'Accept', '',
    'Home', 'News', 'Local', 'World', 'Business', 'Sport', 'Culture', 'Opinion', '',
    'Night bus to the industrial park will stop running in May', 'By Jane Doe', 'March 4, 2024', ''];
  const brief = [P('night bus'), '', 'Riders said they had not been asked before the plan was drawn up and would take their case to the next meeting.'];
  const foot = ['', 'Share', 'Facebook', 'Email', '', 'About us', 'Contact', 'Privacy', 'Terms of use', 'Advertise', 'Careers', 'Newsletters', 'Site map'];

  it('is the article when the site\'s prose stands above the menu, though it is longer', () => {
    const out = keptLines([about, '', ...head, ...brief, ...foot].join('\n'));
    for (const l of brief.filter(Boolean)) expect(out).toContain(l);
    for (const l of SITE_PROSE) expect(out).not.toContain(l);
  });

  it('is the article when the site\'s prose stands at the end', () => {
    const out = keptLines([...head, ...brief, ...foot, '', about].join('\n'));
    for (const l of brief.filter(Boolean)) expect(out).toContain(l);
    for (const l of SITE_PROSE) expect(out).not.toContain(l);
  });

  it('an article with no date of its own keeps its place over a dated teaser under "More stories"', () => {
    const body = [P('harbour wall'), '', P('ferry fares'), ''];
    const teaser = ['More stories', '', 'Library to open on Sundays from June', 'March 2, 2024', '',
      'The town library will open on Sundays from June, the council said on Friday, after a trial last autumn drew more readers than expected on weekends.'];
    const out = keptLines(['Home', 'News', 'Local', 'Sport', '', 'Harbour wall repairs to start next week', '', ...body, ...teaser].join('\n'));
    for (const l of body.filter(Boolean)) expect(out).toContain(l);
    expect(out).not.toContain(teaser[5]);
  });
});

describe('a news brief with longer teasers, each with its summary, under it', () => {
  const head = ['Home', 'World', 'Business', 'Markets', 'Sport', '', 'Mine halts work after a conveyor fire', 'By Owen Marsh', 'September 26, 2024 8:14 AM', 'Share', 'X', 'Facebook', 'Email', ''];
  const brief = [P('mine'), '', 'The company said no one was hurt.'];
  const summary = (t: string) => `Analysts said the ${t} would weigh on smaller producers for the rest of the year, as prices stay near their lowest in three years and lenders grow more careful about the sector, according to people familiar with the matter who asked not to be named.`;

  it('is the article though the teasers under "More from" have more prose', () => {
    const teasers = ['', 'More from Meridian', 'Top story', 'Copper miners race to secure water', summary('drought'), 'Analysis', 'Iron ore slide squeezes producers', summary('slide'), 'Port shipments rise in August', summary('port')];
    const out = keptLines([...head, ...brief, ...teasers].join('\n'));
    expect(out).toContain(P('mine'));
    for (const t of ['drought', 'slide', 'port']) expect(out).not.toContain(summary(t));
  });

  it('is the article over a list of videos, each a running time, a headline and its summary', () => {
    const videos = ['', 'More videos', '', '02:41', 'A day waiting for the train on the south bank', 'Commuters tell how the strike changed their way to work and to school, and some of them left home before dawn to make it in time.',
      '01:55', 'Interview with the drivers’ union leader', 'The union leader explains why the workers turned down the last offer from the management and what would make them return to the table.',
      '03:10', 'Explainer: what minimum services are', 'How the arbitration court works and what happens when a transport company does not meet the minimum services it was told to run.'];
    const noHead = ['Home', 'News', 'Country', 'Video', '', 'BREAKING', 'Rail strike cancels more than 300 trains around the capital', 'Share', 'Facebook', '', P('rail strike'), '', 'Story being updated'];
    const out = keptLines([...noHead, ...videos].join('\n'));
    expect(out).toContain(P('rail strike'));
    expect(out).not.toContain(videos[5]);
  });
});

describe('a programme of the day in an article: times and events, one to a line', () => {
  it('stays: it runs from the morning on, where a ticker runs from the latest down', () => {
    const programme = ['10:00 Opening of the fair by the mayor on the market square', '11:30 Parade of the brass bands through the old town', '14:00 Children’s races on the meadow behind the church', '16:30 Prize-giving and raffle in the festival tent'];
    const text = ['Home', 'News', 'Local', '', 'Harvest fair returns to the old town this weekend', 'By Jane Doe', 'March 4, 2024', '', P('fair'), '', 'The programme on Saturday:', ...programme, '', P('parking'), '', 'Share', 'Facebook'].join('\n');
    const out = keptLines(text);
    for (const l of [...programme, P('fair'), P('parking')]) expect(out).toContain(l);
  });
});

describe('the author\'s bio under the article', () => {
  const page = (tail: string[]) =>
    ['Home', 'News', 'Dev', '', 'Library drops its old interface', 'Tom Pellow', 'Tue 11 Feb 2025 // 14:25 UTC', '', P('library'), '', P('release'), '', P('budget'), '', P('tracker'), '', ...tail, '', 'About us', 'Contact'].join('\n');

  it('is not the article: the byline\'s name alone over a line about them', () => {
    const bio = 'Tom is a developer who covers programming languages, open source and the people who keep it running.';
    const out = keptLines(page(['Tom Pellow', bio, '', 'More by Tom Pellow', 'Rust Foundation names a new director']));
    expect(out).toContain(P('tracker'));
    expect(out).not.toContain(bio);
    expect(out).not.toContain('Tom Pellow');
  });

  it('stays when the user made it an exception', () => {
    const bio = 'Tom is a developer who covers programming languages, open source and the people who keep it running.';
    const { config } = resolveConfig({ exceptions: [bio] });
    const a = analyze(page(['Tom Pellow', bio]), { config });
    const at = a.doc.lines.indexOf(bio) + 1;
    expect(a.findings.some((f) => f.line <= at && at <= f.endLine)).toBe(false);
    expect(a.findings.some((f) => f.rule === 'author-bio')).toBe(true);
  });

  it('is not the article when a sentence about the author opens with the name after a comma', () => {
    const bio = 'Reporter at the Post since 2015, Tom Pellow follows the city council and its budget.';
    const out = keptLines(page([bio]));
    expect(out).not.toContain(bio);
    expect(out).toContain(P('tracker'));
  });

  it('is the article when the story goes on under a line that names someone of the byline\'s name', () => {
    const line = 'Tom Pellow, a developer of the same name as our reporter, said the change broke his builds twice.';
    const text = page([line, '', P('branch') + ' ' + P('school')]);
    const out = keptLines(text);
    expect(out).toContain(line);
    expect(out).toContain(P('branch') + ' ' + P('school'));
  });
});

describe('cards of a headline and one sentence, with no byline or stamp', () => {
  const cards = [
    ['Gratin of crozets with spinach and cheese', 'A warming dish for winter evenings, ready in forty minutes and loved by young and old.'],
    ['Pumpkin soup with chestnuts and coconut milk', 'Smooth and a little sweet, this is my favourite soup of the autumn season.'],
    ['Savoury cake with olives, ham and cheese', 'The picnic cake I have made for every summer outing for ten years now.'],
  ];
  const page = (body: string[]) => ['Home', 'Recipes', '', 'Leek and bacon quiche', 'By Margaux Petit', '', ...body, '', 'You will love these too', ...cards.flat(), '', 'About us'].join('\n');

  it('are a box of cards after the article, three in a row', () => {
    const out = keptLines(page([P('oven'), '', P('pastry'), '', P('leeks')]));
    // (The first headline, next to the body, may be left for review.)
    for (const [k, [h, s]] of cards.entries()) {
      if (k > 0) expect(out).not.toContain(h);
      expect(out).not.toContain(s);
    }
    expect(out).toContain(P('leeks'));
  });

  it('are a box of cards with a blank line between each', () => {
    const text = ['Home', 'Recipes', '', 'Leek and bacon quiche', 'By Margaux Petit', '', P('oven'), '', P('pastry'), '', P('leeks'), '', 'You will love these too', ...cards.flatMap((c) => [...c, '']), 'About us'].join('\n');
    const out = keptLines(text);
    for (const [k, [h, s]] of cards.entries()) {
      if (k > 0) expect(out).not.toContain(h);
      expect(out).not.toContain(s);
    }
  });

  it('leave an article\'s short sections alone: a subhead set apart over its paragraph, or a term of two words over its meaning', () => {
    const body = [P('oven'), '', 'How the new rules will work in practice', '', P('pastry'), '', 'What residents can do about the delays', '', P('leeks'), '', 'Building permit', 'A permit is needed for any new wall.', 'Site notice', 'The notice must hang at the gate.', 'Final check', 'An inspector visits when the work is done.'];
    const out = keptLines(page(body));
    for (const l of body.filter(Boolean)) expect(out).toContain(l);
  });
});

describe('a list whose items start in lower case, one under another', () => {
  it('is no box of cards: a blog post under a site\'s "about us" prose keeps its article', () => {
    const page = readFileSync(join(__dirname, '../../../bench/pages/pl/pl-blog-ubrania.txt'), 'utf8');
    const text = `${SITE_PROSE.join('\n\n')}\n\n${page}`;
    const out = keptLines(text);
    const gold = readFileSync(join(__dirname, '../../../bench/pages/pl/pl-blog-ubrania.gold.txt'), 'utf8').split('\n').filter((l) => l.trim());
    for (const l of gold) expect(out).toContain(l);
  });
});

describe('a long list set into an article, under its last paragraph', () => {
  const streets = ['Mill Lane', 'Church Street', 'Station Road', 'Orchard Way', 'Kingsway', 'Elm Grove', 'Park Avenue', 'Bridge Street',
    'Victoria Road', 'Meadow Close', 'High Street', 'Brook Lane', 'Queens Road', 'Chapel Row', 'Willow Drive', 'Castle Hill',
    'Green Lane', 'Market Place', 'North Road', 'Cedar Court', 'Riverside', 'Hill Top'];
  const text = [
    'Home', 'News', 'Local', 'Sport', 'Weather', '',
    'Water to be cut off for 36 hours in 22 streets',
    'By Staff Reporter', '',
    P('water main'), '', P('pumping station'), '', P('supply of bottled water'), '',
    'Streets affected', ...streets, '',
    'Residents who need water delivered can call the council on 01632 960 000, which is open day and night.', '',
    'Most read', 'Council tax to rise by five per cent', 'New bus lane opens on Monday', 'Library hours cut from April', '',
    'About us', 'Contact', 'Privacy policy', '© 2024 Valley News. All rights reserved.',
  ].join('\n');

  it('leaves the list past where the walk stops, and the paragraph under it, for review, not stripped', () => {
    const out = keptLines(text);
    for (const l of [...streets, 'Residents who need water delivered can call the council on 01632 960 000, which is open day and night.']) expect(out).toContain(l);
    const certain = analyze(text).findings.filter((f) => f.confidence === 'certain').map((f) => f.line);
    expect(certain).not.toContain(text.split('\n').indexOf('Hill Top') + 1);
  });

  it('still strips the boxes and the footer below', () => {
    const out = keptLines(text);
    for (const l of ['Most read', 'Library hours cut from April', 'Privacy policy', '© 2024 Valley News. All rights reserved.']) expect(out).not.toContain(l);
  });
});

describe('a comment thread under its heading with the post\'s title in quotes', () => {
  const text = [
    'Home', 'News', 'Politics', '',
    'Council approves new cycle lanes for the city centre', '', 'By Jane Doe', 'March 2, 2019', '',
    P('cycle lane network'), '', P('closure of three streets'), '',
    '12 thoughts on “Council approves new cycle lanes for the city centre”',
    'Mark Allen', 'March 3, 2019 at 5:15 pm',
    'About time. I have been cycling to work for ten years and the traffic on the bridge is terrifying every single morning.',
    'Reply',
  ].join('\n');

  it('strips the thread, its first commenter\'s name too, and keeps the article', () => {
    const out = keptLines(text);
    expect(out).toContain(P('closure of three streets'));
    for (const l of ['12 thoughts on “Council approves new cycle lanes for the city centre”', 'Mark Allen']) expect(out).not.toContain(l);
  });
});

describe("a caption under its picture's credit, over the byline", () => {
  const caption = 'The harbour master, pictured at the old quay in 2023, said the wall had never been so badly damaged.';
  const page = (under: string) =>
    ['Home', 'News', '', 'Storm closes the coast road for a second day', '', 'Jane Doe/The Harbour Post', '', caption, '', under, '', P('road'), '', P('storm'), '', P('repairs')].join('\n');

  it('is a caption when the byline or the date is under it', () => {
    for (const under of ['By John Roe', 'March 4, 2024']) {
      const text = page(under);
      const at = text.split('\n').indexOf(caption) + 1;
      expect(analyze(text).findings.find((f) => f.line === at)?.rule).toBe('caption-under-credit');
      expect(keptLines(text)).not.toContain(caption);
    }
  });

  it('stays when the article goes on under it', () => {
    const text = page(P('lead'));
    expect(keptLines(text)).toContain(caption);
  });
});

// A lead picture's caption under the headline names who stands where ("X, left, and Y"): no standfirst.
describe('a caption that places its people, between the headline and the body', () => {
  const captions = [
    'Jane Doe, head of the harbour board, left, and Mayor John Roe inspect the damaged wall on Monday.',
    'Bürgermeisterin Anna Weber (links) und Hafenmeister Jens Kahl besichtigen am Montag die beschädigte Mauer.',
    'La maire Claire Morel (à gauche) et le capitaine du port visitent lundi la digue endommagée.',
    'De izquierda a derecha, la alcaldesa Lucía Navarro y el capitán del puerto visitan el muro dañado.',
  ];
  for (const caption of captions) {
    it(`strips "${caption.slice(0, 40)}…" and keeps the body`, () => {
      const text = ['Home', 'News', '', 'Storm damage: harbour wall to be rebuilt by autumn', '', 'By Ellen Marsh', '', caption, '', P('wall'), '', P('harbour'), '', P('repairs')].join('\n');
      const out = keptLines(text);
      expect(out).not.toContain(caption);
      for (const p of [P('wall'), P('harbour'), P('repairs')]) expect(out).toContain(p);
    });
  }
  it('keeps a standfirst and a body sentence that say "left" or "right" otherwise', () => {
    const standfirst = 'The council has left the decision to the harbour board, which will meet again in the spring.';
    const body = 'Jane Doe, the board chair, left, and her deputy, right, were both missing from the vote, the council said.';
    const text = ['Home', 'News', '', 'Storm damage: harbour wall to be rebuilt by autumn', '', standfirst, '', P('wall'), '', body, '', P('repairs')].join('\n');
    const out = keptLines(text);
    for (const l of [standfirst, P('wall'), body, P('repairs')]) expect(out).toContain(l);
  });
});

// Between the headline and the body, a line of capitalised words is a byline without its "By", a
// dateline in capitals or a section's label; a standfirst is a sentence.
describe('a line of capitalised words under the headline', () => {
  const standfirst = 'The harbour board says the work will take until the autumn and cost twice the first estimate.';
  for (const line of ['3/26/2024 7:11 AM PST BY GAZETTE STAFF', 'HARBOUR VALLEY GAZETTE STAFF AND AGENCIES 26 MARCH 2024']) {
    it(`strips "${line}" and keeps the standfirst and the body`, () => {
      const text = ['Home', 'News', '', 'Storm damage: harbour wall to be rebuilt by autumn', line, standfirst, '', P('wall'), '', P('harbour'), '', P('repairs')].join('\n');
      const out = keptLines(text);
      expect(out).not.toContain(line);
      for (const p of [standfirst, P('wall'), P('harbour'), P('repairs')]) expect(out).toContain(p);
    });
  }
});

describe('a Japanese review with the page\'s tools around it', () => {
  const dir = join(__dirname, '../../../bench/pages/ja');
  const page = readFileSync(join(dir, 'ja-tech-review.txt'), 'utf8').split('\n');
  const gold = readFileSync(join(dir, 'ja-tech-review.gold.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const tools = ['印刷', 'いいね！', '読者になる'];
  const foot = ['ページの先頭へ', 'この記事を読んだ人はこちらも', '著者プロフィール', 'コメント 3件', '全文を表示', 'プライバシーポリシー', '利用規約', '会社概要'];
  const at = page.indexOf('文：佐々木健太') + 1;
  const text = [...page.slice(0, at), ...tools, ...page.slice(at), '', ...foot].join('\n');

  it('strips its follow, print and like buttons, "back to top", the author box\'s and comments\' heads and the legal links, and keeps the review', () => {
    const out = keptLines(text);
    for (const l of [...tools, ...foot]) expect(out).not.toContain(l);
    expect(gold.filter((l) => !out.has(l))).toEqual([]);
  });
});
