import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  // The framework fixtures are checked by their own compilers (test/frameworks/types.test.mjs).
  { ignores: ['dist/', 'lib/', 'node_modules/', 'docs/', 'custom-elements.json', '.tmp/', 'site/', 'release/', 'test/frameworks/fixtures/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    settings: { wc: { elementBaseClasses: ['LitElement', 'RecoveryElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `interface DocumentEventMap extends RecoveryEvents {}` is how a global map gains our events.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Style sheets take our literal-only tag: Lit's `css` would bring its run-time
    // check of `${}` values, and its message, back into every reader's script.
    files: ['src/**/*.ts'],
    ignores: ['src/core/css.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'lit', importNames: ['css'], message: "Write styles with css from src/core/css.ts: a literal, no values, and none of Lit's run-time check in the bundle." }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', window: 'readonly', document: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
