// Bytes to article text, one way for every reader (CLI, workers, editor): UTF-8 with or without a
// BOM, and UTF-16 with its BOM, decoded; anything else named, never guessed at.

export type ArticleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded = { ok: true; text: string; encoding: ArticleEncoding } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** NULs at every other byte, as UTF-16 text of a Latin script has them. */
function looksUtf16(b: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.6 && even < half * 0.05) return 'le';
  if (even > half * 0.6 && odd < half * 0.05) return 'be';
  return null;
}

/**
 * Decodes an article's bytes. A BOM stays in the text (as U+FEFF) so that writing the text back in
 * its encoding gives the same bytes. Binary data (NUL bytes), UTF-16 without a BOM and invalid
 * sequences are refused with a message that says which.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decode16(bytes, utf16le, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decode16(bytes, utf16be, 'utf-16be');
  if (bytes.includes(0)) {
    const guess = looksUtf16(bytes);
    return { ok: false, message: guess ? `UTF-16 ${guess === 'le' ? 'LE' : 'BE'} without a byte-order mark, skipped (add a BOM or convert it to UTF-8)` : 'binary file, skipped' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: false, message: 'not valid UTF-8, skipped' };
  }
}

function decode16(bytes: Uint8Array, decoder: { decode(b: Uint8Array): string }, encoding: ArticleEncoding): Decoded {
  const name = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  if (bytes.length % 2) return { ok: false, message: `not valid ${name} (an odd number of bytes), skipped` };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: `not valid ${name}, skipped` };
  }
  if (text.includes('\0')) return { ok: false, message: `binary file (${name} with NUL characters), skipped` };
  return { ok: true, text, encoding };
}

/** The bytes of an article's text in the encoding it was read in (the inverse of `decodeArticle`). */
export function encodeArticle(text: string, encoding: ArticleEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length * 2);
  const le = encoding === 'utf-16le';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 * i + (le ? 1 : 0)] = c >>> 8;
  }
  return out;
}
