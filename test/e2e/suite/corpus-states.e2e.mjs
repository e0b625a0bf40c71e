// The Corpus view before it has articles: a workspace without any shows the welcome text, and the
// first index of a large folder runs under a progress notification that Cancel stops.
// Screenshots: test-results/e2e-corpus-welcome.png, e2e-corpus-first-index.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openWorkbench, ROOT, scratchDir, workbench } from '../harness.mjs';

/** A workbench on another folder, served by the shared code-server. */
async function workbenchOn(folder) {
  const { server } = await workbench();
  const url = server.url({ folder, payload: [['extensionDevelopmentPath', server.remoteUri(ROOT)]] });
  return openWorkbench(url, { folder });
}

const chaffView = (wb) => wb.page.locator('[id="workbench.view.extension.chaff"]');
const openChaff = (wb) => wb.page.locator('.activitybar .action-item a[aria-label^="Chaff"]').first().click();

describe('workbench: the Corpus view before its first articles', () => {
  const pages = [];
  after(async () => {
    for (const wb of pages) await wb.page.context().close();
  });

  it('shows the welcome text in a workspace without articles', async () => {
    const folder = scratchDir();
    fs.writeFileSync(path.join(folder, 'notes.md'), '# Notes\n\nNot an article.\n');
    const wb = await workbenchOn(folder);
    pages.push(wb);
    await openChaff(wb);
    await chaffView(wb).getByText('No articles found in this workspace.').waitFor({ timeout: 60_000 });
    assert.equal(await chaffView(wb).locator('.monaco-list-row').count(), 0);
    console.log(`      screenshot: ${await wb.screenshot('e2e-corpus-welcome')}`);
  });

  it('indexes a large folder the first time under a notification that Cancel stops', async () => {
    // Many copies of the sample articles, one folder per feed: enough for the index to take seconds.
    const folder = scratchDir();
    const samples = fs.readdirSync(path.join(ROOT, 'samples'), { recursive: true }).filter((f) => f.endsWith('.txt'));
    const FEEDS = 600;
    for (let i = 0; i < FEEDS; i++) {
      const dir = path.join(folder, `feed-${String(i).padStart(3, '0')}`);
      fs.mkdirSync(dir);
      for (const f of samples) fs.copyFileSync(path.join(ROOT, 'samples', f), path.join(dir, f.replace(/[\\/]/g, '-')));
    }
    const total = FEEDS * samples.length;
    const wb = await workbenchOn(folder);
    pages.push(wb);
    await openChaff(wb);
    // The progress notification is announced at once; its Cancel is in the notification centre.
    const title = `Chaff: indexing ${total} articles`;
    await wb.page.waitForFunction((t) => document.body.innerText.includes(t), title, { timeout: 60_000 });
    await wb.page.locator('[id="status.notifications"] a, [id="status.notifications"]').first().click();
    const item = wb.page.locator('.notifications-center .notification-list-item', { hasText: title }).first();
    await item.waitFor({ timeout: 15_000 }).catch(async (e) => {
      console.log(await wb.screenshot('e2e-corpus-first-index-failed'));
      throw e;
    });
    console.log(`      screenshot: ${await wb.screenshot('e2e-corpus-first-index')}`);
    await item.hover();
    await item.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await item.waitFor({ state: 'hidden', timeout: 15_000 });
    // Stopped part way: the view shows what was indexed, and no longer says it is indexing.
    await chaffView(wb).locator('.monaco-list-row').first().waitFor({ timeout: 15_000 });
    await chaffView(wb).getByText(/Indexing… \d+ of \d+ files/).waitFor({ state: 'hidden', timeout: 15_000 });
    const sources = await chaffView(wb).locator('.monaco-list-row').allInnerTexts();
    const counted = sources.filter((t) => !t.startsWith('Duplicates')).reduce((n, t) => n + Number(/(\d+)\s*$/.exec(t)?.[1] ?? 0), 0);
    assert.ok(counted > 0 && counted < total, `${counted} of ${total} articles indexed before Cancel`);
  });
});
