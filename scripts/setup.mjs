#!/usr/bin/env node
// Installs the tools that run a real VS Code here: Node 24 and code-server, both from npm, pinned,
// cached in one ignored folder (.vscode-test/, or $CHAFF_TOOLS_DIR). Desktop VS Code cannot be
// downloaded on our machines; code-server is the same workbench and extension host.
// Usage: node scripts/setup.mjs [--quiet]     (also imported by start.mjs and the test runners)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TOOLS_DIR = path.resolve(process.env.CHAFF_TOOLS_DIR || path.join(ROOT, '.vscode-test'));
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1'; // VS Code 1.139.1; needs Node 24

const platform = process.platform === 'win32' ? 'win' : process.platform;
const NODE_PKG = `node-${platform}-${process.arch}`;
const nodePrefix = path.join(TOOLS_DIR, `node-${NODE_VERSION}`);
const csPrefix = path.join(TOOLS_DIR, `code-server-${CODE_SERVER_VERSION}`);
export const NODE_DIR = path.join(nodePrefix, 'node_modules', NODE_PKG);
export const NODE_BIN_DIR = path.join(NODE_DIR, 'bin');
export const CODE_SERVER = path.join(csPrefix, 'node_modules', '.bin', 'code-server');
// Written last, so an interrupted install is redone rather than trusted.
const OK = '.chaff-install-ok';

export function progress(msg) {
  console.log(`[chaff] ${msg}`);
}

/**
 * The environment without what `npm run` adds for its own script: under `npm start`, a nested npm would
 * take the outer one's user agent (code-server's postinstall reads the Node version from it) and
 * package context. Configuration the user set (npm_config_cache, registry, …) stays.
 */
export function cleanEnv(base = process.env) {
  const env = { ...base };
  for (const k of Object.keys(env)) {
    if (/^(npm_(lifecycle|package)_|npm_(command|execpath|node_execpath)$|npm_config_(user_agent|local_prefix|npm_version|node_gyp|call)$|NODE$|INIT_CWD$)/.test(k)) delete env[k];
  }
  return env;
}

/** Environment code-server must run (and be installed) with: Node 24 first on PATH. */
export function toolEnv(base = process.env) {
  const env = cleanEnv(base);
  return { ...env, PATH: `${NODE_BIN_DIR}${path.delimiter}${env.PATH ?? ''}`, npm_config_nodedir: NODE_DIR };
}

function npmInstall(prefix, spec, env, label) {
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(prefix, { recursive: true });
  // A package.json of our own keeps npm from walking up into the repo's.
  fs.writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({ name: 'chaff-tools', private: true }) + '\n');
  const logFile = path.join(prefix, 'install.log');
  const out = fs.openSync(logFile, 'w');
  const started = Date.now();
  const ticker = setInterval(() => progress(`  ${label}: still installing (${Math.round((Date.now() - started) / 1000)}s)`), 30_000);
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=warn', spec], {
      cwd: prefix, env, stdio: ['ignore', out, out],
    });
    const onSignal = (sig) => child.kill(sig);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(ticker);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      fs.closeSync(out);
      if (code === 0) {
        fs.writeFileSync(path.join(prefix, OK), `${spec}\n`);
        resolve(Math.round((Date.now() - started) / 1000));
      } else {
        const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
        reject(new Error(`npm install ${spec} failed (${signal ?? `exit ${code}`}); log ${logFile}:\n${tail}`));
      }
    });
  });
}

// Debian packages the tools need, each with a file that shows it is there.
const SYSTEM_PACKAGES = {
  // code-server's kerberos module compiles against these headers.
  'libkrb5-dev': '/usr/include/gssapi/gssapi.h',
  // The integration shim and the e2e tests drive the workbench in it (never a browser download).
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
  // `npm run test:pipeline`: a Dask cluster running the CLI, and pre-commit running the hook.
  'python3-dask': '/usr/lib/python3/dist-packages/dask/__init__.py',
  'python3-distributed': '/usr/lib/python3/dist-packages/distributed/__init__.py',
  'pre-commit': '/usr/bin/pre-commit',
};

/**
 * Installs missing Debian packages with apt-get when we may (root, or sudo without a password), as
 * CI does; otherwise says which command to run. So `npm start` and `npm test` work on a fresh machine.
 */
export async function ensureSystemPackages(names, say = progress) {
  if (process.platform !== 'linux') return;
  const missing = names.filter((n) => !fs.existsSync(SYSTEM_PACKAGES[n]));
  if (!missing.length) return;
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : ['sudo', '-n'];
  const hint = `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`;
  const run = (args) =>
    new Promise((resolve) => {
      const [cmd, ...rest] = [...sudo, ...args];
      const child = spawn(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      child.on('error', () => resolve(false));
      child.on('exit', (code) => resolve(code === 0));
    });
  if (!fs.existsSync('/usr/bin/apt-get')) throw new Error(`missing system packages (${missing.join(', ')}); install them, e.g. ${hint}`);
  say(`system packages: installing ${missing.join(', ')} with apt-get (first run only)...`);
  if (!(await run(['apt-get', 'update', '-qq'])) || !(await run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]))) {
    throw new Error(`could not install ${missing.join(', ')}; run: ${hint}`);
  }
}

/** Installs whatever is missing; returns paths and the environment to run code-server with. */
export async function ensureTools({ quiet = false } = {}) {
  const say = quiet ? () => {} : progress;
  if (fs.existsSync(path.join(nodePrefix, OK)) && fs.existsSync(path.join(NODE_BIN_DIR, 'node'))) {
    say(`Node ${NODE_VERSION}: cached in ${path.relative(ROOT, nodePrefix) || nodePrefix}`);
  } else {
    say(`Node ${NODE_VERSION}: installing ${NODE_PKG}@${NODE_VERSION} from npm (~190 MB, first run only)...`);
    const s = await npmInstall(nodePrefix, `${NODE_PKG}@${NODE_VERSION}`, cleanEnv(), 'Node');
    say(`Node ${NODE_VERSION}: installed in ${s}s`);
  }
  if (fs.existsSync(path.join(csPrefix, OK)) && fs.existsSync(CODE_SERVER)) {
    say(`code-server ${CODE_SERVER_VERSION}: cached in ${path.relative(ROOT, csPrefix) || csPrefix}`);
  } else {
    await ensureSystemPackages(['libkrb5-dev'], say);
    say(`code-server ${CODE_SERVER_VERSION}: installing from npm (compiles native modules; several minutes, first run only)...`);
    const s = await npmInstall(csPrefix, `code-server@${CODE_SERVER_VERSION}`, toolEnv(), 'code-server');
    say(`code-server ${CODE_SERVER_VERSION}: installed in ${s}s`);
  }
  return { codeServer: CODE_SERVER, nodeBinDir: NODE_BIN_DIR, env: toolEnv() };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureTools({ quiet: process.argv.includes('--quiet') }).then(
    () => progress('tools ready'),
    (e) => { console.error(`[chaff] setup failed: ${e.message}`); process.exit(1); },
  );
}
