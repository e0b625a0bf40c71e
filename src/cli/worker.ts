// A worker thread of the analysis pool: the engine runs here, off the main thread (the CLI's I/O
// loop, or the editor's extension host). Messages: facts of a text, or the findings count of a
// second analysis with given evidence.
import { parentPort } from 'node:worker_threads';
import { analyze, analyzeFacts, evidenceOf, resolveConfig } from '../core';
import type { PoolRequest, PoolResponse } from './pool';

const configs = new Map<string, ReturnType<typeof resolveConfig>['config']>();
const configFor = (key: string, raw: unknown, trusted: boolean) => {
  let c = configs.get(key);
  if (!c) configs.set(key, (c = resolveConfig(raw, { trusted }).config));
  return c;
};

parentPort!.on('message', (m: PoolRequest) => {
  let res: PoolResponse;
  try {
    if (m.config) configFor(m.config.key, m.config.raw, m.config.trusted);
    const config = m.config ? configs.get(m.config.key) : undefined;
    if (m.op === 'facts') res = { id: m.id, facts: analyzeFacts(m.text, config) };
    else res = { id: m.id, findings: analyze(m.text, { config, corpus: evidenceOf(m.applicable) }).findings.length };
  } catch (e) {
    res = { id: m.id, error: (e as Error).stack ?? String(e) };
  }
  // Copied, not transferred: for arrays this small, detaching buffers costs more than copying them.
  parentPort!.postMessage(res);
});
