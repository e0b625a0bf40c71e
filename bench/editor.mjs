// The corpus index in the editor itself: code-server in Chromium (the e2e harness) opened on a
// generated corpus, the Chaff view opened, and the time taken until the view shows its first
// source and until it is done ("Indexing…" gone, the header counting every article). Then the page
// is reloaded (a new extension host, the cache in the workspace storage) and timed again from the
// reload; the index's own log line (its scan timed from its start) is printed for both.
// Figures are printed, never asserted. Usage: node bench/editor.mjs [10000 …] (default 10000);
// CHAFF_BENCH_WORKERS=n sets chaff.corpus.workers (default: the extension's, one per core).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { ensureTools } from '../scripts/setup.mjs';
import { startCodeServer } from '../scripts/code-server.mjs';
import { closeAll, openWorkbench } from '../test/e2e/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'out/bench');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (sizes.length === 0) sizes.push(10_000);

if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' }).status !== 0) throw new Error('npm run build failed');
await esbuild.build({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', entryPoints: [path.join(ROOT, 'bench/corpus-bench.ts')], outfile: path.join(OUT, 'bench.js') });
await ensureTools({ quiet: true });

/** The index's summary lines from the Chaff output channels' log files under the server's state. */
function chaffLog(state) {
  const lines = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/chaff/i.test(e.name) && e.name.endsWith('.log')) lines.push(...fs.readFileSync(p, 'utf8').split('\n').filter((l) => /corpus index: \d+ articles in/.test(l)));
    }
  };
  try {
    walk(path.join(state, 'user-data', 'logs'));
  } catch {
    // no logs: nothing to add
  }
  return lines.map((l) => l.replace(/^\S+ \S+ \[\w+\] corpus index: /, ''));
}

const s = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

for (const n of sizes) {
  const dir = path.join(OUT, `corpus-${n}`);
  if (!fs.existsSync(path.join(dir, '.generated.json'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    const r = spawnSync(process.execPath, [path.join(OUT, 'bench.js'), 'gen', dir, String(n)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    fs.writeFileSync(path.join(dir, '.generated.json'), r.stdout.trim().split('\n').pop());
  }
  const settings = process.env.CHAFF_BENCH_WORKERS ? { 'chaff.corpus.workers': Number(process.env.CHAFF_BENCH_WORKERS) } : {};
  const server = await startCodeServer({ devMode: true, idleTimeout: 900, settings });
  try {
    const url = server.url({ folder: dir, payload: [['extensionDevelopmentPath', server.remoteUri(ROOT)]] });
    const wb = await openWorkbench(url, { folder: dir });
    const view = wb.page.locator('[id="workbench.view.extension.chaff"]');
    const timeIndex = async (t0 = performance.now(), click = true) => {
      if (click) await wb.page.locator('.activitybar .action-item a[aria-label^="Chaff"]').first().click();
      await view.locator('.monaco-list-row').first().waitFor({ timeout: 600_000 });
      const paint = performance.now() - t0;
      // Done: every article counted in the header, and no "Indexing…" message.
      await wb.page.waitForFunction(
        (total) => {
          const pane = globalThis.document.querySelector('[id="workbench.view.extension.chaff"]');
          const text = pane?.closest('.pane-composite-part, .part')?.textContent ?? '';
          return !text.includes('Indexing…') && text.replace(/[,\s]/g, '').includes(`${total}articles`);
        },
        n,
        { timeout: 1_800_000, polling: 100 },
      );
      return { paint, done: performance.now() - t0 };
    };
    const first = await timeIndex();
    // Let the index save its cache (two seconds after it settles), then start again as after a reload.
    await new Promise((r) => setTimeout(r, 4000));
    // Timed from the reload: the window restores the Chaff view open, and the index starts with the window.
    const reload = performance.now();
    await wb.page.reload();
    const second = await timeIndex(reload, false);
    console.log(`\n[bench] editor, ${n} articles (load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${os.cpus().length} cores; workers ${process.env.CHAFF_BENCH_WORKERS ?? 'default'})`);
    console.log(`  first index:   first source shown ${s(first.paint)}, done ${s(first.done)} after the view was opened`);
    console.log(`  second start:  first source shown ${s(second.paint)}, done ${s(second.done)} after the page was reloaded (the workbench's own start included; the cache in place)`);
    // The index's own account of each scan, from its start to its end.
    for (const line of chaffLog(server.state)) console.log(`  the index's log: ${line}`);
    await wb.page.context().close();
  } finally {
    await server.stop();
  }
}
await closeAll();
