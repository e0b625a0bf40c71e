import { describe, expect, it } from 'vitest';
import { analyze, clean } from '../../../src/core';

// A WordPress feed appends "The post <title> appeared first on <site>." to each item, in the site's language.
const PARAS = [
  'The city council voted on Tuesday to approve a network of protected cycle lanes across the centre, after two years of consultation with residents and businesses.',
  'The plan, which will cost about 12 million pounds, includes 14 kilometres of new lanes and the closure of three streets to through traffic during school hours.',
  'Work is expected to start in the autumn and to finish within two years, the council said in a statement after the vote.',
];
const page = (footer: string) => ['Council approves new cycle lanes', '', ...PARAS.flatMap((p) => [p, '']), footer, ''].join('\n');

describe('a WordPress feed\'s line under the article', () => {
  const cases: [string, string][] = [
    ['The post Council approves new cycle lanes appeared first on Valley News.', 'Valley News'],
    ['Der Beitrag Radwege in der Innenstadt erschien zuerst auf Tal-Nachrichten.', 'Tal-Nachrichten'],
    ['La entrada Nueva línea de metro se publicó primero en Valle Noticias.', 'Valle Noticias'],
    ['L’article Le marché du samedi est apparu en premier sur Vallée Info.', 'Vallée Info'],
    ['O post Horta comunitária no bairro apareceu primeiro em Vale Notícias.', 'Vale Notícias'],
    ['Сообщение Новый мост через реку появились сначала на Новости Долины.', 'Новости Долины'],
    ['Het bericht Nieuwe brug over de rivier verscheen eerst op Dalnieuws.', 'Dalnieuws'],
  ];
  for (const [line, source] of cases) {
    it(`is a WordPress feed's line, and names the source: ${source}`, () => {
      const text = page(line);
      const a = analyze(text);
      const at = text.split('\n').indexOf(line) + 1;
      expect(a.findings.find((f) => f.line === at)?.rule).toBe('feed-post-line');
      expect(a.metadata.source).toBe(source);
      expect(clean(text, { metadata: 'drop' }).text).not.toContain(line);
    });
  }

  it('leaves an article sentence of that shape alone inside the article', () => {
    const inside = 'The post, which was later deleted, appeared first on a forum for local residents.';
    const text = ['Council approves new cycle lanes', '', PARAS[0], '', inside, '', PARAS[1], '', PARAS[2], ''].join('\n');
    expect(clean(text, { metadata: 'drop' }).text).toContain(inside);
  });
});
