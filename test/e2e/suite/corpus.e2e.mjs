// The Corpus view in the workbench: the Chaff activity-bar container lists the sample corpus by source
// with counts; expanding a source down to a day shows its articles. Screenshot: test-results/e2e-corpus-tree.png.
import assert from 'node:assert/strict';
import { workbench } from '../harness.mjs';

const WIDER = 320;

describe('workbench: the Corpus view', () => {
  let wb;
  const view = () => wb.page.locator('[id="workbench.view.extension.chaff"]');
  const row = (text) => view().locator(`.monaco-list-row:has-text("${text}")`).first();

  /** Expands the first row with this text; a click lost to a refresh of the view is made again. */
  async function expand(label) {
    const expanded = view().locator(`.monaco-list-row[aria-expanded="true"]:has-text("${label}")`).first();
    for (let i = 0; i < 3; i++) {
      const r = row(label);
      await r.waitFor({ timeout: 15_000 });
      if ((await r.getAttribute('aria-expanded')) === 'true') return;
      await r.click();
      if (await expanded.waitFor({ timeout: 3_000 }).then(() => true, () => false)) return;
    }
    throw new Error(`could not expand ${label}`);
  }

  let widened = 0;
  /** Drags the side bar's right edge by dx pixels. */
  async function dragSidebarEdge(dx) {
    const box = await wb.page.locator('.part.sidebar').boundingBox();
    if (!box) return;
    const x = box.x + box.width + 1;
    const y = box.y + box.height / 2;
    await wb.page.mouse.move(x, y);
    await wb.page.mouse.down();
    await wb.page.mouse.move(x + dx, y, { steps: 8 });
    await wb.page.mouse.up();
    widened += dx;
  }

  before(async () => {
    wb = await workbench();
  });

  it('opens from the Chaff activity-bar item', async () => {
    await wb.page.locator('.activitybar .action-item a[aria-label^="Chaff"]').first().click();
    await view().locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
  });

  it('lists the sources with their article counts', async () => {
    await row('Harbour Post').waitFor({ timeout: 30_000 });
    // Rows stream in while the index runs: wait for the sources the sample corpus has, then read them.
    await wb.page.waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('[id="workbench.view.extension.chaff"] .monaco-list-row')].map((r) => r.textContent.replace(/\s+/g, ' '));
        return ['Harbour Post', 'World Brief – Top Stories', 'Northfield Gazette', 'Unknown source', 'RT – Daily news'].every((s) => rows.some((r) => r.startsWith(s)));
      },
      null,
      { timeout: 30_000 },
    );
    const rows = await view().locator('.monaco-list-row').allInnerTexts();
    const text = rows.map((r) => r.replace(/\s+/g, ' ').trim());
    assert.ok(text.some((t) => /^Harbour Post ?7$/.test(t)), text.join(' | '));
    assert.ok(text.some((t) => /^World Brief – Top Stories ?5$/.test(t)), text.join(' | '));
    assert.ok(text.some((t) => /^Northfield Gazette ?4$/.test(t)), text.join(' | '));
    assert.ok(text.some((t) => /^Unknown source ?\d+$/.test(t)), text.join(' | '));
  });

  it('expands a source down to the articles of a day', async () => {
    for (const label of ['Harbour Post', '2024', 'May', '9 May']) await expand(label);
    await row('Kestrel Bay call centre at risk as German lender cuts 1,200 jobs').waitFor({ timeout: 15_000 });
    const article = (await row('Kestrel Bay call centre').innerText()).replace(/\s+/g, ' ');
    assert.match(article, /11:20 · \d+ findings/);
    // And the seed, under its partial date.
    for (const label of ['RT – Daily news', '2022', 'month unknown', 'day 19']) await expand(label);
    await row('NATO reveals what Russia will get').waitFor({ timeout: 15_000 });
  });

  it('opens an article when it is clicked', async () => {
    // A wider side bar, so titles, times and finding counts show whole in the screenshot (put back after).
    await dragSidebarEdge(WIDER);
    await row('Kestrel Bay call centre').click();
    await wb.page.waitForSelector('.tabs-container .tab.active:has-text("2024-05-09-lender-cuts-jobs.txt")', { timeout: 15_000 });
  });

  after(async () => {
    if (!wb) return;
    console.log(`      screenshot: ${await wb.screenshot('e2e-corpus-tree')}`);
    // Leave the window as the other suites expect it: the side bar as wide as before, the explorer
    // shown, no editor open.
    if (widened) await dragSidebarEdge(-widened);
    await wb.closeAllEditors();
    await wb.page.locator('.activitybar .action-item a[aria-label^="Explorer"]').first().click();
    await wb.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 15_000 });
  });
});
