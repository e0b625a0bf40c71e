/// <reference types="mocha" />
// Clean Article in place (front matter, drop, sidecar), saved to disk, one undo step; and the preview,
// which changes nothing until its Apply action.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { clean } from '../../../src/core';
import { closeAll, editorState, Folder, goldClean, seedText, setting } from '../articles';
import { extension, waitFor } from '../helpers';

let dir: Folder;

describe('Clean Article and its preview', () => {
  before(async () => {
    dir = new Folder('clean');
    await extension().activate();
  });

  afterEach(async () => {
    await closeAll();
    await setting('chaff.clean', 'metadata', undefined);
  });

  after(() => dir.remove());

  it('cleans in place with front matter, and the saved file is what the CLI would write', async () => {
    const { doc, file } = await dir.seed();
    const original = doc.getText();
    assert.equal(await vscode.commands.executeCommand('chaff.cleanArticle'), true);
    assert.ok(await doc.save());
    const onDisk = fs.readFileSync(file, 'utf8');
    assert.equal(onDisk, clean(original).text, 'same as chaff clean');
    assert.ok(onDisk.startsWith('---\nsource: RT – Daily news\npublished: 2022-XX-19T19:45\n'), onDisk.slice(0, 120));
    assert.ok(onDisk.endsWith('---\n\n' + goldClean()));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'one undo step');
  });

  it('writes the metadata to NAME.meta.json beside the article with chaff.clean.metadata "sidecar"', async () => {
    await setting('chaff.clean', 'metadata', 'sidecar');
    const { doc, file } = await dir.seed();
    const original = doc.getText();
    assert.equal(await vscode.commands.executeCommand('chaff.cleanArticle', doc.uri), true);
    assert.equal(doc.getText(), goldClean());
    const sidecar = file.replace(/\.txt$/, '.meta.json');
    const meta = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    // The keys found, in the documented order; none written as null.
    const found = clean(original).metadata as unknown as Record<string, string | null>;
    assert.deepEqual(Object.keys(meta), ['source', 'published', 'url', 'retrieved', 'title', 'author', 'language'].filter((k) => found[k] !== null));
    assert.equal(meta.source, 'RT – Daily news');
    assert.equal(meta.url, 'https://ift.tt/yPL7XRi');
    assert.equal(fs.readFileSync(sidecar, 'utf8'), JSON.stringify(meta, null, 2) + '\n');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'one undo step');
  });

  it('previews the clean article in a diff; nothing changes until Apply', async () => {
    const { doc, file } = await dir.seed();
    const original = doc.getText();
    await vscode.commands.executeCommand('chaff.previewClean', doc.uri);
    const preview = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'chaff-clean' && d.uri.query === doc.uri.toString()), 'the preview document');
    const tab = await waitFor(() => {
      const t = vscode.window.tabGroups.activeTabGroup.activeTab;
      return t?.input instanceof vscode.TabInputTextDiff ? t : undefined;
    }, 'the diff tab');
    assert.equal((tab.input as vscode.TabInputTextDiff).modified.toString(), preview.uri.toString());
    assert.equal(preview.getText(), clean(original).text);
    assert.equal(doc.getText(), original, 'the article is untouched');
    assert.ok(!doc.isDirty);
    assert.equal(fs.readFileSync(file, 'utf8'), original, 'the file on disk is untouched');

    // The Apply action in the diff's title gets the preview's URI.
    assert.equal(await vscode.commands.executeCommand('chaff.applyPreview', preview.uri), true);
    assert.equal(doc.getText(), clean(original).text);
    await waitFor(() => !vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputTextDiff)), 'the diff to close');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'one undo step');
  });

  it('the preview keeps suspect findings for review, strips them too when its filter says so, and Apply does what it shows', async () => {
    const P = (t: string) => `The council said on Tuesday that the ${t} would be reviewed again next year, after residents complained about the cost and the delays.`;
    const text = ['Storm closes the harbour for two days', '', P('harbour'), '', P('sea wall'), '', 'What the council plans next', '', 'Share this article', 'Facebook', ''].join('\n');
    const { doc } = await dir.seed('.news.txt', text);
    await vscode.commands.executeCommand('chaff.previewClean', doc.uri);
    const preview = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'chaff-clean' && d.uri.query === doc.uri.toString()), 'the preview document');
    assert.equal(preview.getText(), clean(text).text);
    assert.ok(preview.getText().includes('What the council plans next'), 'a suspect line stays by default');
    assert.ok(!preview.getText().includes('Share this article'), 'a certain finding goes');
    try {
      await vscode.commands.executeCommand('chaff.previewStripSuspect');
      const stripped = clean(text, { strip: 'suspect' }).text;
      await waitFor(() => preview.getText() === stripped || undefined, 'the preview to strip suspect findings too');
      assert.equal(await vscode.commands.executeCommand('chaff.applyPreview', preview.uri), true);
      assert.equal(doc.getText(), stripped);
    } finally {
      await vscode.commands.executeCommand('chaff.previewKeepSuspect');
    }
  });

  it('writes what chaff clean writes where a clean takes more than one pass', async () => {
    const P = 'The council approved the new budget on Tuesday after a long debate, officials said in a statement.';
    const text = [P, 'Storm closes the harbour for two days', 'Budget vote delayed again', '5603 readers online now', 'Readers online', 'Budget vote delayed again', 'Read more', 'What the council plans next', 'Read more', 'Advertisement', 'Work With Us', P, 'Privacy Policy', 'What the council plans next', 'Home', 'What the council plans next', 'By Jane Doe', 'Readers online', 'By Jane Doe', ''].join('\n');
    const { doc } = await dir.seed('.news.txt', text);
    assert.equal(await vscode.commands.executeCommand('chaff.cleanArticle', doc.uri), true);
    assert.equal(doc.getText(), clean(text).text);
  });

  it('says so when the article is clean already', async () => {
    const { doc } = await dir.seed('.news.txt', clean(seedText()).text);
    assert.equal(await vscode.commands.executeCommand('chaff.cleanArticle', doc.uri), false);
    assert.ok(!doc.isDirty);
    assert.ok((await editorState(doc.uri)).messages.some((m) => m.includes('clean already')));
  });
});
