/// <reference types="mocha" />
// The scraped-news language mode (.news.txt, auto-switch, include globs), its editor defaults, and the
// workspace configuration: Open Configuration, the JSON schema, parity with the CLI.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, cliFindings, editorState, findings, Folder, seedText, setting, sleep } from '../articles';
import { core, extension, LANGUAGE_ID, liveDocument, waitFor } from '../helpers';

const PROSE = 'Shopping list.\n\nEggs, flour and milk for the pancakes on Sunday morning.\n';
let dir: Folder;

const open = async (file: string) => {
  const doc = await vscode.workspace.openTextDocument(file);
  await vscode.window.showTextDocument(doc);
  return doc;
};
const languageOf = (doc: vscode.TextDocument) => liveDocument(doc.uri)?.languageId;

describe('language mode and configuration', () => {
  before(async () => {
    dir = new Folder('mode');
    await extension().activate();
  });

  afterEach(async () => {
    await closeAll();
    await setting('chaff.detection', 'autoSwitch', undefined);
    dir.writeConfig({});
  });

  after(() => dir.remove());

  it('opens *.news.txt as Scraped News at once', async () => {
    const doc = await open(dir.write('a.news.txt', PROSE));
    assert.equal(doc.languageId, LANGUAGE_ID);
  });

  it('switches a .txt that looks like scraped news, unless chaff.detection.autoSwitch is off', async () => {
    const on = await open(dir.write('auto-on.txt', seedText()));
    await waitFor(() => languageOf(on) === LANGUAGE_ID, 'the switch');
    await setting('chaff.detection', 'autoSwitch', false);
    const off = await open(dir.write('auto-off.txt', seedText()));
    await findings(off.uri);
    await sleep(500); // a switch would have happened by now: detection analyses once, right after opening
    assert.equal(languageOf(off), 'plaintext');
  });

  it('forces the mode for files matched by include in .chaff.json, even with autoSwitch off', async () => {
    await setting('chaff.detection', 'autoSwitch', false);
    dir.writeConfig({ include: ['feeds/**/*.txt'] });
    const forced = await open(dir.write('feeds/list.txt', PROSE));
    await waitFor(() => languageOf(forced) === LANGUAGE_ID, 'the forced mode');
    const plain = await open(dir.write('other/list.txt', PROSE));
    await sleep(500);
    assert.equal(languageOf(plain), 'plaintext');
  });

  it('ships editor defaults for prose: word wrap on, no ambiguous-character boxes', () => {
    const c = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
    assert.equal(c.get('wordWrap'), 'on');
    assert.equal(c.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.notEqual(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'), 'on', 'only for scraped news');
  });

  it('opens the governing .chaff.json with Chaff: Open Configuration', async () => {
    const doc = await open(dir.write('b.news.txt', seedText()));
    await vscode.commands.executeCommand('chaff.openConfig');
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.fsPath === dir.path('.chaff.json'), 'the configuration editor');
    void doc;
  });

  it('validates .chaff.json with the schema the extension ships', async () => {
    dir.writeConfig({ rules: [{ id: 'x', kind: 'nonsense', pattern: 'a' }], unknownKey: true });
    const doc = await open(dir.path('.chaff.json'));
    assert.equal(doc.languageId, 'json');
    const problems = await waitFor(() => {
      const ds = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source !== 'chaff');
      return ds.length >= 2 ? ds : undefined;
    }, 'schema problems from the JSON language service', 30_000);
    const at = problems.map((d) => doc.getText(d.range));
    assert.ok(at.includes('"nonsense"'), at.join(' | '));
    assert.ok(at.includes('"unknownKey"'), at.join(' | '));
  });

  it('finds what the CLI finds with the same .chaff.json: disabled rules, exceptions, workspace rules', async () => {
    dir.writeConfig({
      disabledRules: ['weather-widget'],
      exceptions: ['Most Popular Articles'],
      rules: [{ id: 'stoltenberg-line', kind: 'other', pattern: '^At the same time, Stoltenberg' }],
    });
    const file = dir.write('parity.txt', seedText());
    const doc = await open(file);
    await waitFor(() => languageOf(doc) === LANGUAGE_ID, 'the switch');
    const fromEditor = await waitFor(async () => {
      const fs = await findings(doc.uri);
      return fs.some((f) => f.rule === 'stoltenberg-line') ? fs.map(core) : undefined;
    }, 'findings under the new configuration');
    const fromCli = cliFindings(file);
    assert.deepEqual(fromEditor, fromCli);
    assert.ok(!fromCli.some((f) => f.rule === 'weather-widget' || f.line === 30));
    assert.equal((await editorState(doc.uri)).configFile, vscode.Uri.file(dir.path('.chaff.json')).toString());
    assert.ok(fs.existsSync(dir.path('.chaff.json')));
  });
});
