/// <reference types="mocha" />
// The editor features on the seed, in a real extension host: findings, decorations, hovers, quick
// fixes, Clean Article (one undo step), the preview, the status bar, opt-in diagnostics, and the one
// shared analysis per document version. Each test works on its own copy of the seed under a private
// folder with its own (empty) .chaff.json, so nothing here changes what the other suites see.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { extension, LANGUAGE_ID, liveDocument, SEED, waitFor, workspacePath, type FindingCore } from '../helpers';

const DIR = 'editor-features';
/** Lines of the seed that are chaff (hand-checked gold). */
const SEED_CHAFF = [1, 2, 16, 18, 19, 27, 28, 30];

interface EditorState {
  languageId: string;
  version: number;
  status: string | null;
  findings: number;
  configFile: string | null;
  decorations: { style: string; lines: number[]; labels: string[] } | null;
  statusBar: { visible: boolean; text: string; tooltip: string };
  analyses: number;
}

const seedText = () => fs.readFileSync(workspacePath(SEED), 'utf8');
const goldClean = () => fs.readFileSync(workspacePath(SEED.replace(/\.txt$/, '.clean.txt')), 'utf8');
const findings = (uri: vscode.Uri) => vscode.commands.executeCommand<FindingCore[]>('chaff._findings', uri);
const editorState = (uri: vscode.Uri) => vscode.commands.executeCommand<EditorState>('chaff._editorState', uri);
const covered = (fs: FindingCore[]) => fs.flatMap((f) => Array.from({ length: f.endLine - f.line + 1 }, (_, i) => f.line + i));
const configPath = () => workspacePath(`${DIR}/.chaff.json`);
/** Writes the private .chaff.json (only when it changes: every write makes the extension reload it). */
const writeConfig = (o: object) => {
  const text = JSON.stringify(o, null, 2) + '\n';
  if (!fs.existsSync(configPath()) || fs.readFileSync(configPath(), 'utf8') !== text) fs.writeFileSync(configPath(), text);
};

let n = 0;
/** A fresh copy of the seed, opened in an editor; `.news.txt` makes it Scraped News from the start. */
async function freshSeed(ext = '.news.txt'): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const file = workspacePath(`${DIR}/seed-${++n}${ext}`);
  fs.writeFileSync(file, seedText());
  const doc = await vscode.workspace.openTextDocument(file);
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

async function setting(section: string, key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
}

async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has no edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

/**
 * Types a burst of keys at line 8 (with `each` after every key, then `after`) and checks that the
 * burst was analysed once, counting from `before`.
 */
async function typeBurstAnalysedOnce(doc: vscode.TextDocument, before: number, each?: () => void, after?: () => Promise<unknown>): Promise<void> {
  for (const ch of 'Typing') {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(7, 0), ch);
    assert.ok(await vscode.workspace.applyEdit(edit));
    each?.();
  }
  await after?.();
  await waitFor(async () => {
    const s = await editorState(doc.uri);
    return s.analyses > before && s.decorations?.lines.length === SEED_CHAFF.length;
  }, 'the marks of the typed version');
  await new Promise((r) => setTimeout(r, 500));
  assert.equal((await editorState(doc.uri)).analyses, before + 1);
}

describe('editor features', () => {
  before(async () => {
    fs.mkdirSync(workspacePath(DIR), { recursive: true });
    writeConfig({});
    await extension().activate();
  });

  afterEach(async () => {
    // Revert whatever a test edited, then close it: no "save changes?" prompt, no leftovers.
    for (let i = 0; i < 10 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    writeConfig({});
  });

  after(async () => {
    await setting('chaff.diagnostics', 'enabled', undefined);
    await setting('chaff.clean', 'metadata', undefined);
    fs.rmSync(workspacePath(DIR), { recursive: true, force: true });
  });

  it('finds the chaff lines of the seed, as plain objects', async () => {
    const { doc } = await freshSeed();
    assert.equal(doc.languageId, LANGUAGE_ID);
    const fs = await findings(doc.uri);
    assert.deepEqual(covered(fs), SEED_CHAFF);
    for (const f of fs) assert.deepEqual(Object.keys(f).sort(), ['endLine', 'kind', 'line', 'message', 'rule']);
    assert.deepEqual(
      fs.filter((f) => f.line <= 2 || f.line >= 27).map((f) => f.kind),
      ['widget', 'widget', 'feed-footer', 'source-line', 'widget'],
    );
  });

  it('switches a plain .txt that looks like scraped news to Scraped News', async () => {
    const { doc } = await freshSeed('.txt');
    const live = await waitFor(() => (liveDocument(doc.uri)?.languageId === LANGUAGE_ID ? liveDocument(doc.uri) : undefined), 'the language switch');
    assert.deepEqual(covered(await findings(live.uri)), SEED_CHAFF);
  });

  it('leaves a plain .txt of ordinary prose alone', async () => {
    const file = workspacePath(`${DIR}/prose-${++n}.txt`);
    fs.writeFileSync(file, 'Shopping list.\n\nEggs, flour and milk for the pancakes on Sunday morning.\n');
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(liveDocument(doc.uri)?.languageId, 'plaintext');
    assert.deepEqual(await findings(doc.uri), []);
  });

  it('marks every chaff line, labels each finding with its kind, and counts them in the status bar', async () => {
    const { doc } = await freshSeed();
    const fs = await findings(doc.uri);
    const state = await waitFor(async () => {
      const s = await editorState(doc.uri);
      return s.decorations && s.statusBar.visible && s.decorations.lines.length > 0 ? s : undefined;
    }, 'decorations and the status bar');
    assert.deepEqual(state.decorations!.lines, SEED_CHAFF);
    assert.equal(state.decorations!.style, 'dim');
    assert.deepEqual(state.decorations!.labels, fs.map((f) => `${f.line}: ${f.kind}`));
    assert.equal(state.statusBar.text, `$(filter) Chaff: ${fs.length}`);
    assert.match(state.statusBar.tooltip, /feed-footer/);
    assert.match(state.statusBar.tooltip, /source: RT – Daily news/);
    assert.match(state.statusBar.tooltip, /title: NATO reveals what Russia will get if it wants ‘less’ of US\\-led military bloc/);

    assert.equal(await vscode.commands.executeCommand('chaff.toggleDecorations'), false);
    assert.deepEqual((await editorState(doc.uri)).decorations?.lines, []);
    assert.equal(await vscode.commands.executeCommand('chaff.toggleDecorations'), true);
    await waitFor(async () => (await editorState(doc.uri)).decorations?.lines.length === SEED_CHAFF.length, 'marks back');
  });

  it('analyses each version once: hovers, code actions, findings and marks share it', async () => {
    const { doc } = await freshSeed();
    await waitFor(async () => (await editorState(doc.uri)).decorations?.lines.length, 'the first marks');
    // Quiet first: nothing else (another document, a config reload) may be analysing meanwhile.
    let before = -1;
    await waitFor(async () => {
      const now = (await editorState(doc.uri)).analyses;
      await new Promise((r) => setTimeout(r, 300));
      before = (await editorState(doc.uri)).analyses;
      return before === now;
    }, 'no analysis running');
    await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(15, 2));
    await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0));
    await findings(doc.uri);
    assert.equal((await editorState(doc.uri)).analyses, before);
  });

  it('analyses a burst of typing once, after the pause', async () => {
    const { doc } = await freshSeed();
    await waitFor(async () => (await editorState(doc.uri)).decorations?.lines.length, 'the first marks');
    await typeBurstAnalysedOnce(doc, (await editorState(doc.uri)).analyses);
  });

  it('answers a hover asked for while typing from the analysis of the pause (one for the burst)', async () => {
    const { doc } = await freshSeed();
    await waitFor(async () => (await editorState(doc.uri)).decorations?.lines.length, 'the first marks');
    // A pause longer than a loaded machine's gaps between these keystrokes: the burst is one.
    await setting('chaff.performance', 'debounceMs', 1500);
    try {
      // A settings change may itself bring an analysis: count from when the count stands still.
      let before = (await editorState(doc.uri)).analyses;
      for (let settled = false; !settled; ) {
        await new Promise((r) => setTimeout(r, 400));
        const now = (await editorState(doc.uri)).analyses;
        settled = now === before;
        before = now;
      }
      const hovers: Thenable<vscode.Hover[]>[] = [];
      await typeBurstAnalysedOnce(doc, before, () => hovers.push(vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(15, 2))), () => Promise.all(hovers));
    } finally {
      await setting('chaff.performance', 'debounceMs', undefined);
    }
  });

  it('explains a finding in a hover, and says nothing over content', async () => {
    const { doc } = await freshSeed();
    const f = (await findings(doc.uri)).find((x) => x.line === 16)!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(15, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, new RegExp(`Chaff: ${f.kind}`));
    assert.ok(text.includes(f.rule), text);
    assert.match(text, /command:chaff\._removeFinding/);
    const none = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(7, 10));
    assert.ok(!none.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('Chaff:'))));
  });

  it('removes one finding with a minimal quick fix, and the marks follow', async () => {
    const { doc } = await freshSeed();
    const original = doc.getText();
    // The last argument resolves the actions: quick fixes make their edit when chosen.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), undefined, 100);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.match(fix.title, /^Strip widget \(line 1\)$/);
    assert.equal(fix.kind?.value, 'quickfix');
    const edits = fix.edit!.get(doc.uri);
    assert.equal(edits.length, 1);
    assert.deepEqual([edits[0].range.start.line, edits[0].range.end.line], [0, 1]); // line 1 and its break, nothing else
    await applyAction(fix);
    assert.equal(doc.getText(), original.slice(original.indexOf('\n') + 1));
    assert.deepEqual(covered(await findings(doc.uri)), SEED_CHAFF.slice(1).map((l) => l - 1));
    await waitFor(async () => (await editorState(doc.uri)).decorations?.lines[0] === 1, 'marks of the new version');
    assert.ok(actions.some((a) => /^Mark line 1 as content/.test(a.title) && a.command?.command === 'chaff.markAsContent'));
    assert.ok(actions.some((a) => /^Disable rule /.test(a.title) && a.command?.command === 'chaff._disableRule'));
  });

  it('fixes all with source.fixAll.chaff, leaving an article in which nothing more is found', async () => {
    const { doc } = await freshSeed();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.chaff',
    );
    assert.deepEqual(actions.map((a) => a.kind?.value), ['source.fixAll.chaff']);
    await applyAction(actions[0]);
    assert.deepEqual(await findings(doc.uri), []);
    assert.ok(!doc.getText().includes('Most Popular Articles'));
    const none = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.chaff',
    );
    assert.deepEqual(none, [], 'fix-all offered on a clean article');
  });

  it('cleans the article as the gold says, in one undo step', async () => {
    await setting('chaff.clean', 'metadata', 'drop');
    try {
      const { doc } = await freshSeed();
      const original = doc.getText();
      assert.equal(await vscode.commands.executeCommand('chaff.cleanArticle'), true);
      assert.equal(doc.getText(), goldClean());
      await vscode.commands.executeCommand('undo');
      assert.equal(doc.getText(), original);
    } finally {
      await setting('chaff.clean', 'metadata', undefined);
    }
  });

  it('writes the metadata as front matter by default', async () => {
    const { doc } = await freshSeed();
    assert.equal(await vscode.commands.executeCommand('chaff.cleanArticle', doc.uri), true);
    const text = doc.getText();
    assert.ok(text.startsWith('---\nsource: RT – Daily news\npublished: 2022-XX-19T19:45\n'), text.slice(0, 200));
    assert.ok(text.endsWith(goldClean()));
    assert.equal(await vscode.commands.executeCommand('chaff.cleanArticle', doc.uri), false, 'a second clean changes nothing');
  });

  it('previews the clean article beside the original, and keeps it current', async () => {
    const { doc } = await freshSeed();
    await vscode.commands.executeCommand('chaff.previewClean', doc.uri);
    const preview = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'chaff-clean' && d.uri.query === doc.uri.toString()), 'the preview document');
    assert.ok(preview.getText().startsWith('---\nsource: RT – Daily news\n'), preview.getText().slice(0, 100));
    assert.ok(preview.getText().endsWith('---\n\n' + goldClean()));
    assert.equal(doc.getText(), seedText(), 'the preview changed the original');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(7, 0), 'A new paragraph of the article, written while the preview is open.\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => preview.getText().includes('A new paragraph of the article'), 'the preview to follow the edit');
  });

  it('marks a finding as content and disables a rule through .chaff.json', async () => {
    const { doc } = await freshSeed();
    assert.equal(await vscode.commands.executeCommand('chaff.markAsContent', doc.uri.toString(), 30), true);
    assert.deepEqual(JSON.parse(fs.readFileSync(configPath(), 'utf8')).exceptions, ['Most Popular Articles']);
    assert.ok(!covered(await findings(doc.uri)).includes(30), 'line 30 still a finding');
    const rule = (await findings(doc.uri)).find((f) => f.line === 1)!.rule;
    assert.equal(await vscode.commands.executeCommand('chaff._disableRule', doc.uri.toString(), rule), true);
    assert.deepEqual(JSON.parse(fs.readFileSync(configPath(), 'utf8')).disabledRules, [rule]);
    assert.ok(!(await findings(doc.uri)).some((f) => f.rule === rule), `${rule} still reported`);
    const state = await editorState(doc.uri);
    assert.equal(state.configFile, vscode.Uri.file(configPath()).toString());
  });

  it('follows .chaff.json edits made on disk: workspace rules, exclusions, problems', async () => {
    const { doc } = await freshSeed();
    writeConfig({ rules: [{ id: 'stoltenberg-line', kind: 'other', pattern: '^At the same time, Stoltenberg' }] });
    const f = await waitFor(async () => (await findings(doc.uri)).find((x) => x.rule === 'stoltenberg-line'), 'the workspace rule');
    assert.equal(f.line, 14);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(13, 3));
    assert.ok(hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('Rule from'))));

    writeConfig({ exclude: [path.basename(doc.uri.fsPath)] });
    const excluded = await waitFor(async () => {
      const s = await editorState(doc.uri);
      return s.status === 'excluded' && s.statusBar.text.includes('excluded') ? s : undefined;
    }, 'the exclusion');
    assert.equal(excluded.findings, 0);

    writeConfig({ rules: [{ id: 'bad', kind: 'nonsense', pattern: 'x' }] });
    const configUri = vscode.Uri.file(configPath());
    const problems = await waitFor(() => {
      const ds = vscode.languages.getDiagnostics(configUri).filter((d) => d.source === 'chaff');
      return ds.length ? ds : undefined;
    }, 'the config problem');
    assert.match(problems[0].message, /rules\[0\]\.kind/);
    const configDoc = await vscode.workspace.openTextDocument(configUri);
    assert.equal(configDoc.getText(problems[0].range), '"kind"', 'the problem points at the key');
  });

  it('reports findings as problems only when asked to', async () => {
    const { doc } = await freshSeed();
    const mine = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'chaff');
    await findings(doc.uri);
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(mine().length, 0);
    await setting('chaff.diagnostics', 'enabled', true);
    try {
      const fs = await findings(doc.uri);
      const ds = await waitFor(() => (mine().length === fs.length ? mine() : undefined), 'the diagnostics');
      assert.deepEqual(ds.map((d) => d.range.start.line + 1), fs.map((f) => f.line));
      assert.deepEqual(ds.map((d) => d.code), fs.map((f) => f.rule));
      assert.ok(ds.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    } finally {
      await setting('chaff.diagnostics', 'enabled', undefined);
    }
    await waitFor(() => mine().length === 0, 'the diagnostics to go');
  });

  it('steps through the findings', async () => {
    const { doc, editor } = await freshSeed();
    await findings(doc.uri);
    editor.selection = new vscode.Selection(4, 0, 4, 0);
    await vscode.commands.executeCommand('chaff.nextFinding');
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 15);
    await vscode.commands.executeCommand('chaff.previousFinding');
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 1);
    await vscode.commands.executeCommand('chaff.previousFinding');
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 0);
    await vscode.commands.executeCommand('chaff.previousFinding');
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 29, 'wraps around');
  });
});
