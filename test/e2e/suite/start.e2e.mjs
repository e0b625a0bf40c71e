// `npm start` serves the sample corpus with the extension active, and Ctrl+C stops all of it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../../scripts/code-server.mjs';
import { LANGUAGE_NAME, openWorkbench, ROOT, scratchDir, SEED } from '../harness.mjs';

const groupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};

describe('npm start', () => {
  let child;
  let output = '';
  let url;
  let serverPid;
  let wb;

  before(async () => {
    const port = await freePort();
    // Its own process group, like a terminal's foreground job: Ctrl+C signals the whole group.
    child = spawn('npm', ['start', '--', '--port', String(port), '--profile', path.join(scratchDir(), 'profile')], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    url = await new Promise((resolve, reject) => {
      const check = () => {
        const m = output.match(/^\s+(http:\/\/127\.0\.0\.1:\d+\/\S+)$/m);
        if (m && /Press Ctrl\+C to stop/.test(output)) resolve(m[1]);
      };
      child.stdout.on('data', check);
      child.on('exit', (code) => reject(new Error(`npm start exited ${code}:\n${output}`)));
    });
    serverPid = Number(output.match(/code-server pid (\d+)/)?.[1]);
  });

  it('prints the port and a URL on 127.0.0.1', () => {
    assert.match(output, /VS Code is ready on port \d+/);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/\?folder=[^&]*samples/);
  });

  it(`serves the sample corpus with the extension active (the seed opens as ${LANGUAGE_NAME})`, async () => {
    wb = await openWorkbench(url);
    await wb.openFile(SEED);
    await wb.page.waitForSelector(`[id="status.editor.mode"]:has-text("${LANGUAGE_NAME}")`, { timeout: 20_000 }).catch(() => {});
    assert.equal((await wb.languageMode().innerText()).trim(), LANGUAGE_NAME);
    await wb.close();
    wb = undefined;
  });

  it('stops code-server and exits cleanly on Ctrl+C', async () => {
    assert.ok(serverPid > 0 && groupAlive(serverPid), 'code-server is running before Ctrl+C');
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    process.kill(-child.pid, 'SIGINT');
    const { code, signal } = await exited;
    // npm re-raises the signal its script got; start.mjs itself exits 0 after stopping everything.
    assert.ok(code === 0 || signal === 'SIGINT', `npm start ended with ${signal ?? `code ${code}`}:\n${output}`);
    assert.match(output, /\[chaff\] stopped/);
    assert.equal(groupAlive(serverPid), false, 'code-server process group still alive');
    assert.equal(groupAlive(child.pid), false, 'npm start process group still alive');
  });

  after(async () => {
    await wb?.close();
    for (const pgid of [child?.pid, serverPid]) if (pgid && groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
  });
});
