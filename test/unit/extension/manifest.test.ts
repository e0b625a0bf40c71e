// The extension's package.json contributions against its code and the core (the manifest is data the
// compiler does not check).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPEATED, KINDS, resolveConfig } from '../../../src/core';

const root = path.resolve(__dirname, '../../..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const c = pkg.contributes;
const schema = JSON.parse(read('schemas/chaff.schema.json'));
const extensionSource = fs
  .readdirSync(path.join(root, 'src/extension'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(`src/extension/${f}`))
  .join('\n');

describe('manifest', () => {
  const contributed: string[] = c.commands.map((x: { command: string }) => x.command);
  const registered = [...extensionSource.matchAll(/\breg(?:ister)?\('([\w.]+)'/g)].map((m) => m[1]);

  it('registers a handler for every contributed command, and contributes every registered one', () => {
    expect([...registered].sort()).toEqual([...contributed].sort());
  });

  it('puts every command in the Chaff category and hides internal ones from the palette', () => {
    for (const x of c.commands) expect(x.category).toBe('Chaff');
    const palette = new Map(c.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
    for (const id of contributed.filter((id) => id.startsWith('chaff._'))) expect(palette.get(id)).toBe('false');
  });

  it('hides every internal command (chaff._*) from the palette, and shows the statistics on the Corpus view', () => {
    const internal = contributed.filter((id) => id.startsWith('chaff._'));
    expect(internal.length).toBeGreaterThan(5);
    for (const id of internal) {
      const entries = c.menus.commandPalette.filter((m: { command: string }) => m.command === id);
      expect(entries, id).toEqual([{ command: id, when: 'false' }]);
    }
    // Internal ones are registered in the code as chaff._* too: none is missed by the check above.
    for (const id of registered.filter((x) => x.startsWith('chaff._'))) expect(internal).toContain(id);
    expect(c.menus['view/title']).toContainEqual(expect.objectContaining({ command: 'chaff.showStatistics', when: 'view == chaff.corpus' }));
  });

  it('takes every user-visible string of the manifest from package.nls.json, and every key there is used', () => {
    const nls = JSON.parse(read('package.nls.json'));
    const text = read('package.json');
    const used = new Set([...text.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(nls, key).toHaveProperty([key]);
    for (const key of Object.keys(nls)) expect(used, key).toContain(key);
    for (const value of Object.values(nls)) expect(typeof value === 'string' && value.length > 0).toBe(true);
    expect(pkg.displayName).toMatch(/^%.+%$/);
    for (const x of c.commands) expect(x.title, x.command).toMatch(/^%.+%$/);
    for (const group of c.configuration)
      for (const [key, s] of Object.entries(group.properties) as [string, Record<string, unknown>][]) expect(s.description ?? s.markdownDescription, key).toMatch(/^%.+%$/);
  });

  it('links only to settings that exist', () => {
    const nls = JSON.parse(read('package.nls.json'));
    const keys = new Set(c.configuration.flatMap((g: { properties: object }) => Object.keys(g.properties)));
    const links = Object.values(nls as Record<string, string>).flatMap((v) => [...v.matchAll(/`#([\w.]+)#`/g)].map((m) => m[1]));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(keys, l).toContain(l);
    expect(links).toContain('chaff.decorations.style');
  });

  it('has the metadata of a published extension: repository, keywords, categories that fit, a walkthrough', () => {
    expect(pkg.repository?.url).toMatch(/^https:\/\//);
    expect(pkg.keywords.length).toBeGreaterThan(3);
    // No formatter is contributed: not in "Formatters".
    expect(pkg.categories).not.toContain('Formatters');
    expect(fs.existsSync(path.join(root, 'CHANGELOG.md'))).toBe(true);
    const [walk] = c.walkthroughs;
    expect(walk.steps.length).toBeGreaterThanOrEqual(4);
    const nls = JSON.parse(read('package.nls.json'));
    for (const step of walk.steps) {
      expect(fs.existsSync(path.join(root, step.media.image)), step.media.image).toBe(true);
      for (const m of nls[step.description.slice(1, -1)].matchAll(/\(command:([\w.]+)\)/g)) {
        if (m[1].startsWith('chaff.')) expect([...contributed, 'chaff.corpus.focus']).toContain(m[1]);
      }
    }
  });

  it('only names commands that exist in its menus', () => {
    for (const list of Object.values(c.menus) as { command: string }[][]) for (const m of list) expect(contributed).toContain(m.command);
  });

  it('points at files that exist', () => {
    expect(pkg.main).toBe('./dist/extension.js');
    expect(fs.existsSync(path.join(root, pkg.icon))).toBe(true);
    for (const p of [c.grammars[0].path, c.languages[0].configuration, c.jsonValidation[0].url]) expect(() => JSON.parse(read(p)), p).not.toThrow();
  });

  it('gives every setting a scope and a description', () => {
    for (const group of c.configuration)
      for (const [key, s] of Object.entries(group.properties) as [string, Record<string, unknown>][]) {
        expect(key).toMatch(/^chaff\.[a-z]+\.[a-zA-Z]+$/);
        expect(s.scope, key).toBeTruthy();
        expect(s.description ?? s.markdownDescription, key).toBeTruthy();
      }
  });

  it('activates on its language, in a workspace that is a corpus, and on its view; never on any .txt (commands activate by themselves)', () => {
    expect(pkg.activationEvents).toEqual(['onLanguage:scraped-news', 'workspaceContains:**/.chaff.json', 'workspaceContains:**/*.news.txt', 'onView:chaff.corpus']);
    expect(pkg.activationEvents).not.toContain('onLanguage:plaintext');
    // The index starts at activation only where the same markers are found.
    expect(extensionSource).toContain(`CORPUS_MARKERS = '**/{.chaff.json,*.news.txt}'`);
  });

  it('gates every palette command with a when clause, and offers Clean Articles in Folder on folders and selections', () => {
    const palette = new Map(c.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
    // Show Output is useful wherever the extension has run; every other command needs an article or a folder.
    for (const id of contributed.filter((x) => x !== 'chaff.showOutput')) expect(palette.get(id), id).toBeTruthy();
    expect(c.menus['explorer/context']).toContainEqual(expect.objectContaining({ command: 'chaff.cleanFolder', when: 'explorerResourceIsFolder || listMultiSelection' }));
    expect(c.menus['editor/title']).toContainEqual(expect.objectContaining({ command: 'chaff.applyPreview', when: 'resourceScheme == chaff-clean' }));
  });

  it('ships prose defaults for the language: word wrap, no boxes around typographic quotes, dashes and spaces', () => {
    expect(c.configurationDefaults['[scraped-news]']).toEqual({
      'editor.wordWrap': 'on',
      'editor.unicodeHighlight.ambiguousCharacters': false,
      // No-break, narrow no-break and thin spaces are typography in news text; other invisibles still show.
      'editor.unicodeHighlight.allowedCharacters': { '\u00a0': true, '\u202f': true, '\u2009': true },
      // Hyphens and apostrophes join words (US-led, Kremlin’s); typographic quotes and dashes part them.
      'editor.wordSeparators': '`~!@#$%^&*()=+[{]}\\|;:",.<>/?“”„‘«»…–—',
    });
  });

  it('names the settings of the issue', () => {
    const keys = c.configuration.flatMap((g: { properties: object }) => Object.keys(g.properties));
    for (const k of ['chaff.detection.autoSwitch', 'chaff.diagnostics.enabled', 'chaff.clean.metadata', 'chaff.performance.maxFileSizeKB']) expect(keys).toContain(k);
    const metadata = c.configuration.find((g: { id: string }) => g.id === 'chaff-clean').properties['chaff.clean.metadata'];
    expect(metadata.enum).toEqual(['front-matter', 'drop', 'sidecar']);
  });

  it('declares its limits in untrusted workspaces', () => {
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(JSON.parse(read('package.nls.json'))[pkg.capabilities.untrustedWorkspaces.description.slice(1, -1)]).toMatch(/pattern rules/);
  });

  it('contributes every theme colour the code uses, and a gutter mark per kind group', () => {
    const colors = new Set(c.colors.map((x: { id: string }) => x.id));
    for (const m of extensionSource.matchAll(/ThemeColor\('(chaff\.[\w.]+)'\)/g)) expect(colors).toContain(m[1]);
    for (const g of ['furniture', 'teaser', 'feed', 'promo', 'other']) {
      expect(colors).toContain(`chaff.${g}Background`);
      expect(colors).toContain(`chaff.${g}OverviewRuler`);
      for (const theme of ['dark', 'light']) expect(fs.existsSync(path.join(root, `media/gutter/${g}-${theme}.svg`))).toBe(true);
    }
  });

  it('uses the language id the code uses', () => {
    expect(extensionSource).toContain(`LANGUAGE_ID = '${c.languages[0].id}'`);
    expect(c.grammars[0].language).toBe(c.languages[0].id);
  });
});

describe('.chaff.json schema', () => {
  it('lists the kinds of the core', () => {
    expect(schema.properties.rules.items.properties.kind.enum).toEqual([...KINDS]);
  });

  it('has the defaults of the core', () => {
    const r = schema.properties.repeatedLines.properties;
    expect({ enabled: r.enabled.default, minArticles: r.minArticles.default, minShare: r.minShare.default }).toEqual(DEFAULT_REPEATED);
  });

  it('describes a config resolveConfig accepts whole', () => {
    const full = {
      include: ['news/**/*.txt'],
      exclude: ['drafts/**'],
      disabledRules: ['weather-widget'],
      rules: [{ id: 'promo', kind: 'advertisement', pattern: '^Promo:', caseSensitive: true, description: 'Promo lines' }],
      exceptions: ['Read more'],
      repeatedLines: { enabled: true, minArticles: 3, minShare: 0.5 },
    };
    expect(resolveConfig(full).problems).toEqual([]);
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(schema.properties).filter((k) => k !== '$schema')).toEqual(keys(full));
    expect(keys(schema.properties.rules.items.properties)).toEqual(keys(full.rules[0]));
    expect(keys(schema.properties.repeatedLines.properties)).toEqual(keys(full.repeatedLines));
  });
});
