import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles the main process (`--mode main`) and the preload (`--mode preload`) each into one
 * CommonJS file: a sandboxed preload cannot load other files, and bundling lets both use the
 * @shared alias. Only Electron and Node's own modules stay outside.
 */
export default defineConfig(({ mode }) => ({
  root,
  resolve: { alias: { '@shared': `${root}shared` } },
  build: {
    outDir: `${root}dist/electron`,
    emptyOutDir: mode === 'main',
    ssr: true,
    target: 'node22',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: { [mode]: `${root}electron/${mode}.ts` },
      external: ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
  ssr: { noExternal: true },
}));
