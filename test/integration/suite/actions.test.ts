/// <reference types="mocha" />
// Seeing and removing the chaff on the seed: decorations by kind group (hidden while typing), the hover,
// every code action's edit and its undo, the refusal of stale edits, fix-all on save, the status bar,
// and the size limit.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { clean, ruleById } from '../../../src/core';
import { closeAll, codeActions, covered, editorState, findings, Folder, hoverText, marksOf, SEED_CHAFF, seedText, setting } from '../articles';
import { extension, waitFor } from '../helpers';

const STALE = 'the article changed since it was analysed';
let dir: Folder;

describe('seeing and removing chaff', () => {
  before(async () => {
    dir = new Folder('actions');
    await extension().activate();
  });

  afterEach(async () => {
    await closeAll();
    dir.writeConfig({});
  });

  after(async () => {
    await setting('chaff.performance', 'debounceMs', undefined);
    await setting('chaff.performance', 'maxFileSizeKB', undefined);
    await setting('editor', 'codeActionsOnSave', undefined, 'scraped-news');
    dir.remove();
  });

  it('marks each finding with the colour of its kind group', async () => {
    const { doc } = await dir.seed();
    const s = await marksOf(doc.uri);
    assert.deepEqual(s.decorations!.lines, SEED_CHAFF);
    assert.deepEqual(s.decorations!.groups, ['1: furniture', '2: furniture', '16: teaser', '18: teaser', '19: teaser', '27: feed', '28: feed', '30: furniture']);
  });

  it('hides the marks of the lines being typed on, moves the others, and brings them back after the pause', async () => {
    await setting('chaff.performance', 'debounceMs', 3000); // a pause long enough to look at the typing state
    try {
      const { doc } = await dir.seed();
      await marksOf(doc.uri);
      // A new line in the prose above: every mark below moves down one line, none hides.
      const above = new vscode.WorkspaceEdit();
      above.insert(doc.uri, new vscode.Position(7, 0), 'A new paragraph.\n');
      assert.ok(await vscode.workspace.applyEdit(above));
      const moved = SEED_CHAFF.map((l) => (l > 8 ? l + 1 : l));
      await waitFor(async () => JSON.stringify((await editorState(doc.uri)).decorations?.lines) === JSON.stringify(moved), 'the marks to move');
      // Typing on the (moved) "Most Popular Articles" line: its mark hides at once.
      const on = new vscode.WorkspaceEdit();
      on.insert(doc.uri, new vscode.Position(30, 0), ' ');
      assert.ok(await vscode.workspace.applyEdit(on));
      const typing = await waitFor(async () => {
        const s = await editorState(doc.uri);
        return s.decorations?.hiddenWhileTyping.includes(31) ? s : undefined;
      }, 'the edited line to hide');
      assert.deepEqual(typing.decorations!.lines, moved.filter((l) => l !== 31));
      // After the pause the article is analysed again and the line is marked again.
      const back = await waitFor(async () => {
        const s = await editorState(doc.uri);
        return s.decorations?.lines.includes(31) ? s : undefined;
      }, 'the marks to come back');
      assert.deepEqual(back.decorations!.lines, moved);
      assert.deepEqual(back.decorations!.hiddenWhileTyping, []);
    } finally {
      await setting('chaff.performance', 'debounceMs', undefined);
    }
  });

  it('explains a finding in its hover: kind, rule and its description, why, and links to strip it or mark it as content', async () => {
    const { doc } = await dir.seed();
    const f = (await findings(doc.uri)).find((x) => x.line === 27)!;
    const text = await hoverText(doc.uri, new vscode.Position(26, 3));
    assert.match(text, /\*\*Chaff: feed-footer\*\*/);
    assert.ok(text.includes('`feed-footer`'), text);
    const plain = text.replace(/\\(.)/g, '$1'); // appendText escapes markdown punctuation
    assert.ok(plain.includes(ruleById(f.rule)!.description), plain);
    assert.ok(text.includes('**Why:**') && text.includes('https://ift.tt/yPL7XRi'), 'why it matched');
    assert.match(text, /\[Strip\]\(command:chaff\._removeFinding\?/);
    assert.match(text, /\[Mark as content\]\(command:chaff\.markAsContent\?/);
    const link = decodeURIComponent(/command:chaff\._removeFinding\?([^ )]+)/.exec(text)![1]);
    assert.deepEqual(JSON.parse(link), [doc.uri.toString(), 27, doc.version]);
  });

  it('strips one finding: a minimal edit, one undo step', async () => {
    const { doc } = await dir.seed();
    const original = doc.getText();
    const actions = await codeActions(doc.uri, new vscode.Range(15, 0, 15, 0));
    const strip = actions.find((a) => a.title === 'Strip teaser (line 16)');
    assert.ok(strip?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(strip.isPreferred);
    const edits = strip.edit.get(doc.uri);
    assert.deepEqual(edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.newText]), [[15, 0, 17, 0, '']]);
    assert.ok(await vscode.workspace.applyEdit(strip.edit));
    assert.ok(!doc.getText().includes('Read more'));
    assert.equal(doc.lineCount, original.split('\n').length - 2);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original);
  });

  it('strips every finding of a kind, and everything, each in one undo step', async () => {
    const { doc } = await dir.seed();
    const original = doc.getText();
    const actions = await codeActions(doc.uri, new vscode.Range(15, 0, 15, 0));
    const kind = actions.find((a) => a.title === 'Strip all 2 teaser findings in this file');
    const all = actions.find((a) => a.title === 'Strip all chaff in this file (8 findings)');
    assert.ok(kind?.edit && all?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(kind.edit.get(doc.uri).every((e) => e.range.end.line - e.range.start.line <= 3), 'minimal ranges');
    assert.ok(await vscode.workspace.applyEdit(kind.edit));
    assert.ok(!(await findings(doc.uri)).some((f) => f.kind === 'teaser'));
    assert.ok(doc.getText().includes('Russian President Vladimir Putin'), 'the caption stays');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original);

    assert.ok(all.edit.size === 1 && all.edit.get(doc.uri).length > 1, 'several small edits, not one replace');
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    assert.deepEqual(await findings(doc.uri), []);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original);
  });

  it('marks a line as content from its code action: .chaff.json gets the exception and the finding goes, here and in other articles', async () => {
    const { doc } = await dir.seed();
    const other = await dir.seed();
    await vscode.window.showTextDocument(doc);
    const mark = (await codeActions(doc.uri, new vscode.Range(29, 0, 29, 0))).find((a) => a.title.startsWith('Mark line 30 as content'));
    assert.ok(mark?.command);
    assert.equal(await vscode.commands.executeCommand(mark.command.command, ...(mark.command.arguments ?? [])), true);
    assert.deepEqual(dir.config().exceptions, ['Most Popular Articles']);
    assert.deepEqual(covered(await findings(doc.uri)), SEED_CHAFF.filter((l) => l !== 30));
    assert.deepEqual(covered(await findings(other.doc.uri)), SEED_CHAFF.filter((l) => l !== 30), 'the same line in another article');
    await waitFor(async () => !(await editorState(doc.uri)).decorations?.lines.includes(30), 'the mark to go');
  });

  it('refuses a strip made for a text that has changed since, and says so', async () => {
    const { doc } = await dir.seed();
    const text = await hoverText(doc.uri, new vscode.Position(15, 1));
    const args = JSON.parse(decodeURIComponent(/command:chaff\._removeFinding\?([^ )]+)/.exec(text)![1]));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), 'Breaking\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const before = doc.getText();
    assert.equal(await vscode.commands.executeCommand('chaff._removeFinding', ...args), false);
    assert.equal(doc.getText(), before, 'nothing stripped');
    assert.ok((await editorState(doc.uri)).messages.some((m) => m.includes(STALE)));
    // The same link made now works.
    const fresh = JSON.parse(decodeURIComponent(/command:chaff\._removeFinding\?([^ )]+)/.exec(await hoverText(doc.uri, new vscode.Position(16, 1)))![1]));
    assert.equal(await vscode.commands.executeCommand('chaff._removeFinding', ...fresh), true);
    assert.ok(!doc.getText().includes('Read more'));
  });

  it('cleans on save with editor.codeActionsOnSave "source.fixAll.chaff": "explicit", keeping the metadata as front matter', async () => {
    await setting('editor', 'codeActionsOnSave', { 'source.fixAll.chaff': 'explicit' }, 'scraped-news');
    try {
      const { doc, file } = await dir.seed();
      await findings(doc.uri);
      await vscode.commands.executeCommand('workbench.action.files.save');
      const onDisk = await waitFor(() => {
        const t = fs.readFileSync(file, 'utf8');
        return t !== seedText() ? t : undefined;
      }, 'the fixed file on disk');
      assert.equal(onDisk, doc.getText());
      assert.ok(!doc.isDirty);
      assert.deepEqual(await findings(doc.uri), []);
      assert.ok(!onDisk.includes('Most Popular Articles') && onDisk.includes('NATO reveals'));
      // The feed footer and source line are gone from the text, their url, date and source kept: as Clean Article and `chaff clean` write it.
      assert.equal(onDisk, clean(seedText()).text);
      assert.ok(onDisk.startsWith('---\nsource: RT – Daily news\npublished: 2022-XX-19T19:45\n'), onDisk.slice(0, 160));
      assert.match(onDisk, /^url: https:\/\/ift\.tt\/yPL7XRi$/m);
    } finally {
      await setting('editor', 'codeActionsOnSave', undefined, 'scraped-news');
    }
  });

  it('writes NAME.meta.json on save with chaff.clean.metadata "sidecar"', async () => {
    await setting('editor', 'codeActionsOnSave', { 'source.fixAll.chaff': 'explicit' }, 'scraped-news');
    await setting('chaff.clean', 'metadata', 'sidecar');
    try {
      const { doc, file } = await dir.seed();
      await findings(doc.uri);
      await vscode.commands.executeCommand('workbench.action.files.save');
      const sidecar = file.replace(/\.txt$/, '.meta.json');
      const meta = await waitFor(() => (fs.existsSync(sidecar) ? JSON.parse(fs.readFileSync(sidecar, 'utf8')) : undefined), 'the sidecar');
      assert.equal(meta.url, 'https://ift.tt/yPL7XRi');
      assert.equal(meta.source, 'RT – Daily news');
      const onDisk = await waitFor(() => {
        const t = fs.readFileSync(file, 'utf8');
        return t !== seedText() ? t : undefined;
      }, 'the fixed file on disk');
      assert.equal(onDisk, clean(seedText(), { metadata: 'sidecar' }).text);
      assert.ok(!onDisk.startsWith('---'));
      fs.rmSync(sidecar);
    } finally {
      await setting('chaff.clean', 'metadata', undefined);
      await setting('editor', 'codeActionsOnSave', undefined, 'scraped-news');
    }
  });

  it('counts the findings in the status bar; a click opens the clean preview', async () => {
    const { doc } = await dir.seed();
    const s = await waitFor(async () => {
      const x = await editorState(doc.uri);
      return x.statusBar.visible && x.statusBar.text.includes('8') ? x : undefined;
    }, 'the status bar');
    assert.equal(s.statusBar.text, '$(filter) Chaff: 8');
    assert.equal(s.statusBar.command, 'chaff.previewClean');
    await vscode.commands.executeCommand('chaff.previewClean');
    await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff, 'the preview diff');
    const input = vscode.window.tabGroups.activeTabGroup.activeTab!.input as vscode.TabInputTextDiff;
    assert.equal(input.original.toString(), doc.uri.toString());
    assert.equal(input.modified.scheme, 'chaff-clean');
  });

  it('reports findings as problems only when asked, capped with an entry saying how many more', async () => {
    const { doc } = await dir.seed();
    const mine = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'chaff');
    await setting('chaff.diagnostics', 'severity', 'hint');
    await setting('chaff.diagnostics', 'maxPerFile', 3);
    await setting('chaff.diagnostics', 'enabled', true);
    try {
      const ds = await waitFor(() => (mine().length === 4 ? mine() : undefined), 'the capped diagnostics');
      assert.deepEqual(ds.slice(0, 3).map((d) => d.range.start.line + 1), [1, 2, 16]);
      assert.ok(ds.slice(0, 3).every((d) => d.severity === vscode.DiagnosticSeverity.Hint));
      assert.match(ds[3].message, /^5 more chaff findings not listed here \(chaff\.diagnostics\.maxPerFile is 3\)/);
    } finally {
      await setting('chaff.diagnostics', 'enabled', undefined);
      await setting('chaff.diagnostics', 'maxPerFile', undefined);
      await setting('chaff.diagnostics', 'severity', undefined);
    }
    await waitFor(() => mine().length === 0, 'the diagnostics to go');
  });

  it('does not analyse files over chaff.performance.maxFileSizeKB, and names that setting', async () => {
    await setting('chaff.performance', 'maxFileSizeKB', 1);
    try {
      const { doc } = await dir.seed();
      const s = await waitFor(async () => {
        const x = await editorState(doc.uri);
        return x.status === 'too-large' && x.statusBar.visible ? x : undefined;
      }, 'the too-large state');
      assert.equal(s.findings, 0);
      assert.match(s.statusBar.tooltip, /chaff\.performance\.maxFileSizeKB/);
      await waitFor(async () => (await editorState(doc.uri)).messages.some((m) => m.includes('larger than chaff.performance.maxFileSizeKB (1 KB)')), 'the notice');
      assert.deepEqual(await findings(doc.uri), []);
    } finally {
      await setting('chaff.performance', 'maxFileSizeKB', undefined);
    }
  });
});
