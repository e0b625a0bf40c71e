// The engine, loaded on first use rather than at activation: loading it is most of the extension's
// start, and activating needs none of it. In the package it is its own bundle beside this one
// (`./engine` is external to the extension's bundle: esbuild.mjs builds dist/engine.js).
import type * as Engine from './engine';

let loaded: typeof Engine | undefined;

export const engine = (): typeof Engine => (loaded ??= require('./engine') as typeof Engine);
