// The extension's activation in code-server's real extension host: a workbench opened on a copy of
// samples/ (it has a .chaff.json, so the extension activates at startup) several times over, each a
// new page and so a new extension host. The extension logs what the host counts as its activation
// time: loading its code (the host's own marks around the require) and the activate() call.
// Figures are printed, never asserted. Usage: node bench/activation.mjs [starts] (default 7); the
// last line of stdout is JSON for bench.mjs. Run `npm run build` first (bench.mjs does).
import fs from 'node:fs';
import path from 'node:path';
import { startCodeServer } from '../scripts/code-server.mjs';
import { ensureTools } from '../scripts/setup.mjs';
import { browser, closeAll, copyOfSamples, ROOT } from '../test/e2e/harness.mjs';

const starts = Number(process.argv[2] ?? 7);
const LINE = /activated in ([\d.]+) ms(?:, its code loaded in ([\d.]+) ms before)?/;

/** Every activation line of the Chaff output channels' log files under the server's state. */
function activations(state) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/chaff/i.test(e.name) && e.name.endsWith('.log')) {
        for (const l of fs.readFileSync(p, 'utf8').split('\n')) {
          const m = LINE.exec(l);
          if (m) out.push({ activate: Number(m[1]), load: m[2] === undefined ? null : Number(m[2]) });
        }
      }
    }
  };
  try {
    walk(path.join(state, 'user-data', 'logs'));
  } catch {
    // no logs yet
  }
  return out;
}

await ensureTools({ quiet: true });
const server = await startCodeServer({ devMode: true, idleTimeout: 900 });
const runs = [];
try {
  const folder = copyOfSamples();
  const url = server.url({ folder, payload: [['extensionDevelopmentPath', server.remoteUri(ROOT)]] });
  // The first start warms the server's caches and the file system's: not counted.
  for (let i = 0; i <= starts; i++) {
    const before = activations(server.state).length;
    const context = await (await browser()).newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(url);
    const t0 = Date.now();
    let seen = [];
    while ((seen = activations(server.state)).length <= before && Date.now() - t0 < 90_000) await new Promise((r) => setTimeout(r, 200));
    await context.close();
    if (seen.length <= before) throw new Error('the extension did not log its activation within 90 s');
    const a = seen[seen.length - 1];
    if (i > 0) runs.push(a);
    console.error(`[activation] start ${i}${i ? '' : ' (warm-up)'}: activate() ${a.activate} ms, code loading ${a.load ?? '?'} ms`);
  }
} finally {
  await closeAll();
  await server.stop();
}
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const activate = runs.map((r) => r.activate);
const load = runs.map((r) => r.load).filter((x) => x !== null);
console.log(`activation over ${runs.length} starts: activate() median ${med(activate)} ms, code loading median ${load.length ? med(load) : '?'} ms`);
console.log(JSON.stringify({ activate, load, total: runs.filter((r) => r.load !== null).map((r) => r.activate + r.load) }));
