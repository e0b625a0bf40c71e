// The editor features as a user meets them in the workbench, on the seed itself (in the shared
// workbench's scratch copy of samples/, restored afterwards): decorations with gutter marks, the hover,
// the status bar opening the clean preview, Clean Article from the palette saved to disk; the preview's
// Apply button; and Clean Articles in Folder through VS Code's Refactor Preview.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SEED, SEED_CHAFF_LINES, workbench } from '../harness.mjs';

const GOLD_CLEAN = fs.readFileSync(path.join(ROOT, 'test/fixtures/seed/000_3a60f01d4fe921a9.clean.txt'), 'utf8');
const SEED_TEXT = fs.readFileSync(path.join(ROOT, 'samples', SEED), 'utf8');

/**
 * Runs a palette command by typing its title and clicking the row of its id: the palette lists recently
 * used commands first, so a fuzzy match ("Chaff: Preview Clean Article") may top the list.
 */
async function runExactly(wb, id, title) {
  const { page } = wb;
  // Focus inside the workbench first (keybindings need it): the active tab (a diff's sides overlap when
  // it renders inline), or the explorer when no editor is open.
  const tab = page.locator('.tabs-container .tab.active');
  await ((await tab.count()) ? tab.first() : page.locator('.explorer-folders-view .monaco-list-row').first()).click();
  await openQuickInput(page, 'F1');
  // Typed into the input itself (keys sent to the page can be lost while the widget takes the focus).
  await page.locator('.quick-input-widget:visible input').first().pressSequentially(title);
  await page.locator(`.quick-input-list .monaco-list-row:has([data-quick-input-id="${id}"])`).first().click({ timeout: 10_000 });
  await page.locator('.quick-input-widget:visible').waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * Presses `key` until the quick input has the keyboard focus: a widget still closing from the last use
 * looks visible, and typing then would go into the editor.
 */
async function openQuickInput(page, key) {
  const focused = () => page.evaluate(() => !!document.activeElement?.closest('.quick-input-widget'));
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press(key);
    try {
      await page.waitForFunction(() => !!document.activeElement?.closest('.quick-input-widget'), null, { timeout: 3_000 });
      return;
    } catch {
      if (await focused()) return;
    }
  }
  throw new Error(`${key} did not open the quick input`);
}

async function goToLine(wb, line) {
  const { page } = wb;
  await page.click('.editor-instance .monaco-editor .view-lines');
  await openQuickInput(page, 'Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

/** Saves the active editor and waits until the file on disk passes `check`. */
async function saveAndRead(wb, file, check) {
  await wb.page.click('.editor-instance .monaco-editor .view-lines');
  await wb.page.keyboard.press('Control+S');
  let text = '';
  for (let i = 0; i < 100 && !check(text); i++) {
    await wb.page.waitForTimeout(100);
    text = fs.readFileSync(file, 'utf8');
  }
  return text;
}

/** Lines (1-based) of the active editor with an extension's gutter icon, among those rendered. */
function gutterLines(wb) {
  return wb.page
    .locator('.editor-instance .monaco-editor')
    .first()
    .evaluate((ed) => {
      const top = (el) => parseFloat(el.style.top);
      const numbered = [...ed.querySelectorAll('.margin-view-overlays > div')]
        .map((el) => ({ top: top(el), line: Number(el.querySelector('.line-numbers')?.textContent.trim()) }))
        .filter((r) => r.line > 0 && !Number.isNaN(r.top));
      const lines = new Set();
      for (const el of ed.querySelectorAll('.cgmr[class*="ced-"]')) {
        const row = el.closest('[style*="top"]');
        const t = row ? top(row) : NaN;
        const hit = numbered.find((r) => Math.abs(r.top - t) < 0.5);
        if (hit) lines.add(hit.line);
      }
      return [...lines].sort((a, b) => a - b);
    });
}

describe('editor: reviewing and cleaning the seed', () => {
  let wb;
  let file;

  before(async () => {
    wb = await workbench();
    file = path.join(wb.folder, SEED);
    await wb.openFile(SEED);
  });

  after(async () => {
    if (!wb) return;
    // Back to the shipped text before closing, so no "save changes?" dialog can block the next suites.
    fs.writeFileSync(file, SEED_TEXT);
    await runExactly(wb, 'workbench.action.files.revert', 'File: Revert File').catch(() => {});
    await wb.closeAllEditors().catch(() => {});
  });

  const statusItem = () => wb.page.locator('.statusbar-item:has-text("Chaff:")').first();

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') console.log(`      screenshot: ${await wb.screenshot(`e2e-failure-${this.currentTest.title.slice(0, 20).replace(/\W+/g, '-')}`)}`);
  });

  it('decorates the chaff lines (dim text, gutter mark) and counts them in the status bar', async () => {
    await statusItem().waitFor({ timeout: 20_000 });
    assert.equal((await statusItem().innerText()).trim(), `Chaff: ${SEED_CHAFF_LINES.length}`);
    await wb.page.waitForSelector('.editor-instance .monaco-editor [class*="ced-"]', { timeout: 20_000 });
    assert.deepEqual(await wb.decoratedLines(SEED_CHAFF_LINES), SEED_CHAFF_LINES);
    // Gutter marks: each chaff line brought into view, then looked for.
    const gutter = new Set();
    for (const line of SEED_CHAFF_LINES) {
      await goToLine(wb, line);
      for (let i = 0; i < 50 && !gutter.has(line); i++) {
        for (const l of await gutterLines(wb)) gutter.add(l);
        if (!gutter.has(line)) await wb.page.waitForTimeout(100);
      }
    }
    assert.deepEqual([...gutter].filter((l) => SEED_CHAFF_LINES.includes(l)).sort((a, b) => a - b), SEED_CHAFF_LINES, 'gutter marks');
    assert.deepEqual([...gutter].filter((l) => !SEED_CHAFF_LINES.includes(l)), [], 'no gutter mark on article text');
    await goToLine(wb, 1);
    // Word wrap on: the long prose lines wrap instead of running off the right edge.
    const wrapped = await wb.page.locator('.editor-instance .monaco-editor .view-line').count();
    assert.ok(wrapped > 30, `${wrapped} view lines for 30 lines: word wrap is on`);
    // No "ambiguous character" boxes around typographic quotes and dashes.
    assert.equal(await wb.page.locator('.editor-instance .monaco-editor .unicode-highlight').count(), 0);
    console.log(`      screenshot: ${await wb.screenshot('e2e-seed-decorated')}`);
  });

  it('explains a chaff line in a hover, with links to strip it or mark it as content', async () => {
    const { page } = wb;
    await goToLine(wb, 16);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible').first();
    await hover.waitFor({ timeout: 10_000 });
    await hover.locator('text=Chaff: teaser').waitFor({ timeout: 10_000 });
    const text = await hover.innerText();
    assert.match(text, /read-more-marker/);
    assert.match(text, /Why:/);
    assert.match(text, /Strip/);
    assert.match(text, /Mark as content/);
    console.log(`      screenshot: ${await wb.screenshot('e2e-hover')}`);
    await page.keyboard.press('Escape');
  });

  it('takes a hyphenated word as one word (the language\'s word separators)', async () => {
    const { page } = wb;
    await goToLine(wb, '4:58'); // inside "US-led"
    await page.keyboard.press('Control+D'); // selects the word at the cursor, as editor.wordSeparators cut words
    await page.waitForSelector('[id="status.editor.selection"]:has-text("(6 selected)")', { timeout: 10_000 });
    await page.keyboard.press('Escape');
  });

  it('opens the clean preview from the status bar, with an Apply button; the file stays as it was', async () => {
    const { page } = wb;
    await statusItem().click();
    await page.waitForSelector('.tabs-container .tab.active:has-text("Clean (Chaff)")', { timeout: 15_000 });
    await page.locator('.monaco-diff-editor').first().waitFor({ timeout: 15_000 });
    await page.locator('.editor-actions [aria-label*="Apply Clean Article"]').first().waitFor({ timeout: 10_000 });
// let the diff render its decorations for the picture
    console.log(`      screenshot: ${await wb.screenshot('e2e-preview')}`);
    assert.equal(fs.readFileSync(file, 'utf8'), SEED_TEXT);
    await page.locator('.tabs-container .tab.active:has-text("Clean (Chaff)") .action-label[class*="codicon-close"]').first().click(); // (Ctrl+F4 belongs to the browser)
    await page.waitForSelector('.tabs-container .tab.active:not(:has-text("Clean (Chaff)"))', { timeout: 10_000 });
  });

  it('runs Chaff: Clean Article from the palette, saves, and the file on disk is clean', async () => {
    await runExactly(wb, 'chaff.cleanArticle', 'Chaff: Clean Article');
    await statusItem().locator('text=Chaff: clean').waitFor({ timeout: 15_000 });
    const text = await saveAndRead(wb, file, (t) => t.startsWith('---'));
    assert.ok(text.startsWith('---\nsource: RT – Daily news\n'), text.slice(0, 120));
    assert.ok(text.endsWith('---\n\n' + GOLD_CLEAN), 'the body is the hand-checked clean text');
    console.log(`      screenshot: ${await wb.screenshot('e2e-clean')}`);
  });
});

describe('editor: applying the preview', () => {
  let wb;
  const FILE = 'preview-e2e/copy.news.txt';

  before(async () => {
    wb = await workbench();
    fs.mkdirSync(path.join(wb.folder, 'preview-e2e'), { recursive: true });
    fs.writeFileSync(path.join(wb.folder, FILE), SEED_TEXT);
    await wb.openFile(FILE);
  });

  after(async () => {
    await wb?.closeAllEditors().catch(() => {});
    if (wb) fs.rmSync(path.join(wb.folder, 'preview-e2e'), { recursive: true, force: true });
  });

  it('cleans the article when Apply in the diff title is clicked, and closes the diff', async () => {
    const { page } = wb;
    const file = path.join(wb.folder, FILE);
    await runExactly(wb, 'chaff.previewClean', 'Chaff: Preview Clean Article');
    const apply = page.locator('.editor-actions [aria-label*="Apply Clean Article"]').first();
    await apply.waitFor({ timeout: 15_000 });
    assert.equal(fs.readFileSync(file, 'utf8'), SEED_TEXT, 'nothing changes before Apply');
    await apply.click();
    await page.waitForSelector('.tabs-container .tab.active:has-text("copy.news.txt"):not(:has-text("Clean (Chaff)"))', { timeout: 15_000 });
    await page.locator('.statusbar-item:has-text("Chaff: clean")').first().waitFor({ timeout: 15_000 });
    const text = await saveAndRead(wb, file, (t) => t.startsWith('---'));
    assert.ok(text.endsWith('---\n\n' + GOLD_CLEAN));
  });
});

describe('editor: Clean Articles in Folder', () => {
  let wb;
  const DIR = 'batch-e2e';

  before(async () => {
    wb = await workbench();
    for (const name of ['one.txt', 'two.txt']) {
      fs.mkdirSync(path.join(wb.folder, DIR), { recursive: true });
      fs.writeFileSync(path.join(wb.folder, DIR, name), SEED_TEXT);
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') console.log(`      screenshot: ${await wb.screenshot('e2e-batch-failure')}`);
  });

  after(async () => {
    if (!wb) return;
    await wb.closeAllEditors().catch(() => {});
    fs.rmSync(path.join(wb.folder, DIR), { recursive: true, force: true });
  });

  it('shows every file in the Refactor Preview; only the files the user ticks are cleaned', async () => {
    const { page } = wb;
    await runExactly(wb, 'workbench.files.action.refreshFilesExplorer', 'File: Refresh Explorer'); // the folder is new
    const folderRow = page.locator(`.explorer-folders-view .monaco-list-row:has-text("${DIR}")`).first();
    await folderRow.waitFor({ timeout: 15_000 });
    await folderRow.click({ button: 'right' });
    const item = page.locator('.context-view .action-menu-item:has-text("Clean Articles in Folder")').first();
    await item.hover({ timeout: 10_000 });
    // Menus ignore a click that comes too soon after they open; Enter on the hovered item always works.
    await page.keyboard.press('Enter');
    const panel = page.locator('.bulk-edit-panel').first();
    await panel.waitFor({ timeout: 20_000 });
    const rowOf = (name) => panel.locator(`.monaco-list-row:has-text("${name}")`).first();
    await rowOf('one.txt').waitFor({ timeout: 10_000 });
    // Files come expanded: fold the first to see the second.
    await rowOf('one.txt').locator('.monaco-tl-twistie').click();
    await rowOf('two.txt').waitFor({ timeout: 10_000 });
    // Entries that need confirmation start unticked: tick one.txt only.
    const box = (name) => rowOf(name).locator('.monaco-checkbox').first();
    assert.ok(!(await box('one.txt').getAttribute('class')).includes('checked'), 'unticked at first');
    await box('one.txt').click();
    await rowOf('one.txt').locator('.monaco-checkbox.checked').waitFor({ timeout: 10_000 });
    assert.ok(!(await box('two.txt').getAttribute('class')).includes('checked'));
    console.log(`      screenshot: ${await wb.screenshot('e2e-batch-preview')}`);
    // Grouped by type, the rows are the kinds: each one's label names it.
    await page.locator('[aria-label*="Group Changes By Type"]').first().click({ timeout: 10_000 });
    for (const label of ['Strip caption', 'Strip feed-footer']) {
      await panel.locator(`.monaco-list-row:has-text("${label}")`).first().waitFor({ timeout: 10_000 });
    }
    console.log(`      screenshot: ${await wb.screenshot('e2e-batch-kinds')}`);
    await panel.locator('.monaco-button:has-text("Apply")').first().click();
    const one = path.join(wb.folder, DIR, 'one.txt');
    let text = '';
    for (let i = 0; i < 100 && !text.startsWith('---'); i++) {
      await page.waitForTimeout(100);
      text = fs.readFileSync(one, 'utf8');
    }
    assert.ok(text.startsWith('---\nsource: RT – Daily news\n') && text.endsWith('---\n\n' + GOLD_CLEAN), text.slice(0, 200));
    assert.equal(fs.readFileSync(path.join(wb.folder, DIR, 'two.txt'), 'utf8'), SEED_TEXT, 'the unticked file is untouched');
  });
});
