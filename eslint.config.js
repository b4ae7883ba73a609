/**
 * ESLint 9 flat config. Formatting is Prettier's job (`prettier --check`, see .prettierrc);
 * eslint-config-prettier switches off the rules that would fight it.
 */
const { defineConfig } = require('eslint/config');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const react = require('eslint-plugin-react');
const officeAddins = require('eslint-plugin-office-addins');
const prettierConfig = require('eslint-config-prettier');

/** Where Office.js globals may appear: the Excel adapter and the two Office.onReady bootstraps. */
const HOST_CODE = ['src/excel/**', 'src/taskpane/index.tsx', 'src/commands/**'];

const hostGlobal = (name) => ({
  name,
  message: `${name} belongs in src/excel/ (or the Office.onReady bootstraps); pass what components need as props.`,
});

module.exports = defineConfig(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'out/', 'test-output/'] },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
    },
  },

  {
    files: ['**/*.tsx'],
    ...react.configs.flat.recommended,
    settings: { react: { version: 'detect' } },
  },
  {
    files: ['**/*.tsx'],
    ...react.configs.flat['jsx-runtime'],
    rules: {
      ...react.configs.flat['jsx-runtime'].rules,
      // Props are typed by TypeScript interfaces.
      'react/prop-types': 'off',
      // Text reaches the DOM through React only.
      'react/no-danger': 'error',
    },
  },

  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: HOST_CODE,
    rules: {
      'no-restricted-globals': ['error', hostGlobal('Excel'), hostGlobal('Office'), hostGlobal('OfficeExtension')],
      // Types too (Excel.Range, Office.Context): no-restricted-globals sees only values.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSQualifiedName > Identifier.left[name=/^(Excel|Office|OfficeExtension)$/]',
          message: 'Office.js types belong in src/excel/ (or the Office.onReady bootstraps); define a plain type for components.',
        },
      ],
    },
  },

  {
    files: ['src/excel/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-office-initialize': 'error',
    },
  },

  {
    files: ['*.js', '.ci/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },

  prettierConfig,
);
