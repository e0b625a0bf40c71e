// Pure helpers for the text of a `.chaff.json` (no vscode here, so they are unit-tested directly).

/** The host's CONFIG_NAME, spelled out here: importing it would load the engine at activation (test/unit/extension/configFile.test.ts checks they agree). */
export const CONFIG_FILE_NAME = '.chaff.json';

/** What a new `.chaff.json` starts as. */
export const CONFIG_TEMPLATE = `{
  "disabledRules": [],
  "exceptions": [],
  "rules": []
}
`;

export type ParsedConfig = { ok: true; value: unknown } | { ok: false; message: string };

export function parseConfigText(text: string): ParsedConfig {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

/** The indentation the file uses (two spaces when it cannot tell). */
function indentOf(text: string): string | number {
  const m = /\n([ \t]+)"/.exec(text);
  return m ? m[1] : 2;
}

/**
 * Adds `values` to the string list `key` of the config in `text`, keeping the values already there and
 * the file's indentation and line breaks. Returns null when nothing would change.
 * Throws when the text is not a JSON object or `key` is not a list of strings (never overwrite what a
 * user wrote by hand).
 */
export function addToConfigList(text: string, key: 'exceptions' | 'disabledRules', values: string[]): string | null {
  const parsed = parseConfigText(text);
  if (!parsed.ok) throw new Error(`${CONFIG_FILE_NAME} is not valid JSON: ${parsed.message}`);
  const obj = parsed.value;
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error(`${CONFIG_FILE_NAME} must hold a JSON object`);
  const o = obj as Record<string, unknown>;
  const list = o[key] ?? [];
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) throw new Error(`"${key}" in ${CONFIG_FILE_NAME} must be a list of strings`);
  const have = new Set(list as string[]);
  const add = [...new Set(values)].filter((v) => !have.has(v));
  if (add.length === 0) return null;
  o[key] = [...(list as string[]), ...add];
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return JSON.stringify(o, null, indentOf(text)).split('\n').join(newline) + newline;
}

/**
 * Where a config problem's path (`rules[2].pattern`, `exceptions`) points in the text, as offsets; the
 * whole first line when the key cannot be found. Good enough to put a squiggle near the mistake.
 */
export function locateConfigPath(text: string, path: string): { start: number; end: number } {
  const segments = path.split(/[.[\]]+/).filter(Boolean);
  let from = 0;
  let skip = 0; // an index `[n]` means: the key after it is the (n+1)-th of its name
  let hit: { start: number; end: number } | null = null;
  for (const seg of segments) {
    if (/^\d+$/.test(seg)) {
      skip = Number(seg);
      continue;
    }
    const quoted = JSON.stringify(seg);
    let at = text.indexOf(quoted, from);
    for (; skip > 0 && at >= 0; skip--) at = text.indexOf(quoted, at + quoted.length);
    if (at < 0) break;
    hit = { start: at, end: at + quoted.length };
    from = hit.end;
  }
  if (hit) return hit;
  const nl = text.indexOf('\n');
  return { start: 0, end: nl < 0 ? text.length : nl };
}
