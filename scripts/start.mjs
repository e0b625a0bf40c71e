#!/usr/bin/env node
// `npm start`: build the extension and open the sample corpus in a real VS Code (code-server, in the
// browser) with the extension loaded from this checkout, as F5 would on desktop. Runs until Ctrl+C,
// SIGTERM or the end of its npm process, any of which stops every process it started. The npm script
// execs node, so a signal npm passes on reaches this process rather than a shell.
// Usage: npm start -- [--host 127.0.0.1] [--port N] [--folder samples] [--watch] [--fresh] [--profile DIR]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startCodeServer, stopAllCodeServers } from './code-server.mjs';
import { ensureTools, progress, ROOT, TOOLS_DIR } from './setup.mjs';

const HELP = `usage: npm start -- [options]
  --host ADDR    address to listen on (default 127.0.0.1; anything else exposes an unauthenticated VS Code)
  --port N       port (default: a free one, printed)
  --folder DIR   folder to open (default: samples/)
  --watch        rebuild the extension on change (reload the page to pick it up)
  --fresh        start from a fresh VS Code profile
  --profile DIR  VS Code profile (settings, state) to use (default: .vscode-test/start-profile, kept between runs)
With a desktop VS Code, use it instead: F5 in this folder ("Run Extension (samples)"), or
  npm run build && code --extensionDevelopmentPath="$PWD" samples
or install the package: npm run package && code --install-extension chaff-<version>.vsix`;

function parseArgs(argv) {
  const o = { host: '127.0.0.1', port: 0, folder: path.join(ROOT, 'samples'), watch: false, fresh: false, profile: path.join(TOOLS_DIR, 'start-profile') };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`);
    if (flag === '--host') o.host = value();
    else if (flag === '--port') o.port = Number(value());
    else if (flag === '--folder') o.folder = path.resolve(value());
    else if (flag === '--watch') o.watch = true;
    else if (flag === '--fresh') o.fresh = true;
    else if (flag === '--profile') o.profile = path.resolve(value());
    else if (flag === '-h' || flag === '--help') {
      console.log(HELP);
      process.exit(0);
    }
    else fail(`unknown option ${argv[i]}`);
  }
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) fail(`bad --port ${o.port}`);
  return o;
}

function fail(msg) {
  console.error(`[chaff] ${msg}\n${HELP}`);
  process.exit(2);
}

const groups = new Set(); // our own non-code-server children (esbuild --watch), each its own group

function run(cmd, args, { background = false } = {}) {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', detached: background });
  if (background) {
    groups.add(child.pid);
    child.on('exit', () => groups.delete(child.pid));
    return child;
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

let stopping = false;
async function stopAll() {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
  await stopAllCodeServers();
}

function stop(why, code) {
  if (stopping) return;
  stopping = true;
  progress(`${why}: stopping code-server...`);
  stopAll().finally(() => {
    progress('stopped');
    process.exit(code);
  });
}

const opts = parseArgs(process.argv.slice(2));
for (const [sig, code] of [['SIGINT', 0], ['SIGTERM', 0], ['SIGHUP', 129]]) process.on(sig, () => stop(sig === 'SIGINT' ? 'Ctrl+C' : sig, code));
// A process manager signals npm alone; npm may end without passing the signal on (or be killed
// outright). Re-parented, this process is orphaned: stop everything rather than run on unowned.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop(`parent process ${parent} gone`, 0);
}, 500).unref();

try {
  if (!fs.existsSync(opts.folder)) throw new Error(`no folder ${opts.folder}`);
  progress('step 1/3: tools (Node 24 and code-server from npm, cached in .vscode-test/)');
  await ensureTools();
  progress('step 2/3: building the extension (esbuild)');
  await run(process.execPath, ['esbuild.mjs']);
  if (opts.watch) run(process.execPath, ['esbuild.mjs', '--watch'], { background: true });
  progress(`step 3/3: starting code-server on ${opts.host}:${opts.port || '<free port>'}`);
  if (opts.fresh) fs.rmSync(opts.profile, { recursive: true, force: true });
  const server = await startCodeServer({ host: opts.host, port: opts.port, profileDir: opts.profile, devMode: true });
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(opts.host);
  // The page loads the extension from this checkout (extension development mode, like F5 on desktop).
  const view = loopback ? server : { ...server, origin: `http://127.0.0.1:${server.port}`, remoteUri: (p) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}` };
  const url = server.url.call(view, { folder: opts.folder, payload: [['extensionDevelopmentPath', view.remoteUri(ROOT)]] });
  const rel = (p) => (p.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), p) : p);
  console.log('');
  progress(`VS Code is ready on port ${server.port}, serving ${rel(opts.folder)} with chaff loaded from this checkout:`);
  console.log(`\n    ${url}\n`);
  if (!loopback) {
    progress(`warning: listening on ${opts.host} without authentication; from another machine use its address in both places of the URL`);
  }
  progress(`code-server pid ${server.pid}, log ${rel(server.logFile)}${opts.watch ? '; esbuild is watching (reload the page after a rebuild)' : ''}`);
  progress('Press Ctrl+C to stop. (On a desktop VS Code instead: F5 here, see npm start -- --help.)');
  const { code, signal } = await server.exited;
  if (!stopping) {
    console.error(`[chaff] code-server exited by itself (${signal ?? `code ${code}`}); last log lines:\n${server.log().split('\n').slice(-20).join('\n')}`);
    await stopAll();
    process.exit(1);
  }
} catch (e) {
  console.error(`[chaff] npm start failed: ${e.message}`);
  await stopAll();
  process.exit(1);
}
