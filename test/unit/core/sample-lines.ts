// Lines to try rule machinery on: every line of the .txt files under a folder, and the case forms a
// case-insensitive Unicode match folds onto ASCII letters.
import fs from 'node:fs';
import path from 'node:path';

export function sampleLines(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sampleLines(p));
    else if (e.name.endsWith('.txt')) out.push(...fs.readFileSync(p, 'utf8').split('\n').map((l) => l.trim()));
  }
  return out;
}

export const variants = (line: string) => [line, line.toUpperCase(), line.toLowerCase(), line.replace(/s/g, 'ſ'), line.replace(/k/gi, '\u212a')];
