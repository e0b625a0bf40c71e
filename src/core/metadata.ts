// What the chaff says about the article: title, author, source, dates. Kept apart from line
// classification so either can change without the other.
import { FIRST_ON, isBareMarker, kindOf, type RuleId } from './rules';
import { findDate, isDateOnly, edtfDay, type FindDateOptions } from './dates';
import { metadataFromFrontMatter } from './frontmatter';
import { ENUMERATED, KEY_VALUE, isSalutation } from './text';
import type { FrontMatter, Metadata } from './types';

/** The features of a line that metadata reads (a subset of the analysis's line info). */
export interface MetaLine {
  readonly text: string;
  readonly blank: boolean;
  readonly nWords: number;
  readonly prose: boolean;
  /** Most words start with a capital: a headline in Title Case, or a menu. */
  readonly titleCase: boolean;
  readonly exception: boolean;
  readonly rule: { readonly id: string } | null;
  readonly userRule: { readonly id: string } | null;
}

/** What the classification decided about a line: the rule it was flagged by. */
export type MetaMark = { readonly rule: string } | null;

const HEADLINE_END = /[^.,;:]$/u;
/** A full stop at the end (quotes or brackets may follow): a sentence, not a headline. */
const FULL_STOP = /[.。](?:["'”’»)\]]*)$/u;

const isHeadlineLike = (l: MetaLine) =>
  !l.blank && l.nWords >= 2 && l.nWords <= 30 && HEADLINE_END.test(l.text) && !/^https?:\/\//.test(l.text);

const words = (s: string) => s.split(/\s+/u).filter(Boolean);

// Buttons and labels of page tools ("Gift this article", "Copy link to clipboard", "Compartir en
// Twitter"): made only of a tool verb and the words that go with it.
const TOOL_VERBS = new Set(
  ('share gift copy save send email e-mail print bookmark tweet post listen follow ' +
    'partager partagez offrir copier envoyer enregistrer imprimer écouter ' +
    'compartir comparte regalar copiar enviar guardar imprimir escuchar ' +
    'teilen verschenken kopieren speichern merken drucken versenden anhören ' +
    'condividi regala copia salva invia stampa ascolta ' +
    'compartilhar compartilhe partilhar partilhe oferecer guarde guardar ouvir ' +
    'udostępnij podaruj kopiuj zapisz wyślij drukuj posłuchaj copied copiado copié copiato kopiert skopiowany').split(' '),
);
const TOOL_WORDS = new Set(
  ('this the it article story page link url to clipboard on via by with a friend your ' +
    'cet cette article lien sur par le la à un une ami ' +
    'este esta artículo enlace en por el la a al un correo ' +
    'diesen artikel den link auf per in die zwischenablage ' +
    'questo articolo il su per con ' +
    'este artigo o na no ' +
    'ten artykuł link na przez w ' +
    'facebook twitter x whatsapp telegram linkedin email e-mail mail messenger reddit bluesky threads all sharing options more us').split(' '),
);

const NETWORKS = new Set('facebook twitter x whatsapp telegram linkedin reddit pinterest messenger flipboard bluesky threads mastodon email e-mail sms google+'.split(' '));

function isToolLabel(text: string): boolean {
  const ws = words(text.toLowerCase().replace(/[!:…]+/gu, ' '));
  if (ws.length === 0 || ws.length > 8) return false;
  // "Share on: Facebook Twitter Reddit", "Copy link URL copied!": a tool verb first, then a colon, a
  // network or a confirmation, whatever else the label says.
  if (TOOL_VERBS.has(ws[0]) && (text.includes(':') || ws.some((w) => NETWORKS.has(w) || /copied|kopiert|copié|copiado|copiato/u.test(w)))) return true;
  let verb = false;
  for (const w of ws) {
    if (TOOL_VERBS.has(w)) verb = true;
    else if (!TOOL_WORDS.has(w)) return false;
  }
  return verb;
}

// Small words that stay lower case inside a name ("Il Corriere della Valle", "Folha do Cerrado").
const PARTICLES = new Set(
  ('of the and for on in at de del della delle dei degli di da do dos das du des la le les el los las lo y e et und der die das den dem ' +
    'von van zu am im an al ao na no nos w z i ze').split(' '),
);
const CAPITALISED = /^[\p{Lu}\p{Lt}\p{Lo}\d]|^[\p{Ll}]['’]\p{Lu}/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** Two capitalised words at least: "Harbour Post", "Courrier du Val", not "Sign in". */
const twoCapitalised = (s: string) => words(s).filter((w) => CAPITALISED.test(w)).length >= 2;

/** A proper name: capitalised words (particles aside), no sentence punctuation. */
function nameLike(text: string, maxWords: number): boolean {
  const ws = words(text);
  if (ws.length === 0 || ws.length > maxWords || text.length > 60) return false;
  // (In scripts without spaces a name is a few signs, no headline's brackets or commas.)
  if (UNSPACED.test(text) && (text.replace(/\s/gu, '').length > 10 || /[「」『』、。！？]/u.test(text))) return false;
  // (A label and its value, "Category: News", names nobody.)
  if (/[.!?:;,|]$|https?:|@|:\s/u.test(text) || /\d{3}/u.test(text)) return false;
  if (!CAPITALISED.test(ws[0])) return false;
  return ws.every((w, k) => CAPITALISED.test(w) || (k > 0 && PARTICLES.has(w.toLowerCase())) || /^[–—&-]$/u.test(w));
}

/** A name in capitals ("LA GAZETTE DE BRETAGNE") as it is read: "La Gazette de Bretagne". */
function readableCase(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return name;
  return words(name)
    .map((w, k) => {
      const lower = w.toLowerCase();
      if (k > 0 && PARTICLES.has(lower)) return lower;
      // An elided article keeps the case of its place: "L'Observateur du Sud", "Le Républicain de l'Est".
      return lower.replace(/^(\p{Ll}['’])?(\p{Ll})/u, (_, apo: string | undefined, c: string) => (apo ? (k === 0 ? apo.toUpperCase() : apo) : '') + c.toUpperCase());
    })
    .join(' ');
}

// Words that introduce a byline, in the languages of the rules; "de"/"da" only with the byline rule,
// as they also start sentences and names.
const BY = String.raw`(?:(?:posted|written|reporting|words|story|text|photos and text)\s+by|(?:postado|publicado|escrito|publicada|escrita)\s+por|(?:pubblicato|scritto)\s+da|(?:publié|écrit)\s+par|(?:geschrieben|veröffentlicht)\s+von|rozmawia(?:ł|ła|li|ły)|by|por|von|par|di|autor(?:in|a|ka)?|auteur(?:e)?|autore|author|texto?|testo|tekst|oleh|автор|текст|بقلم|كتبت|كتب)`;
const BY_RE = new RegExp(String.raw`^${BY}\s*:?\s+`, 'iu');
const BY_RULE_RE = new RegExp(String.raw`^(?:${BY}|de|da)\s*:?\s+`, 'iu');
/** A newsroom, not a person ("Redacción", "Staff"). */
const NEWSROOM = /^(?:(?:redacci[oó]n|reda[cç][aã]o|redaktion|r[ée]daction|redazione|redakcja|редакция|редакція|staff|newsroom|agencias?|agences?|agenturen|haber merkezi|redactie|redakce|redaktionen)(?![\p{L}\p{N}])|\S{1,30}編集部$)/iu;
const AGENCY = /^(?:reuters|afp|ap|associated press|bloomberg|dpa|efe|ansa|pap|tass|ria novosti|europa press|lusa|apa|sda|kna|belga|anp|staff|agencies|agencias|agences)$/iu;
// Roles and desks after a name ("Senior Reporter", "Redakteurin", "correspondante à Brest").
const ROLE = new RegExp(
  String.raw`(?:^|[\s-])(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|producer|analyst|critic|photographer|chief|director|staff|desk|intern|` +
    String.raw`redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|autor(?:in)?|journalist(?:in)?|volontär(?:in)?|` +
    String.raw`journaliste|correspondant(?:e)?|rédact(?:eur|rice)|envoy[ée]e?|chroniqueu(?:r|se)|` +
    String.raw`periodista|corresponsal|redact(?:or|ora)|enviad[oa]|columnista|` +
    String.raw`giornalista|inviat[oa]|redatt(?:ore|rice)|corrispondente|` +
    String.raw`rep[oó]rter|jornalista|correspondente|colunista|` +
    String.raw`dziennikar(?:z|ka)|korespondent(?:ka)?|redaktor(?:ka)?)$`,
  'iu',
);
const OUTLET_WORD = /(?:^|\s)(?:news|press|times|post|media|network|agency|radio|tv|television|daily|journal|herald|tribune|gazette|online|magazine|newswire|wire|news service)$/iu;
/** A site's account, not a person ("by admin"). */
const SITE_USER = /^(?:admin|administrator|editor|staff|guest|team|webmaster|user|redaktion|rédaction|redacción|redazione)$/iu;
/** A role that comes first ("Head of Service Operations", "Redakteurin Lokales"): not a name. */
const ROLE_FIRST = /^(?:head|chief|senior|deputy|managing|executive|vice)$/iu;
/**
 * "May 13, 2025 by Ruth Alder", "Publié le 14 juin 2023 par Margaux": the names after a date and a
 * word for by, or null. A blog's author may go by one name there.
 */
const DATED_BY = /(?:^|\s)(?:by|par|von|por|di|door|av|przez|от)\s+(?=[\p{Lu}\p{Lo}])(.+)$/u;
function datedByline(text: string): string | null {
  if (!DATED_BY.test(text)) return null;
  const d = findDate(text);
  if (!d) return null;
  const rest = text.slice(text.indexOf(d.match) + d.match.length);
  const m = DATED_BY.exec(rest);
  return m ? m[1] : null;
}
const LIST_SPLIT = /\s*[,;]\s*(?:(?:and|und|et|y|e|i|oraz|и|dan|و)\s+)?|\s+(?:and|und|et|y|e|i|oraz|и|dan|و)\s+|\s*&\s*/u;

/** Each of the names ("Jane Doe, JOHN ROE") as it is read: "Jane Doe, John Roe". */
export const readableNames = (author: string) => author.split(', ').map(readableCase).join(', ');

/** The people a byline names, without role, outlet or date; several joined by ", ". */
export function authorFrom(byline: string): string | null {
  const dated = datedByline(byline.trim());
  let s = dated ?? byline.trim().replace(BY_RULE_RE, '');
  if (NEWSROOM.test(s)) return null;
  // A label and its value that no byline word opens ("Edição: Marcos Brito", "EDICIÓN: ESPAÑA") credits no author.
  if (!dated && /^[\p{L}\s]{2,24}:\s/u.test(s)) return null;
  // "By Jane Doe for The Courier", "Jane Doe at Mill Road": the outlet or the place after the name.
  s = s.split(/\s+(?:[Ff]or|[Ff]ür|[Pp]our|[Pp]ara|[Pp]er|[Dd]la|at|in)\s+(?=\p{Lu})/u)[0];
  // What follows the names: a second credit ("; Editing by"), a bar or dash, a bracket, a date.
  s = s.split(/\s*(?:;\s*\p{L}+\s+by\b|[|·•–—([]|\s-\s)/u)[0];
  const d = findDate(s);
  // "Carrow Marsh, 27 April: spoonbills at last" is a headline: words after the date and a colon.
  if (d && /^\s*:\s*\p{L}/u.test(s.slice(s.indexOf(d.match) + d.match.length))) return null;
  if (d) s = s.slice(0, s.indexOf(d.match));
  s = s.replace(/[\s,]+$/u, '').replace(/\s+(?:on|am|le|el|il|em|dnia)(?:\s+\p{L}+)?\s*$/iu, '').replace(/[\s,:]+$/u, '');
  const parts = s.split(LIST_SPLIT).map((p) => p.trim());
  const people: string[] = [];
  for (const p of parts) {
    if (!p) continue;
    // Roles are lower case in most languages ("redactora de Economía"): not a name.
    if (!/^[\p{Lu}\p{Lo}]/u.test(p)) continue;
    const ws = words(p);
    // A one-word part after a name is its outlet or desk ("CNN", "Redakteurin").
    if ((ws.length < 2 && !(dated && /^\p{Lu}\p{Ll}+$/u.test(p) && !SITE_USER.test(p))) || ws.length > 4) continue;
    if (AGENCY.test(p) || ROLE.test(p) || ROLE.test(ws[0]) || ROLE_FIRST.test(ws[0]) || OUTLET_WORD.test(p) || NEWSROOM.test(p) || /\d/u.test(p) || LEGAL.test(p)) continue;
    if (!ws.every((w, k) => CAPITALISED.test(w) || (k > 0 && PARTICLES.has(w.toLowerCase())))) continue;
    people.push(p);
  }
  return people.length ? people.join(', ') : null;
}

/** A line that names the authors: "By …" (or its translation), or names beside the article's date. */
function authorLine(lines: readonly MetaLine[], i: number, dateOpts: FindDateOptions): string | null {
  const l = lines[i];
  if (l.blank || l.nWords > 24 || FULL_STOP.test(l.text)) return null;
  if (datedByline(l.text)) return authorFrom(l.text);
  if (l.rule?.id === 'byline' || BY_RE.test(l.text)) return authorFrom(l.text);
  if (l.nWords > 16) return null;
  if (!l.rule && creditLine(l.text) && !/@/u.test(l.text)) return authorFrom(l.text);
  // A name with its agency reads like a photo credit, but a credit names the photo.
  const credit = l.rule?.id === 'photo-credit' && !/[©/:]|\b(?:photo|foto|bild|image|imagen|imagem|credit|crédito|crédit|фото)/iu.test(l.text);
  if ((l.rule && !credit) || l.userRule) return null;
  // "Jane Doe, CNN" / "Antonio Serra" on the line before or after the date.
  const near = (j: number) => j >= 0 && j < lines.length && !lines[j].blank && lines[j].nWords <= 20 && !!findDate(lines[j].text, dateOpts);
  // (Or over a line with the role alone, "Redakteurin Lokales", over the date.)
  // ("Special to the Prairie Standard", a byline that names no one, stands there as well.)
  const role = (j: number) =>
    j < lines.length && !lines[j].blank && lines[j].nWords <= 6 && !findDate(lines[j].text) && authorFrom(lines[j].text) === null && (lines[j].rule?.id === 'byline' || (lines[j].nWords <= 4 && words(lines[j].text).some((w) => ROLE.test(w))));
  const head = l.text.split(/\s*,\s*/u)[0];
  const names = head.split(LIST_SPLIT);
  if (!names.every((p) => nameLike(p, 4) && words(p).filter((w) => CAPITALISED.test(w)).length >= 2)) return null;
  if (!near(i - 1) && !near(i + 1) && !(role(i + 1) && near(i + 2))) return null;
  // (Nor a label and its text: "Carrow Marsh, 27 April: spoonbills at last" is a headline.)
  if (findDate(l.text, dateOpts) || /:\s+\p{L}/u.test(l.text)) return null;
  return authorFrom(l.text);
}

/** A name with its role ("Jane Doe, Senior Writer") or a social handle: a byline wherever it stands. */
function creditLine(text: string): boolean {
  if (/(?:^|\s)@\w{2,}/u.test(text) && words(text).length <= 10) return true;
  const [name, ...rest] = text.split(/\s*,\s*/u);
  // ("Darren Pilkington, 44, from Hartlepool": a person in the story, with an age.)
  if (rest.length === 0 || !nameLike(name, 4) || !twoCapitalised(name) || rest.some((r) => /^\d{1,3}$/u.test(r))) return false;
  return rest.some((r) => ROLE.test(r) || AGENCY.test(r) || (/^\p{Ll}/u.test(r) && words(r).length <= 4));
}

/** «Name», "Name" and Name are one source. */
const unquote = (name: string) => name.trim().replace(/^["'«»“”„‘’‹›]+|["'«»“”„‘’‹›]+$/gu, '').trim();

// The legal owner's form: a company, a group, a publisher, not the publication readers know.
const LEGAL = new RegExp(
  String.raw`(?:^|[\s,])(?:ltd|limited|inc|llc|llp|plc|corp|corporation|company|co|gmbh|ag|kg|kgaa|se|sa|s\.?a|sas|sarl|s\.?l|s\.?l\.?u|s\.?p\.?a|s\.?r\.?l|srl|spa|ltda|sp|bv|nv|ab|as|oy|holdings?|group|groupe|grupo|gruppo|grupa|mediengruppe|verlag|verlagsgruppe|` +
    String.raw`publishing|publishers|newspapers|ediciones|editorial|editoriale|editora|éditions|edizioni|wydawnictwo|comunica[cç][aã]o|comunica[cç][õo]es|medien|médias)(?=$|[\s.,&])`,
  'iu',
);

const RIGHTS = /copyright|rights|droits|derechos|rechte|diritti|direitos|prawa|права|الحقوق|riservat|reservad|réservé/iu;
const LEGAL_FORM = /[\s,]+(?:ltd|limited|inc|llc|llp|plc|corp|gmbh|ag|kg|sa|s\.a|sas|sarl|s\.l|s\.l\.u|srl|s\.r\.l|spa|s\.p\.a|ltda|bv|nv|ab|oy)\.?$/iu;

/**
 * "Harbour Post Media Ltd" is the company of "Harbour Post": its legal form (and a bare "Media"
 * before it) dropped, when what is left is a name of two words or more and no group or publisher.
 */
function withoutLegalForm(holder: string): string | null {
  let name = holder.replace(/[\s,]*&\s*co\.?(?:\s+kg)?$/iu, '');
  let stripped = false;
  while (LEGAL_FORM.test(name)) {
    name = name.replace(LEGAL_FORM, '');
    stripped = true;
  }
  if (!stripped) return null;
  name = name.replace(/\s+(?:media|medien|médias)$/iu, '');
  return words(name).length >= 2 && !LEGAL.test(name) ? name : null;
}

/** The publication a copyright or imprint line names; null when it names only the legal owner. */
export function outletFromLegal(line: string): string | null {
  const t = line.trim();
  const published = /^(.{2,60}?)\s+(?:is published by|is a publication of|ist ein angebot (?:der|des|von)|es una publicación de|est (?:édité|publié) par|è (?:edito|pubblicato) da|é (?:editado|publicado) por)\s/iu.exec(t);
  const before = /^([^©]{2,60}?)\s*(?:©|\(c\)|copyright)/iu.exec(t);
  const after = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*(.{2,80}?)(?:\.(?=\s|$)|,|\s+[|–—-]\s+|\s+all rights|\s+(?:todos|tous|alle|tutti|wszelkie)\s|\s+\d{4}|\s*$)/iu.exec(t);
  for (const m of [published, after, before]) {
    if (!m) continue;
    const raw = m[1].trim().replace(/^by\s+(?=\p{Lu})/iu, '').split(/\s+[|–—-]\s+/u)[0];
    const name = unquote(raw);
    if (RIGHTS.test(name)) continue;
    // A name in quotes is a name, whatever its case ("«Северная панорама»").
    if (!nameLike(name, 6) && !(/^["«“„]/u.test(raw) && words(name).length <= 6)) continue;
    const outlet = LEGAL.test(name) ? withoutLegalForm(name) : name;
    if (outlet) return readableCase(outlet);
  }
  return null;
}

// A name line in the page head ("Harbour Post", "LA GAZETTE DE BRETAGNE"), a name with its tagline
// ("Hauptstadt Echo – Nachrichten aus Berlin"), or a nav bar that starts with one ("CNN | US | World").
function mastheadOf(text: string, navBar = false): string | null {
  const t = text.trim();
  if (isToolLabel(t) || findDate(t)) return null;
  const items = t.split(/\s+[|–—-]\s+|\s*\|\s*|\s{2,}/u).filter(Boolean);
  const first = items[0];
  if (first === undefined || first.includes(',') || (navBar && items.length < 3)) return null;
  const acronym = /^\p{Lu}{2,6}$/u.test(first);
  if (items.length === 1) return nameLike(first, 6) && twoCapitalised(first) ? readableCase(first) : null;
  if (items.length === 2) {
    // A name and its tagline; two short names side by side are a menu.
    return (acronym || (nameLike(first, 5) && twoCapitalised(first))) && words(items[1]).length >= 2 ? readableCase(first) : null;
  }
  // A menu whose first item is the site's name, the others sections.
  return (acronym || (nameLike(first, 5) && twoCapitalised(first))) && items.slice(1).every((x) => words(x).length <= 2) ? readableCase(first) : null;
}

/** Words of a headline in Title Case that ends in a full stop, at most. */
const STOPPED_HEADLINE_WORDS = 20;
/** A headline in Title Case that ends in a full stop ("I Drove the Bus for 22 Years. Cutting It Would Be a Mistake."). */
export const stoppedHeadline = (l: Pick<MetaLine, 'titleCase' | 'nWords' | 'text'>) =>
  l.titleCase && l.nWords >= 4 && l.nWords <= STOPPED_HEADLINE_WORDS && FULL_STOP.test(l.text);

const LEGAL_LINE = /©|\(c\)|\bcopyright\b/iu;
/** Rules of the lines between a headline and its body: bylines, stamps, the lead photo's caption. */
const HEAD_META_RULES = new Set(['byline', 'published-stamp', 'date-stamp', 'photo-credit', 'caption-with-credit', 'gallery-counter']);
const MAST_MARKS = new Set(['header-zone', 'menu-run', 'repeated-line']);

/**
 * Two sentences in a long line ("… verdoppeln. Dann ist dein Sauerteig bereit zum Backen!"). A
 * headline may hold two as well ("Wszystko nagrał kamerzysta. Film podbija sieć!"), so this only
 * tells the body's first paragraph from one. A short word before the stop is an abbreviation
 * ("Rep. Ilhan Omar"), a word alone before it a kicker ("Brexit. What now?").
 */
const twoSentences = (l: MetaLine) => l.nWords >= 16 && /^(?:\S+\s+){2,}\S*\p{Ll}{5}[.!?]\s+\p{Lu}/u.test(l.text);

/**
 * A caption that credits its picture ("Finished! Photo: my husband", "… Nairobi CBD. /FILE"): no
 * headline. (pickTitle may still take it, for the body: the metadata reads the head's headline then.)
 */
export const CREDITED = /(?:^|[\s(])(?:photo|foto|fotoğraf|fotografia|picture|image|bild|imagen|imagem|фото|写真)\s*:|\s\/\s?file$|\bfile photo\b/iu;

/** A rating in stars ("★★★★★ 4.8 (213)"): a recipe's or a review's, under its headline. */
const RATING = /[★☆⭐]{3}/u;

/**
 * The title: the headline-like line at or just above the top of the body, reached over the bylines,
 * dates, standfirsts and page-tool labels between them; -1 when there is none.
 */
/** Words of a menu entry, at most. */
const ENTRY_WORDS = 3;
const ENTRY_SPLIT = /\s*[,|·•]\s*/u;

/**
 * Whether a line is two or more of the page's own short lines, split by commas or bars ("Events,
 * Village life"): a post's categories, which the page's menu lists one by one. No headline. The
 * page's short lines are gathered on the first line that splits so.
 */
export function entryLists(lines: readonly MetaLine[]): (text: string) => boolean {
  let short: Set<string> | null = null;
  return (text) => {
    const items = text.split(ENTRY_SPLIT);
    if (items.length < 2) return false;
    if (!short) {
      short = new Set();
      for (const l of lines) if (!l.blank && l.nWords <= ENTRY_WORDS) short.add(l.text.toLowerCase());
    }
    return items.every((t) => short!.has(t.toLowerCase()));
  };
}

export function pickTitle(lines: readonly MetaLine[], spanStart: number, spanEnd: number, bodyStart: number, lang: string | null = null): number {
  let title = -1;
  const dateOpts: FindDateOptions = { slashes: slashOrder(lang) };
  const keyValue = (i: number) => i >= 0 && i < lines.length && !lines[i].blank && (KEY_VALUE.test(lines[i].text) || /^[^:.!?]{1,60}:\s+\S/u.test(lines[i].text));
  /** A "Key: value" line among two more, one under another: a box of facts ("Haus: Einfamilienhaus, Baujahr 1962"), no headline. */
  const amongFacts = (i: number) => keyValue(i) && (keyValue(i - 1) ? keyValue(i - 2) || keyValue(i + 1) : keyValue(i + 1) && keyValue(i + 2));
  /** A headline that ends in a full stop, over its byline or date, is no sentence of a body. (German capitalises nouns.) */
  const stoppedOverMeta = (i: number) => {
    if (lang === 'de' || !stoppedHeadline(lines[i])) return false;
    let j = i + 1;
    while (j < lines.length && lines[j].blank) j++;
    return j < lines.length && !!isHeadMeta(j);
  };
  const entryList = entryLists(lines);
  const headlineCandidate = (i: number) => {
    const l = lines[i];
    // (A headline has words: "0 0 0" is a row of figures.)
    return !l.rule && !l.userRule && !l.exception && ((isHeadlineLike(l) && !FULL_STOP.test(l.text)) || stoppedOverMeta(i)) && l.nWords >= 3 && /\p{L}/u.test(l.text) && !/\s[|>›»]\s|\S\s{2,}\S/u.test(l.text) && !isDateOnly(l.text) && !isToolLabel(l.text) && !RATING.test(l.text) && !amongFacts(i) &&
      !entryList(l.text);
  };
  // A post's comment count ("7 Comments") stands with its byline under the title.
  const commentCount = (l: MetaLine) => l.rule?.id === 'comments-marker' && l.nWords <= 4 && /\d/u.test(l.text);
  const isHeadMeta = (i: number) => {
    const l = lines[i];
    return authorLine(lines, i, dateOpts) || (l.nWords <= 20 && !!findDate(l.text, dateOpts)) || (!!l.rule && HEAD_META_RULES.has(l.rule.id)) || commentCount(l);
  };
  // A subhead inside the article can look like the title when the body's first paragraphs were not
  // counted in it (a list broke the run). A headline over a byline or date, with a lead paragraph
  // below them, higher up in the same stretch of content, is the title then.
  // With no byline left (a clean took it away), the headline over the lead paragraph at the top of
  // the stretch is the title.
  // A share row right under the byline ("Share", "Tweet", "Print") stands in the head too.
  const shareUnderMeta = (j: number) => {
    if (lines[j].rule?.id !== 'share-line') return false;
    let k = j - 1;
    while (k >= bodyStart && (lines[k].blank || lines[k].rule?.id === 'share-line')) k--;
    return k >= bodyStart && isHeadMeta(k);
  };
  const bylinedAbove = (from: number, metaOnly = false): number | null => {
    let lead = false;
    let overLead: number | null = null;
    for (let j = from - 1; j >= Math.max(bodyStart, from - 40); j--) {
      const l = lines[j];
      if (l.blank || l.exception || shareUnderMeta(j)) continue;
      if ((l.rule && !HEAD_META_RULES.has(l.rule.id) && !commentCount(l)) || l.userRule || isToolLabel(l.text)) break;
      // (A standfirst with no full stop is no lead of its own: the headline stands over it.)
      const under = lead;
      if (l.prose && l.nWords >= 15 && !isHeadMeta(j)) lead = true;
      if (!under || !headlineCandidate(j) || isHeadMeta(j)) continue;
      let k = j + 1;
      // (A salutation over the lead, "Dear residents,", opens it.)
      while (k < from && (lines[k].blank || isSalutation(lines[k].text, lines[k].nWords))) k++;
      if (k < from && isHeadMeta(k)) return j;
      if (k < from && lines[k].prose && lines[k].nWords >= 15) {
        // (Over a standfirst over the byline, it is the title at once: a line over a date higher up is not.)
        let m = k + 1;
        while (m < from && lines[m].blank) m++;
        if (m < from && isHeadMeta(m)) return j;
        // (Over a line that stands over its byline, only right over its standfirst: higher up, a teaser's.)
        if (!metaOnly || m >= from) overLead = j;
      }
    }
    return overLead;
  };
  // The body may open with a teaser box or the headline itself: the walk up starts at its first paragraph.
  let start = spanStart;
  while (start < Math.min(spanEnd, spanStart + 12) && !(lines[start].prose && lines[start].nWords >= 15)) start++;
  if (start >= Math.min(spanEnd, spanStart + 12)) start = spanStart;
  const first = lines[start];
  // (Not a paragraph of two sentences that ends as a headline may, "… verdoppeln. Dann ist er bereit!")
  if (first && start < spanEnd && headlineCandidate(start) && !twoSentences(first) && !authorLine(lines, start, dateOpts)) title = start;
  // Only a byline block may stand between a title and the body it opens.
  let furniture = false;
  for (let i = start - 1; i >= bodyStart; i--) {
    const l = lines[i];
    if (l.blank || l.exception) continue;
    if (authorLine(lines, i, dateOpts) || creditLine(l.text) || NEWSROOM.test(l.text.replace(BY_RE, '')) || (l.nWords <= 20 && findDate(l.text, dateOpts)) || RATING.test(l.text)) continue;
    // A bare name right under a headline is its author (a live blog's entry, a column).
    if (!l.rule && i > bodyStart && headlineCandidate(i - 1) && nameLike(l.text, 4) && twoCapitalised(l.text)) continue;
    if (l.rule || l.userRule || isToolLabel(l.text)) {
      if ((!l.rule || !HEAD_META_RULES.has(l.rule.id)) && !shareUnderMeta(i)) furniture = true;
      continue;
    }
    // Nor is the headline of a "Read also" set into the article.
    if (headlineCandidate(i) && i > bodyStart && lines[i - 1].rule?.id === 'read-more-marker' && isBareMarker(lines[i - 1].text)) {
      furniture = true;
      continue;
    }
    // Nor one of a box of headlines set into it ("You might also like"): the walk goes on above its head.
    const box = headlineCandidate(i) ? boxHeadAbove(lines, i, bodyStart, headlineCandidate) : -1;
    if (box >= 0) {
      furniture = true;
      i = box;
      continue;
    }
    // An item of a numbered or bulleted list (a table of contents) is no headline.
    if (headlineCandidate(i) && ENUMERATED.test(l.text) && ((i > 0 && ENUMERATED.test(lines[i - 1].text)) || (i + 1 < lines.length && ENUMERATED.test(lines[i + 1].text)))) {
      furniture = true;
      continue;
    }
    if (headlineCandidate(i)) {
      if (title >= 0 && furniture) break;
      // A headline-like line right above another is the title, the lower one its standfirst; a
      // line in a list of them (a teaser box) is not.
      const above = upperHeadline(lines, i, bodyStart, headlineCandidate);
      const t = above >= 0 ? above : i;
      // (Right over its byline or date, a line between at most, it heads the article: a headline higher
      // up over a paragraph alone is a teaser's, only one over a byline or date is the title.)
      let overMeta = false;
      for (let k = i + 1, seen = 0; k < start && seen < 2 && !overMeta; k++) {
        if (lines[k].blank) continue;
        overMeta = !!authorLine(lines, k, dateOpts) || (lines[k].nWords <= 20 && !!findDate(lines[k].text, dateOpts));
        seen++;
      }
      return bylinedAbove(t, overMeta) ?? t;
    }
    // Standfirsts: sentences between the title and the body. (And the post's categories.)
    if (l.prose || FULL_STOP.test(l.text) || entryList(l.text)) continue;
    // A badge right under the headline ("PLUS", "Live", "Exclusive").
    if (l.nWords === 1 && !/\d/u.test(l.text) && i > bodyStart && headlineCandidate(i - 1)) {
      furniture = true;
      continue;
    }
    break;
  }
  return title;
}

/** Rules a page's head may put on its headline: the head as a whole, or its words seen on other pages. */
const HEAD_TITLE_RULES = new Set(['header-zone', 'menu-run', 'repeated-line']);

/**
 * When pickTitle finds none (the rules took the page head, headline and all), the headline the head
 * shows: the line over the byline and date above the body (over the standfirst under it, if any).
 * For the metadata only: the body is left as the rules cut it.
 */
export function headTitle(lines: readonly MetaLine[], spanStart: number, bodyStart: number, lang: string | null = null): number {
  const dateOpts: FindDateOptions = { slashes: slashOrder(lang) };
  const dated = (l: MetaLine) => l.nWords <= 20 && !!findDate(l.text, dateOpts);
  const meta = (i: number) => !!authorLine(lines, i, dateOpts) || dated(lines[i]) || ['byline', 'published-stamp', 'date-stamp'].includes(lines[i].rule?.id ?? '');
  let start = spanStart;
  while (start < spanStart + 12 && start < lines.length && !(lines[start].prose && lines[start].nWords >= 15)) start++;
  if (start >= lines.length || start >= spanStart + 12) start = spanStart;
  // The body may start with the standfirst, the byline under it: the head block ends there.
  for (let i = start + 1, seen = 0; i < lines.length && seen < 3; i++) {
    if (lines[i].blank) continue;
    if (meta(i)) {
      start = i + 1;
      break;
    }
    seen++;
  }
  // Up to the byline or date, over the share row, the caption and the like.
  let j = start - 1;
  while (j >= Math.max(bodyStart, start - 30) && (lines[j].blank || !meta(j))) {
    if (!lines[j].blank && !lines[j].rule && lines[j].prose && lines[j].nWords >= 15 && !CREDITED.test(lines[j].text)) return -1;
    j--;
  }
  if (j < bodyStart || j < start - 30) return -1;
  // Over the rest of the byline block: names, roles, dates, labels of a word or two.
  while (j - 1 >= bodyStart && (lines[j - 1].blank || meta(j - 1) || lines[j - 1].nWords <= 2 || nameLike(lines[j - 1].text, 4))) j--;
  const above = (i: number) => {
    let k = i - 1;
    while (k >= bodyStart && lines[k].blank) k--;
    return k;
  };
  const headline = (k: number, overStandfirst: boolean) => {
    if (k < bodyStart) return false;
    const l = lines[k];
    if (l.rule && !HEAD_TITLE_RULES.has(l.rule.id)) return false;
    // (Scripts written without spaces have few words to a headline; capitals are a kicker's or a section's.)
    const unspaced = UNSPACED.test(l.text);
    if (l.userRule || l.exception || l.nWords > 30 || (l.nWords < 3 && !(unspaced && l.text.length >= 8)) || readableCase(l.text) !== l.text) return false;
    if (/:$|https?:\/\/|\s[|>›»/]\s/u.test(l.text) || isDateOnly(l.text) || isToolLabel(l.text) || CREDITED.test(l.text) || findDate(l.text, dateOpts)) return false;
    // (A headline over its standfirst may end in a full stop, "The 6:40 is gone. Here's what that means.";
    // right over the byline, a sentence in sentence case is a paragraph's.)
    return !FULL_STOP.test(l.text) || (overStandfirst ? l.nWords <= STOPPED_HEADLINE_WORDS : stoppedHeadline(l));
  };
  const k = above(j);
  if (k < bodyStart) return -1;
  const l = lines[k];
  // A standfirst under the headline: sentences, or a line longer than a headline.
  const standfirst = ((l.prose || FULL_STOP.test(l.text)) && l.nWords >= 10) || l.nWords >= 15;
  if (standfirst && headline(above(k), true)) return above(k);
  return headline(k, false) ? k : -1;
}

/**
 * The head of a box of other stories ("You might also like") a few short lines above line i, with
 * another headline among them, or -1. (Topics under "Trending" over the title make no box.)
 */
function boxHeadAbove(lines: readonly MetaLine[], i: number, bodyStart: number, candidate: (i: number) => boolean): number {
  let headline = false;
  for (let j = i - 1, seen = 0; j >= bodyStart && seen < 4; j--) {
    const l = lines[j];
    if (l.blank) continue;
    if (l.rule?.id === 'most-read-heading') return headline ? j : -1;
    if (l.prose || l.nWords > 20) return -1;
    if (candidate(j)) headline = true;
    seen++;
  }
  return -1;
}

function upperHeadline(lines: readonly MetaLine[], i: number, bodyStart: number, candidate: (i: number) => boolean): number {
  // A press release's headline in Title Case over its highlights in sentence case, one under
  // another with no blank line between: the top one is the title.
  let top = i;
  while (top - 1 >= bodyStart && i - top < 4 && !lines[top - 1].blank && candidate(top - 1)) top--;
  if (top < i - 1 && lines[top].titleCase && (top === bodyStart || lines[top - 1].blank || lines[top - 1].rule)) {
    let sentences = true;
    for (let k = top + 1; k <= i; k++) if (lines[k].titleCase) sentences = false;
    if (sentences) return top;
  }
  let j = i - 1;
  let blanks = 0;
  while (j >= bodyStart && lines[j].blank) {
    j--;
    blanks++;
  }
  if (j < bodyStart || blanks > 1 || !candidate(j) || mastheadOf(lines[j].text)) return -1;
  // The standfirst is the longer of the two, by far: a tagline under a masthead is not a title.
  // (A headline of eight words or more is no masthead: a standfirst as long under it is enough.)
  if (lines[i].nWords < (lines[j].nWords >= 8 ? lines[j].nWords : Math.max(10, lines[j].nWords * 1.5))) return -1;
  const k = j - 1;
  if (k >= bodyStart && !lines[k].blank && candidate(k)) return -1;
  return j;
}

// Stamps that say when the article was published, and when it was changed.
const PUBLISHED_WORD = /(?:^|[\s,|·])(?:published|posted|first published|publi[ée]e?|publicad[oa]|veröffentlicht|erschienen|pubblicat[oa]|opublikowan[oy]|publikacja|diterbitkan|опубликовано|نشر)(?=[\s:]|$)/iu;
const UPDATED_WORD = /(?:^|[\s,|·])(?:updated|last updated|modified|amended|corrected|mis à jour|mise à jour|modifi[ée]e?|actualizad[oa]|aktualisiert|stand|aggiornat[oa]|modificat[oa]|atualizad[oa]|zaktualizowan[oy]|aktualizacja|обновлено)(?=[\s:]|$)/iu;

/** Slashed dates in the order the language writes them. */
const slashOrder = (lang: string | null): FindDateOptions['slashes'] => (!lang || lang === 'en' ? 'either' : 'dmy');

function pickPublished(lines: readonly MetaLine[], marks: readonly MetaMark[], title: number, span: [number, number], retrievedLine: number, lang: string | null): string | null {
  const opts: FindDateOptions = { slashes: slashOrder(lang) };
  let best: { rank: number; edtf: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || i === retrievedLine || i === title || l.nWords > 24) continue;
    const inBody = i >= span[0] && i <= span[1];
    const mark = marks[i]?.rule;
    const pub = PUBLISHED_WORD.exec(l.text);
    const upd = UPDATED_WORD.exec(l.text);
    // In the body only a stamp or a short line without a full stop: a dateline, not a sentence.
    if (inBody && !mark && (FULL_STOP.test(l.text) || (l.nWords > 12 && !pub && !upd))) continue;
    if (mark === 'date-widget' || mark === 'copyright-notice') continue;
    // "Publié le …, modifié le …": the date after the word that says published.
    const from = pub && (!upd || pub.index < upd.index) ? pub.index : 0;
    const d = findDate(l.text.slice(from), opts);
    if (!d) continue;
    // Above the title only stamps count; the rest there is page furniture (tickers, widgets).
    if (title >= 0 && i < title && !pub && !upd && mark !== 'published-stamp' && mark !== 'date-stamp' && mark !== 'byline') continue;
    const updatedOnly = upd && (!pub || upd.index < pub.index) && from === 0;
    // (A "Published" stamp under the body may be the next story's: the body's own head date goes first.)
    const rank = pub ? (i > span[1] ? 1.5 : 0) : updatedOnly ? 2 : i > span[1] ? 3 : 1;
    if (!best || rank < best.rank) best = { rank, edtf: d.edtf };
  }
  return best?.edtf ?? null;
}

/** The links a copyright line lists too ("Terms of Use", "Privacy Policy"): no names. */
const SITE_LINK = /(?:^|\s)(?:privacy|terms|cookies?|contact|about|policy|conditions|legal|imprint|impressum|datenschutz|mentions|aviso|pol[ií]tica|privacidade|termos|accessibility|help|sitemap|advertis\w*)(?:\s|$)/iu;

/**
 * A name in the page head that the copyright line under the article names too: "The Prairie Standard"
 * over "© 2024 Prairie Standard, a division of …", "ВЕКТОР" over "© 2024 ИА «Вектор»". One word must
 * open the line's name, stand in quotes or come before its company's form ("Gearbench Media LLC"), so
 * that a menu's "News" is not read in "Atlas News Network".
 */

function confirmedMasthead(lines: readonly MetaLine[], marks: readonly MetaMark[], headEnd: number, span: [number, number], bodyStart: number): { line: number; name: string } | null {
  const legal: string[] = [];
  for (let i = span[1] + 1; i < lines.length; i++) {
    const t = lines[i].text;
    if (marks[i]?.rule === 'copyright-notice' || LEGAL_LINE.test(t)) legal.push(t.toLowerCase().normalize('NFC'));
  }
  if (!legal.length) return null;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  for (let i = bodyStart; i < headEnd; i++) {
    const l = lines[i];
    if (l.blank || l.nWords > 6 || l.text.length > 60 || l.userRule || !/^[\p{Lu}\p{Lo}]/u.test(l.text)) continue;
    const name = l.text.trim().toLowerCase().normalize('NFC').replace(/^the\s+/u, '');
    // (A plain search first: most lines of a head are in no copyright line.)
    if (name.length < 3 || !legal.some((t) => t.includes(name))) continue;
    if (/[.!?:;,]$/u.test(l.text) || SITE_LINK.test(l.text) || isToolLabel(l.text) || findDate(l.text)) continue;
    const at = String.raw`(?<![\p{L}\p{N}])${esc(name)}(?![\p{L}\p{N}])`;
    const one = words(name).length === 1;
    const re = one
      ? new RegExp(String.raw`^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,.]*${esc(name)}(?![\p{L}\p{N}])|["'«»“„]${esc(name)}|${at}\s+(?:media|medien|médias|медиа|group|grupo|gruppo|comunica[cç][aã]o|llc|inc|ltd|gmbh|ag|s\.?a|s\.?l|s\.?r\.?l|s\.?p\.?a)(?![\p{L}])|(?:grupo|gruppo|groupe|group)\s+${esc(name)}(?![\p{L}\p{N}])`, 'u')
      : new RegExp(at, 'u');
    if (legal.some((t) => re.test(t))) return { line: i, name: readableCase(unquote(l.text)) };
  }
  return null;
}

function pickSource(lines: readonly MetaLine[], marks: readonly MetaMark[], title: number, span: [number, number], bodyStart: number): string | null {
  // The page head: the masthead above the title, first one the copyright line names.
  const headEnd = title >= 0 ? title : span[0];
  // (A name on the page's first line stays the masthead: a network's menu under it may list the
  // owner's other titles.)
  const confirmed = confirmedMasthead(lines, marks, headEnd, span, bodyStart);
  let top = bodyStart;
  while (top < lines.length && lines[top].blank) top++;
  for (let i = bodyStart; i < headEnd; i++) {
    if (confirmed && confirmed.line <= i) return confirmed.name;
    if (confirmed && i !== top) continue;
    const l = lines[i];
    if (l.blank || l.exception || l.userRule) continue;
    const mark = marks[i]?.rule;
    // A nav bar the rules know may start with the site's name; other flagged lines are not names.
    const navBar = l.rule?.id === 'navigation-item';
    if ((l.rule && !navBar) || (mark && !MAST_MARKS.has(mark) && !navBar)) continue;
    if (authorLine(lines, i, {})) continue;
    // The town of a weather widget is not the publication.
    if ([i - 1, i + 1].some((j) => lines[j]?.rule?.id === 'weather-widget')) continue;
    // In a run of menu items only the first unexplained one may be the site's name.
    if (mark === 'menu-run') {
      let j = i - 1;
      while (j >= bodyStart && !lines[j].blank && (lines[j].rule || lines[j].nWords >= 3)) j--;
      if (j >= bodyStart && !lines[j].blank) continue;
    }
    const name = SITE_LINK.test(l.text) ? null : mastheadOf(l.text, navBar);
    if (name) return unquote(name);
  }
  if (confirmed) return confirmed.name;
  // The foot: "Source: X", a name over the copyright line, the copyright line itself.
  for (let i = span[1] + 1; i < lines.length; i++) {
    const m = /^(?:source|quelle|fuente|fonte|źródło|fonte|источник)\s*:\s*(.{2,60})$/iu.exec(lines[i].text);
    if (m && nameLike(m[1], 6) && !AGENCY.test(m[1])) return unquote(m[1]);
  }
  for (let i = span[1] + 1; i < lines.length; i++) {
    if (marks[i]?.rule !== 'copyright-notice' && !LEGAL_LINE.test(lines[i].text)) continue;
    const own = outletFromLegal(lines[i].text);
    if (own) return unquote(own);
    const prev = lines[i - 1];
    if (i - 1 > span[1] && prev && !prev.blank && !marks[i - 1]?.rule?.startsWith('teaser') && nameLike(prev.text, 6) && words(prev.text).length >= 2 && !findDate(prev.text)) {
      return readableCase(unquote(prev.text));
    }
  }
  // A copyright line anywhere else.
  for (let i = 0; i < lines.length; i++) {
    if (marks[i]?.rule !== 'copyright-notice') continue;
    const own = outletFromLegal(lines[i].text);
    if (own) return unquote(own);
  }
  return null;
}

export interface MetadataInput {
  lines: readonly MetaLine[];
  /** Per line, the rule that flagged it. */
  marks: readonly MetaMark[];
  /** The title line, -1 for none. */
  title: number;
  /** The body's first and last line. */
  span: [number, number];
  /** The first line after the front matter. */
  bodyStart: number;
  /** The line of the page's current-date widget, -1 for none. */
  retrievedLine: number;
  lang: string | null;
  frontMatter: FrontMatter | null;
}

/** A front-matter date that is one ISO date and time ("2022-10-03 16:45") as EDTF; anything else as written. */
function asEdtf(value: string): string {
  const d = findDate(value);
  return d && d.match.trim() === value.trim() ? d.edtf : value;
}

/** A WordPress feed's line, down to the site it names ("The post … appeared first on Valley News." → "Valley News"). */
const FIRST_ON_SITE = new RegExp(`^.*\\s(?:${FIRST_ON})\\s+(.+?)\\.?$`, 'iu');

/** The article's metadata from its flagged lines; what a front matter says wins. */
export function readMetadata(input: MetadataInput): Metadata {
  const { lines, marks, title, span, bodyStart, retrievedLine, lang, frontMatter } = input;
  const metadata: Metadata = { source: null, published: null, url: null, retrieved: null, title: null, author: null, language: lang };
  if (title >= 0) metadata.title = lines[title].text;
  if (retrievedLine >= 0) metadata.retrieved = edtfDay(isDateOnly(lines[retrievedLine].text)!.edtf);
  const markedWith = (rule: RuleId) => marks.findIndex((m) => m?.rule === rule);
  const ff = markedWith('feed-footer');
  if (ff >= 0) {
    const t = lines[ff].text;
    metadata.url = t.split(/\s+/)[0];
    metadata.published = findDate(t.slice(metadata.url.length))?.edtf ?? null;
  }
  const post = markedWith('feed-post-line');
  // (A feed's "from X" closes the text: a menu's "From the Editor's Desk" above the body is none.)
  const fromLine = markedWith('feed-source-line');
  const src = Math.max(fromLine > span[0] ? fromLine : -1, post);
  if (src >= 0) metadata.source = unquote(src === post ? lines[src].text.replace(FIRST_ON_SITE, '$1') : lines[src].text.replace(/^(?:from|via)\s+/iu, ''));
  if (!metadata.published) metadata.published = pickPublished(lines, marks, title, span, retrievedLine, lang);
  if (!metadata.source) metadata.source = pickSource(lines, marks, title, span, bodyStart);
  // The publication named in a byline's place ("Correio Federal — Brasília") is no author.
  const outlet = (a: string | null) => !!a && !!metadata.source && a.toLowerCase() === metadata.source.toLowerCase();
  // A byline the rules flagged, else a "By …" line or names beside the date, the page head first.
  const by = markedWith('byline');
  // Names beside dates in the reader comments are commenters': the search ends where they begin.
  const commentsNear = (i: number) => marks.slice(i, i + 6).some((m) => !!m && kindOf(m.rule) === 'comments');
  const dateOpts: FindDateOptions = { slashes: slashOrder(lang) };
  /** Names beside a date or after "By" in lines [bodyStart, to), the first found. */
  const authorUpTo = (to: number) => {
    for (let i = bodyStart; i < to && !metadata.author; i++) {
      if (i === title || (i >= span[0] && i <= span[1] && lines[i].prose)) continue;
      if (i > span[1] && commentsNear(i)) break;
      // (Today's date over the page is no article's: the town beside it is the weather's.)
      if (retrievedLine >= 0 && Math.abs(i - retrievedLine) === 1) continue;
      const a = authorLine(lines, i, dateOpts);
      if (!outlet(a)) metadata.author = a;
    }
  };
  // (A byline under the body may be the next story's: names beside the date in the body's own head go first.)
  if (by > span[1]) authorUpTo(span[0]);
  if (by >= 0 && !metadata.author) metadata.author = authorFrom(lines[by].text);
  if (outlet(metadata.author)) metadata.author = null;
  authorUpTo(lines.length);
  if (!metadata.url) {
    const link = marks.findIndex((m, i) => m && /^https?:\/\/\S+$/.test(lines[i].text));
    if (link >= 0) metadata.url = lines[link].text;
  }
  if (frontMatter) {
    for (const [k, v] of Object.entries(metadataFromFrontMatter(frontMatter))) {
      (metadata as unknown as Record<string, string | null>)[k] = (k === 'published' || k === 'retrieved') && v ? asEdtf(v) : v ?? null;
    }
  }
  return metadata;
}
