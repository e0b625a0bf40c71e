/// <reference types="mocha" />
// The Corpus view in the real extension host: the sample corpus by source and by date with the counts
// `chaff index` gives, partial and missing dates, duplicates, corpus evidence in the editor, and the
// tree following file edits, unsaved editor text, deletions and Clean Article.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PlainNode } from '../../../src/extension/tree';
import { extension, liveDocument, waitFor, workspacePath } from '../helpers';


interface CorpusState {
  state: string;
  articles: number;
  grouping: string;
  filter: string;
  selection: string[];
  uncounted: number;
}

const tree = (id?: string) => vscode.commands.executeCommand<PlainNode[]>('chaff._corpusTree', id);
const corpusState = () => vscode.commands.executeCommand<CorpusState>('chaff._corpusState');
const root = () => vscode.workspace.workspaceFolders![0].uri.fsPath;

/** The chain of nodes from a root down to the article with this URI, or undefined. */
function chainTo(nodes: PlainNode[], uri: string, trail: PlainNode[] = []): PlainNode[] | undefined {
  for (const n of nodes) {
    if (n.kind === 'article' && n.uri === uri && !n.id.startsWith('dup/')) return [...trail, n];
    const found = n.children && chainTo(n.children, uri, [...trail, n]);
    if (found) return found;
  }
  return undefined;
}

const byLabel = (nodes: PlainNode[], label: string) => nodes.find((n) => n.label === label);

/** `chaff index . --json` over the workspace, run by the host's own Node. */
function cliIndex(): { articles: { path: string; source: string | null; findings: number }[]; duplicates: { articles: string[] }[] } {
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  const r = spawnSync(process.execPath, [cli, 'index', '.', '--json'], { cwd: root(), encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(r.status === 0, `chaff index exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** An invented feed article: three chaff lines (share, feed footer, source line). */
const ARTICLE = (title: string) => `${title}

The council voted on Tuesday evening to approve a revised ferry timetable for the summer season, ending months of discussion about crossings, costs and the late sailings.

Members said the new plan keeps the late crossing on Sundays while postponing the purchase of a second vessel until next year, according to officials at the harbour office.

Residents spoke during the public comment period, most of them in favour of the longer service hours and the new stops at the marina and the old quay.

Share this article

https://ift.tt/AbC1234 June 3, 2024 at 09:15AM
from Corpus Test Wire
`;
const TITLE = 'Council approves new ferry timetable for the summer season';
const FILE = 'corpus-it/ferry-timetable.txt';

describe('Corpus view', () => {
  before(async () => {
    await extension().activate();
    await waitFor(async () => (await corpusState()).state === 'ready', 'the corpus index', 60_000);
    await vscode.commands.executeCommand('chaff.corpus.groupBySource');
    await vscode.commands.executeCommand('chaff.corpus.clearFilter');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(workspacePath('corpus-it'), { recursive: true, force: true });
    await vscode.commands.executeCommand('chaff.corpus.groupBySource');
  });

  it('starts again from its cache without reading a file, as it was, and counts lines afterwards', async () => {
    // No editor open: an open article asks for its evidence, and that counts the lines.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Files other suites made and removed may still be on their way through the watcher: a full scan first.
    await vscode.commands.executeCommand('chaff.corpus.refresh');
    await waitFor(async () => (await corpusState()).state === 'ready', 'the index refreshed', 60_000);
    const before = { tree: await tree(), state: await corpusState() };
    await vscode.commands.executeCommand('chaff._corpusRestart');
    await waitFor(async () => (await corpusState()).state === 'ready', 'the index restarted from its cache', 60_000);
    const after = await vscode.commands.executeCommand<CorpusState & { stats: { cached: number; read: number; reanalysed: number; restored: boolean } }>('chaff._corpusState');
    assert.equal(after.articles, before.state.articles);
    assert.deepEqual(after.stats, { ...after.stats, cached: before.state.articles, read: 0, reanalysed: 0, restored: true });
    assert.deepEqual(await tree(), before.tree);
    // Counted in slices once idle (or at once, when an editor asks for its evidence).
    await waitFor(async () => (await corpusState()).uncounted === 0, 'lines counted after the start', 10_000);
    // Nothing changed: the cache on disk is not written again (a save would come two seconds after the start).
    const { cacheFile } = await vscode.commands.executeCommand<{ cacheFile: string }>('chaff._corpusState');
    const written = fs.statSync(cacheFile).mtimeMs;
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(fs.statSync(cacheFile).mtimeMs, written, 'the cache file untouched');
  });

  it("says an article's relative path as the editor does", async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const asked = [vscode.Uri.joinPath(folder, 'a.txt'), vscode.Uri.joinPath(folder, 'deep/er/b c%.txt'), vscode.Uri.joinPath(folder, 'q?#.txt'), vscode.Uri.file('/elsewhere/x.txt'), folder.with({ scheme: 'untitled' })];
    const { rels } = await vscode.commands.executeCommand<{ rels: [string, string, string][] }>('chaff._corpusState', asked.map((u) => u.toString()));
    assert.equal(rels.length, asked.length);
    // From the URI, and from its string without parsing it where it can.
    for (const [fromUri, fromKey, editor] of rels) assert.deepEqual([fromUri, fromKey], [editor, editor]);
    assert.deepEqual(rels.slice(0, 3).map((r) => r[1]), ['a.txt', 'deep/er/b c%.txt', 'q?#.txt']);
  });

  it('runs all but its first worker thread at a lower priority than the extension host (Linux)', async function () {
    if (process.platform !== 'linux') this.skip();
    const nice = (tid: string) => {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    };
    const lowered = () => fs.readdirSync('/proc/self/task').filter((tid) => nice(tid) === 10).length;
    const settings = vscode.workspace.getConfiguration('chaff.corpus');
    try {
      for (const workers of [3, 1]) {
        await settings.update('workers', workers, vscode.ConfigurationTarget.Workspace);
        await waitFor(async () => (await corpusState()).state === 'ready' && lowered() === workers - 1, `${workers - 1} worker(s) at nice 10 of ${workers}`, 30_000);
      }
      assert.equal(nice(String(process.pid)), 0, 'the main thread keeps its priority');
    } finally {
      await settings.update('workers', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('shows the sample corpus by source with the counts chaff index gives', async () => {
    // Other suites' files come and go: compare both views of the workspace as they are now.
    const { want, got } = await waitFor(async () => {
      const cli = cliIndex();
      const want = new Map<string, number>();
      for (const a of cli.articles) want.set(a.source ?? 'Unknown source', (want.get(a.source ?? 'Unknown source') ?? 0) + 1);
      const got = new Map((await tree()).filter((n) => n.contextValue !== 'chaff.duplicates').map((n) => [n.label, Number(n.description)]));
      const same = want.size === got.size && [...want].every(([k, v]) => got.get(k) === v);
      return same ? { want, got } : undefined;
    }, 'the tree to match chaff index');
    assert.equal(got.get('Harbour Post'), 7);
    assert.equal(got.get('World Brief – Top Stories'), 5);
    assert.equal(want.get('Northfield Gazette'), 4);
    assert.equal(got.get('Northfield Gazette'), 4);
  });

  it('puts partial and missing dates under "month unknown", "day N" and "Undated"', async () => {
    const roots = await tree();
    const rt = byLabel(roots, 'RT – Daily news')!;
    const y2022 = byLabel(rt.children!, '2022')!;
    const unknownMonth = byLabel(y2022.children!, 'month unknown')!;
    const day19 = byLabel(unknownMonth.children!, 'day 19')!;
    assert.ok(day19.children!.some((a) => a.label.startsWith('NATO reveals what Russia will get')), 'the seed under 2022 › month unknown › day 19');
    assert.match(day19.children![0].description, /^19:45 · \d+ findings/);
    const unknown = byLabel(roots, 'Unknown source')!;
    const undated = byLabel(unknown.children!, 'Undated')!;
    assert.ok(undated.children!.some((a) => a.label === 'Town votes to keep its last public phone box'));
    // Months and days read as words, newest first.
    const hp = byLabel(roots, 'Harbour Post')!;
    assert.deepEqual(hp.children!.map((n) => `${n.label} ${n.description}`), ['2024 5', '2023 2']);
    assert.deepEqual(byLabel(hp.children!, '2024')!.children!.map((n) => `${n.label} ${n.description}`), ['September 1', 'May 2', 'March 1', 'January 1']);
    assert.deepEqual(byLabel(byLabel(hp.children!, '2024')!.children!, 'May')!.children!.map((n) => n.label), ['20 May', '9 May']);
  });

  it('groups Year › Month › Day › Source when toggled, undated articles last', async () => {
    await vscode.commands.executeCommand('chaff.corpus.groupByDate');
    try {
      assert.equal((await corpusState()).grouping, 'date');
      const roots = (await tree()).filter((n) => n.contextValue !== 'chaff.duplicates');
      const labels = roots.map((n) => n.label);
      assert.equal(labels[labels.length - 1], 'Undated');
      const years = labels.slice(0, -1).map(Number);
      assert.deepEqual(years, [...years].sort((a, b) => b - a));
      const seedDay = byLabel(byLabel(byLabel(roots, '2022')!.children!, 'month unknown')!.children!, 'day 19')!;
      assert.ok(byLabel(seedDay.children!, 'RT – Daily news'));
      const total = roots.reduce((n, r) => n + Number(r.description), 0);
      assert.equal(total, (await corpusState()).articles);
    } finally {
      await vscode.commands.executeCommand('chaff.corpus.groupBySource');
    }
  });

  it('lists the seed and its fixture copy under Duplicates', async () => {
    const dup = (await tree()).find((n) => n.contextValue === 'chaff.duplicates');
    assert.ok(dup, 'a Duplicates group');
    const seedSet = dup.children!.find((s) => s.label.startsWith('NATO reveals'));
    assert.ok(seedSet, 'the seed set');
    const paths = seedSet.children!.map((a) => vscode.workspace.asRelativePath(vscode.Uri.parse(a.uri!)));
    assert.ok(paths.includes('samples/rt-daily-news/000_3a60f01d4fe921a9.txt') && paths.includes('test/fixtures/seed/000_3a60f01d4fe921a9.txt'), paths.join(', '));
  });

  it('counts lines repeated across a source as chaff, in the tree and in the editor alike', async () => {
    const file = vscode.Uri.file(workspacePath('samples/harbour-post/2024-05-09-lender-cuts-jobs.txt'));
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    const found = await waitFor(async () => {
      const fs = await vscode.commands.executeCommand<{ rule: string }[]>('chaff._findings', file);
      return fs.some((f) => f.rule === 'repeated-line') ? fs : undefined;
    }, 'repeated-line findings in the editor');
    const chain = chainTo(await tree(), file.toString())!;
    assert.equal(chain.map((n) => n.label).slice(0, 4).join(' › '), 'Harbour Post › 2024 › May › 9 May');
    assert.match(chain[chain.length - 1].description, new RegExp(`^11:20 · ${found.length} findings$`));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('follows a new file, an edit on disk and a deletion', async () => {
    const file = workspacePath(FILE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A file of blank lines beside it is no article.
    const blank = workspacePath('corpus-it/blank.txt');
    fs.writeFileSync(blank, '   \n\n \t\n');
    fs.writeFileSync(file, ARTICLE(TITLE));
    const uri = vscode.Uri.file(file).toString();
    const chain = await waitFor(async () => chainTo(await tree(), uri), 'the new article in the tree');
    await vscode.commands.executeCommand('chaff.corpus.refresh');
    assert.equal(chainTo(await tree(), vscode.Uri.file(blank).toString()), undefined);
    fs.rmSync(blank);
    assert.deepEqual(chain.map((n) => n.label), ['Corpus Test Wire', '2024', 'June', '3 June', TITLE]);
    assert.equal(chain[0].description, '1');
    assert.equal(chain[4].description, '09:15 · 3 findings');
    fs.writeFileSync(file, ARTICLE('Ferry timetable vote postponed after a late objection').replace('June 3, 2024', 'July 8, 2024'));
    await waitFor(async () => chainTo(await tree(), uri)?.map((n) => n.label).join(' › ') === 'Corpus Test Wire › 2024 › July › 8 July › Ferry timetable vote postponed after a late objection', 'the edited article moved');
    fs.rmSync(file);
    await waitFor(async () => !byLabel(await tree(), 'Corpus Test Wire'), 'the deleted article gone with its source');
  });

  it('follows a folder moved and then deleted as a whole', async () => {
    const dir = workspacePath('corpus-it-folder');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE('Ferry operator adds a night sailing for the festival week'));
    fs.writeFileSync(path.join(dir, 'b.txt'), ARTICLE('Harbour office extends its opening hours over the summer').replace('from Corpus Test Wire', 'from Folder Test Wire'));
    const count = async (source: string) => Number(byLabel(await tree(), source)?.description ?? 0);
    await waitFor(async () => (await count('Corpus Test Wire')) === 1 && (await count('Folder Test Wire')) === 1, 'both articles in the tree');
    const moved = workspacePath('corpus-it-moved');
    fs.renameSync(dir, moved);
    await waitFor(async () => chainTo(await tree(), vscode.Uri.file(path.join(moved, 'a.txt')).toString()), 'the article at its new path');
    assert.equal(await count('Corpus Test Wire'), 1);
    fs.rmSync(moved, { recursive: true });
    await waitFor(async () => (await count('Corpus Test Wire')) === 0 && (await count('Folder Test Wire')) === 0, 'the folder\'s articles gone');
  });

  it('shows an editor\'s unsaved text, and the disk copy again once reverted', async () => {
    const file = workspacePath(FILE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, ARTICLE(TITLE));
    const uri = vscode.Uri.file(file);
    await waitFor(async () => chainTo(await tree(), uri.toString()), 'the article in the tree');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, 0, doc.lineAt(0).text.length), 'An unsaved headline about the ferry timetable');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(async () => chainTo(await tree(), uri.toString())?.pop()?.label === 'An unsaved headline about the ferry timetable', 'the unsaved title in the tree');
    assert.equal(fs.readFileSync(file, 'utf8').split('\n')[0], TITLE);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(async () => chainTo(await tree(), uri.toString())?.pop()?.label === TITLE, 'the saved title back');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('keeps a cleaned article in place, its metadata now read from front matter', async () => {
    const file = workspacePath(FILE);
    const uri = vscode.Uri.file(file);
    const before = await waitFor(async () => chainTo(await tree(), uri.toString()), 'the article in the tree');
    assert.equal(before[before.length - 1].description, '09:15 · 3 findings');
    assert.equal(await vscode.commands.executeCommand('chaff.corpus.cleanArticle', uri.toString()), true);
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /^---\n(.*\n)*source: Corpus Test Wire\n/);
    assert.doesNotMatch(text, /from Corpus Test Wire|Share this article/);
    assert.equal(liveDocument(uri)?.isDirty ?? false, false, 'saved');
    const after = await waitFor(async () => {
      const c = chainTo(await tree(), uri.toString());
      return c?.[c.length - 1].description.endsWith('clean') ? c : undefined;
    }, 'the cleaned article');
    assert.deepEqual(after.map((n) => n.id), before.map((n) => n.id));
    assert.equal(after[after.length - 1].description, '09:15 · clean');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reveals the active editor\'s article, filters, and copies metadata', async () => {
    const uri = vscode.Uri.file(workspacePath(FILE));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.equal(await vscode.commands.executeCommand('chaff.corpus.revealActive'), true);
    const id = chainTo(await tree(), uri.toString())!.pop()!.id;
    await waitFor(async () => (await corpusState()).selection.includes(id), 'the article selected');

    await vscode.commands.executeCommand('chaff.corpus.filter', 'ferry timetable');
    assert.deepEqual((await tree()).map((n) => `${n.label} ${n.description}`), ['Corpus Test Wire 1']);
    await vscode.commands.executeCommand('chaff.corpus.filter', 'rt-daily-news');
    assert.deepEqual((await tree()).filter((n) => n.contextValue !== 'chaff.duplicates').map((n) => `${n.label} ${n.description}`), ['RT – Daily news 1']);
    await vscode.commands.executeCommand('chaff.corpus.clearFilter');
    assert.ok((await tree()).length > 5);

    const json = await vscode.commands.executeCommand<string>('chaff.corpus.copyMetadata', uri.toString());
    assert.deepEqual(JSON.parse(json), { path: FILE, source: 'Corpus Test Wire', published: '2024-06-03T09:15', url: 'https://ift.tt/AbC1234', retrieved: null, title: TITLE, author: null, language: 'en' });
    assert.equal(await vscode.env.clipboard.readText(), json);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
