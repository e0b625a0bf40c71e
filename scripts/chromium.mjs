// Debian's Chromium driven by playwright-core: never a browser download.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Headless Chromium with a fresh profile (playwright makes and removes a temporary --user-data-dir). */
export async function launchChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROMIUM=/path/to/chrome)`);
  }
  // Chromium keeps crash reports and caches under XDG dirs even with a temporary profile: not in $HOME.
  const xdg = fs.mkdtempSync(path.join(os.tmpdir(), 'chaff-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: xdg },
    headless: true,
    args: CHROMIUM_ARGS,
    // Our own handlers stop code-server too; playwright still kills the browser on exit.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const removeXdg = () => fs.rmSync(xdg, { recursive: true, force: true });
  browser.on('disconnected', removeXdg);
  process.once('exit', removeXdg); // when the process exits before 'disconnected' is delivered
  return browser;
}

// Workbench chatter without network (marketplace, auth, sockets), anchored so test output never matches.
export const NOISE =
  /^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Updating additional builtin extensions|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|%c|Canceled)|getaddrinfo ENOTFOUND open-vsx|\/static\/out\/vs\//;
