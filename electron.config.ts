import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

// The dev server's React refresh preamble is an inline script, which the CSP forbids; builds keep the CSP.
const dropCspInDev: Plugin = {
  name: 'tandai-drop-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
};

// The single build config: electron-vite builds main, preload and renderer from it,
// and scripts/web.mjs serves its `renderer` part with plain Vite for the browser mode.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'app/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'app/preload/index.ts') },
        // A sandboxed preload cannot `require` ESM: emit one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react(), dropCspInDev],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      // TANDAI_NO_MINIFY=1 keeps names readable in CPU profiles (bench/measure-open.mjs).
      minify: process.env.TANDAI_NO_MINIFY !== '1',
      // One bundle read from disk by a desktop app: its size matters less than on the web.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        input: resolve(import.meta.dirname, 'renderer/index.html'),
        // V8's explicit compile hint (v8.dev/blog/explicit-compile-hints, Chromium 136+, so Electron 41):
        // compile every function when the script loads, on a background thread and into the code cache,
        // instead of lazily on first call. Opening the first article ran its reader, TipTap and
        // ProseMirror code for the first time and compiled it then (2,000-span open, bench medians of
        // 5 rounds: 92 -> 69 ms); the app's start did not measurably change (~300 ms either way).
        // After minification, so that the comment stays the first line.
        output: { postBanner: '//# allFunctionsCalledOnLoad' },
      },
    },
  },
});
