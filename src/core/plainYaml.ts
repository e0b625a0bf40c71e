// Front matter of the common shape (one `key: value` a line, values plain, null or JSON-quoted) read
// and written without the YAML library, whose walk cost more than the rest of such an article's
// analysis. Anything else is left to the library: these return null for it.
import { METADATA_KEYS, type Metadata } from './types';

// A value YAML writes as it is: a word character first, then words, spaces and URL punctuation,
// with no ": " or " #" (which would start a mapping or a comment) and no trailing space or colon.
export const PLAIN_VALUE = /^[\p{L}\p{N}](?:[\p{L}\p{N} ,.'’()/_?=&%+~-]|:(?! )|#(?<! #))*(?<![ :])$/u;
// Words and figures YAML's core schema reads as something other than a string: those are quoted.
export const NOT_STRING = /^(?:true|false|null|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/**
 * renderFrontMatter without the YAML library when every value is null or plain (nearly every
 * article): the library's walk was a sixth of a clean's time. Null when a value needs the library.
 */
export function plainFrontMatter(meta: Metadata, newline: string): string | null {
  let out = '';
  for (const k of METADATA_KEYS) {
    const v = meta[k] ?? null;
    // Keys without a value are not written (as renderFrontMatter leaves them out).
    if (v === null) continue;
    if (!PLAIN_VALUE.test(v) || NOT_STRING.test(v)) return null;
    out += `${k}: ${v}${newline}`;
  }
  return out ? '---' + newline + out + '---' + newline : '';
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*): (.*)$/;
// A double-quoted YAML scalar that is also a JSON string (no escapes JSON lacks), as JSON.stringify writes one.
const JSON_STRING = /^"(?:[^"\\\x00-\x1f]|\\["\\/bfnrt])*"$/;

/**
 * The data of front matter lines [from, to) when each is `key: value` with a plain, null or
 * JSON-quoted value and no key repeats; null when the YAML library must read them.
 */
export function plainFrontMatterData(lines: readonly string[], from: number, to: number): Record<string, unknown> | null {
  if (to <= from) return null;
  const data: Record<string, unknown> = {};
  for (let i = from; i < to; i++) {
    const m = KEY.exec(lines[i]);
    if (!m) return null;
    const [, key, v] = m;
    if (NOT_STRING.test(key) || key === '__proto__' || Object.prototype.hasOwnProperty.call(data, key)) return null;
    if (v === 'null') data[key] = null;
    else if (PLAIN_VALUE.test(v) && !NOT_STRING.test(v)) data[key] = v;
    else if (JSON_STRING.test(v)) data[key] = JSON.parse(v);
    else return null;
  }
  return data;
}
