// Where a page's gold lines stand in the page: what the layouts that set chaff into an article
// (boxed.mjs, nextstory.mjs) place their inserts by.

/** Line numbers (0-based) of the gold's lines in the page, in order; lines not found are left out. */
export function goldAt(lines, gold) {
  const at = [];
  let k = 0;
  for (const g of gold.split('\n').filter((l) => l.trim())) {
    let j = k;
    while (j < lines.length && lines[j].trim() !== g.trim()) j++;
    if (j < lines.length) at.push((k = j + 1) - 1);
  }
  return at;
}
