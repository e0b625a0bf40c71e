#!/usr/bin/env node
// Stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }), for
// machines where desktop VS Code cannot be downloaded. It takes the arguments runTests passes to
// VS Code and runs the same suite in code-server's Node extension host instead: start code-server,
// open the workbench in headless Chromium with the extension development/test paths in the URL
// payload, relay the runner's output, and exit with the suite's exit code.
// Env: CHAFF_TEST_TIMEOUT_MS (hang guard, default 600000), CHAFF_VERBOSE=1 (all workbench output).
import util from 'node:util';
import { launchChromium, NOISE } from './chromium.mjs';
import { startCodeServer, stopAllCodeServers } from './code-server.mjs';
import { ensureTools } from './setup.mjs';

let dev = '';
let tests = '';
let folder = '';
for (const a of process.argv.slice(2)) {
  if (a.startsWith('--extensionDevelopmentPath=')) dev = a.slice(a.indexOf('=') + 1);
  else if (a.startsWith('--extensionTestsPath=')) tests = a.slice(a.indexOf('=') + 1);
  else if (a.startsWith('-')) continue; // desktop-only flags (--no-sandbox, --user-data-dir=…): not ours
  else folder = a;
}
if (!dev || !tests) {
  console.error('usage: vscode-test-shim.mjs [folder] --extensionDevelopmentPath=DIR --extensionTestsPath=FILE');
  process.exit(2);
}

let browser;
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    await browser?.close().catch(() => {});
    await stopAllCodeServers();
  })();
  return cleaning;
}
let stopping = false;
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => {
    // runTests forwards Ctrl+C that the terminal already sent us: handle it once.
    if (stopping) return;
    stopping = true;
    console.error(`[shim] ${sig}: stopping code-server and Chromium`);
    cleanup().finally(() => process.exit(code));
  });
}

async function main() {
  await ensureTools({ quiet: true });
  const server = await startCodeServer({ devMode: true, idleTimeout: 600 });
  console.log(`[shim] code-server ${server.origin} (pid ${server.pid}); running ${tests}`);
  const payload = [
    ['extensionDevelopmentPath', server.remoteUri(dev)],
    ['extensionTestsPath', server.remoteUri(tests)],
  ];
  browser = await launchChromium();
  const page = await browser.newPage();
  let finish;
  const exited = new Promise((r) => (finish = r));
  const verbose = !!process.env.CHAFF_VERBOSE;
  // The workbench hands the test runner's output and exit code to these (smoke-test driver hooks).
  await page.exposeFunction('codeAutomationLog', (_level, args) => {
    const text = Array.isArray(args) ? util.format(...args) : String(args);
    if (verbose || !NOISE.test(text)) process.stdout.write(text.replace(/\n$/, '') + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish({ code }));
  page.on('pageerror', (e) => verbose && console.error('[shim] pageerror', e.message));
  page.on('crash', () => finish({ code: 1, why: 'the workbench page crashed' }));
  server.exited.then(({ code, signal }) => finish({ code: 1, why: `code-server exited (${signal ?? code})` }));
  await page.goto(server.url({ folder: folder || undefined, payload }));
  const limit = Number(process.env.CHAFF_TEST_TIMEOUT_MS || 600_000);
  const timer = setTimeout(() => finish({ code: 1, why: `no result after ${limit} ms (hang guard)` }), limit);
  const result = await exited;
  clearTimeout(timer);
  if (result.why && !stopping) {
    console.error(`[shim] ${result.why}\n--- code-server log ---\n${server.log().split('\n').slice(-30).join('\n')}`);
  }
  return typeof result.code === 'number' ? result.code : 1;
}

let rc = 1;
try {
  rc = await main();
} catch (e) {
  console.error('[shim]', e.stack || e.message);
} finally {
  await cleanup();
}
process.exit(rc);
