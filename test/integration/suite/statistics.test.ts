/// <reference types="mocha" />
// Chaff: Show Corpus Statistics in the real extension host: the numbers the webview reports it drew
// are those of `chaff index --json` over the same folder.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorpusStatistics } from '../../../src/core';
import type { RenderedChart } from '../../../src/webview/protocol';
import { extension, waitFor } from '../helpers';

const root = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
type Shown = { sent: { seq: number; stats: CorpusStatistics } | null; rendered: { seq: number; charts: RenderedChart[] } | null };
const shown = () => vscode.commands.executeCommand<Shown>('chaff._statistics');
const corpusState = () => vscode.commands.executeCommand<{ state: string }>('chaff._corpusState');

function cliStatistics(): CorpusStatistics {
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  const r = spawnSync(process.execPath, [cli, 'index', '.', '--json'], { cwd: root(), encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(r.status === 0, `chaff index exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout).statistics;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('corpus statistics', () => {
  let cli: CorpusStatistics;
  let charts: Map<string, RenderedChart>;

  before(async function () {
    this.timeout(120_000);
    await extension().activate();
    await waitFor(async () => (await corpusState()).state === 'ready', 'the corpus index', 60_000);
    cli = cliStatistics();
    await vscode.commands.executeCommand('chaff.showStatistics');
    // The view is drawn again as the index settles: wait until the webview has drawn the last numbers sent, those of the whole corpus.
    const drawn = await waitFor(async () => {
      const s = await shown();
      return s.sent?.stats.articles === cli.articles && s.rendered?.seq === s.sent.seq ? s : undefined;
    }, 'the webview to draw the whole corpus', 60_000);
    charts = new Map(drawn.rendered!.charts.map((c) => [c.id, c]));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('computes what chaff index --json prints', async () => {
    assert.ok(cli.articles > 30, `articles: ${cli.articles}`);
    assert.deepEqual((await shown()).sent?.stats, cli);
  });

  it('draws findings by kind as the CLI counts them', () => {
    const c = charts.get('byKind')!;
    assert.deepEqual(c.labels.slice(0, cli.byKind.length), cli.byKind.map((k) => k.kind));
    assert.deepEqual(c.datasets[0].data, [...cli.byKind.map((k) => k.findings), ...(cli.evidence ? [cli.evidence] : [])]);
    assert.equal(sum(c.datasets[0].data), cli.findings);
  });

  it('draws findings by source and the sources with the most chaff as the CLI counts them', () => {
    const bySource = charts.get('bySource')!;
    const withFindings = cli.bySource.filter((s) => s.findings > 0).slice(0, bySource.labels.length);
    assert.deepEqual(bySource.datasets[0].data, withFindings.map((s) => s.findings));
    const most = charts.get('mostChaff')!;
    assert.deepEqual(most.datasets[0].data, cli.mostChaff.filter((s) => s.findings > 0).map((s) => s.perArticle));
  });

  it('draws every dated article once over time, and the suspect metadata the CLI finds', () => {
    const over = charts.get('overTime')!;
    const dated = sum(cli.overTime.map((c) => c.articles));
    assert.equal(sum(over.datasets.flatMap((d) => d.data)), dated);
    assert.equal(dated + cli.suspect.noDate, cli.articles);
    assert.deepEqual(charts.get('suspect')!.datasets[0].data, [cli.suspect.noDate, cli.suspect.noSource, cli.suspect.neither]);
  });

  it('draws the copies of duplicate sets by source', () => {
    const dup = charts.get('duplicates')!;
    assert.equal(sum(dup.datasets[0].data), cli.duplicates.exactCopies);
    assert.equal(sum(dup.datasets[1].data), cli.duplicates.nearCopies);
    assert.ok(cli.duplicates.exactCopies + cli.duplicates.nearCopies > 0, 'the samples have copies');
  });
});
