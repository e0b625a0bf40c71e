import type { Eol, LineDoc } from './types';

/**
 * Splits on `\n`, `\r\n` and a lone `\r` (old Mac files), keeps each line's break, remembers BOM,
 * EOL style and final newline.
 */
export function splitLines(input: string): LineDoc {
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = bom ? input.slice(1) : input;
  const lines: string[] = [];
  const offsets: number[] = [];
  const breaks: string[] = [];
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let pos = 0;
  // A lone CR is rare: only then is every CR looked at.
  let loneCr = false;
  for (let c = text.indexOf('\r'); c >= 0 && !loneCr; c = text.indexOf('\r', c + 1)) loneCr = text.charCodeAt(c + 1) !== 10;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    if (loneCr) {
      const c = text.indexOf('\r', pos);
      if (c >= 0 && (nl < 0 || c < nl - 1)) {
        offsets.push(pos);
        lines.push(text.slice(pos, c));
        breaks.push('\r');
        cr++;
        pos = c + 1;
        continue;
      }
    }
    if (nl < 0) {
      offsets.push(pos);
      lines.push(text.slice(pos));
      breaks.push('');
      break;
    }
    const isCrlf = nl > pos && text.charCodeAt(nl - 1) === 13;
    offsets.push(pos);
    lines.push(text.slice(pos, isCrlf ? nl - 1 : nl));
    breaks.push(isCrlf ? '\r\n' : '\n');
    if (isCrlf) crlf++;
    else lf++;
    pos = nl + 1;
  }
  const finalNewline = text.endsWith('\n') || text.endsWith('\r');
  // A final newline does not start a line of its own.
  if (finalNewline) {
    lines.pop();
    offsets.pop();
    breaks.pop();
  }
  if (lines.length === 0) {
    lines.push('');
    offsets.push(0);
    breaks.push('');
  }
  const kinds = (crlf ? 1 : 0) + (lf ? 1 : 0) + (cr ? 1 : 0);
  const eol: Eol = kinds > 1 ? 'mixed' : crlf ? 'crlf' : lf ? 'lf' : cr ? 'cr' : 'none';
  const newline = cr > crlf && cr > lf ? '\r' : crlf > lf ? '\r\n' : '\n';
  return { text, bom, eol, newline, finalNewline, lines, offsets, breaks };
}

/** A salutation over a letter's first paragraph ("Dear residents,", "Szanowni Mieszkańcy,"). */
export const isSalutation = (text: string, nWords: number): boolean => nWords >= 1 && nWords <= 6 && /^\p{L}/u.test(text) && text.endsWith(',');

/** A letter's or a post's closing, with the writer's name or not: "Gruß Jörg", "Best, Anna", "Cordialement". */
export const SIGN_OFF = /^(?:(?:viele|liebe|beste|schöne|herzliche) grüße|grüße|gruß|lg|vg|mfg|cheers|best|best wishes|(?:kind |best )?regards|thanks|many thanks|cordialement|bien à vous|saludos|un saludo|cumprimentos|abraços?|saluti|cordiali saluti|pozdrawiam|с уважением)(?:[,!.]?\s+\p{Lu}[\p{L}.-]*){0,2}[,!.]?$/iu;

/** A key, a colon and its value ("Referee: Jan Kowalski", "Emergency number: 112"). */
export const KEY_VALUE = /^\p{L}[\p{L}\p{N} .'’()-]{0,60}:\s+\S/u;

/** A list item: numbered ("1.", "(2)") or bulleted. */
export const ENUMERATED = /^(?:\d{1,3}[.)]|[-–•*·]|\(\d{1,3}\))\s+\S/u;

/** Word tokens in any script. */
export const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function words(line: string): string[] {
  return line.match(WORD_RE) ?? [];
}

/** Sentence ends, and what may close a sentence after its end mark. */
const END_MARKS = new Set(Array.from('.!?…。！？;؟', (c) => c.charCodeAt(0)));
const CLOSERS = new Set(Array.from('"\'”’»)]', (c) => c.charCodeAt(0)));

/** `/[.!?…。！？;؟](?:["'”’»)\]]*)$|["”»]$/u`, read from the end. */
export function endsTerminal(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  if (last === 0x22 || last === 0x201d || last === 0xbb) return true;
  let e = t.length;
  while (e > 0 && CLOSERS.has(t.charCodeAt(e - 1))) e--;
  return e > 0 && END_MARKS.has(t.charCodeAt(e - 1));
}

/** "1 finding", "3 findings"; irregular plurals are given ("copy", "copies"). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
