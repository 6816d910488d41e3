import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * The main process (`--mode main`) and the preload (`--mode preload`) each become one CommonJS
 * file: a sandboxed preload cannot load other files. Only Electron and Node's own modules stay
 * outside.
 */
function desktopBuild(mode: 'main' | 'preload'): UserConfig {
  return {
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
        external: ['electron', ...nodeModules],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
    ssr: { noExternal: true },
  };
}

/**
 * The `tamhil` command (`--mode cli`): an ES module with every library inside, split so that a
 * command loads only its own chunk (validate never parses exceljs), and minified because
 * parsing the code is most of a short command's start. The Electron package stays outside:
 * `tamhil start` asks it for its program in a child process only.
 */
function cliBuild(): UserConfig {
  return {
    root,
    resolve: { alias: { '@shared': `${root}shared` } },
    build: {
      outDir: `${root}dist/cli`,
      emptyOutDir: true,
      ssr: true,
      target: 'node20',
      minify: true,
      sourcemap: false,
      rollupOptions: {
        input: { tamhil: `${root}electron/cli/main.ts` },
        external: ['electron', ...nodeModules],
        output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
      },
    },
    ssr: { noExternal: true },
  };
}

export default defineConfig(({ mode }) => (mode === 'cli' ? cliBuild() : desktopBuild(mode === 'preload' ? 'preload' : 'main')));
