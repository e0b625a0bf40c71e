/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { core, extension, type FindingCore, openScrapedNews, SEED, workspacePath } from '../helpers';

/** What `chaff analyze <file> --json` reports for one file. */
function cliFindings(file: string): FindingCore[] {
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  // The host's own runtime: Node in code-server, Electron-as-Node on desktop VS Code.
  const r = spawnSync(process.execPath, [cli, 'analyze', file, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  assert.ok(r.status === 0 || r.status === 1, `chaff analyze exited ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { files: { path: string; findings: FindingCore[] }[] };
  assert.equal(out.files.length, 1);
  return out.files[0].findings.map(core);
}

describe('findings', () => {
  it('the extension finds in the seed exactly what the CLI reports', async () => {
    const doc = await openScrapedNews(SEED);
    const res = await vscode.commands.executeCommand<FindingCore[] | { findings: FindingCore[] }>('chaff._findings', doc.uri);
    const fromExtension = (Array.isArray(res) ? res : (res?.findings ?? [])).map(core);
    const fromCli = cliFindings(workspacePath(SEED));
    assert.ok(fromCli.length > 0, 'the CLI finds nothing in the seed');
    assert.deepEqual(fromExtension, fromCli);
  });
});
