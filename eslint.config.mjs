// Lint: typescript-eslint's recommended rules, and the layering kept by import restrictions
// (extension/cli → host → core; the engine never touches vscode or Node).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'url', 'crypto', 'child_process', 'worker_threads', 'stream', 'util', 'events', 'readline', 'zlib', 'buffer', 'process', 'net'];
const builtins = NODE_BUILTINS.flatMap((m) => [m, `${m}/*`]);
const layer = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**', 'test/e2e/**', 'test/integration/build.mjs', '**/*.snap'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: layer([
      { group: ['vscode'], message: 'The engine is pure: no vscode in src/core.' },
      { group: ['node:*', ...builtins], message: 'The engine is pure: no Node built-ins in src/core (file access lives in src/host).' },
      { group: ['**/host', '**/host/**', '**/cli', '**/cli/**', '**/extension', '**/extension/**'], message: 'Imports only go down: src/core imports nothing above it.' },
    ]),
  },
  {
    files: ['src/host/**/*.ts'],
    rules: layer([
      { group: ['vscode'], message: 'src/host is shared with the CLI: no vscode here.' },
      { group: ['**/cli', '**/cli/**', '**/extension', '**/extension/**'], message: 'Imports only go down: src/host imports src/core only.' },
    ]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layer([
      { group: ['vscode'], message: 'The CLI runs without VS Code.' },
      { group: ['**/extension', '**/extension/**'], message: 'The CLI does not import the extension.' },
      { group: ['**/host/*', '!**/host/index'], message: "Use src/host's public entry ('../host')." },
    ]),
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: layer([
      { group: ['**/cli', '**/cli/**'], message: 'The extension shares Node code through src/host, not the CLI front.' },
      { group: ['**/host/*', '!**/host/index'], message: "Use src/host's public entry ('../host')." },
    ]),
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', performance: 'readonly', URL: 'readonly', Buffer: 'readonly', __dirname: 'readonly', fetch: 'readonly' } },
  },
);
