// The editor features as a user meets them in the workbench: the status bar item, a hover, the
// findings list, Clean Article saved to disk, and the clean preview. Works on a private copy of the
// seed in the shared workbench's folder, so the other suites still see the sample corpus unchanged.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SEED, workbench } from '../harness.mjs';

const DIR = 'editor-e2e';
const FILE = `${DIR}/copy-of-seed.news.txt`;
const GOLD_CLEAN = fs.readFileSync(path.join(ROOT, 'test/fixtures/seed/000_3a60f01d4fe921a9.clean.txt'), 'utf8');

/**
 * Runs a palette command by typing its title and clicking the row of its id: the palette lists recently
 * used commands first, so a fuzzy match ("Chaff: Preview Clean Article") may top the list.
 */
async function runExactly(wb, id, title) {
  const { page } = wb;
  await page.click('.editor-instance .monaco-editor .view-lines').catch(() => page.click('.explorer-folders-view .monaco-list-row'));
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:visible input', { timeout: 10_000 });
  await page.keyboard.type(title);
  await page.locator(`.quick-input-list .monaco-list-row:has([data-quick-input-id="${id}"])`).first().click({ timeout: 10_000 });
  await page.locator('.quick-input-widget:visible').waitFor({ state: 'hidden', timeout: 10_000 });
}

describe('editor: reviewing and cleaning an article', () => {
  let wb;
  let file;

  before(async () => {
    wb = await workbench();
    file = path.join(wb.folder, FILE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(path.join(wb.folder, SEED), file);
    await wb.openFile(FILE);
  });

  after(async () => {
    if (!wb) return;
    console.log(`      screenshot: ${await wb.screenshot('e2e-editor')}`);
    await wb.closeAllEditors().catch(() => {});
    fs.rmSync(path.join(wb.folder, DIR), { recursive: true, force: true });
  });

  const statusItem = () => wb.page.locator('.statusbar-item:has-text("Chaff:")').first();

  it('counts the findings in the status bar', async () => {
    await statusItem().waitFor({ timeout: 20_000 });
    assert.match((await statusItem().innerText()).trim(), /^Chaff: \d+$/);
  });

  it('explains a chaff line in a hover', async () => {
    const { page } = wb;
    await page.click('.editor-instance .monaco-editor .view-lines');
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget:visible input', { timeout: 10_000 });
    await page.keyboard.type('16');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible').first();
    await hover.waitFor({ timeout: 10_000 });
    await hover.locator('text=Chaff: teaser').waitFor({ timeout: 10_000 });
    assert.match(await hover.innerText(), /Mark as content/);
    await page.keyboard.press('Escape');
  });

  it('lists the findings from the status bar and jumps to one', async () => {
    const { page } = wb;
    await statusItem().click();
    await page.waitForSelector('.quick-input-widget:visible input', { timeout: 10_000 });
    await page.keyboard.type('feed-footer');
    await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("feed-footer")', { timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[id="status.editor.selection"]:has-text("Ln 27")', { timeout: 10_000 });
  });

  it('shows the clean article beside the original', async () => {
    await runExactly(wb, 'chaff.previewClean', 'Chaff: Preview Clean Article');
    await wb.page.waitForSelector('.tabs-container .tab.active:has-text("Clean (Chaff)")', { timeout: 15_000 });
    await wb.page.locator('.monaco-diff-editor').first().waitFor({ timeout: 15_000 });
    await runExactly(wb, 'workbench.action.closeAllEditors', 'View: Close All Editors'); // (Ctrl+F4 belongs to the browser)
  });

  it('cleans the article and saves it', async () => {
    const { page } = wb;
    await wb.openFile(FILE);
    await page.waitForSelector('.tabs-container .tab.active:not(:has-text("Clean (Chaff)"))', { timeout: 10_000 });
    await runExactly(wb, 'chaff.cleanArticle', 'Chaff: Clean Article');
    await statusItem().locator('text=Chaff: clean').waitFor({ timeout: 15_000 });
    await page.click('.editor-instance .monaco-editor .view-lines');
    await page.keyboard.press('Control+S');
    let text = '';
    for (let i = 0; i < 100 && !text.startsWith('---'); i++) {
      await page.waitForTimeout(100);
      text = fs.readFileSync(file, 'utf8');
    }
    assert.ok(text.startsWith('---\nsource: RT – Daily news\n'), text.slice(0, 120));
    assert.ok(text.endsWith('---\n\n' + GOLD_CLEAN), 'the body is the hand-checked clean text');
  });
});
