import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const ROOT = import.meta.dirname;

/** Every feature (src/features/<view>): each is a zone that no other feature may import from. */
const FEATURES = readdirSync(join(ROOT, 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * The layers, checked on the RESOLVED path of every import (however it is spelled: `../plan/…`,
 * `@/features/plan/…`, `../../../src/features/plan/…`): app → features → shared → analysis, never back.
 * `target` is the importing file's folder, `from` what it may not import.
 */
const LAYER_ZONES = [
  {
    target: './analysis',
    from: ['./src', './tools', './test', './scripts', './bench'],
    message: 'analysis/ is the pure domain core: it imports nothing of ours but analysis/',
  },
  {
    target: './src/shared',
    from: ['./src/features', './src/app'],
    message: 'shared code imports no feature or app code',
  },
  { target: './src/features', from: './src/app', message: 'features do not import the app shell' },
  {
    target: './src',
    from: ['./tools', './scripts', './bench'],
    message: 'the app does not import Node tools',
  },
  ...FEATURES.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'features do not import each other: move what both need to src/shared/',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-single/**',
      'node_modules/**',
      'data/generated/**',
      'public/**',
      'coverage/**',
      // Modules that break the rules on purpose, for test/eslint-config.test.ts.
      'test/fixtures/lint/**',
    ],
  },
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
    // Import boundaries by resolved path, and no cycles (eslint-plugin-import-x; tsconfig paths resolved).
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(ROOT, 'tsconfig.json') })],
      // Without these the plugin reads only .js modules, and no-cycle never follows a TypeScript import.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The domain core runs in the browser, a worker and Node: no framework, no Node module.
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
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Outside its own folder, code is reached through the path alias (`@/shared/…`, `@analysis/…`).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*'], message: 'use the path alias (@/…, @analysis/…) instead of ../../' },
          ],
        },
      ],
    },
  },
);
