// A worker thread of the analysis pool: the engine runs here, off the main thread (the CLI's I/O
// loop, or the editor's extension host).
import { readlinkSync } from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { resolveConfig, type ResolvedConfig } from '../core';
import { runJob, type PoolRequest } from './job';

const configs = new Map<string, ResolvedConfig>();

if ((workerData as { background?: boolean } | null)?.background) {
  try {
    // This thread only: on Linux a thread's id names it for setpriority (elsewhere this fails, and the thread keeps its priority).
    os.setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
  } catch {
    // not Linux, or not allowed: normal priority
  }
}

parentPort!.on('message', (m: PoolRequest) => {
  let config: ResolvedConfig | undefined;
  if (m.config) {
    config = configs.get(m.config.key);
    if (!config) configs.set(m.config.key, (config = resolveConfig(m.config.raw, { trusted: m.config.trusted }).config));
  }
  // Copied, not transferred: for arrays this small, detaching buffers costs more than copying them.
  parentPort!.postMessage(runJob(m, config));
});
