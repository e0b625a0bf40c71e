// Dates as scraped news writes them, in several languages, turned into EDTF without guessing.
const MONTHS: Record<string, number> = {};
const addMonths = (names: string) =>
  names.split(' ').forEach((group, i) => group.split('|').forEach((n) => (MONTHS[n] = i + 1)));
addMonths('january|jan 2february|feb march|mar april|apr may june|jun july|jul august|aug september|sep|sept october|oct november|nov december|dec'.replace(/ 2/, ' '));
addMonths('enero|ene febrero marzo abril|abr mayo junio julio agosto|ago septiembre|setiembre octubre noviembre diciembre|dic');
addMonths('januar|jänner februar märz|mrz april mai juni juli august september oktober|okt november dezember|dez');
addMonths('janvier|janv février|févr|fevrier mars avril|avr mai juin juillet|juil août|aout septembre octobre novembre décembre|déc|decembre');
addMonths('января|январь|янв февраля|февраль|фев марта|март апреля|апрель|апр мая|май июня|июнь июля|июль августа|август|авг сентября|сентябрь|сен октября|октябрь|окт ноября|ноябрь|ноя декабря|декабрь|дек');
addMonths('janeiro fevereiro|fev março|marco abril maio junho julho agosto setembro|set outubro|out novembro dezembro|dez');
addMonths('gennaio|gen febbraio marzo aprile maggio|mag giugno|giu luglio|lug agosto settembre ottobre|ott novembre dicembre');
addMonths('stycznia|styczeń|sty lutego|luty|lut marca|marzec kwietnia|kwiecień|kwi maja|maj czerwca|czerwiec|cze lipca|lipiec|lip sierpnia|sierpień|sie września|wrzesień|wrz października|październik|paź listopada|listopad|lis grudnia|grudzień|gru');
addMonths('يناير|كانون_الثاني فبراير|شباط مارس|آذار أبريل|إبريل|نيسان مايو|أيار يونيو|حزيران يوليو|تموز أغسطس|آب سبتمبر|أيلول أكتوبر|تشرين_الأول نوفمبر|تشرين_الثاني ديسمبر|كانون_الأول');
for (const k of Object.keys(MONTHS)) if (k.includes('_')) MONTHS[k.replace('_', ' ')] = MONTHS[k];

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** Zones only when the text names one; ambiguous abbreviations (IST) are not mapped. */
const ZONES: Record<string, string> = {
  gmt: 'Z', utc: 'Z', z: 'Z', bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00',
  msk: '+03:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', jst: '+09:00', kst: '+09:00', aest: '+10:00', aedt: '+11:00', wib: '+07:00',
  mez: '+01:00', mesz: '+02:00', wet: 'Z', west: '+01:00', brt: '-03:00',
};
/** US zones named without standard or daylight ("ET"): their offset depends on the date. */
const US_ZONES: Record<string, number> = { et: -5, ct: -6, mt: -7, pt: -8 };
const ZONE_NAMES = [...Object.keys(ZONES), ...Object.keys(US_ZONES)]
  .filter((z) => z !== 'z')
  .sort((a, b) => b.length - a.length)
  .join('|');

const TIME = String.raw`(?:(?:at|a las|às|as|um|à|alle(?:\s+ore)?|ore|o\s+godz\.?|godz\.?|o|kl\.?|в|,|-|–|—|\|)\s*)?(\d{1,2})(?:[:.]|\s?h\s?)(\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(?:uhr|hrs|h))?(?:\s*\(?\s*(${ZONE_NAMES})\b(?:\s*([+-]\d{1,2})(?::?(\d{2}))?)?\)?)?`;

const RE_ISO = new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?`, 'iu');
const RE_MDY = new RegExp(String.raw`(?<![\p{L}])(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s*${TIME})?`, 'iu');
const RE_DMY = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(${MONTH_ALT})\.?,?\s+(?:de\s+)?(\d{4})(?:\s*(?:г\.|года|г))?(?:,?\s*${TIME})?`, 'iu');
const RE_LOST_MONTH = new RegExp(String.raw`(?:^|\s)(\d{1,2}),\s+(\d{4})\s+at\s+${TIME}`, 'iu');
const RE_SLASHED = new RegExp(String.raw`(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])(?:,?\s*${TIME})?`, 'iu');
const TIME_FIRST = new RegExp(String.raw`(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(${ZONE_NAMES})\b)?\s*,?\s*(?:\p{L}{2,12}\.?,?\s*)?$`, 'iu');
const RE_DOTTED = new RegExp(String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s*${TIME})?`, 'iu');
/** "20.nov.2019 às 13h20": the month's name between dots. */
const RE_DOTTED_NAME = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})\.(${MONTH_ALT})\.(\d{4})(?:,?\s*${TIME})?`, 'iu');
/** A weekday in brackets after a Japanese, Chinese or Korean date: "(火)", "（水曜日）", "(화)". */
const CJK_WEEKDAY = String.raw`(?:\s*[(（][^()（）]{1,4}[)）])?`;
/** A time in Japanese, Chinese or Korean: "10:30", "10時30分", "午後3時", "오후 3시 5분". */
const CJK_TIME = String.raw`(?:\s*(午前|午後|上午|下午|오전|오후)?\s*(\d{1,2})\s*(?:[:：]\s*(\d{2})|[時时시]\s*(?:(\d{1,2})\s*[分분])?))?`;
/** "2019年11月20日 10時30分", "2019년 11월 20일". */
const RE_CJK = new RegExp(String.raw`(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]${CJK_WEEKDAY}${CJK_TIME}`, 'u');
/** Year first with slashes or dots: "2019/11/20 10:30", "2019.11.15" (ja, zh, ko). */
const RE_YMD = new RegExp(String.raw`(?<![\d/.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)\.?${CJK_WEEKDAY}${CJK_TIME}`, 'u');

const MDY_MARK = /\d(?:st|nd|rd|th)?,?\s+\d{4}/iu;
const DMY_MARK = /\d(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?\p{L}/iu;

const pad = (n: number) => String(n).padStart(2, '0');

/** Daylight time in the US: from the second Sunday of March to the first Sunday of November. */
function usDaylight(y: number, mo: number, d: number): boolean {
  if (mo < 3 || mo > 11) return false;
  if (mo > 3 && mo < 11) return true;
  const firstSunday = 1 + ((7 - new Date(Date.UTC(y, mo - 1, 1)).getUTCDay()) % 7);
  return mo === 3 ? d >= firstSunday + 7 : d < firstSunday;
}

function timePart(h?: string, m?: string, ampm?: string, zone?: string, offH?: string, offM?: string, day?: [number, number, number]): string {
  if (h === undefined || m === undefined) return '';
  let hour = Number(h);
  const min = Number(m);
  const ap = ampm?.toLowerCase().replace(/\./g, '');
  if (ap === 'pm' && hour < 12) hour += 12;
  if (ap === 'am' && hour === 12) hour = 0;
  if (hour > 23 || min > 59) return '';
  let z = '';
  if (zone) {
    const us = US_ZONES[zone.toLowerCase()];
    const base = us !== undefined ? (day ? `-${pad(-us - (usDaylight(...day) ? 1 : 0))}:00` : undefined) : ZONES[zone.toLowerCase()];
    if (offH !== undefined) {
      const sign = offH.startsWith('-') ? '-' : '+';
      z = `${sign}${pad(Math.abs(Number(offH)))}:${offM ?? '00'}`;
    } else if (base) z = base;
  }
  return `T${pad(hour)}:${pad(min)}${z}`;
}

const validYear = (y: number) => y >= 1900 && y <= 2100;
/** A day that exists in its month (no 31 February); with the month lost, any day up to 31. */
const validDay = (d: number, mo?: number, y?: number) => {
  if (d < 1 || d > 31) return false;
  if (mo === undefined || y === undefined) return true;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
};

export interface FoundDate {
  edtf: string;
  /** The matched text, to tell a line that is only a date. */
  match: string;
  hasTime: boolean;
}

/** The first date a line states, as EDTF (`X` for lost digits, a zone only if stated). */
export interface FindDateOptions {
  /** Read NN/NN/YYYY: `dmy` where the day comes first, `mdy` where the month does, `either` only where one order is possible. */
  slashes?: 'dmy' | 'mdy' | 'either';
}

export function findDate(line: string, opts: FindDateOptions = {}): FoundDate | null {
  // Every form this reads has a four-digit year.
  if (!/\d{4}/.test(line)) return null;
  const candidates: { index: number; d: FoundDate }[] = [];
  const push = (m: RegExpExecArray | null, make: (m: RegExpExecArray) => string | null) => {
    if (!m) return;
    const edtf = make(m);
    if (edtf) candidates.push({ index: m.index, d: { edtf, match: m[0], hasTime: edtf.includes('T') } });
  };
  // Each form's mark, tested before its costlier regex: ISO's hyphen, the dotted form's dot, the day
  // before the year of month-day-year, the day before a word of day-month-year, the space before the year.
  const spacedYear = /\s\d{4}/.test(line);
  if (line.includes('-')) push(RE_ISO.exec(line), (m) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validYear(y) || mo < 1 || mo > 12 || !validDay(d, mo, y)) return null;
    let t = '';
    if (m[4] !== undefined) {
      const tz = m[6] ? (m[6].toUpperCase() === 'Z' ? 'Z' : m[6].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
      t = `T${m[4]}:${m[5]}${tz}`;
    }
    return `${m[1]}-${m[2]}-${m[3]}${t}`;
  });
  // Every pattern has the year in group 3 and the time in groups 4–9.
  const dated = (m: RegExpExecArray, d: number, mo: number | undefined) => {
    const y = Number(m[3]);
    if (!mo || mo > 12 || !validYear(y) || !validDay(d, mo, y)) return null;
    let t = timePart(m[4], m[5], m[6], m[7], m[8], m[9], [y, mo, d]);
    // The time may come first: "10:31 AM EDT, Thu May 9, 2024".
    if (!t) {
      const before = TIME_FIRST.exec(line.slice(0, m.index));
      if (before) t = timePart(before[1], before[2], before[3], before[4], undefined, undefined, [y, mo, d]);
    }
    return `${y}-${pad(mo)}-${pad(d)}${t}`;
  };
  if (spacedYear && MDY_MARK.test(line)) push(RE_MDY.exec(line), (m) => dated(m, Number(m[2]), MONTHS[m[1].toLowerCase()]));
  if (spacedYear && DMY_MARK.test(line)) push(RE_DMY.exec(line), (m) => dated(m, Number(m[1]), MONTHS[m[2].toLowerCase()]));
  if (line.includes('.')) push(RE_DOTTED.exec(line), (m) => dated(m, Number(m[1]), Number(m[2])));
  if (line.includes('.')) push(RE_DOTTED_NAME.exec(line), (m) => dated(m, Number(m[1]), MONTHS[m[2].toLowerCase()]));
  // Year, month, day: the order of Japanese, Chinese and Korean, with their own way of writing the time.
  const ymd = (y: number, mo: number, d: number, m: RegExpExecArray, at: number) => {
    if (!validYear(y) || mo < 1 || mo > 12 || !validDay(d, mo, y)) return null;
    const [half, h, colonMin, kanjiMin] = [m[at], m[at + 1], m[at + 2], m[at + 3]];
    let t = '';
    if (h !== undefined) {
      let hour = Number(h);
      if (/午後|下午|오후/u.test(half ?? '') && hour < 12) hour += 12;
      if (/午前|上午|오전/u.test(half ?? '') && hour === 12) hour = 0;
      t = timePart(String(hour), colonMin ?? kanjiMin ?? '00');
    }
    return `${y}-${pad(mo)}-${pad(d)}${t}`;
  };
  if (/[年년]/u.test(line)) push(RE_CJK.exec(line), (m) => ymd(Number(m[1]), Number(m[2]), Number(m[3]), m, 4));
  if (/\d{4}[/.]\d/.test(line)) push(RE_YMD.exec(line), (m) => ymd(Number(m[1]), Number(m[3]), Number(m[4]), m, 5));
  // Day and month with slashes: in the order the language writes them, or where only one order is possible.
  if (opts.slashes && line.includes('/')) {
    push(RE_SLASHED.exec(line), (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const dayFirst = a > 12 || (b <= 12 && (opts.slashes === 'dmy' || (opts.slashes === 'either' && a === b)));
      const monthFirst = !dayFirst && (b > 12 || opts.slashes === 'mdy');
      return dayFirst ? dated(m, a, b) : monthFirst ? dated(m, b, a) : null;
    });
  }
  if (candidates.length === 0 && spacedYear) {
    // The month name was lost upstream ("19, 2022 at 07:45PM"): keep what is known, never guess it.
    push(RE_LOST_MONTH.exec(line), (m) => {
      const d = Number(m[1]);
      const y = Number(m[2]);
      if (!validDay(d) || !validYear(y)) return null;
      return `${y}-XX-${pad(d)}${timePart(m[3], m[4], m[5], m[6], m[7], m[8])}`;
    });
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.index - b.index || b.d.match.length - a.d.match.length);
  return candidates[0].d;
}

const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|' +
  'lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|' +
  'segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|segunda|terça|quarta|quinta|sexta|' +
  'lunedì|martedì|mercoledì|giovedì|venerdì|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد';
const RE_WEEKDAY = new RegExp(`^(?:${WEEKDAYS})(?![\\p{L}])[,.]?\\s*`, 'iu');

/** How long ago the stamp was updated, after the date: "Atualizado há 2 horas", "updated 3 hours ago". */
const RE_UPDATED_AGO = /(?:atualizado|actualizado|updated|aktualisiert|mis à jour|aggiornato|обновлено)\s+(?:há|hace|vor|il y a|fa\s)?\s*\d{1,3}\s*\p{L}+(?:\s+(?:ago|fa|назад))?/iu;

/**
 * True when the line holds a date and little else (a weekday, a time, punctuation, how long ago it
 * was updated, the update's own date in brackets). Slashed dates are read only where one order is possible.
 */
export function isDateOnly(line: string, opts: FindDateOptions = { slashes: 'either' }): FoundDate | null {
  const t = line.trim();
  if (t.length > 80) return null;
  const d = findDate(t, opts);
  if (!d) return null;
  let rest = t.replace(d.match, ' ').replace(RE_UPDATED_AGO, ' ');
  // "2019年11月20日 10時30分（2019年11月20日 13時12分更新）": a second date, the update's.
  const second = findDate(rest, opts);
  if (second) rest = rest.replace(second.match, ' ').replace(/[更新配信公開掲載]+/gu, ' ');
  rest = rest.replace(RE_WEEKDAY, '').replace(/[\s,.|·•–—\-/()（）【】［］、。・:：]+/gu, '');
  return rest.length <= 3 ? d : null;
}

export function edtfDay(edtf: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(edtf);
  return m ? m[0] : null;
}

/**
 * Words that tell when, not what: month and weekday names and the words of the clock and the
 * calendar, in the languages of the dates above. Two stories on different topics share them.
 * (Words of four letters or more: the only ones a topic is read from.)
 */
const TIME_WORDS = new Set([
  ...Object.keys(MONTHS).filter((m) => m.length >= 4 && !m.includes(' ')),
  ...WEEKDAYS.split('|').flatMap((d) => d.split('-')),
  ...('minute minutes hour hours week weeks weekend month months year years today yesterday tomorrow morning afternoon evening night tonight time times ' +
    'minute minuten stunde stunden woche wochen wochenende monat monate monaten jahr jahre jahren heute gestern morgen morgens abend abends nacht nachts zeit ' +
    'heure heures semaine semaines mois année années hier demain matin soir soirée nuit temps ' +
    'minuto minutos hora horas semana semanas meses años ayer mañana tarde noche tiempo ' +
    'minuti minuto settimana settimane mese mesi anno anni oggi ieri domani mattina sera notte tempo ' +
    'minuto minutos hora horas semana semanas meses anos hoje ontem amanhã manhã tarde noite tempo feira ' +
    'minuta minut minuty godzina godziny godzin tydzień tygodnia miesiąc miesiąca miesięcy roku dzisiaj wczoraj jutro rano wieczorem nocy czas ' +
    'минута минут минуты часа часов неделя недели месяц месяца года году сегодня вчера завтра утром вечером ночью время').split(' '),
]);

/** Whether a lowercase word tells a time rather than a topic (TIME_WORDS). */
export const isTimeWord = (w: string): boolean => TIME_WORDS.has(w);
