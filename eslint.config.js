import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/generated/**', 'public/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain core runs in the browser, a worker and Node: it must never reach into the app.
    files: ['analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'echarts', 'echarts/*', '@tanstack/*'],
              message: 'analysis/ is framework-free',
            },
            { group: ['**/src/**', '../src/*', '../../src/*'], message: 'analysis/ never imports src/' },
            { group: ['**/tools/**'], message: 'analysis/ never imports tools/ (Node entry points)' },
            { group: ['node:*'], message: 'analysis/ runs in the browser: no Node modules' },
          ],
          paths: ['fs', 'path', 'url', 'module', 'os', 'child_process'].map((name) => ({
            name,
            message: 'analysis/ runs in the browser: no Node modules',
          })),
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // bulletproof-react: features do not import each other (link through src/lib/url/view-links.ts).
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./(?!lib/|components/|styles/|app/)[a-z][a-z-]*/',
              message: 'features do not import each other',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared code never reaches into features or the app shell.
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: 'features/|/app/', message: 'shared code does not import features or the app' },
          ],
        },
      ],
    },
  },
);
