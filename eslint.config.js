// @ts-check
// ESLint flat config. `npm run lint` = eslint + prettier --check; formatting is Prettier's job,
// so no stylistic rules here. Lint enforces what reviews would otherwise repeat (design.md).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Never build HTML from strings: Lit templates only (design.md, habit 6). */
const noHtmlStrings = [
  {
    selector:
      "AssignmentExpression[left.type='MemberExpression'][left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Do not assign innerHTML/outerHTML: render with a Lit template.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
    message: 'Do not build HTML from strings: render with a Lit template.',
  },
];

/** The core is pure: the analysis date is passed in, nothing is random (design.md). */
const noClockInCore = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'The core takes the analysis date (`asOf`) as input: no `new Date()` without arguments.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/',
      'storybook-static/',
      'node_modules/',
      'coverage/',
      'schemas/',
      'custom-elements.json',
      '**/.tmp*/',
      'test/bench/.out/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Build scripts, config files and plain JS tools run in Node (and may drive a page).
    files: ['**/*.{js,mjs,cjs}', 'scripts/**/*.ts', '*.ts', '.storybook/**/*.ts', 'test/bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/widgets/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { lit, wc },
    settings: { wc: { elementBaseClasses: ['LitElement', 'PulseElement'] } },
    rules: {
      ...lit.configs['flat/recommended'].rules,
      ...wc.configs['flat/best-practice'].rules,
      // LitElement always defines connectedCallback/disconnectedCallback: no guard needed.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: render with a Lit template.' },
            {
              name: 'lit/directives/unsafe-svg.js',
              message: 'No unsafeSVG: render with a Lit svg`` template.',
            },
            {
              name: 'lit-html/directives/unsafe-html.js',
              message: 'No unsafeHTML: render with a Lit template.',
            },
            {
              name: 'lit/directives/style-map.js',
              message:
                "Lit's styleMap writes a style attribute a strict CSP refuses: use shared/style-map.js.",
            },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...noHtmlStrings],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The core has no DOM: it runs in Node and in a Worker.' },
        { name: 'document', message: 'The core has no DOM: it runs in Node and in a Worker.' },
        { name: 'navigator', message: 'The core has no DOM: it runs in Node and in a Worker.' },
        { name: 'localStorage', message: 'The core is pure: no storage.' },
        { name: 'fetch', message: 'The core is pure: the host or the element does I/O.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The core takes the analysis date (`asOf`) as input.' },
        { object: 'Math', property: 'random', message: 'The core is deterministic: no randomness.' },
        { object: 'globalThis', property: 'window', message: 'The core has no DOM.' },
        { object: 'globalThis', property: 'document', message: 'The core has no DOM.' },
      ],
      'no-restricted-syntax': ['error', ...noHtmlStrings, ...noClockInCore],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai: expect(x).to.be.true
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Unused arguments and caught errors named `_x` are deliberate.
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
);
