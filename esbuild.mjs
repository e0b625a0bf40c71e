// Bundles the CLI, the extension (its glue, and the engine it loads on first use), the analysis worker both use and the statistics webview's script; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const watch = process.argv.includes('--watch');

/** A fingerprint of the engine's source: caches of per-file results made by another engine are not used. */
function engineFingerprint() {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) h.update(p).update(fs.readFileSync(p));
    }
  };
  walk('src/core');
  return h.digest('hex').slice(0, 12);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'info',
  define: { __CHAFF_ENGINE__: JSON.stringify(engineFingerprint()) },
};

/** Leaves the extension's `require('./engine')` to run time, so the engine is a bundle of its own. */
const engineApart = {
  name: 'engine-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine$/ }, (a) => (a.importer.endsWith(path.join('src', 'extension', 'lazy.ts')) ? { path: './engine', external: true } : undefined));
  },
};

const targets = [
  {
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    // ES modules bundled as CommonJS (the glob library's) ask import.meta.url for their own place.
    banner: { js: "#!/usr/bin/env node\nconst __chaffImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
    define: { ...common.define, 'import.meta.url': '__chaffImportMetaUrl' },
  },
  // The extension starts without the engine: `./engine` (src/extension/lazy.ts) stays a require of dist/engine.js, loaded on first use.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [engineApart] },
  { ...common, entryPoints: ['src/extension/engine.ts'], outfile: 'dist/engine.js' },
  { ...common, entryPoints: ['src/host/worker.ts'], outfile: 'dist/worker.js' },
  // The statistics webview's script runs in the browser: Chart.js bundled in, no Node.
  { ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['src/webview/statistics.ts'], outfile: 'dist/webview/statistics.js', minify: true, sourcemap: false },
];

if (watch) {
  for (const t of targets) await (await esbuild.context(t)).watch();
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
  // Runnable as it is (`./dist/cli.js`, or linked onto the PATH by hand).
  fs.chmodSync('dist/cli.js', 0o755);
}
