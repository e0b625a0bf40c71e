/// <reference types="mocha" />
// Clean Article and Clean Articles in Folder keep a user's front matter byte for byte (issue 11):
// values YAML would re-type (a 19-digit id, a zip with a leading zero, a phone with a "+") stay as
// written, and only the keys chaff found are added, none of them null.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { clean } from '../../../src/core';
import { closeAll, Folder, seedText } from '../articles';
import { extension, waitFor } from '../helpers';

const USER_FM = ['---', 'id: 1234567890123456789', 'zip: 01234', 'phone: +4412345', 'note: "kept: as written"  # a comment', '---', ''].join('\n');
const UNREADABLE_FM = ['---', 'title: Fares: frozen again', 'url: https://example.com/fares', 'id: 42', '---', ''].join('\n');

/** The front matter block of a text (fences included). */
const block = (text: string) => text.slice(0, text.indexOf('\n---\n', 4) + 5);

function assertKept(out: string, fm: string): void {
  const mine = fm.slice(0, fm.lastIndexOf('---'));
  assert.ok(out.startsWith(mine), `the user's lines first, unchanged:\n${out.slice(0, 300)}`);
  assert.doesNotMatch(block(out), /: null$/m);
}

describe('existing front matter is kept byte for byte', () => {
  let dir: Folder;

  before(async () => {
    await extension().activate();
    dir = new Folder('front-matter-kept');
  });

  afterEach(closeAll);
  after(() => dir.remove());

  it('Clean Article adds only the keys it found', async () => {
    const { doc, file } = await dir.seed('.news.txt', USER_FM + seedText());
    assert.equal(await vscode.commands.executeCommand('chaff.cleanArticle', doc.uri), true);
    assert.ok(await doc.save());
    const onDisk = fs.readFileSync(file, 'utf8');
    assertKept(onDisk, USER_FM);
    assert.match(block(onDisk), /^source: RT – Daily news$/m);
    assert.equal(onDisk, clean(USER_FM + seedText()).text, 'same as chaff clean');
  });

  it('Clean Article keeps front matter it cannot read as it is, and a warning names its line', async () => {
    const { doc, file } = await dir.seed('.news.txt', UNREADABLE_FM + seedText());
    const warning = await waitFor(
      () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.severity === vscode.DiagnosticSeverity.Warning && d.source === 'chaff'),
      'the front matter warning',
    );
    assert.equal(warning.range.start.line, 1);
    assert.match(warning.message, /^front matter cannot be read/);
    await vscode.commands.executeCommand('chaff.cleanArticle', doc.uri);
    await doc.save();
    assert.ok(fs.readFileSync(file, 'utf8').startsWith(UNREADABLE_FM));
  });

  it('Clean Articles in Folder keeps them too', async () => {
    const sub = new Folder('front-matter-kept/batch');
    try {
      sub.write('a.txt', USER_FM + seedText());
      sub.write('b.txt', UNREADABLE_FM + seedText());
      assert.equal(await vscode.commands.executeCommand('chaff._cleanFolderNow', [sub.uri()]), true);
      const a = sub.read('a.txt');
      assertKept(a, USER_FM);
      assert.equal(a, clean(USER_FM + seedText()).text);
      assert.ok(sub.read('b.txt').startsWith(UNREADABLE_FM));
    } finally {
      sub.remove();
    }
  });
});
