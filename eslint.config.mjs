// Lint: typescript-eslint's type-checked recommended rules over the sources and tests.
// Formatting is Prettier's (npm run format); nothing here is about layout.
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', '.e2e/', '.tmp/', 'coverage/', 'node_modules/'] },
  eslint.configs.recommended,
  {
    rules: {
      // Parsing and escaping match control characters on purpose (YAML's refused characters, terminal-safe output).
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused names are tsc's job (noUnusedLocals, noUnusedParameters); `_name` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  // In the sources a type says what is known (ResolvedWindow, ScheduledStep); tests may assert.
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  { files: ['**/*.mjs', '**/*.cjs'], languageOptions: { globals: globals.node } },
  // The preview page's script runs in the webview (a browser) and the E2E checks hand functions to the page.
  {
    files: ['media/**/*.js'],
    languageOptions: { globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } },
  },
  { files: ['scripts/e2e/**/*.mjs'], languageOptions: { globals: globals.browser } },
);
