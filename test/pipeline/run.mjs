#!/usr/bin/env node
// `npm run test:pipeline`: what needs more than Node, outside `npm test`. Installs what it needs
// (Debian's python3-dask, python3-distributed and pre-commit, with apt-get as root), then checks
//  - a Dask cluster (two worker processes) cleaning a corpus of JSON lines through the CLI with shared
//    evidence gives, byte for byte, what one `chaff clean --jsonl` gives;
//  - the pre-commit hook of this repository, from a clone (Debian's pre-commit installs it with npm,
//    which builds dist/ through `prepare`), blocks a commit with chaff and lets a clean one through;
//  - the plain .git/hooks/pre-commit recipe of the README does the same;
//  - `npm ci` alone in a clone makes `npm i -g .` give a working `chaff`.
// Ends with `pipeline: N passed, N failed`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { ensureSystemPackages, ROOT } from '../../scripts/setup.mjs';

const CLI = path.join(ROOT, 'dist/cli.js');
const PY = '/usr/bin/python3'; // Debian's, where python3-dask is (a pyenv python3 on PATH may not have it)
const say = (s) => console.log(`[pipeline] ${s}`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chaff-pipeline-'));
const figures = [];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  if (r.error) throw r.error;
  return r;
}
function ok(cmd, args, opts) {
  const r = run(cmd, args, opts);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return r;
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
const git = (cwd, ...args) => ok('git', ['-c', 'user.name=chaff test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd });

/** The repository as it would be committed now (tracked and new files, minus what .gitignore leaves out), as a git repository of one commit. */
function snapshotRepo(dir) {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    if (!fs.existsSync(path.join(ROOT, f))) continue; // deleted, not yet committed
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'snapshot');
  return git(dir, 'rev-parse', 'HEAD').stdout.trim();
}

const CHAFFY = 'Council approves the harbour plan after a long debate\n\nThe council voted on Tuesday to approve the plan for the harbour, ending a dispute that began years ago over its cost.\n\nShare on Facebook Share on Twitter\n\nA final vote on the contract is expected before the end of the year, officials said.\n';
const CLEAN = 'Council approves the harbour plan after a long debate\n\nThe council voted on Tuesday to approve the plan for the harbour, ending a dispute that began years ago over its cost.\n\nA final vote on the contract is expected before the end of the year, officials said.\n';

const tests = {
  async 'Dask: 8 partitions on a 2-worker cluster, with shared evidence, equal one run'() {
    // A few hundred synthetic articles (sources with lines no rule knows, duplicates, no-source folders).
    // Under out/ like bench/corpus.mjs's build: the generator finds samples/ from where it runs.
    const bench = path.join(ROOT, 'out/pipeline/bench.js');
    await esbuild.build({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', entryPoints: [path.join(ROOT, 'bench/corpus-bench.ts')], outfile: bench, define: { __CHAFF_ENGINE__: '"bench"' } });
    const dir = path.join(tmp, 'dask');
    ok(process.execPath, [bench, 'gen', path.join(dir, 'corpus'), '400', '3'], { cwd: path.join(ROOT, 'bench') });
    const records = [];
    const walk = (rel) => {
      for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
        const r = `${rel}/${e.name}`;
        if (e.isDirectory()) walk(r);
        else if (e.name.endsWith('.txt')) records.push({ id: records.length, path: r, text: fs.readFileSync(path.join(dir, r), 'utf8'), crawl: 'test' });
      }
    };
    walk('corpus');
    records.sort((a, b) => (a.path < b.path ? -1 : 1));
    fs.writeFileSync(path.join(dir, 'corpus.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    ok(process.execPath, [CLI, 'evidence', '--jsonl', 'corpus.jsonl', '-q'], { cwd: dir, stdio: ['ignore', fs.openSync(path.join(dir, 'evidence.json'), 'w'), 'pipe'] });
    const one = ok(process.execPath, [CLI, 'clean', '--jsonl', 'corpus.jsonl', '-q'], { cwd: dir }).stdout;
    const t0 = performance.now();
    const d = ok(PY, [path.join(ROOT, 'test/pipeline/dask_clean.py'), 'corpus.jsonl', 'evidence.json', 'dask.jsonl', '2', '8'], { cwd: dir, env: { ...process.env, CHAFF_NODE: process.execPath, CHAFF_CLI: CLI } });
    const secs = (performance.now() - t0) / 1000;
    say(d.stdout.trim());
    const out = fs.readFileSync(path.join(dir, 'dask.jsonl'), 'utf8');
    assert(out.split('\n').length - 1 === records.length, `dask wrote ${out.split('\n').length - 1} lines for ${records.length} records`);
    assert(out === one, 'the Dask output differs from the single-process output');
    assert(/"rule":"repeated-line"/.test(out), 'no repeated-line finding: the evidence did nothing');
    figures.push(`Dask run: ${records.length} articles (${(Buffer.byteLength(one) / 1048576).toFixed(1)} MB out), 8 partitions on 2 workers, ${secs.toFixed(1)} s including the cluster's start; output equal to one run: yes`);
  },

  async 'pre-commit: the hook from a clone of this repository blocks chaff and passes clean text'() {
    const hooks = path.join(tmp, 'hook-repo');
    fs.mkdirSync(hooks);
    const rev = snapshotRepo(hooks);
    const work = path.join(tmp, 'precommit-work');
    fs.mkdirSync(work);
    git(work, 'init', '-q');
    fs.writeFileSync(path.join(work, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks: [{ id: chaff-check }]\n`);
    fs.writeFileSync(path.join(work, 'clean.txt'), CLEAN);
    fs.writeFileSync(path.join(work, 'notes.md'), 'Share on Facebook\n');
    const env = { ...process.env, PRE_COMMIT_HOME: path.join(tmp, 'pre-commit-home'), NO_COLOR: '1' };
    git(work, 'add', '-A');
    const t0 = performance.now();
    // The first run clones the hook repository and installs it (npm install, whose `prepare` builds dist/).
    const pass = run('pre-commit', ['run', '--all-files', '--color', 'never'], { cwd: work, env });
    say(`pre-commit install and first run: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    assert(pass.status === 0, `pre-commit on clean text failed:\n${pass.stdout}\n${pass.stderr}`);
    assert(/chaff check\.+Passed/.test(pass.stdout), `no Passed line:\n${pass.stdout}`);
    ok('pre-commit', ['install'], { cwd: work, env });
    git(work, 'commit', '-qm', 'clean');
    fs.writeFileSync(path.join(work, 'article.txt'), CHAFFY);
    git(work, 'add', 'article.txt');
    const blocked = run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-m', 'chaffy'], { cwd: work, env });
    assert(blocked.status !== 0, 'the commit with chaff went through');
    assert(/chaff check\.+Failed/.test(blocked.stdout + blocked.stderr), `no Failed line:\n${blocked.stdout}\n${blocked.stderr}`);
    assert(/article\.txt:5: share share-line /.test(blocked.stdout + blocked.stderr), `the finding is not shown:\n${blocked.stdout}`);
    fs.writeFileSync(path.join(work, 'article.txt'), CLEAN.replace('harbour', 'bridge'));
    git(work, 'add', 'article.txt');
    const through = run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-m', 'fixed'], { cwd: work, env });
    assert(through.status === 0, `the clean commit was blocked:\n${through.stdout}\n${through.stderr}`);
  },

  async 'the README recipe: a plain .git/hooks/pre-commit'() {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const m = /```sh\n(#!\/bin\/sh\n# \.git\/hooks\/pre-commit[\s\S]*?)```/.exec(readme);
    assert(m, 'the README has no .git/hooks/pre-commit recipe');
    const work = path.join(tmp, 'plain-hook');
    fs.mkdirSync(work);
    git(work, 'init', '-q');
    fs.writeFileSync(path.join(work, '.git/hooks/pre-commit'), m[1], { mode: 0o755 });
    // `chaff` on PATH, as after `npm link`.
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(path.join(bin, 'chaff'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
    fs.writeFileSync(path.join(work, 'a b.txt'), CHAFFY);
    git(work, 'add', '-A');
    const blocked = run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-m', 'x'], { cwd: work, env });
    assert(blocked.status !== 0 && /a b\.txt:5: share /.test(blocked.stdout + blocked.stderr), `not blocked:\n${blocked.stdout}\n${blocked.stderr}`);
    fs.writeFileSync(path.join(work, 'a b.txt'), CLEAN);
    git(work, 'add', '-A');
    ok('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'x'], { cwd: work, env });
  },

  async 'npm ci alone, then npm i -g . gives a working chaff'() {
    const repo = path.join(tmp, 'global');
    fs.mkdirSync(repo);
    snapshotRepo(repo);
    assert(!fs.existsSync(path.join(repo, 'dist')), 'dist/ is in the repository');
    ok('npm', ['ci', '--no-audit', '--no-fund'], { cwd: repo });
    const prefix = path.join(tmp, 'prefix');
    ok('npm', ['i', '-g', '.', '--no-audit', '--no-fund'], { cwd: repo, env: { ...process.env, npm_config_prefix: prefix } });
    const v = ok(path.join(prefix, 'bin/chaff'), ['--version'], { cwd: tmp });
    assert(v.stdout.trim() === JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version, `chaff --version said ${v.stdout}`);
    fs.writeFileSync(path.join(tmp, 'g.txt'), CHAFFY);
    const c = run(path.join(prefix, 'bin/chaff'), ['check', 'g.txt'], { cwd: tmp });
    assert(c.status === 1 && c.stdout.includes('g.txt:5: share'), `the installed chaff did not find the share line:\n${c.stdout}${c.stderr}`);
  },
};

let passed = 0;
let failed = 0;
try {
  await ensureSystemPackages(['python3-dask', 'python3-distributed', 'pre-commit'], say);
  if (!fs.existsSync(CLI)) ok('npm', ['run', 'build'], { cwd: ROOT });
  const only = process.argv.slice(2);
  for (const [name, fn] of Object.entries(tests)) {
    if (only.length && !only.some((o) => name.toLowerCase().includes(o.toLowerCase()))) continue;
    const t0 = performance.now();
    try {
      await fn();
      passed++;
      say(`PASS ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed++;
      say(`FAIL ${name}\n${e.stack ?? e}`);
    }
  }
} catch (e) {
  failed++;
  say(`setup failed: ${e.message}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
for (const f of figures) say(f);
console.log(`pipeline: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
