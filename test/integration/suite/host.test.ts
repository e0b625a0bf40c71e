/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension } from '../helpers';

describe('test host', () => {
  it('runs inside a real VS Code extension host with chaff loaded from this checkout', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    const ext = extension();
    assert.equal(ext.packageJSON.name, 'chaff');
    console.log(`      VS Code ${vscode.version} (${vscode.env.appName}), remote=${vscode.env.remoteName ?? 'none'}, Node ${process.version}`);
  });
});
