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

// Each stop word once, with a bit per language that has it: one lookup per token.
const LANGS = Object.keys(STOPWORDS);
const STOP_MASK = new Map<string, number>();
LANGS.forEach((lang, k) => STOPWORDS[lang].forEach((w) => STOP_MASK.set(w, (STOP_MASK.get(w) ?? 0) | (1 << k))));

/** Languages written without spaces between words: lengths are counted in characters there. */
export const UNSPACED = new Set(['ja', 'zh', 'th']);

// Script ranges, checked in this order; kana before Han so that Japanese is not taken for Chinese.
const SCRIPTS: [number, number, string][] = [
  [0x3040, 0x30ff, 'ja'],
  [0xac00, 0xd7af, 'ko'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0e00, 0x0e7f, 'th'],
  [0x0590, 0x05ff, 'he'],
  [0x0900, 0x097f, 'hi'],
  [0x0370, 0x03ff, 'el'],
  [0x0400, 0x04ff, 'ru'],
  [0x0600, 0x06ff, 'ar'],
];

/** Guesses a BCP-47 primary tag from scripts, then from stop-word hits. One pass over a sample. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let letters = 0;
  for (const t of tokens) letters += t.length;
  if (letters < 20) return null;
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let k = 0; k < sample.length; k++) {
    const c = sample.charCodeAt(k);
    if (c < 0x0370) continue;
    for (let s = 0; s < SCRIPTS.length; s++) {
      if (c >= SCRIPTS[s][0] && c <= SCRIPTS[s][1]) {
        counts[s]++;
        break;
      }
    }
  }
  if (counts[0] > letters * 0.05) return 'ja';
  for (let s = 1; s < 7; s++) if (counts[s] > letters * 0.3) return SCRIPTS[s][2];
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const t of tokens) {
    const mask = t.length <= 10 ? STOP_MASK.get(t) : undefined;
    if (mask) for (let k = 0; k < LANGS.length; k++) if (mask & (1 << k)) hits[k]++;
  }
  let best: string | null = null;
  let bestHits = 0;
  LANGS.forEach((lang, k) => {
    if (hits[k] > bestHits) {
      bestHits = hits[k];
      best = lang;
    }
  });
  if (best === null || bestHits < Math.max(3, tokens.length * 0.05)) {
    if (counts[7] > letters * 0.3) return 'ru';
    if (counts[8] > letters * 0.3) return 'ar';
  }
  return best;
}
