// A worker thread of the analysis pool: the engine runs here, off the main thread (the CLI's I/O
// loop, or the editor's extension host).
import { parentPort } from 'node:worker_threads';
import { resolveConfig, type ResolvedConfig } from '../core';
import { runJob, type PoolRequest } from './job';

const configs = new Map<string, ResolvedConfig>();

parentPort!.on('message', (m: PoolRequest) => {
  let config: ResolvedConfig | undefined;
  if (m.config) {
    config = configs.get(m.config.key);
    if (!config) configs.set(m.config.key, (config = resolveConfig(m.config.raw, { trusted: m.config.trusted }).config));
  }
  // Copied, not transferred: for arrays this small, detaching buffers costs more than copying them.
  parentPort!.postMessage(runJob(m, config));
});
