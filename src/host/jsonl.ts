// JSON lines in and out, one record at a time: memory holds one record (and, when evidence is made,
// each article's line facts), never the stream. A record is `{"id", "text", …}`; a bad one is
// reported on its own and the stream goes on.
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { analyze, Corpus, factsOf, parseEvidence, sharedEvidenceOf, type ResolvedConfig, type SharedEvidence } from '../core';
import { ChaffError, fsMessage } from './errors';
import { cacheStamp } from './indexCache';
import type { CorpusIndex } from './indexCache';

export type JsonRecord = Record<string, unknown>;

/** One line of a stream: a record with its text, or why it is not one (`record` kept when it parsed). */
export type JsonlItem = { line: number; bytes: number; record: JsonRecord; text: string; path: string } | { line: number; bytes: number; record: JsonRecord | null; error: string };

/**
 * Where a record belongs for evidence, as a file's path does: `path` if it has one, else its `id`,
 * else its line number. An article without a source is counted with its folder (the path's).
 */
export function recordPath(r: JsonRecord, line: number): string {
  if (typeof r.path === 'string') return r.path;
  if (typeof r.id === 'string' || typeof r.id === 'number') return String(r.id);
  return `#${line}`;
}

/** Opens `-` (stdin) or a file for reading. */
export async function openInput(name: string, stdin: Readable = process.stdin): Promise<{ stream: Readable; size: number | null }> {
  if (name === '-') return { stream: stdin, size: null };
  try {
    const st = await fs.stat(name);
    if (!st.isFile()) throw new ChaffError(`${name}: not a file`);
    return { stream: createReadStream(name), size: st.size };
  } catch (e) {
    if (e instanceof ChaffError) throw e;
    throw new ChaffError(`${name}: ${fsMessage(e)}`);
  }
}

/** The records of a stream, in order; `maxSize` bounds a record's text as it bounds a file. */
export async function* readJsonl(stream: Readable, maxSize: number): AsyncGenerator<JsonlItem> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    const bytes = Buffer.byteLength(raw) + 1;
    if (raw.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch (e) {
      yield { line, bytes, record: null, error: `not JSON (${(e as Error).message})` };
      continue;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      yield { line, bytes, record: null, error: 'not a JSON object' };
      continue;
    }
    const record = v as JsonRecord;
    if (typeof record.text !== 'string') yield { line, bytes, record, error: record.text === undefined ? 'no "text" field' : '"text" is not a string' };
    else if (Buffer.byteLength(record.text) > maxSize) yield { line, bytes, record, error: `text larger than --max-size (${maxSize} bytes)` };
    else yield { line, bytes, record, text: record.text, path: recordPath(record, line) };
  }
}

/** Duplicate sets ordered as the index orders them: earliest published first, then by path. */
function articleOrder(corpus: () => Corpus) {
  return (a: string, b: string) => {
    const ea = corpus().get(a);
    const eb = corpus().get(b);
    const pa = ea?.facts.metadata.published ?? '\uffff';
    const pb = eb?.facts.metadata.published ?? '\uffff';
    if (pa !== pb) return pa < pb ? -1 : 1;
    const da = ea?.path ?? a;
    const db = eb?.path ?? b;
    return da < db ? -1 : da > db ? 1 : 0;
  };
}

/** Evidence of streams of records (bad ones are left out and reported through `onError`). */
export async function evidenceOfJsonl(
  streams: (() => Promise<Readable>)[],
  config: ResolvedConfig,
  maxSize: number,
  onError: (item: JsonlItem & { error: string }, stream: number) => void,
  onRecord?: (bytes: number) => void,
): Promise<SharedEvidence> {
  const corpus: Corpus = new Corpus(config.repeatedLines, { order: articleOrder(() => corpus) });
  for (let k = 0; k < streams.length; k++) {
    for await (const item of readJsonl(await streams[k](), maxSize)) {
      onRecord?.(item.bytes);
      if ('error' in item) onError(item, k);
      else corpus.set(`${k}:${item.line}`, item.path, factsOf(analyze(item.text, { config })));
    }
  }
  return sharedEvidenceOf(corpus, cacheStamp(config), config.repeatedLines, (key) => corpus.get(key)!.path);
}

/** Evidence of indexed files (`check`, `clean`, `analyze` over the same paths use the same). */
export function evidenceOfIndex(index: CorpusIndex, config: ResolvedConfig): SharedEvidence {
  const shown = new Map(index.inputs.map((i) => [i.real, i.display]));
  return sharedEvidenceOf(index.corpus, cacheStamp(config), config.repeatedLines, (k) => shown.get(k) ?? k);
}

/** Reads an evidence file made with this engine and configuration. */
export async function loadEvidence(file: string, config: ResolvedConfig, shown = file): Promise<SharedEvidence> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new ChaffError(`${shown}: ${fsMessage(e)}`);
  }
  let ev: SharedEvidence;
  try {
    ev = parseEvidence(text);
  } catch (e) {
    throw new ChaffError(`${shown}: ${(e as Error).message}`);
  }
  if (ev.stamp !== cacheStamp(config)) {
    throw new ChaffError(`${shown}: made by another chaff build or with another configuration; make it again with \`chaff evidence\` and the same .chaff.json`);
  }
  return ev;
}
