// Teaser cards of other stories under the article, as most news sites end a page: a heading in the
// page's language ("More stories") over three cards, each a made-up headline over its summary (the
// first sentence of a paragraph of another page of ours in the same language), a blank line between
// headline and summary or none, or with no heading at all. The gold is unchanged.
// The layout bench and the tests of teaser cards make them the same way.
import { BOXES } from './boxed.mjs';
import { goldAt } from './goldlines.mjs';

/** The heading over a site's cards of other stories, in the languages of our pages. */
export const MORE = { en: 'More stories', de: 'Weitere Nachrichten', fr: 'Plus d’actualités', es: 'Más noticias', it: 'Altre notizie', pt: 'Mais notícias', pl: 'Więcej wiadomości', ru: 'Другие новости', ja: 'その他のニュース' };

/** The first sentence of a paragraph (or all of it when it has no sentence end). */
const firstSentence = (p) => p.match(/^.+?[.!?。！？](?=\s|$)/u)?.[0] ?? p;

/**
 * The page with three cards under its article's last paragraph. `other` is another page of the same
 * language (its text and gold); styles: "spaced" (a heading, a blank line after each headline and
 * summary), "packed" (a heading, each headline right over its summary), "bare" (no heading, spaced).
 */
export function cards(t, gold, lang, other, style) {
  const lines = t.split('\n');
  const at = goldAt(lines, gold);
  // (Paragraphs whose first sentence makes a summary: "I got tired." makes none.)
  const paragraphs = other.gold.split('\n').filter((l) => firstSentence(l.trim()).split(/\s+/u).length >= 10);
  if (at.length < 2 || paragraphs.length < 3) return t;
  const l = BOXES[lang] ? lang : 'en';
  const headlines = BOXES[l].slice(1);
  const card = (h, i) => (style === 'packed' ? [h, firstSentence(paragraphs[i]), ''] : [h, '', firstSentence(paragraphs[i]), '']);
  const block = [...(style === 'bare' ? [] : [MORE[l], '']), ...headlines.flatMap(card)];
  const end = at[at.length - 1] + 1;
  return [...lines.slice(0, end), '', ...block, ...lines.slice(end)].join('\n');
}
