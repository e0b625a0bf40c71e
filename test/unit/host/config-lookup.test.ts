// The one `.chaff.json` lookup: the nearest file at or above a folder, climbing as the caller says
// (the CLI to the file system's root, the editor to its workspace folder), and one glob matcher.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configGlobs, findConfig, nearestConfig } from '../../../src/host';
import { tmpTree } from '../cli/helpers';

describe('.chaff.json lookup', () => {
  const dir = tmpTree({ '.chaff.json': '{}', 'a/.chaff.json': '{}', 'a/b/c/x.txt': 'x', 'd/x.txt': 'x' });

  it('finds the nearest one at or above a folder (the CLI: up to the root)', async () => {
    expect(await findConfig(path.join(dir, 'a/b/c'))).toBe(path.join(dir, 'a/.chaff.json'));
    expect(await findConfig(path.join(dir, 'a'))).toBe(path.join(dir, 'a/.chaff.json'));
    expect(await findConfig(path.join(dir, 'd'))).toBe(path.join(dir, '.chaff.json'));
  });

  it('stops where the caller says (the editor: at its workspace folder), asking each candidate once', async () => {
    const asked: string[] = [];
    const steps = (root: string) => ({
      candidate: (d: string) => path.join(d, '.chaff.json'),
      up: (d: string) => (d === root ? null : path.dirname(d)),
      isFile: (f: string) => (asked.push(f), fs.existsSync(f)),
    });
    expect(await nearestConfig(path.join(dir, 'd'), steps(path.join(dir, 'd')))).toBeNull();
    expect(await nearestConfig(path.join(dir, 'a/b/c'), steps(dir))).toBe(path.join(dir, 'a/.chaff.json'));
    expect(asked.map((f) => path.relative(dir, f))).toEqual(['d/.chaff.json', 'a/b/c/.chaff.json', 'a/b/.chaff.json', 'a/.chaff.json']);
  });
});

describe('configGlobs', () => {
  it('matches paths relative to the config folder, dotfiles included; no globs match nothing', () => {
    const m = configGlobs(['feeds/**/*.txt', 'drafts/*']);
    expect(m('feeds/2024/a.txt')).toBe(true);
    expect(m('drafts/.hidden')).toBe(true);
    expect(m('other/a.txt')).toBe(false);
    expect(configGlobs([])('anything')).toBe(false);
  });
});
