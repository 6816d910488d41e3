import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import { noInlineLocalizedText } from './eslint-rules/no-inline-localized-text.js';

/**
 * The layers of DESIGN.md as lint errors (do not relax): shared/ is the pure domain, the
 * renderer reaches the machine only through the host API, electron/ never imports the UI.
 */
const nodeModules = ['node:*'];

/** Node's globals, which a browser does not have: code in shared/ that uses one breaks in the renderer. */
const nodeGlobals = ['Buffer', 'process', 'require', 'module', 'exports', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate'].map(
  (name) => ({ name, message: `shared/ is the pure domain: ${name} is Node's, and shared/ runs in the renderer too. Put platform work in electron/host/.` }),
);

/**
 * Bare Node module names (zlib, stream, fs/promises) are matched exactly, as `paths`: as
 * patterns they would also match a folder of the same name (renderer/cluster/ is not Node's).
 */
const restrict = (patterns, packages = [], packageMessage = '', nodeMessage = null) => [
  'error',
  {
    patterns,
    paths: [
      ...packages.map((name) => ({ name, message: packageMessage })),
      ...(nodeMessage ? builtinModules.map((name) => ({ name, message: nodeMessage })) : []),
    ],
  },
];

/** The catalogue itself, and the guide's content, which is data written in both languages. */
const localizedTextAllowed = ['shared/i18n/**', 'shared/stations/**', 'shared/indicators/indicator-library.ts', 'shared/services/service-catalogue.ts'];

const sharedNodeMessage = 'shared/ is the pure domain: no Node built-ins (it runs in the renderer too). Put file work in electron/host/.';
const rendererNodeMessage = 'The renderer never touches files: call the host API (shared/host-api.ts).';

export default tseslint.config(
  { ignores: ['dist/**', '.tsbuild/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'eval runs text as code; formulas go through shared/formulas.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...nodeGlobals],
      '@typescript-eslint/no-restricted-imports': restrict([
        { group: nodeModules, message: sharedNodeMessage },
        { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], message: 'shared/ must not import the UI; keep logic here and components in renderer/.' },
        { group: ['**/renderer/**', '@renderer/*', '**/electron/**', '@electron/*'], message: 'Dependencies go one way: renderer → shared and electron → shared, never back.' },
      ], ['electron', 'electron-store', 'conf'], 'shared/ must not know the platform; the host API is the boundary.', sharedNodeMessage),
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        { group: nodeModules, message: rendererNodeMessage },
        {
          group: ['**/electron/**', '@electron/*'],
          allowTypeImports: true,
          message: 'The renderer may import only types from electron/ (the preload bridge); everything else goes through the host API.',
        },
      ], ['electron', 'electron-store', 'conf'], 'The renderer runs sandboxed: reach the machine through the preload bridge and the host API.', rendererNodeMessage),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/vite.config.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        { group: ['**/renderer/**', '@renderer/*', 'react', 'react-dom'], message: 'electron/ never imports the UI; share code through shared/.' },
      ]),
    },
  },
  {
    files: ['electron/host/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts', 'electron/launch/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        { group: ['**/renderer/**', '@renderer/*', 'react', 'react-dom'], message: 'electron/ never imports the UI; share code through shared/.' },
      ], ['electron', 'electron-store'], 'electron/host runs in plain Node (browser host, CLI, tests): only electron/main.ts and preload.ts touch Electron.'),
    },
  },
  {
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: localizedTextAllowed,
    plugins: { tamhil: { rules: { 'no-inline-localized-text': noInlineLocalizedText } } },
    rules: { 'tamhil/no-inline-localized-text': 'error' },
  },
);
