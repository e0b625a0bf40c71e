/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, openInEditor, SEED, waitFor } from '../helpers';

describe('commands', () => {
  before(async () => {
    await openInEditor(SEED);
    await waitFor(() => extension().isActive, 'the extension to activate');
  });

  it('registers every chaff.* command package.json contributes', async () => {
    const declared: string[] = (extension().packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of ['chaff.cleanArticle', 'chaff.previewClean']) assert.ok(declared.includes(id), `${id} is not contributed`);
    const missing = declared.filter((id) => id.startsWith('chaff.') && !registered.has(id));
    assert.deepEqual(missing, [], 'contributed but not registered');
  });
});
