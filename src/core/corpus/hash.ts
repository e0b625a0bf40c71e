import { charClass, isPlain, lowerUnit, SPACE } from '../chars';
import { normaliseLine } from '../config';

// Small, fast, deterministic hashes for corpus bookkeeping (line counts, shingles, body identity).
// 32 bits are enough where a collision costs little (a line counted with another one of the same source).

/** Murmur3's finaliser: spreads the bits of a 32-bit value. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** FNV-1a over UTF-16 code units, finalised; a signed 32-bit integer (a small integer in V8). */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/**
 * `hashString(normaliseLine(line))`, or null when the line normalises to nothing; a plain line is
 * normalised as it is hashed, without the intermediate strings.
 */
export function normalisedLineHash(line: string): number | null {
  if (!isPlain(line)) {
    const norm = normaliseLine(line);
    return norm ? hashString(norm) : null;
  }
  let h = 0x811c9dc5 | 0;
  let empty = true;
  let space = false;
  let digits = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const k = charClass(c);
    if (k & SPACE) {
      space = !empty;
      digits = false;
      continue;
    }
    const isDigit = c >= 48 && c <= 57;
    // A run of digits is one 0.
    if (isDigit && digits) continue;
    digits = isDigit;
    if (space) h = Math.imul(h ^ 0x20, 0x01000193);
    space = false;
    empty = false;
    h = Math.imul(h ^ (isDigit ? 0x30 : c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerUnit(c)), 0x01000193);
  }
  return empty ? null : fmix32(h);
}

/** 64 bits as 16 hex digits, for identities that must not collide (exact duplicate bodies). */
export function hash64(s: string): string {
  const a = hashString(s, 0x9e3779b9) >>> 0;
  const b = hashString(s, 0x7f4a7c15) >>> 0;
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
