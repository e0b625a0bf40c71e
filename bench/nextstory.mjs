// The next story under the article, as sites that load one story after another put it: the other
// story's head (a headline, its byline and date) and its body as its own page gives it (with the
// ads, captions and boxes set into it), between the article's last paragraph and the page's footer;
// with or without a label over it ("Next article"). The gold is unchanged: the other story is not
// this page's article. The heads are made up; the bodies are our other pages'.
// The layout bench and the tests of a next story make it the same way.

import { goldAt } from './goldlines.mjs';

/** The label some sites put over the next story, and a head for it, in the languages of our pages. */
export const NEXT = {
  en: ['Next article', 'Harbour board delays vote on new ferry terminal', 'By Ellen Marsh', 'Published March 12, 2024 at 6:40 p.m.'],
  de: ['Nächster Artikel', 'Hafenbehörde verschiebt Entscheidung über neues Fährterminal', 'Von Jonas Berger', 'Veröffentlicht am 12.03.2024, 18:40 Uhr'],
  fr: ['Article suivant', 'Le port reporte sa décision sur le nouveau terminal des ferries', 'Par Claire Morel', 'Publié le 12 mars 2024 à 18h40'],
  es: ['Siguiente artículo', 'El puerto aplaza la decisión sobre la nueva terminal de ferris', 'Por Lucía Navarro', 'Publicado el 12/03/2024 a las 18:40'],
  it: ['Articolo successivo', 'Il porto rinvia la decisione sul nuovo terminal dei traghetti', 'di Marco Bellini', 'Pubblicato il 12 marzo 2024 alle 18:40'],
  pt: ['Próxima matéria', 'Porto adia decisão sobre novo terminal de balsas', 'Por Ana Ribeiro', 'Publicado em 12/03/2024 às 18h40'],
  pl: ['Następny artykuł', 'Zarząd portu odkłada decyzję w sprawie nowego terminalu promowego', 'Autor: Piotr Nowicki', 'Opublikowano 12.03.2024, 18:40'],
  ru: ['Следующая статья', 'Порт отложил решение о новом паромном терминале', 'Автор: Ирина Волкова', 'Опубликовано 12 марта 2024, 18:40'],
  ja: ['次の記事', '港湾局、新フェリーターミナルの判断を先送り', '文：佐藤美咲', '2024年3月12日 18:40'],
};

/**
 * The page with another page's story under its article. `other` is that page's text and gold (a page
 * of the same language); `labelled` puts the label over it; `dateFirst` puts its date over its
 * headline, as some sites do.
 */
export function nextStory(t, gold, lang, other, labelled, dateFirst = false) {
  const lines = t.split('\n');
  const at = goldAt(lines, gold);
  const o = other.text.split('\n');
  const oat = goldAt(o, other.gold);
  if (at.length < 2 || oat.length < 2) return t;
  const [label, headline, byline, date] = NEXT[lang] ?? NEXT.en;
  const head = [...(labelled ? [label, ''] : []), ...(dateFirst ? [date, headline, byline] : [headline, byline, date]), ''];
  const end = at[at.length - 1] + 1;
  return [...lines.slice(0, end), '', ...head, ...o.slice(oat[0], oat[oat.length - 1] + 1), ...lines.slice(end)].join('\n');
}
