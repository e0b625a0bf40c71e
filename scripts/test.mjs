#!/usr/bin/env node
// `npm test`: unit, integration (real VS Code extension host) and e2e (workbench in Chromium), each
// run even if an earlier one failed, then one summary with the counts; exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { ROOT, ensureSystemPackages, ensureTools } from './setup.mjs';

const suites = [
  // test:unit builds dist/ first; the other two test that build.
  { name: 'unit', cmd: 'npm', args: ['run', 'test:unit'], count: /^\s*Tests\s+(.*?)\s*(\(|$)/m },
  { name: 'integration', cmd: process.execPath, args: ['test/integration/run.mjs'], count: /^\[chaff\] integration: (\d+ passing.*|no results.*)$/m },
  { name: 'e2e', cmd: process.execPath, args: ['test/e2e/run.mjs'], count: /^\[chaff\] e2e: (\d+ passing.*|did not run)$/m },
];

let child;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  // Pass it on (the runners clean up, once), wait for the runner, then stop.
  process.on(sig, () => {
    if (!child) process.exit(130);
    child.once('exit', () => process.exit(130));
    child.kill(sig);
  });
}

const results = [];
// The browser suites need Debian's Chromium; on a fresh machine it is installed here, as CI does.
await ensureSystemPackages(['chromium']).catch((e) => console.error(`[chaff] ${e.message}`));
// The real VS Code (code-server, minutes to install the first time) is fetched while the unit tests
// run, which do not need it; the browser suites wait for it. A failure is reported by their runners.
const tools = process.env.VSCODE_EXECUTABLE ? Promise.resolve() : ensureTools().catch((e) => console.error(`[chaff] ${e.message}`));
for (const s of suites) {
  if (s.name !== 'unit') await tools;
  const code = await new Promise((resolve) => {
    let out = '';
    child = spawn(s.cmd, s.args, { cwd: ROOT, stdio: ['inherit', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (process.stdout.write(d), (out += d)));
    child.stderr.on('data', (d) => (process.stderr.write(d), (out += d)));
    child.on('exit', (c, sig) => {
      const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
      results.push({ name: s.name, ok: c === 0, counts: plain.match(s.count)?.[1] ?? (sig ? `killed by ${sig}` : `exit ${c}`), failures: c === 0 ? '' : failureReport(plain) });
      resolve(c);
    });
  });
  child = undefined;
  void code;
}

console.log('\n[chaff] npm test summary');
for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(12)} ${r.counts}`);
// A CI log is often read from its end: the failures again, under the summary.
for (const r of results.filter((x) => x.failures)) console.log(`\n[chaff] ${r.name}: what failed\n${r.failures}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);

/** The failures section of a mocha or vitest report, short enough for the end of a log. */
function failureReport(plain) {
  const lines = plain.split('\n');
  const start = lines.findIndex((l) => /^\s*\d+ failing\s*$/.test(l) || /Failed Tests? \d+/.test(l));
  const picked = start >= 0 ? lines.slice(start) : lines.slice(-40);
  // Stack frames and blank lines left out: the tail of a log may be all a reader gets.
  return picked.filter((l) => l.trim() && !/^\s+at /.test(l)).slice(0, 24).join('\n');
}
