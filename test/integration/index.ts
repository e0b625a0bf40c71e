// The test runner @vscode/test-electron loads in the extension host (--extensionTestsPath): it must
// export run(), whose rejection makes VS Code (or the code-server shim) exit non-zero.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Test bundles, listed at build time by build.mjs. */
declare const __SUITE_FILES__: string[];

export function run(): Promise<void> {
  process.setSourceMapsEnabled(true);
  const only = process.env.CHAFF_TEST_FILE; // substring of a suite file name: run just that suite
  const files = __SUITE_FILES__.filter((f) => !only || f.includes(only));
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    // A guard against hangs, not a performance assertion.
    timeout: 60_000,
    // One more try for a test that fails on a loaded machine (timing of typing, file events); each
    // retry is named in the results and the summary, so a flaky test stays in sight.
    retries: Number(process.env.CHAFF_TEST_RETRIES ?? 1),
    grep: process.env.CHAFF_TEST_GREP || undefined,
  });
  for (const f of files) mocha.addFile(path.join(__dirname, 'suite', f));
  return new Promise((resolve, reject) => {
    if (files.length === 0) return reject(new Error(`no suite file matches CHAFF_TEST_FILE=${only}`));
    const retried: string[] = [];
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      const results = process.env.CHAFF_TEST_RESULTS;
      if (results) fs.writeFileSync(results, JSON.stringify({ passes, failures, pending, retried, files }));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else if (passes === 0) reject(new Error('no integration test ran'));
      else resolve();
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_RETRY, (test: Mocha.Test, err: Error) => {
      retried.push(`${test.fullTitle()}: ${String(err?.message ?? err).split('\n')[0]}`);
    });
  });
}
