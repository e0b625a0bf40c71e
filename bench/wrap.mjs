// Greedy wrapping at a fixed width, as a text-mode browser or html2text writes paragraphs: the
// layout bench and the unwrap tests make wrapped text the same way.

/** Each line of `text` broken at spaces so that no piece is longer than `width` (a longer word stands alone). */
export function wrap(text, width) {
  return text
    .split('\n')
    .flatMap((line) => {
      const out = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && cur.length + 1 + w.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      out.push(cur);
      return out;
    })
    .join('\n');
}
