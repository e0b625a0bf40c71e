// Facts about UTF-16 code units, for scanners that walk a line once by char code instead of running
// several Unicode regexes over it. Worked out with those same regexes and String methods, one block
// of 256 code units at a time on first use, so the fast paths agree with the slow ones by construction.

/** `\p{L}` */
export const LETTER = 1;
/** `\p{N}` */
export const NUMBER = 2;
/** Not its own lower case: a capital. */
export const UPPER = 4;
/** Lower and upper case differ: a letter that has case. */
export const CASED = 8;
/** Its lower case is `\p{L}`. */
export const LOWER_LETTER = 16;
/** Its lower case is `\p{L}` or `\p{N}`. */
export const LOWER_WORD = 32;
/**
 * Lower-casing and NFKC map it to one code unit whatever its neighbours (no surrogate, no combining
 * mark or jamo, no final sigma, no compatibility form): a string of such units can be lower-cased and
 * normalised unit by unit.
 */
export const PLAIN = 64;
/** `\s` (which is also what `trim` removes). */
export const SPACE = 128;

const classes: (Uint8Array | undefined)[] = new Array(256);
const lowers: (Uint16Array | undefined)[] = new Array(256);

function classify(c: number): [number, number] {
  const s = String.fromCharCode(c);
  const lower = s.toLowerCase();
  let k = 0;
  if (/\p{L}/u.test(s)) k |= LETTER;
  if (/\p{N}/u.test(s)) k |= NUMBER;
  if (s !== lower) k |= UPPER;
  if (lower !== s.toUpperCase()) k |= CASED;
  if (/^\p{L}$/u.test(lower)) k |= LOWER_LETTER;
  if (/^[\p{L}\p{N}]$/u.test(lower)) k |= LOWER_WORD;
  if (/\s/.test(s)) k |= SPACE;
  const surrogate = c >= 0xd800 && c <= 0xdfff;
  // Σ lower-cases by context (σ or final ς); conjoining jamo and marks compose with their neighbours.
  const plain = !surrogate && lower.length === 1 && c !== 0x3a3 && s.normalize('NFKC') === s && !/\p{M}/u.test(s) && !(c >= 0x1100 && c <= 0x11ff);
  if (plain) k |= PLAIN;
  return [k, plain ? lower.charCodeAt(0) : c];
}

function fill(block: number): Uint8Array {
  const k = new Uint8Array(256);
  const l = new Uint16Array(256);
  for (let i = 0; i < 256; i++) [k[i], l[i]] = classify((block << 8) | i);
  classes[block] = k;
  lowers[block] = l;
  return k;
}
/** The classes of ASCII, for loops to read without a call. */
export const ASCII_CLASSES = fill(0).subarray(0, 128);

/** The bits above for a code unit. */
export function charClass(c: number): number {
  return (classes[c >> 8] ?? fill(c >> 8))[c & 255];
}

/** The lower case of a PLAIN code unit. */
export function lowerUnit(c: number): number {
  if (classes[c >> 8] === undefined) fill(c >> 8);
  return lowers[c >> 8]![c & 255];
}

const NON_ASCII = /[^\x00-\x7f]/;

/** True when every code unit of s is PLAIN. */
export function isPlain(s: string): boolean {
  // A regex finds the first non-ASCII unit faster than a loop; all ASCII is plain.
  const from = s.search(NON_ASCII);
  if (from < 0) return true;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 && !(charClass(c) & PLAIN)) return false;
  }
  return true;
}
