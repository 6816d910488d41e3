import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from '../electron/web/content-security-policy.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The same CSP in the page (for Electron) as the browser host sends as a header. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'tamhil-csp',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: `${root}renderer`,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  resolve: { alias: { '@shared': `${root}shared` } },
  // The spreadsheet worker is a module like the page, loaded from the app's own origin (CSP 'self').
  worker: { format: 'es' },
  build: {
    outDir: `${root}dist/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    // Inlined assets would be data: URLs in script; keep everything as files for the CSP.
    assetsInlineLimit: 0,
  },
});
