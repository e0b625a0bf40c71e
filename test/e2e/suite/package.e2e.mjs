// `npm run package` makes chaff-<version>.vsix, code-server installs it, and the installed
// extension (not the development checkout) works in the workbench.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerCli, startCodeServer } from '../../../scripts/code-server.mjs';
import { copyOfSamples, LANGUAGE_NAME, openWorkbench, ROOT, scratchDir, SEED } from '../harness.mjs';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
const id = `${pkg.publisher}.${pkg.name}`;

describe('package: the .vsix', () => {
  let profile;
  let wb;

  it(`npm run package makes ${path.basename(vsix)}`, () => {
    fs.rmSync(vsix, { force: true });
    const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    assert.ok(fs.existsSync(vsix), `${vsix} not written`);
  });

  it('holds what the extension needs and nothing of the sources', () => {
    const r = spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').filter(Boolean);
    for (const f of ['package.json', 'package.nls.json', 'dist/extension.js', 'dist/engine.js', 'dist/worker.js', 'dist/webview/statistics.js', 'media/statistics.css']) assert.ok(files.includes(f), `${f} missing: ${files.join(', ')}`);
    const leaked = files.filter((f) => /^(src|test|out|scripts|samples|node_modules|\.vscode-test)\/|\.map$/.test(f));
    assert.deepEqual(leaked, []);
  });

  it('code-server installs it (code --install-extension)', async () => {
    profile = path.join(scratchDir(), 'profile');
    const install = await codeServerCli(['--install-extension', vsix], profile);
    assert.equal(install.code, 0, install.stdout + install.stderr);
    const list = await codeServerCli(['--list-extensions', '--show-versions'], profile);
    assert.ok(list.stdout.split('\n').includes(`${id}@${pkg.version}`), `installed: ${list.stdout}`);
  });

  it(`the installed extension opens the seed as ${LANGUAGE_NAME}`, async () => {
    const server = await startCodeServer({ profileDir: profile, idleTimeout: 900 });
    wb = await openWorkbench(server.url({ folder: copyOfSamples() }), { server });
    await wb.openFile(SEED);
    await wb.page.waitForSelector(`[id="status.editor.mode"]:has-text("${LANGUAGE_NAME}")`, { timeout: 20_000 }).catch(() => {});
    assert.equal((await wb.languageMode().innerText()).trim(), LANGUAGE_NAME);
    await wb.page.waitForSelector('.editor-instance .monaco-editor [class*="ced-"]', { timeout: 20_000 });
  });

  after(async () => {
    await wb?.close();
  });
});
