// Starts and stops an isolated code-server (a real VS Code: server, Node extension host, web workbench).
// Each server runs in its own process group, so stopping it ends the extension host, pty host and
// file watchers too (they outlive the server otherwise). Every server started here is also stopped
// when this process exits, whichever way it exits short of SIGKILL; the next run reaps those.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER, TOOLS_DIR, toolEnv } from './setup.mjs';

const RUN_DIR = path.join(TOOLS_DIR, 'run');
const live = new Set();

// Keeps the first-run UI (welcome page, chat, tips, git) out of the way of users and tests.
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'git.enabled': false,
};

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

function signalGroup(pgid, sig) {
  try {
    process.kill(-pgid, sig);
  } catch {
    /* already gone */
  }
}

/** Stops servers left by runs that were killed outright (their owner process is gone). */
export function reapStale() {
  let entries;
  try {
    entries = fs.readdirSync(RUN_DIR);
  } catch {
    return;
  }
  for (const name of entries) {
    const dir = path.join(RUN_DIR, name);
    let info;
    try {
      info = JSON.parse(fs.readFileSync(path.join(dir, 'owner.json'), 'utf8'));
    } catch {
      continue;
    }
    if (alive(info.owner)) continue;
    // Only a group whose leader is still our code-server: pids get reused.
    let cmd = '';
    try {
      cmd = fs.readFileSync(`/proc/${info.pid}/cmdline`, 'utf8');
    } catch {
      /* gone */
    }
    if (cmd.includes('code-server') && groupAlive(info.pid)) signalGroup(info.pid, 'SIGKILL');
    if (info.tmp) fs.rmSync(info.tmp, { recursive: true, force: true });
    if (info.temporary) fs.rmSync(dir, { recursive: true, force: true });
    else fs.rmSync(path.join(dir, 'owner.json'), { force: true });
  }
}

export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function portTaken(host, port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(true));
    srv.listen(port, host, () => srv.close(() => resolve(false)));
  });
}

/**
 * @param {object} o
 * @param {string} [o.host] default 127.0.0.1
 * @param {number} [o.port] 0 or unset: a free port
 * @param {string} [o.profileDir] user-data/extensions dirs; unset: a fresh temporary one, removed on stop
 * @param {boolean} [o.devMode] accept extensionDevelopmentPath/extensionTestsPath from the page URL's payload
 * @param {string[]} [o.args] more code-server arguments (e.g. a folder to open at /)
 * @param {number} [o.idleTimeout] seconds without a client before code-server quits by itself
 */
export async function startCodeServer(o = {}) {
  reapStale();
  const host = o.host ?? '127.0.0.1';
  const port = o.port || (await freePort(host));
  if (o.port && (await portTaken(host, port))) throw new Error(`port ${host}:${port} is already in use`);
  fs.mkdirSync(RUN_DIR, { recursive: true });
  const temporary = !o.profileDir;
  const state = temporary ? fs.mkdtempSync(path.join(RUN_DIR, 'cs-')) : path.resolve(o.profileDir);
  const userData = path.join(state, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(path.join(state, 'extensions'), { recursive: true });
  const settingsFile = path.join(userData, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify({ ...DEFAULT_SETTINGS, ...o.settings }, null, 2));
  // Our own config file: without one code-server writes ~/.config/code-server/config.yaml with a password.
  const config = path.join(state, 'config.yaml');
  const bindHost = host.includes(':') ? `[${host}]` : host;
  fs.writeFileSync(config, `bind-addr: ${bindHost}:${port}\nauth: none\ncert: false\n`);
  // VS Code puts its IPC sockets in TMPDIR; socket paths are limited to ~107 bytes, so a short one.
  const tmp = fs.mkdtempSync(path.join(os.platform() === 'win32' ? os.tmpdir() : '/tmp', 'chaff-cs-'));
  const logFile = path.join(state, 'server.log');
  const out = fs.openSync(logFile, 'w');
  const args = [
    '--config', config,
    '--user-data-dir', userData,
    '--extensions-dir', path.join(state, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...(o.devMode ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(o.idleTimeout ? ['--idle-timeout-seconds', String(o.idleTimeout)] : []),
    ...(o.args ?? []),
  ];
  const env = {
    ...toolEnv(),
    // code-server writes heartbeat and logs under XDG dirs: keep them out of $HOME.
    XDG_DATA_HOME: path.join(state, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(state, 'xdg-config'),
    TMPDIR: tmp,
    ...o.env,
  };
  // detached: a new session and process group, so one signal reaches the whole tree.
  const child = spawn(CODE_SERVER, args, { detached: true, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const pid = child.pid;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let stopping;
  const server = {
    host, port, pid, state, logFile, exited,
    origin: `http://${bindHost}:${port}`,
    /** Workbench URL for a folder; `dev` = extension development payload (needs devMode). */
    url({ folder, payload } = {}) {
      const q = [];
      if (folder) q.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
      else q.push('ew=true');
      if (payload) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return `${this.origin}/?${q.join('&')}`;
    },
    /** A local path as the extension host (remote) sees it. */
    remoteUri(p) {
      return `vscode-remote://${bindHost}:${port}${path.resolve(p)}`;
    },
    log() {
      try {
        return fs.readFileSync(logFile, 'utf8');
      } catch {
        return '';
      }
    },
    /** Stops the whole process group; every call waits for the same stop. */
    stop() {
      stopping ??= (async () => {
        signalGroup(pid, 'SIGTERM');
        for (let i = 0; i < 40 && groupAlive(pid); i++) await new Promise((r) => setTimeout(r, 250));
        signalGroup(pid, 'SIGKILL');
        for (let i = 0; i < 20 && groupAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
        fs.rmSync(tmp, { recursive: true, force: true });
        if (temporary) fs.rmSync(state, { recursive: true, force: true });
        else fs.rmSync(path.join(state, 'owner.json'), { force: true });
        live.delete(server);
      })();
      return stopping;
    },
  };
  live.add(server);
  fs.writeFileSync(path.join(state, 'owner.json'), JSON.stringify({ owner: process.pid, pid, tmp, temporary }));
  const spawnError = new Promise((_, reject) => child.once('error', reject));
  try {
    await Promise.race([waitHealthy(server), spawnError]);
  } catch (e) {
    const log = server.log();
    await server.stop();
    throw new Error(`${e.message}\n--- code-server log ---\n${log.split('\n').slice(-30).join('\n')}`, { cause: e });
  }
  return server;
}

async function waitHealthy(server) {
  let dead = false;
  server.exited.then(() => (dead = true));
  for (let i = 0; i < 240; i++) {
    if (dead) throw new Error('code-server exited during startup');
    try {
      const res = await fetch(`${server.origin}/healthz`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('code-server did not answer /healthz within 60 s');
}

/** Stops every server this process started (for finally blocks and signal handlers). */
export async function stopAllCodeServers() {
  await Promise.all([...live].map((s) => s.stop()));
}

// Last resort when the process exits without having stopped them (exceptions, process.exit).
process.on('exit', () => {
  for (const s of live) signalGroup(s.pid, 'SIGKILL');
});

/** Runs the code-server CLI once (e.g. --install-extension, --list-extensions) against a profile dir. */
export function codeServerCli(args, profileDir) {
  const dir = path.resolve(profileDir);
  fs.mkdirSync(dir, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(
      CODE_SERVER,
      ['--config', '/dev/null', '--user-data-dir', path.join(dir, 'user-data'), '--extensions-dir', path.join(dir, 'extensions'), ...args],
      { env: { ...toolEnv(), XDG_DATA_HOME: path.join(dir, 'xdg-data'), XDG_CONFIG_HOME: path.join(dir, 'xdg-config') } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
