import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './scripts/lint/layers-rule.mjs';

// no-restricted-syntax takes one list per file: a later block replaces an earlier one's list,
// so every block that sets it spreads these shared selectors.
const UNTRUSTED_HTML = { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Untrusted text is rendered as text only.' };
const STRING_THROWS = [
  { selector: 'ThrowStatement > Literal', message: 'Throw an Error (a ProblemError where an agent will read it), never a bare value: it has no stack and no code to translate.' },
  { selector: 'ThrowStatement > TemplateLiteral', message: 'Throw an Error (a ProblemError where an agent will read it), never a bare string: it has no stack and no code to translate.' },
];
/** One way to refuse (DESIGN §6): the data layer throws only ProblemError, whose code the screen translates. */
const DATA_THROWS = [
  { selector: "ThrowStatement > NewExpression[callee.name=/Error$/]:not([callee.name='ProblemError'])", message: 'renderer/src/data throws only ProblemError (refuse(), bug() from shared/lib/problem): English error text would reach the screen.' },
  { selector: 'ThrowStatement > CallExpression[callee.name=/Error$/]', message: 'renderer/src/data throws only ProblemError (refuse(), bug() from shared/lib/problem): English error text would reach the screen.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'renderer/dist/', 'test-results/', 'playwright-report/', '.bench/', '.tsbuild/', 'scripts/lint/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { xiaoer: layers },
    rules: {
      'xiaoer/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', UNTRUSTED_HTML, ...STRING_THROWS],
    },
  },
  {
    files: ['renderer/src/data/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', UNTRUSTED_HTML, ...STRING_THROWS, ...DATA_THROWS] },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  { files: ['**/*.mjs'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
);
