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

// A process manager (or `timeout --foreground`, or `kill <pid of npm>`) signals npm alone, not its group.
describe('npm start, its npm process signalled alone', () => {
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGKILL']) {
    it(`stops code-server and itself when npm gets ${sig}`, async () => {
      const port = await freePort();
      const child = spawn('npm', ['start', '--', '--port', String(port), '--profile', path.join(scratchDir(), 'profile')], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      let serverPid = 0;
      try {
        await new Promise((resolve, reject) => {
          child.stdout.on('data', () => /Press Ctrl\+C to stop/.test(output) && resolve());
          child.on('exit', (code) => reject(new Error(`npm start exited ${code}:\n${output}`)));
        });
        serverPid = Number(output.match(/code-server pid (\d+)/)?.[1]);
        assert.ok(serverPid > 0 && groupAlive(serverPid), 'code-server is running');
        process.kill(child.pid, sig); // npm's pid only
        // Everything npm start began ends by itself (polled; the limit only guards against a hang).
        for (let i = 0; i < 150 && (groupAlive(serverPid) || groupAlive(child.pid)); i++) await new Promise((r) => setTimeout(r, 200));
        assert.equal(groupAlive(serverPid), false, `code-server still running after ${sig} to npm:\n${output}`);
        assert.equal(groupAlive(child.pid), false, `start.mjs still running after ${sig} to npm:\n${output}`);
        assert.match(output, /\[chaff\] stopped/);
      } finally {
        for (const pgid of [child.pid, serverPid]) if (pgid && groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
      }
    });
  }
});
