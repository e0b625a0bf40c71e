// Runs the end-to-end suites (test/e2e/suite/*.e2e.mjs) with mocha in this process, then stops
// every browser and code-server they started, also on Ctrl+C.
// Usage: node test/e2e/run.mjs [--file <suite name part>] [--grep <test title part>]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';
import { progress } from '../../scripts/setup.mjs';
import { closeAll } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const opt = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

let stopping = false;
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => {
    if (stopping) return; // npm test forwards the signal the terminal already sent
    stopping = true;
    console.error(`[chaff] ${sig}: stopping Chromium and code-server`);
    runner?.abort(); // start no further tests (they would start new servers)
    closeAll().finally(() => process.exit(code));
  });
}

let runner;
const only = opt('file');
const files = fs
  .readdirSync(path.join(HERE, 'suite'))
  .filter((f) => f.endsWith('.e2e.mjs') && (!only || f.includes(only)))
  .sort();
// The timeout guards against hangs; a workbench load alone can take tens of seconds on a busy machine.
const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 180_000, grep: opt('grep') });
for (const f of files) mocha.addFile(path.join(HERE, 'suite', f));

progress(`e2e: ${files.length} suite file(s) in code-server + Chromium`);
let rc = 1;
let summary = 'did not run';
try {
  if (files.length === 0) throw new Error(`no suite file matches ${only}`);
  await mocha.loadFilesAsync();
  const stats = await new Promise((resolve) => {
    runner = mocha.run(() => resolve(runner.stats));
  });
  summary = `${stats.passes} passing, ${stats.failures} failing, ${stats.pending} pending`;
  rc = stats.failures > 0 || stats.passes === 0 ? 1 : 0;
} catch (e) {
  console.error(`[chaff] e2e run failed: ${e.stack || e.message}`);
} finally {
  await closeAll();
}
progress(`e2e: ${summary}`);
process.exit(rc);
