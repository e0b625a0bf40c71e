// A box of other stories set into the middle of the article, as news sites put one between two
// paragraphs: its heading and three headlines, in the page's language (none is from a page of ours),
// spaced or packed, ranked as the most read or each with its time. Or a box under the article, under
// a topic of the site's ("Harbour repairs") rather than a heading that ends articles, or none: five
// headlines, two of them a "Topic: headline" and a question.
// The layout bench and the tests of boxes set into an article make it the same way.
import { goldAt } from './goldlines.mjs';

export const BOXES = {
  en: ['Read also', 'Council approves new budget for school repairs', 'Storm season forecast brings warning for coastal towns', 'Local bakery marks fifty years on the high street'],
  de: ['Mehr zum Thema', 'Stadtrat beschließt neues Budget für Schulsanierungen', 'Sturmsaison bringt Warnung für Küstenorte', 'Bäckerei feiert fünfzig Jahre in der Altstadt'],
  fr: ['À lire aussi', 'Le conseil adopte un budget pour rénover les écoles', 'La saison des tempêtes inquiète les communes du littoral', 'La boulangerie du centre fête ses cinquante ans'],
  es: ['Te puede interesar', 'El pleno aprueba un presupuesto para reformar colegios', 'La temporada de tormentas pone en alerta a la costa', 'La panadería del casco antiguo cumple cincuenta años'],
  it: ['Leggi anche', 'Il consiglio approva il bilancio per le scuole', 'Stagione delle tempeste, allerta nei comuni costieri', 'Il forno del centro storico compie cinquant’anni'],
  pt: ['Leia também', 'Câmara aprova orçamento para obras nas escolas', 'Temporada de tempestades deixa litoral em alerta', 'Padaria do centro histórico completa cinquenta anos'],
  pl: ['Czytaj także', 'Rada miasta przyjmuje budżet na remonty szkół', 'Sezon burz budzi niepokój w gminach nadmorskich', 'Piekarnia na starówce świętuje pięćdziesiąt lat'],
  ru: ['Читайте также', 'Горсовет утвердил бюджет на ремонт школ', 'Сезон штормов встревожил прибрежные города', 'Пекарня в старом городе отмечает полвека'],
  ja: ['関連記事', '市議会が学校改修の予算を可決', '台風シーズン、沿岸の町に警戒呼びかけ', '商店街のパン店が創業50年'],
};

/** The heading of a list of the most read and how a box dates its headlines, in the same languages. */
export const MOST_READ = { en: 'Most read', de: 'Meistgelesen', fr: 'Les plus lus', es: 'Lo más leído', it: 'I più letti', pt: 'Mais lidas', pl: 'Najczęściej czytane', ru: 'Самое читаемое', ja: 'アクセスランキング' };
export const AGO = { en: ['2 hours ago', '5 hours ago', 'Yesterday'], de: ['vor 2 Stunden', 'vor 5 Stunden', 'Gestern'], fr: ['il y a 2 heures', 'il y a 5 heures', 'Hier'], es: ['hace 2 horas', 'hace 5 horas', 'Ayer'], it: ['2 ore fa', '5 ore fa', 'Ieri'], pt: ['há 2 horas', 'há 5 horas', 'Ontem'], pl: ['2 godziny temu', '5 godzin temu', 'Wczoraj'], ru: ['2 часа назад', '5 часов назад', 'Вчера'], ja: ['2時間前', '5時間前', '昨日'] };

/**
 * The page with a box of other stories after the middle paragraph of its article; the gold is
 * unchanged. Styles: "spaced" (a blank line after each headline), "packed" (none), "ranked" (a list
 * of the most read, a rank over each headline), "dated" (each headline over its time).
 */
export function boxed(t, gold, lang, style) {
  const lines = t.split('\n');
  const at = goldAt(lines, gold);
  // A paragraph with two more of the article above and below it, a blank line under it.
  const fit = at.filter((j, i) => i >= 2 && i < at.length - 2 && lines[j].split(/\s+/u).length >= 15 && lines[j + 1]?.trim() === '');
  if (!fit.length) return t;
  const j = fit[Math.floor(fit.length / 2)];
  const l = BOXES[lang] ? lang : 'en';
  const [head, ...headlines] = BOXES[l];
  const box = {
    spaced: () => [head, '', ...headlines.flatMap((h) => [h, ''])],
    packed: () => [head, ...headlines, ''],
    ranked: () => [MOST_READ[l], ...headlines.flatMap((h, i) => [String(i + 1), h]), ''],
    dated: () => [head, ...headlines.flatMap((h, i) => [h, AGO[l][i]]), ''],
  }[style]();
  return [...lines.slice(0, j + 2), ...box, ...lines.slice(j + 2)].join('\n');
}

/** Two more headlines of the box under the article, "Topic: headline" and a question, and its topic. */
export const MORE_HEADLINES = {
  en: ['Harbour repairs: what the council has promised so far', 'Will the ferry terminal be ready by next summer?'],
  de: ['Hafensanierung: Was der Stadtrat bisher versprochen hat', 'Ist das Fährterminal bis zum nächsten Sommer fertig?'],
  fr: ['Travaux du port : ce que la mairie a promis jusqu’ici', 'Le terminal des ferries sera-t-il prêt l’été prochain ?'],
  es: ['Obras del puerto: lo que ha prometido el ayuntamiento', '¿Estará lista la terminal de ferris el próximo verano?'],
  it: ['Lavori al porto: cosa ha promesso finora il comune', 'Il terminal dei traghetti sarà pronto la prossima estate?'],
  pt: ['Obras no porto: o que a câmara prometeu até agora', 'O terminal de balsas ficará pronto no próximo verão?'],
  pl: ['Remont portu: co do tej pory obiecała rada miasta', 'Czy terminal promowy będzie gotowy przyszłego lata?'],
  ru: ['Ремонт порта: что обещал горсовет', 'Будет ли паромный терминал готов к следующему лету?'],
  ja: ['港の改修、市議会がこれまでに約束したこと', 'フェリーターミナルは来夏までに完成するのか'],
};
export const TOPIC = { en: 'Harbour repairs', de: 'Hafensanierung', fr: 'Travaux du port', es: 'Obras del puerto', it: 'Lavori al porto', pt: 'Obras no porto', pl: 'Remont portu', ru: 'Ремонт порта', ja: '港の改修' };

/**
 * The page with a box of five headlines under its article's last paragraph; the gold is unchanged.
 * Styles: "packed" (the topic over the headlines, no blank line between), "spaced" (a blank line
 * after each), "bare" (no topic, packed).
 */
export function boxedUnder(t, gold, lang, style) {
  const lines = t.split('\n');
  const at = goldAt(lines, gold);
  if (!at.length) return t;
  const l = BOXES[lang] ? lang : 'en';
  const headlines = [...BOXES[l].slice(1), ...MORE_HEADLINES[l]];
  const box = { packed: () => [TOPIC[l], ...headlines, ''], spaced: () => [TOPIC[l], '', ...headlines.flatMap((h) => [h, ''])], bare: () => [...headlines, ''] }[style]();
  const end = at[at.length - 1] + 1;
  return [...lines.slice(0, end), '', ...box, ...lines.slice(end)].join('\n');
}
