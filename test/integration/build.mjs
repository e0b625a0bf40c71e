// Bundles the integration suite for the extension host: out/test/integration/index.js (the runner,
// exporting run()) and one bundle per test/integration/suite/*.test.ts, found here at build time.
// `vscode` and `mocha` stay external: the host provides the first, the repo's node_modules the second.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
export const OUT_DIR = path.join(ROOT, 'out/test/integration');

export async function buildIntegration() {
  const suiteDir = path.join(HERE, 'suite');
  const tests = fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).sort();
  if (tests.length === 0) throw new Error(`no *.test.ts in ${suiteDir}`);
  fs.rmSync(OUT_DIR, { recursive: true, force: true }); // no stale bundles of deleted tests
  const common = {
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline',
    external: ['vscode', 'mocha'], logLevel: 'warning',
  };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [path.join(HERE, 'index.ts')],
      outfile: path.join(OUT_DIR, 'index.js'),
      define: { __SUITE_FILES__: JSON.stringify(tests.map((t) => t.replace(/\.ts$/, '.js'))) },
    }),
    esbuild.build({
      ...common,
      entryPoints: tests.map((t) => path.join(suiteDir, t)),
      outdir: path.join(OUT_DIR, 'suite'),
    }),
  ]);
  return { index: path.join(OUT_DIR, 'index.js'), tests };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { tests } = await buildIntegration();
  console.log(`[chaff] integration suite built: ${tests.join(', ')}`);
}
