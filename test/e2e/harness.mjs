// Shared by the end-to-end suites: a real VS Code workbench (code-server) in Debian's headless
// Chromium, driven by playwright-core. One browser and one workbench on a scratch copy of samples/
// serve every suite (started on first use); run.mjs closes everything at the end, or on a signal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startCodeServer, stopAllCodeServers } from '../../scripts/code-server.mjs';
import { ensureTools, ROOT } from '../../scripts/setup.mjs';

export { ROOT };
export const RESULTS_DIR = path.join(ROOT, 'test-results');
/** The seed article, relative to samples/. */
export const SEED = 'rt-daily-news/000_3a60f01d4fe921a9.txt';
/** The seed's chaff lines, hand-checked (test/fixtures/seed/*.gold.json). */
export const SEED_CHAFF_LINES = [1, 2, 16, 18, 19, 27, 28, 30];
/** Lines of the seed that are article text. */
export const SEED_CONTENT_LINES = [4, 6, 8, 10, 12, 14, 21, 23, 25];

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lang = pkg.contributes?.languages?.find((l) => l.id === 'scraped-news');
/** What the status bar shows as the language mode of a scraped-news file. */
export const LANGUAGE_NAME = lang?.aliases?.[0] ?? 'scraped-news';

const scratch = [];
let browserPromise;
let shared;

export function browser() {
  browserPromise ??= launchChromium();
  return browserPromise;
}

/** A scratch directory, removed by closeAll(). */
export function scratchDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaff-e2e-'));
  scratch.push(dir);
  return dir;
}

/** A scratch copy of the sample corpus (tests may edit and save files). */
export function copyOfSamples() {
  const folder = path.join(scratchDir(), 'samples');
  fs.cpSync(path.join(ROOT, 'samples'), folder, { recursive: true });
  return folder;
}

/**
 * The shared workbench: samples/ (a copy) with chaff loaded from this checkout. Each call first
 * closes menus and pickers a previous suite may have left open.
 */
export async function workbench() {
  shared ??= (async () => {
    await ensureTools({ quiet: true });
    const server = await startCodeServer({ devMode: true, idleTimeout: 900 });
    const folder = copyOfSamples();
    const url = server.url({ folder, payload: [['extensionDevelopmentPath', server.remoteUri(ROOT)]] });
    return openWorkbench(url, { server, folder });
  })();
  const wb = await shared;
  await wb.dismissOverlays();
  return wb;
}

/** Opens a workbench URL in a new page and waits until the explorer lists the folder. */
export async function openWorkbench(url, { server, folder } = {}) {
  // CHAFF_E2E_VIEWPORT=WxH: e.g. a short window, to exercise lines below the fold.
  const [width, height] = (process.env.CHAFF_E2E_VIEWPORT ?? '1400x1000').split('x').map(Number);
  const context = await (await browser()).newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const wb = new Workbench(page, server, folder);
  page.on('pageerror', (e) => wb.errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // Rows appear once the remote connection and the file service are up.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  return wb;
}

export class Workbench {
  constructor(page, server, folder) {
    this.page = page;
    this.server = server;
    this.folder = folder;
    this.errors = [];
  }

  /** Closes context menus, pickers and hovers (Escape), so clicks reach the workbench again. */
  async dismissOverlays() {
    await this.dismissDialogs();
    const overlays = this.page.locator('.context-view .monaco-menu, .quick-input-widget:visible, .monaco-hover:visible');
    for (let i = 0; i < 5 && (await overlays.count()) > 0; i++) await this.page.keyboard.press('Escape');
  }

  /**
   * Answers modal dialogs a suite left behind ("Do you want to save the changes…?") with Don't Save:
   * a modal blocks every click of the suites after it. Waits up to `appear` ms for one to show up.
   */
  async dismissDialogs(appear = 0) {
    const dialog = this.page.locator('.monaco-dialog-box:visible').first();
    if (appear) await dialog.waitFor({ state: 'visible', timeout: appear }).catch(() => {});
    for (let i = 0; i < 5 && (await dialog.count()) > 0; i++) {
      const dontSave = dialog.locator('.monaco-button', { hasText: "Don't Save" });
      if (await dontSave.count()) await dontSave.first().click();
      else await this.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    }
  }

  /** Opens a file (path relative to the folder) with Quick Open and waits for its editor. */
  async openFile(rel) {
    const { page } = this;
    // Keybindings only fire with focus inside the workbench.
    await page.click('.explorer-folders-view .monaco-list-row');
    await page.keyboard.press('Control+P');
    // Typed into the input itself: keys sent before it has the focus would land in the editor.
    const input = page.locator('.quick-input-widget:visible input').first();
    await input.waitFor({ timeout: 10_000 });
    await input.pressSequentially(rel);
    const name = path.basename(rel);
    // The row Enter opens is the focused one: wait until the filter has put the file there (before
    // it has, the focused row is the most recently opened editor).
    await page.waitForSelector(`.quick-input-list .monaco-list-row.focused:has-text("${name}")`, { timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tabs-container .tab.active:has-text("${name}")`, { timeout: 15_000 });
    await page.waitForSelector('.editor-instance .monaco-editor .view-lines .view-line', { timeout: 15_000 });
  }

  /**
   * Runs a command by its palette title (e.g. "Chaff: Clean Article"). Clicks the row with exactly
   * that label: recently used commands are listed first, so the top row may be another fuzzy match.
   */
  async runCommand(title) {
    const { page } = this;
    // (Short: with no editor open, the default 30 s would pass before the fallback.)
    await page.click('.editor-instance .monaco-editor .view-lines', { timeout: 2_000 }).catch(() => page.click('.explorer-folders-view .monaco-list-row'));
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget:visible input').first();
    await input.waitFor({ timeout: 10_000 });
    await input.pressSequentially(title);
    const label = page.locator('.label-name').getByText(title, { exact: true });
    await page.locator('.quick-input-list .monaco-list-row').filter({ has: label }).first().click({ timeout: 10_000 });
    await page.locator('.quick-input-widget:visible').waitFor({ state: 'hidden', timeout: 10_000 });
  }

  async closeAllEditors() {
    await this.runCommand('View: Close All Editors');
    await this.dismissDialogs(1_000);
  }

  /** The status bar's language mode item. */
  languageMode() {
    return this.page.locator('[id="status.editor.mode"]');
  }

  /**
   * Which of `lines` (1-based) of the active editor have an extension's decorations drawn on them:
   * elements with the generated `ced-*` classes of decoration types, mapped to a line through their
   * row's offset. Lines not rendered yet (below the fold) are revealed with Go to Line first.
   */
  async decoratedLines(lines) {
    const { page } = this;
    const editor = page.locator('.editor-instance .monaco-editor').first();
    const scan = () =>
      editor.evaluate((ed) => {
        const top = (el) => parseFloat(el.style.top);
        const numbered = [...ed.querySelectorAll('.margin-view-overlays > div')]
          .map((el) => ({ top: top(el), line: Number(el.querySelector('.line-numbers')?.textContent.trim()) }))
          .filter((r) => r.line > 0 && !Number.isNaN(r.top))
          .sort((a, b) => a.top - b.top);
        // A wrapped line's rows carry no number: they belong to the nearest numbered row above.
        const lineAt = (t) => numbered.filter((r) => r.top <= t + 0.5).pop()?.line;
        const decorated = new Set();
        for (const el of ed.querySelectorAll('[class*="ced-"]')) {
          const row = el.closest('.view-line, .view-overlays > div, .margin-view-overlays > div');
          const line = row && lineAt(top(row));
          if (line) decorated.add(line);
        }
        return { decorated: [...decorated], rendered: numbered.map((r) => r.line) };
      });
    const decorated = new Set();
    const rendered = new Set();
    const take = (r) => (r.decorated.forEach((l) => decorated.add(l)), r.rendered.forEach((l) => rendered.add(l)));
    take(await scan());
    let moved = false;
    for (const line of lines) {
      if (rendered.has(line)) continue;
      await editor.locator('.view-lines').click();
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget:visible input').first();
      await input.waitFor({ timeout: 10_000 });
      await input.pressSequentially(String(line));
      await page.keyboard.press('Enter');
      await editor.locator(`.margin-view-overlays .line-numbers:text-is("${line}")`).waitFor({ timeout: 10_000 });
      take(await scan());
      moved = true;
    }
    if (moved) await page.keyboard.press('Control+Home');
    return lines.filter((l) => decorated.has(l));
  }

  async screenshot(name) {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close() {
    await this.page.context().close();
    await this.server?.stop();
  }
}

/** Stops everything the suites started: browser, code-servers, scratch folders. Idempotent. */
let closing;
export function closeAll() {
  closing ??= (async () => {
    const b = browserPromise;
    await b?.then((x) => x.close()).catch(() => {});
    await stopAllCodeServers();
    for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  })();
  return closing;
}
