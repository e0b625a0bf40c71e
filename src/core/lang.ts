// Short stop-word lists: enough to tell prose from menus (jusText's idea) and to guess the language.
const STOP: Record<string, string> = {
  en: 'the a an of to in and or is are was were be been that this it its for on with as by at from he she they we you his her their our not but have has had will would said which who',
  es: 'el la los las de del y en que un una por con para se es su sus al lo como más pero fue son ha este esta dijo sobre',
  de: 'der die das und ist nicht ein eine zu den mit von im dem sich auf für des auch es als an wie bei aus sie er wird hat sind dass nach',
  fr: 'le la les de des du et en un une est que qui dans pour pas sur au aux par il elle se ce cette avec plus ont sont été son sa ses',
  ru: 'и в не на что с по как это он она они к из у за от для но так его её ее мы вы был была было были же бы о то все только еще',
  pt: 'o a os as de do da dos das e em um uma que para com não por se na no mais foi ao como mas seu sua é são pelo pela disse',
  ar: 'في من على إلى أن عن مع هذا هذه التي الذي كان ما لا أو وقد قد ذلك بين كما بعد عند حتى إن لم',
  it: 'il lo la i gli le di del della e in un una che per con non si è sono da al alla come più ma anche ha',
  id: 'yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada oleh karena adalah atau bisa mereka kami',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er ook als bij door om maar',
};
export const STOPWORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(STOP).map(([k, v]) => [k, new Set(v.split(' '))]),
);

const SCRIPT_LANG: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0370-\u03ff]/g, 'el'],
];

/** Languages written without spaces between words: lengths are counted in characters there. */
export const UNSPACED = new Set(['ja', 'zh', 'th']);

/** Guesses a BCP-47 primary tag from scripts, then from stop-word hits. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 60000 ? text.slice(0, 60000) : text;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return null;
  // Kana decides Japanese even when Han dominates.
  const kana = (sample.match(SCRIPT_LANG[0][0]) ?? []).length;
  if (kana > letters * 0.05) return 'ja';
  for (const [re, lang] of SCRIPT_LANG.slice(1)) {
    if ((sample.match(re) ?? []).length > letters * 0.3) return lang;
  }
  const tokens = sample.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, set] of Object.entries(STOPWORDS)) {
    let hits = 0;
    for (const t of tokens) if (set.has(t)) hits++;
    if (hits > bestHits) {
      bestHits = hits;
      best = lang;
    }
  }
  if (best === null || bestHits < Math.max(3, tokens.length * 0.05)) {
    const cyr = (sample.match(/[\u0400-\u04ff]/g) ?? []).length;
    if (cyr > letters * 0.3) return 'ru';
    const arab = (sample.match(/[\u0600-\u06ff]/g) ?? []).length;
    if (arab > letters * 0.3) return 'ar';
    return best;
  }
  return best;
}

/** Share of a line's words that are stop words of the language; null when we have no list. */
export function stopwordDensity(wordsLower: string[], lang: string | null): number | null {
  const set = lang ? STOPWORDS[lang] : undefined;
  if (!set || wordsLower.length === 0) return null;
  let n = 0;
  for (const w of wordsLower) if (set.has(w)) n++;
  return n / wordsLower.length;
}
