// ESLint flat config: typescript-eslint's recommended rules (syntax only, no
// type information, so the whole tree lints in seconds) plus the
// architecture's rules: only server/src/node/ and server/src/cli/ may touch
// the file system, and the engine and the language service façade import no
// editor or protocol library (they speak plain types; server/src/lsp converts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const FS = ['fs', 'fs/promises', 'node:fs', 'node:fs/promises'].map((name) => ({
  name,
  message: 'Only server/src/node/ and server/src/cli/ touch the disk: take files through the injected WorkspaceReader.',
}));
const EDITOR = [
  { group: ['vscode', 'vscode/*'], message: 'The engine and the façade are editor-free.' },
  {
    group: ['vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'],
    message: 'Only server/src/lsp/ and server.ts speak LSP.',
  },
];
const NODE_BUILTINS = [{ group: ['node:*'], message: 'The engine is pure: the host injects what it needs through host.ts.' }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/artifacts/**', 'bench/results/**', '.vscode-test/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      'no-undef': 'off', // TypeScript checks names; the rule does not know Node's or the DOM's globals.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true }],
      'no-control-regex': 'off', // NUL and other control characters are the masks of the content view (ARCHITECTURE invariant 2).
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/node/**', 'server/src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { paths: FS }] },
  },
  {
    files: ['server/src/engine/**/*.ts', 'server/src/service/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: FS, patterns: [...EDITOR, ...NODE_BUILTINS] }] },
  },
  {
    // Vendored CSL styles and locale: data, kept as published.
    files: ['server/src/engine/**/csl/**/*.ts'],
    rules: { 'max-len': 'off' },
  },
);
