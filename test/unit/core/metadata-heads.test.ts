import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { authorFrom } from '../../../src/core/metadata';

// Page heads as our bench pages show them (made-up text): the errors the metadata set on our pages
// (bench/pages-meta) found.

const body = [
  'The council voted on Tuesday night to keep the old swimming pool open for one more summer, after more than an hour of comments from residents who filled the hall.',
  '',
  'Engineers say the drain and the pump house need to be replaced within five years, at a cost the village has not yet found in its budget for the coming years.',
  '',
  'The pool opens on June 15 and closes in the middle of August, with lifeguards still being hired.',
];
const foot = ['', 'About us', 'Contact', 'Privacy Policy'];

describe('authors on a line with the date', () => {
  it.each([
    ['May 13, 2025 by Ruth Alder', 'Ruth Alder'],
    ['Posted on April 27, 2025 by Ken Abernethy', 'Ken Abernethy'],
    ['Published: Mar 9, 2025 · Modified: Mar 11, 2025 by Hattie Marsh · 14 Comments', 'Hattie Marsh'],
    ['Publié le 14 juin 2023 par Margaux', 'Margaux'],
    ['12. Januar 2024 von Gabi', 'Gabi'],
    ['Publicado el 14 de agosto de 2023 por Irene y Marcos', 'Irene, Marcos'],
  ])('%j → %j', (line, author) => {
    expect(analyze(['Home', 'Recipes', '', 'Leek and cheese scones for a rainy afternoon', line, '', ...body, ...foot].join('\n')).metadata.author).toBe(author);
  });

  it('is not a place named before the date in the headline', () => {
    const text = ['Wader Notes', 'Menu', 'Home', 'About', '', 'Carrow Marsh, 27 April: spoonbills at last', 'Posted on April 27, 2025 by Ken Abernethy', '', ...body, ...foot].join('\n');
    expect(analyze(text).metadata.author).toBe('Ken Abernethy');
  });
});

describe('authors with a role, a desk or an outlet', () => {
  it.each([
    ['By Owen Tarrant, Head of Service Operations', 'Owen Tarrant'],
    ['by DANA MERCER, United Newswire', 'DANA MERCER'],
    ['Rozmawiała Joanna Kruk', 'Joanna Kruk'],
    ['Redakteurin Lokales', null],
    ['By Stacey Brough For The Daily Courier', 'Stacey Brough'],
    ['Martin Coldwell at Mill Road', 'Martin Coldwell'],
    ['Edição: Marcos Brito', null],
    ['Wierzchosław 9°C', null],
    ['SOURCE Northgate Cellworks Inc.', null],
    ['Haber Merkezi', null],
  ])('%j → %j', (line, author) => {
    expect(authorFrom(line)).toBe(author);
  });

  it.each([
    ['not the publication in the byline\'s place', ['CORREIO FEDERAL', 'Política', '', 'Câmara aprova projeto que limita salários no serviço público', 'Correio Federal — Brasília', '22.mai.2024 às 21h14', '', ...body, '', 'Copyright Correio Federal © 2024. Todos os direitos reservados.'], null],
    ['not a person in the standfirst with an age', ['The Daily Courier', 'News', '', 'Van driver wins the lottery and will still be at work on Monday', 'Darren Pilkington, 44, from Hartlepool, matched all five numbers', 'By Stacey Brough For The Daily Courier', 'Published: 08:14 BST, 4 July 2019', '', ...body], 'Stacey Brough'],
    ['not the publisher who posted a release', ['Harbour Releases', 'Latest', '', 'Creamery Issues Voluntary Recall of Maple Walnut Ice Cream', 'Posted by Harbour Releases on Friday, May 30, 2025 at 2:45 PM ET', '', ...body, '', '© 2025 Harbour Releases.'], null],
    ['not the town beside the date widget', ['Gazeta da Serra', 'Segunda-feira, 14 de Agosto de 2023', 'Vale de Mós', '27º', 'Início', '', 'Fogo em Sobral da Serra dado como dominado ao fim de 20 horas', 'Gazeta da Serra', '14 Ago 2023, 18:42', '', ...body, '', '© 2023 Gazeta da Serra. Todos os direitos reservados.'], null],
    ['not a Japanese headline beside its date', ['信州日日新聞', 'ホーム', 'ニュース', '', '北信', 'リンゴ「ふじ」収穫ピーク　台風被害乗り越え　長野市の農園', '2019年11月18日 18時05分', '', '　長野市北部のリンゴ園で、主力品種「ふじ」の収穫が最盛期を迎えている。10月の台風による被害を乗り越え、農家や地域のボランティアが朝から収穫作業に追われた。', '', '　同市の園地では、18日朝から家族やボランティア6人が真っ赤に色づいたリンゴを一つずつもぎ取り、コンテナに詰めていった。'], null],
  ])('%s', (_, page, author) => {
    expect(analyze(page.join('\n')).metadata.author).toBe(author);
  });
});

describe('authors in the page head', () => {
  it('a name in capitals is read as a name', () => {
    const text = ['Valley 8 News', 'Watch Live', '', 'Senate passes rail safety bill after months of delay', 'by DANA MERCER, United Newswire', 'Tue, March 12th 2024, 4:18 PM EDT', '', ...body].join('\n');
    expect(analyze(text).metadata.author).toBe('Dana Mercer');
  });

  it('a name over its role over the date is the author', () => {
    const text = ['Hellbacher Tageblatt', 'Lokales', '', 'Radweg nach Kirchwalde: Baustart verschiebt sich erneut', 'Katrin Mehlhorn', 'Redakteurin Lokales', '12.03.2025, 06:00 Uhr', '', ...body].join('\n');
    expect(analyze(text).metadata.author).toBe('Katrin Mehlhorn');
  });
});

describe('the title', () => {
  it('is no caption with a photo credit, over the body', () => {
    const text = ['Fenwool Notes', 'Home', 'Patterns', 'About', 'Harbour cardigan: my changes (and one big mistake)', 'May 13, 2025 by Ruth Alder', 'Projects', '8 Comments', 'Finished! Photo: my husband, in the garden', ...body, ...foot].join('\n');
    expect(analyze(text).metadata.title).toBe('Harbour cardigan: my changes (and one big mistake)');
  });

  it('is the headline of the page head over its standfirst, byline and date', () => {
    const text = [
      'Skip to main content', 'The Prairie Standard', 'Subscribe', 'Sign In', 'Home', 'News', 'Local', 'Opinion', 'Columnists', 'OPINION',
      'Opinion: the city is cutting bus service to save money. It will cost us more.',
      "Council's plan to trim evening routes treats transit as a luxury. For thousands of workers, it is the only way to get to work.",
      'Marc Leblanc', 'Special to the Prairie Standard', 'Published Mar 04, 2024', '', ...body, ...foot,
    ].join('\n');
    expect(analyze(text).metadata.title).toBe('Opinion: the city is cutting bus service to save money. It will cost us more.');
  });

  it('is a headline in sentence case that ends in a full stop, over its standfirst and byline', () => {
    const text = ['Move Ostrey', 'Home', 'About', 'Sign in', 'Rail', 'The early train is gone. Here is what that means for the valley.', 'The operator is cutting the first weekday train from 18 May. We have been talking to the people who rely on it.', 'Sam Okoro', 'May 6, 2025', '3 min read', '', ...body, ...foot].join('\n');
    expect(analyze(text).metadata.title).toBe('The early train is gone. Here is what that means for the valley.');
  });
});

describe('the source', () => {
  it('is the masthead the copyright line names, not a cookie button above it', () => {
    const text = ['We value your privacy', 'We and our partners use cookies to give you the best experience on our website.', 'Accept', 'Privacy Settings', 'The Prairie Standard', 'Subscribe', 'Home', 'News', '', 'Fort Alder keeps its pool open one more summer', 'By Dale Whitaker', 'Published Mar 04, 2024', '', ...body, '', 'Terms of Use', '© 2024 Prairie Standard, a division of Northfield Media Inc. All rights reserved.'].join('\n');
    expect(analyze(text).metadata.source).toBe('The Prairie Standard');
  });

  it('is a masthead of one word when the copyright line names it', () => {
    const text = ['Вектор', 'Новости', 'Политика', 'Экономика', '', 'В Москве на три недели закроют участок линии метро', '20 ноября 2019, 10:32', 'Анна Сорокина', '', ...body, '', '© 2019 Сетевое издание «Вектор». Все права защищены.'].join('\n');
    expect(analyze(text).metadata.source).toBe('Вектор');
  });

  it('is a masthead of one word over the menu when the copyright line names its company', () => {
    const text = ['Gearbench', 'Phones', 'Laptops', 'Audio', '', 'Tallis Pod Air 2 review: superb battery, fussy fit', 'By Caleb Moreno', 'Published April 22, 2025', '', ...body, '', 'Privacy Policy', '© 2025 Gearbench Media LLC. All rights reserved.'].join('\n');
    expect(analyze(text).metadata.source).toBe('Gearbench');
  });
});
