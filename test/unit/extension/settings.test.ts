// The defaults settings.ts reads with are the ones package.json declares, key for key.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('vscode', () => ({ workspace: {} }));
const { DEFAULTS } = await import('../../../src/extension/settings');

const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));

describe('settings', () => {
  it('reads every contributed chaff.* setting with the default package.json declares, and no other', () => {
    const declared: Record<string, unknown> = {};
    for (const group of pkg.contributes.configuration) for (const [key, p] of Object.entries(group.properties as Record<string, { default?: unknown }>)) declared[key] = p.default;
    const inCode: Record<string, unknown> = {};
    for (const [section, keys] of Object.entries(DEFAULTS)) for (const [key, value] of Object.entries(keys)) inCode[`chaff.${section}.${key}`] = value;
    expect(inCode).toEqual(declared);
  });
});
