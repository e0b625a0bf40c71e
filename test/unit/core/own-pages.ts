import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One of our own pages (bench/pages/<folder>/<name>.txt): its text and its gold body's non-blank lines. */
export function ownPage(folder: string, name: string): { text: string; gold: string[] } {
  const dir = join(__dirname, '../../../bench/pages', folder);
  return {
    text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
    gold: readFileSync(join(dir, `${name}.gold.txt`), 'utf8').split('\n').filter((l) => l.trim()),
  };
}
