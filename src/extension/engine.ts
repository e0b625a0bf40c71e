// The engine and the Node side the editor uses, bundled on their own (dist/engine.js) and loaded on
// first use (./lazy.ts): loading them costs most of the extension's start, and activation needs
// neither.
export * from '../core';
export * from '../host';
