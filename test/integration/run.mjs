// Builds the integration suite and runs it inside a real VS Code extension host through
// @vscode/test-electron's runTests. With VSCODE_EXECUTABLE set (a desktop VS Code binary) it runs
// there; otherwise in code-server via scripts/vscode-test-shim.mjs (no desktop VS Code download here).
// Usage: node test/integration/run.mjs [--file <suite name part>] [--grep <test title part>]
import { runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTools, progress } from '../../scripts/setup.mjs';
import { buildIntegration } from './build.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const opt = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const { index, tests } = await buildIntegration();
const desktop = process.env.VSCODE_EXECUTABLE;
if (!desktop) await ensureTools();

// A scratch copy with the repo's layout, so tests may edit and save files without touching the repo.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'chaff-it-'));
const workspace = path.join(scratch, 'workspace');
// The seed only: other fixtures (the metadata set's articles) would be articles of the corpus the suites count.
fs.cpSync(path.join(ROOT, 'test/fixtures/seed'), path.join(workspace, 'test/fixtures/seed'), { recursive: true });
if (fs.existsSync(path.join(ROOT, 'samples'))) fs.cpSync(path.join(ROOT, 'samples'), path.join(workspace, 'samples'), { recursive: true });
const resultsFile = path.join(scratch, 'results.json');

progress(`integration: ${tests.length} suite file(s) in ${desktop ? `desktop VS Code (${desktop})` : 'code-server (Node extension host)'}`);
let rc = 1;
try {
  await runTests({
    vscodeExecutablePath: desktop || path.join(ROOT, 'scripts/vscode-test-shim.mjs'),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: index,
    launchArgs: [workspace, '--disable-extensions'],
    extensionTestsEnv: {
      CHAFF_TEST_RESULTS: resultsFile,
      ...(opt('grep') ? { CHAFF_TEST_GREP: opt('grep') } : {}),
      ...(opt('file') ? { CHAFF_TEST_FILE: opt('file') } : {}),
    },
  });
  rc = 0;
} catch (e) {
  console.error(`[chaff] integration run failed: ${e.message}`);
} finally {
  let summary = 'no results (the suite did not finish)';
  try {
    const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    summary = `${r.passes} passing, ${r.failures} failing, ${r.pending} pending`;
    for (const t of r.retried ?? []) progress(`integration: retried once: ${t}`);
    if (r.retried?.length) summary += `, ${r.retried.length} retried (named above)`;
    if (r.failures > 0 || r.passes === 0) rc = 1;
  } catch {
    rc = 1;
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  progress(`integration: ${summary}`);
}
process.exit(rc);
