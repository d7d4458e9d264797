// Builds the web UI into dist/ui, where `marsad serve` finds it. Everything (scripts, styles,
// fonts, the world atlas) becomes a file of its own: no inline script or style, so the server's
// Content-Security-Policy can forbid them.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: 'public',
  plugins: [svelte()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/ui', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
  logLevel: 'warn',
});
