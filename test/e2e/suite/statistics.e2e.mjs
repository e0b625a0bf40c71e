// Chaff: Show Corpus Statistics in the workbench: the webview renders its plots over the sample corpus
// (strict CSP: a script that did not load would leave no canvas), and a bar chosen with the keyboard
// filters the Corpus view. Screenshot: test-results/e2e-statistics.png.
import assert from 'node:assert/strict';
import { workbench } from '../harness.mjs';

describe('workbench: corpus statistics', () => {
  let wb;
  /** The webview's content frame (an iframe inside the webview's iframe). */
  const frame = () => wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const chaffView = () => wb.page.locator('[id="workbench.view.extension.chaff"]');

  const refused = [];
  const onConsole = (m) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) refused.push(`${m.location().url}: ${m.text()}`);
  };

  before(async () => {
    wb = await workbench();
    wb.page.on('console', onConsole);
  });

  it('opens from the Corpus view title bar and draws every plot', async () => {
    await wb.page.locator('.activitybar .action-item a[aria-label^="Chaff"]').first().click();
    await chaffView().locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
    await chaffView().hover();
    await wb.page.locator('a[aria-label="Show Corpus Statistics"]:visible').first().click({ timeout: 15_000 });
    for (const id of ['overTime', 'byKind', 'bySource', 'mostChaff', 'duplicates', 'suspect']) {
      await frame().locator(`canvas#${id}-canvas`).waitFor({ timeout: 30_000 });
    }
    // Once the index is done the summary counts every sample article.
    await frame().locator('.summary').filter({ hasText: /^38 articles from 11 sources/ }).waitFor({ timeout: 30_000 });
    // Chart.js sized each canvas: something was drawn.
    const sizes = await frame().locator('canvas').evaluateAll((cs) => cs.map((c) => c.width * c.height));
    assert.equal(sizes.length, 6);
    for (const s of sizes) assert.ok(s > 0, `canvas sizes ${sizes}`);
    console.log(`      screenshot: ${await wb.screenshot('e2e-statistics')}`);
    // The strict policy (own script with a nonce, own stylesheet) held: nothing was refused.
    assert.deepEqual(refused.filter((r) => /webview|statistics/i.test(r)), []);
  });

  it('filters the Corpus view by a bar chosen with the keyboard', async () => {
    const canvas = frame().locator('canvas#bySource-canvas');
    await canvas.focus();
    // The first bar: the source with the most findings.
    await canvas.press('ArrowRight');
    await canvas.press('Enter');
    const message = chaffView().locator('.message, .tree-explorer-viewlet-tree-view-message').filter({ hasText: 'Filter "source:' });
    await message.first().waitFor({ timeout: 15_000 });
    assert.match(await message.first().innerText(), /Filter "source:"harbour post"": 7 articles/i);
    // Only that source is left in the tree (and the duplicate sets it is in).
    await wb.page.waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('[id="workbench.view.extension.chaff"] .monaco-list-row[aria-level="1"]')].map((r) => r.textContent.trim());
        return rows.length > 0 && rows.every((r) => r.startsWith('Harbour Post') || r.startsWith('Duplicates'));
      },
      null,
      { timeout: 15_000 },
    );
    console.log(`      screenshot: ${await wb.screenshot('e2e-statistics-filtered')}`);
  });

  after(async () => {
    if (!wb) return;
    wb.page.off('console', onConsole);
    // Buttons, not the palette: with a webview focused the palette helpers have no editor to click.
    await wb.page.locator('a[aria-label="Clear Corpus Filter"]:visible').first().click({ timeout: 5_000 }).catch(() => {});
    await wb.page.locator('.tabs-container .tab:has-text("Corpus Statistics") .codicon-close').first().click({ timeout: 5_000 }).catch(() => {});
  });
});
