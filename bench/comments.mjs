// A comment thread under the article, as blogs and news sites print one: a heading with the count,
// then each comment as its author's name, its date, its text and a reply button, between the
// article's last paragraph and the page's footer. The gold is unchanged: readers' comments are not the
// article. The names, dates and controls are made up; the comments' text is another page's paragraphs
// (of the same language), cut to a sentence or two, as comments are.

import { goldAt } from './goldlines.mjs';

/** Per language: the heading (with the count), a reply button, three names and their dates, and a blog's "<name> says:". */
export const THREAD = {
  en: ['3 Comments', 'Reply', [['Mark T.', 'March 12, 2024 at 7:15 pm'], ['sarah_k', 'March 12, 2024 at 8:02 pm'], ['Dave Holloway', 'March 13, 2024 at 9:41 am']], 'says:'],
  de: ['3 Kommentare', 'Antworten', [['Markus T.', '12. März 2024 um 19:15 Uhr'], ['sabine_k', '12. März 2024 um 20:02 Uhr'], ['Dieter Holm', '13. März 2024 um 9:41 Uhr']], 'sagt:'],
  fr: ['3 commentaires', 'Répondre', [['Marc T.', '12 mars 2024 à 19 h 15'], ['sophie_k', '12 mars 2024 à 20 h 02'], ['Didier Holl', '13 mars 2024 à 9 h 41']], 'dit :'],
  es: ['3 comentarios', 'Responder', [['Marcos T.', '12 de marzo de 2024 a las 19:15'], ['sara_k', '12 de marzo de 2024 a las 20:02'], ['Diego Olmos', '13 de marzo de 2024 a las 9:41']], 'dice:'],
  it: ['3 commenti', 'Rispondi', [['Marco T.', '12 marzo 2024 alle 19:15'], ['sara_k', '12 marzo 2024 alle 20:02'], ['Davide Olmi', '13 marzo 2024 alle 9:41']], 'ha detto:'],
  pt: ['3 comentários', 'Responder', [['Marcos T.', '12 de março de 2024 às 19:15'], ['sara_k', '12 de março de 2024 às 20:02'], ['Davi Olmos', '13 de março de 2024 às 9:41']], 'disse:'],
  pl: ['3 komentarze', 'Odpowiedz', [['Marek T.', '12 marca 2024 o 19:15'], ['sara_k', '12 marca 2024 o 20:02'], ['Dawid Olszak', '13 marca 2024 o 9:41']], 'napisał(a):'],
  ru: ['3 комментария', 'Ответить', [['Марк Т.', '12 марта 2024 в 19:15'], ['sara_k', '12 марта 2024 в 20:02'], ['Денис Олейник', '13 марта 2024 в 9:41']], 'пишет:'],
  ja: ['コメント（3件）', '返信', [['匿名さん', '2024年3月12日 19:15'], ['sara_k', '2024年3月12日 20:02'], ['たけし', '2024年3月13日 9:41']], 'より：'],
};

/** A comment's text: a paragraph's first sentence or two, at most 40 words. */
function commentText(p) {
  const sentences = p.match(/[^.!?。！？]+[.!?。！？]+["'”»」]?\s*/gu) ?? [p];
  let out = '';
  for (const s of sentences) {
    if (out && (out + s).split(/\s+/u).length > 40) break;
    out += s;
  }
  return out.trim();
}

/**
 * The page with a comment thread under its article. `other` is a page of the same language whose
 * paragraphs give the comments' text. `style`: 'counted' puts the count heading over the thread;
 * 'bare' has no heading (the thread follows the article at once); 'blog' writes each comment as a
 * blog does: "<name> says:", its date, two paragraphs and the button, a blank line between each.
 */
export function commented(t, gold, lang, other, style) {
  const lines = t.split('\n');
  const at = goldAt(lines, gold);
  const paragraphs = other.gold.split('\n').filter((l) => l.trim().split(/\s+/u).length >= 8 || (lang === 'ja' && l.trim().length >= 30));
  if (at.length < 2 || paragraphs.length < 3) return t;
  const [heading, reply, people, says] = THREAD[lang] ?? THREAD.en;
  const thread = [...(style === 'bare' ? [] : [heading, ''])];
  people.forEach(([name, date], i) => {
    if (style === 'blog') thread.push(`${name} ${says}`, '', date, '', paragraphs[i], '', paragraphs[(i + 3) % paragraphs.length], '', reply, '');
    else thread.push(name, date, commentText(paragraphs[i]), reply, '');
  });
  const end = at[at.length - 1] + 1;
  return [...lines.slice(0, end), '', ...thread, ...lines.slice(end)].join('\n');
}
