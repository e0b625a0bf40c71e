/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { extension, openInEditor, SEED, waitFor } from '../helpers';

describe('activation', () => {
  it('activates by itself in a workspace with a .chaff.json (samples/ has one)', async () => {
    const ext = extension();
    // No ext.activate() here: the workspace (or opening the seed) must be enough.
    await openInEditor(SEED);
    await waitFor(() => ext.isActive, 'the extension to activate');
    assert.ok(ext.isActive);
  });
});
