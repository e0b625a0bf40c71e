// The extension starts without the engine: its bundle holds the editor glue (and the core's plain
// types and constants), and loads dist/engine.js on first use. A runtime import of src/core or
// src/host in the glue would pull the engine back into the start (see bench/activation.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve(__dirname, '../../../dist');
const modulesOf = (file: string) => [...fs.readFileSync(path.join(DIST, file), 'utf8').matchAll(/^\/\/ ((?:src|node_modules|schemas)\/\S+)$/gm)].map((m) => m[1]);

describe('the extension bundle', () => {
  it('holds no engine code, and requires the engine bundle at run time', () => {
    const glue = modulesOf('extension.js');
    expect(glue.filter((m) => !m.startsWith('src/extension/'))).toEqual(['src/core/types.ts']);
    expect(fs.readFileSync(path.join(DIST, 'extension.js'), 'utf8')).toContain('require("./engine")');
  });

  it('has the engine beside it, with the core and the host', () => {
    const engine = modulesOf('engine.js');
    expect(engine).toContain('src/core/analyze.ts');
    expect(engine).toContain('src/host/indexer.ts');
  });
});
