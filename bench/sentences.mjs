// An article written a sentence to a paragraph, as tabloids and many news sites write: each paragraph
// of the article (twelve words or more) broken into its sentences, a blank line after each. The
// layout bench and the tests of such articles make it the same way.

/** Splits a paragraph after a sentence's end where a capital (or an opening quote) follows. */
const split = (l) => l.split(/(?<=[.!?]["”»]?)\s+(?=["“„«]?\p{Lu})/u);

/** Returns [text, gold] with the article's paragraphs broken into sentences, in the page and its gold. */
export function sentenced(text, gold) {
  const para = (l) => l.trim() && l.split(/\s+/u).length >= 12;
  const paragraphs = new Set(gold.split('\n').filter(para));
  const lines = text.split('\n');
  const out = [];
  for (const l of lines) {
    if (paragraphs.has(l)) out.push(split(l).join('\n\n'));
    else out.push(l);
  }
  const g = gold.split('\n').map((l) => (para(l) ? split(l).join('\n\n') : l));
  return [out.join('\n'), g.join('\n')];
}
