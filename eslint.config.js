import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { existsSync, readdirSync } from 'node:fs';

const root = import.meta.dirname;

/**
 * A client folder with an index.ts is a feature: the rest of the client reaches it only through
 * that surface, so its inside can change freely (as bulletproof-react arranges its features).
 */
const features = readdirSync(`${root}/src/client`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${root}/src/client/${entry.name}/index.ts`))
  .map((entry) => entry.name);

/** Which part of the source may import which (paths from the repository's root). */
const zones = [
  {
    target: './src/core',
    from: ['./src/client', './src/server', './src/embed-host'],
    message: 'core is shared by the browser and the server: it imports neither.',
  },
  {
    target: './src/embed-host',
    from: ['./src/client', './src/server'],
    message: 'The host script runs on other sites and stays tiny: core only.',
  },
  {
    target: './src/client',
    from: './src/server',
    message: 'The client talks to the server over HTTP only.',
  },
  {
    // The composition root (index.ts, create-server.ts) may load the client's server renderer.
    target: ['./src/server/*/**', './src/server/!(index|create-server).ts'],
    from: './src/client',
    message: 'Only the server entry (index.ts, create-server.ts) may load client code.',
  },
  ...features.map((feature) => ({
    target: [`./src/client/!(${feature})/**`, './src/client/*.{ts,tsx}'],
    from: `./src/client/${feature}`,
    except: ['./index.ts'],
    message: `Import ${feature}/ through its index.ts.`,
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${root}/tsconfig.json` }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'import-x/no-cycle': 'error',
    },
  },
  // Plain scripts that npm runs with Node (postinstall) before anything is compiled.
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
);
