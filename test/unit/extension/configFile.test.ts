import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/core';
import { CONFIG_NAME } from '../../../src/host';
import { addToConfigList, CONFIG_FILE_NAME, CONFIG_TEMPLATE, locateConfigPath, parseConfigText } from '../../../src/extension/configFile';

describe('addToConfigList', () => {
  it('adds to a new file made from the template', () => {
    const out = addToConfigList(CONFIG_TEMPLATE, 'exceptions', ['Read more'])!;
    expect(JSON.parse(out)).toEqual({ disabledRules: [], exceptions: ['Read more'], rules: [] });
    expect(resolveConfig(JSON.parse(out)).problems).toEqual([]);
  });

  it('keeps what is there, other keys included, and skips values already listed', () => {
    const text = '{\n  "exclude": ["drafts/**"],\n  "exceptions": ["Keep me"]\n}\n';
    const out = addToConfigList(text, 'exceptions', ['Keep me', 'Read more', 'Read more'])!;
    expect(JSON.parse(out)).toEqual({ exclude: ['drafts/**'], exceptions: ['Keep me', 'Read more'] });
    expect(addToConfigList(out, 'exceptions', ['Read more'])).toBeNull();
  });

  it("keeps the file's indentation and line breaks", () => {
    const tabs = addToConfigList('{\r\n\t"disabledRules": []\r\n}\r\n', 'disabledRules', ['weather-widget'])!;
    expect(tabs).toBe('{\r\n\t"disabledRules": [\r\n\t\t"weather-widget"\r\n\t]\r\n}\r\n');
    const four = addToConfigList('{\n    "exceptions": []\n}', 'exceptions', ['x'])!;
    expect(four).toBe('{\n    "exceptions": [\n        "x"\n    ]\n}\n');
  });

  it('treats an empty file (or a BOM alone) as an empty object', () => {
    expect(JSON.parse(addToConfigList('', 'disabledRules', ['a'])!)).toEqual({ disabledRules: ['a'] });
    expect(JSON.parse(addToConfigList('\ufeff\n', 'disabledRules', ['a'])!)).toEqual({ disabledRules: ['a'] });
  });

  it('refuses to overwrite what it cannot read', () => {
    expect(() => addToConfigList('{ "exceptions": [', 'exceptions', ['x'])).toThrow(/not valid JSON/);
    expect(() => addToConfigList('[]', 'exceptions', ['x'])).toThrow(/JSON object/);
    expect(() => addToConfigList('{"exceptions": "x"}', 'exceptions', ['y'])).toThrow(/list of strings/);
  });
});

describe('parseConfigText', () => {
  it('reports JSON errors instead of throwing', () => {
    expect(parseConfigText('{').ok).toBe(false);
    expect(parseConfigText('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('locateConfigPath', () => {
  const text = '{\n  "rules": [\n    { "id": "a", "kind": "widget", "pattern": "x" },\n    { "id": "b", "kind": "nope", "pattern": "(" }\n  ]\n}\n';
  const at = (path: string) => {
    const { start, end } = locateConfigPath(text, path);
    return text.slice(start, end) + '@' + text.slice(0, start).split('\n').length;
  };

  it('finds the key a problem names, counting array indexes', () => {
    expect(at('rules')).toBe('"rules"@2');
    expect(at('rules[1].kind')).toBe('"kind"@4');
    expect(at('rules[1].pattern')).toBe('"pattern"@4');
    expect(at('rules[0].pattern')).toBe('"pattern"@3');
  });

  it('falls back to the nearest key found, or the first line', () => {
    expect(at('rules[1].caseSensitive')).toBe('"rules"@2');
    expect(at('')).toBe('{@1');
  });

  it('agrees with the paths resolveConfig reports', () => {
    const { problems } = resolveConfig(JSON.parse(text));
    expect(problems.map((p) => p.path)).toEqual(['rules[1].kind']);
    expect(at(problems[0].path)).toBe('"kind"@4');
  });
});

describe('CONFIG_FILE_NAME', () => {
  it('is the host CONFIG_NAME, spelled out so that the extension starts without the engine', () => {
    expect(CONFIG_FILE_NAME).toBe(CONFIG_NAME);
  });
});
