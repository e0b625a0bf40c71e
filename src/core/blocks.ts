// Blocks of content that do not read as prose: code (a tech post's commands and config files) and a
// recipe's ingredients. Both are runs of short lines, which the body walk would otherwise take for a
// menu; each is told by lines that only such a block has, and takes its weaker lines with it.

/** A shell command with its arguments ("sudo apt install restic", "$ npm ci"). */
const COMMAND =
  /^(?:[$#>]\s+\S|(?:sudo|export|cd|npm|npx|pnpm|yarn|pip3?|apt(?:-get)?|brew|git|docker|kubectl|curl|wget|echo|systemctl|journalctl|ls|cat|mkdir|chmod|chown|ssh|scp|python3?|node|cargo|make|tar|cp|mv|rm|grep|sed|awk|set|source|crontab|helm|terraform|go)\s+[-\w./$~"'=:@%+*]|#!\/)/u;
/** A setting ("Type=oneshot"), a call or assignment ended by ; or {, a comment, a tag, a keyword's line. */
const STATEMENT = /^[A-Za-z_][\w.-]*=\S|[=(][^.!?]*[;{]$|^(?:\/\/|\/\*|<\/?[a-z][\w-]*(?:\s|>|\/>))|^(?:if|for|while|return|def|function|class|import|from|const|let|var|fn|func|public|private)\b[^.!?]*[({:=]/u;
/** A key opening an object or a list, as JSON, YAML and most languages write data ("list: [", "\"server\": {"). */
const DATA_KEY = /^["']?[A-Za-z_$][\w$-]*["']?\s*[:=]\s*[[{]$/u;
/** A line of SQL. */
const SQL = /^(?:SELECT|FROM|WHERE|LIMIT|ORDER BY|GROUP BY|HAVING|INSERT INTO|UPDATE|DELETE FROM|CREATE (?:TABLE|INDEX|VIEW)|(?:LEFT |RIGHT |INNER )?JOIN|VALUES|RETURNING|WITH|UNION|FOR UPDATE|SKIP LOCKED)\b/u;
/** A weaker line of code: short, with the symbols code is written in ("[Unit]", "LIMIT 1"). */
const CODE_SYMBOLS = /[[\]{}()=;<>$#/\\|*_]|^[A-Z]{3,}(?:\s+[A-Z]{2,})*\s+\S/u;
/** Words of a line, counted without a match array: runs of non-space. */
function wordCount(t: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Lines of code: a command, a setting or a statement, and the code-like lines of its block (lines
 * with no blank line between, or one blank line, as in a config file's sections).
 */
export function codeLines(texts: readonly string[]): Uint8Array {
  const n = texts.length;
  const code = new Uint8Array(n);
  const strong = new Uint8Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    if (!t || t.length > 200) continue;
    if (!(COMMAND.test(t) || STATEMENT.test(t) || DATA_KEY.test(t) || (SQL.test(t) && /[,=(*]|\d/u.test(t)))) continue;
    // A sentence (a capital, words, a full stop) is prose, whatever symbols it holds.
    if (/[.!?]$/u.test(t) && /^\p{Lu}\p{Ll}+\s(?:\S+\s){3}/u.test(t)) continue;
    strong[i] = 1;
    any = true;
  }
  if (!any) return code;
  // (A brace alone is weak: it is code only beside code. A link is never code.)
  // (An ellipsis alone stands for elided code there.)
  const weak = (t: string) => !!t && t.length <= 120 && wordCount(t) <= 8 && ((CODE_SYMBOLS.test(t) && !/[.!?]$|https?:\/\//u.test(t)) || t === '...' || t === '…');
  // Each block: a run of code-like lines, joined across single blank lines (a config file's sections);
  // any other line ends it, so text without blank lines reads the same.
  const codey = (k: number) => !!texts[k] && (strong[k] === 1 || weak(texts[k]));
  let i = 0;
  while (i < n) {
    if (!codey(i)) {
      i++;
      continue;
    }
    let j = i;
    let hasStrong = false;
    for (; j < n; j++) {
      if (!texts[j]) {
        if (j + 1 < n && codey(j + 1)) continue;
        break;
      }
      if (!codey(j)) break;
      if (strong[j]) hasStrong = true;
    }
    if (hasStrong) for (let k = i; k < j; k++) if (texts[k]) code[k] = 1;
    i = j + 1;
  }
  return code;
}

/** A measure at the start of a line: "500 g", "1/2", "½", "2–3", "ca. 200 ml". */
const QUANTITY = /^(?:(?:ca\.|approx\.|about|etwa|około|environ|circa|cerca de|unos|около)\s+)?(?:\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?|[½¼¾⅓⅔⅛]|\d+\s*[½¼¾⅓⅔])\s*\S/iu;
/** A unit of a recipe's measure, in the languages recipes are most written in. */
const UNIT =
  /^(?:ca\.\s+|approx\.\s+|about\s+|etwa\s+|około\s+)?[\d½¼¾⅓⅔⅛.,/\s–-]+\s*(?:g|kg|mg|ml|cl|dl|l|oz|lbs?|cups?|tbsp|tsp|tablespoons?|teaspoons?|pinch|cloves?|cans?|sticks?|el|tl|msp\.?|prisen?|pck\.?|päckchen|becher|bund|zehen?|würfel|stück|tassen?|łyżk\p{L}*|łyżeczk\p{L}*|szklank\p{L}*|ząb\p{L}*|ząbk\p{L}*|szczypt\p{L}*|opakowani\p{L}*|cuill(?:ère|ères)|c\.\s?à\s?[sc]\.?|pincées?|gousses?|verres?|cucchia\p{L}*|pizzic\p{L}*|spicch\p{L}*|bicchier\p{L}*|colher\p{L}*|xícaras?|pitadas?|dentes?|tazas?|cucharad\p{L}*|pizcas?|dientes?|ст\.|ч\.|г|кг|мл|л|шт\.?|стакан\p{L}*|щепотк\p{L}*|зубчик\p{L}*)(?=[\s,.)]|$)/iu;

/**
 * A recipe's ingredients: quantity-led lines, three or more in a block (with the heads and the
 * unmeasured lines among them: "Dough:", "salt and pepper to taste"), two of them with a unit.
 */
/** The head of a recipe's list of ingredients. */
const INGREDIENTS_HEAD = /^(?:ingredients|zutaten|ingrédients|ingredientes|ingredienti|składniki|ингредиенты|ingrediënten)(?: for [^:]{1,40})?\s*:?$/iu;

export function ingredientLines(texts: readonly string[]): Uint8Array {
  const n = texts.length;
  const out = new Uint8Array(n);
  const short = (t: string) => !!t && t.length <= 160 && !/[.!?]$/u.test(t) && wordCount(t) <= 12;
  let i = 0;
  while (i < n) {
    if (!short(texts[i])) {
      i++;
      continue;
    }
    // A block: a run of short lines (a blank line or a sentence ends it, so text without blank lines reads the same).
    let j = i;
    let measured = 0;
    let units = 0;
    let first = -1;
    let last = -1;
    for (; j < n; j++) {
      // (One blank line between two of its lines does not end it: a list of paragraphs, one item each.)
      if (!texts[j] && j + 1 < n && short(texts[j + 1]) && texts[j - 1]) continue;
      if (!short(texts[j])) break;
      if (QUANTITY.test(texts[j])) {
        measured++;
        if (UNIT.test(texts[j])) units++;
        if (first < 0) first = j;
        last = j;
      }
    }
    // A list of measures, from its first to its last, most of its lines measured; with its head
    // ("Ingredients", "Dough:") and an unmeasured line closing it ("salt to taste").
    // (Under its head, "Ingredients", the list starts there: a recipe card's times and servings stand above it.)
    for (let k = last - 1; k >= i && first >= 0; k--) {
      if (!INGREDIENTS_HEAD.test(texts[k])) continue;
      if (k >= first) {
        first = k;
        measured = 0;
        for (let m = k + 1; m <= last; m++) if (QUANTITY.test(texts[m])) measured++;
      }
      break;
    }
    let lines = 0;
    for (let k = first; k >= 0 && k <= last; k++) if (texts[k]) lines++;
    if (measured >= 3 && units >= 2 && measured * 2 >= lines) {
      // (Over a blank line only when its items stand apart so: an ad's label under a list is no item.)
      const spaced = lines < last - first + 1;
      const before = first > i && !texts[first - 1] ? first - 2 : first - 1;
      if (before >= i && /:$/u.test(texts[before])) first = before;
      const after = spaced && last + 1 < j && !texts[last + 1] ? last + 2 : last + 1;
      if (after < j && !/:$/u.test(texts[after]) && wordCount(texts[after]) <= 6) last = after;
      for (let k = first; k <= last; k++) if (texts[k]) out[k] = 1;
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
