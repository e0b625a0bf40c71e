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
addMonths('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre');
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
};

const TIME = String.raw`(?:(?:at|a las|às|um|à|в|,|-|–|—|\|)\s*)?(\d{1,2})[:h.](\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(?:uhr|h))?(?:\s*\(?\s*(gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|mst|mdt|pst|pdt|jst|kst|aest|aedt|wib)\b(?:\s*([+-]\d{1,2})(?::?(\d{2}))?)?\)?)?`;

const RE_ISO = new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?`, 'iu');
const RE_MDY = new RegExp(String.raw`(?<![\p{L}])(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s*${TIME})?`, 'iu');
const RE_DMY = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(${MONTH_ALT})\.?,?\s+(?:de\s+)?(\d{4})(?:\s*(?:г\.|года|г))?(?:,?\s*${TIME})?`, 'iu');
const RE_LOST_MONTH = new RegExp(String.raw`(?:^|\s)(\d{1,2}),\s+(\d{4})\s+at\s+${TIME}`, 'iu');
const RE_DOTTED = new RegExp(String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s*${TIME})?`, 'iu');

const MDY_MARK = /\d(?:st|nd|rd|th)?,?\s+\d{4}/iu;
const DMY_MARK = /\d(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?\p{L}/iu;

const pad = (n: number) => String(n).padStart(2, '0');

function timePart(h?: string, m?: string, ampm?: string, zone?: string, offH?: string, offM?: string): string {
  if (h === undefined || m === undefined) return '';
  let hour = Number(h);
  const min = Number(m);
  const ap = ampm?.toLowerCase().replace(/\./g, '');
  if (ap === 'pm' && hour < 12) hour += 12;
  if (ap === 'am' && hour === 12) hour = 0;
  if (hour > 23 || min > 59) return '';
  let z = '';
  if (zone) {
    const base = ZONES[zone.toLowerCase()];
    if (offH !== undefined) {
      const sign = offH.startsWith('-') ? '-' : '+';
      z = `${sign}${pad(Math.abs(Number(offH)))}:${offM ?? '00'}`;
    } else if (base) z = base;
  }
  return `T${pad(hour)}:${pad(min)}${z}`;
}

const validDay = (d: number) => d >= 1 && d <= 31;
const validYear = (y: number) => y >= 1900 && y <= 2100;

export interface FoundDate {
  edtf: string;
  /** The matched text, to tell a line that is only a date. */
  match: string;
  hasTime: boolean;
}

/** The first date a line states, as EDTF (`X` for lost digits, a zone only if stated). */
export function findDate(line: string): FoundDate | null {
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
    if (!validYear(y) || mo < 1 || mo > 12 || !validDay(d)) return null;
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
    if (!mo || mo > 12 || !validDay(d) || !validYear(y)) return null;
    return `${y}-${pad(mo)}-${pad(d)}${timePart(m[4], m[5], m[6], m[7], m[8], m[9])}`;
  };
  if (spacedYear && MDY_MARK.test(line)) push(RE_MDY.exec(line), (m) => dated(m, Number(m[2]), MONTHS[m[1].toLowerCase()]));
  if (spacedYear && DMY_MARK.test(line)) push(RE_DMY.exec(line), (m) => dated(m, Number(m[1]), MONTHS[m[2].toLowerCase()]));
  if (line.includes('.')) push(RE_DOTTED.exec(line), (m) => dated(m, Number(m[1]), Number(m[2])));
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

/** True when the line holds a date and little else (a weekday, a time, punctuation). */
export function isDateOnly(line: string): FoundDate | null {
  const t = line.trim();
  if (t.length > 80) return null;
  const d = findDate(t);
  if (!d) return null;
  const rest = t.replace(d.match, ' ').replace(RE_WEEKDAY, '').replace(/[\s,.|·•–—\-/()]+/g, '');
  return rest.length <= 3 ? d : null;
}

export function edtfDay(edtf: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(edtf);
  return m ? m[0] : null;
}
