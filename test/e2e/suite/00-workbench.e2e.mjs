// The sample corpus in the workbench: the seed opens as scraped news with its chaff lines decorated.
import assert from 'node:assert/strict';
import { LANGUAGE_NAME, SEED, SEED_CHAFF_LINES, SEED_CONTENT_LINES, workbench } from '../harness.mjs';

describe('workbench: the sample corpus', () => {
  let wb;
  before(async () => {
    wb = await workbench();
  });

  it('lists the corpus in the explorer', async () => {
    const rows = await wb.page.$$eval('.explorer-folders-view .monaco-list-row', (els) => els.map((e) => e.textContent.trim()));
    assert.ok(rows.includes(SEED.split('/')[0]), `explorer rows: ${rows.join(', ')}`);
  });

  it('opens the seed article', async () => {
    await wb.openFile(SEED);
  });

  it(`shows the language mode "${LANGUAGE_NAME}" in the status bar`, async () => {
    await wb.page.waitForSelector(`[id="status.editor.mode"]:has-text("${LANGUAGE_NAME}")`, { timeout: 20_000 }).catch(() => {});
    assert.equal((await wb.languageMode().innerText()).trim(), LANGUAGE_NAME);
  });

  it('draws boilerplate decorations on the chaff lines and none on the article text', async () => {
    // Decorations follow the analysis: wait until some are drawn (hang guard only).
    await wb.page.waitForSelector('.editor-instance .monaco-editor [class*="ced-"]', { timeout: 20_000 }).catch(() => {});
    const lines = await wb.decoratedLines([...SEED_CHAFF_LINES, ...SEED_CONTENT_LINES].sort((a, b) => a - b));
    assert.deepEqual(lines, SEED_CHAFF_LINES, 'decorated lines of the seed');
  });

  after(async () => {
    if (wb) console.log(`      screenshot: ${await wb.screenshot('e2e-seed')}`);
  });
});
