// Activation in a workspace that is not a corpus: a folder whose only .txt is a requirements.txt.
// Opening it leaves chaff asleep (no extension log, no index); opening the Corpus view starts the index
// (its log says why it started).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startCodeServer } from '../../../scripts/code-server.mjs';
import { openWorkbench, ROOT, scratchDir } from '../harness.mjs';

/** The extension's own log (its "Chaff" output channel), once it has activated. */
function chaffLog(dir) {
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.name === 'Chaff.log') return fs.readFileSync(p, 'utf8');
    }
  }
  return null;
}

describe('activation outside a corpus', () => {
  let server;
  let wb;
  let logs;

  before(async () => {
    const folder = path.join(scratchDir(), 'python-project');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'requirements.txt'), 'requests==2.32.3\nnumpy>=1.26\n');
    server = await startCodeServer({ devMode: true });
    logs = path.join(server.state, 'user-data', 'logs');
    wb = await openWorkbench(server.url({ folder, payload: [['extensionDevelopmentPath', server.remoteUri(ROOT)]] }), { server, folder });
  });

  it('does not activate or index when a requirements.txt is opened', async () => {
    await wb.openFile('requirements.txt');
    await wb.languageMode().waitFor({ timeout: 20_000 });
    // Activation on opening would show within moments; give it a few seconds to prove it does not happen.
    for (let i = 0; i < 25; i++) {
      assert.equal(chaffLog(logs), null, 'the extension activated on a requirements.txt');
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  it('starts the index when the Corpus view is opened', async () => {
    await wb.page.locator('.activitybar .action-item a[aria-label^="Chaff"]').first().click();
    let log = null;
    for (let i = 0; i < 150 && !/corpus index: starting/.test(log ?? ''); i++) {
      await new Promise((r) => setTimeout(r, 200));
      log = chaffLog(logs);
    }
    assert.match(log ?? '', /corpus index: starting \(the Corpus view (is open|was opened)\)/);
  });

  after(async () => {
    await wb?.page.context().close();
    await server?.stop();
  });
});
