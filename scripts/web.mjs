#!/usr/bin/env node
// Serves the renderer to a browser with plain Vite, using the `renderer` part of electron.config.ts.
//   node scripts/web.mjs [--port N] [--host [addr]] [--preview [--out DIR] | --dev]
// By default it builds the renderer and serves the build (what a user runs: the same files Electron loads).
// --preview serves the existing build in out/renderer, building it only if it is missing (the tests do this
// after `npm run build`; --out serves another build, as bench/ab.mjs does to compare two); --dev runs Vite's
// dev server with hot reload, for working on the UI.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfigFromFile } from 'electron-vite';
import { build, createServer, preview } from 'vite';

const root = resolve(import.meta.dirname, '..');
const configFile = join(root, 'electron.config.ts');

/**
 * @typedef {{ port: number, strictPort: boolean, host: string | boolean | undefined, mode: 'build' | 'preview' | 'dev', out: string | undefined }} WebOptions
 * @param {readonly string[]} args
 * @returns {WebOptions}
 */
export function parseWebArgs(args) {
  /** @type {WebOptions} */
  const options = { port: 5173, strictPort: false, host: undefined, mode: 'build', out: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = args[i + 1];
    if (arg === '--preview') options.mode = 'preview';
    else if (arg === '--dev') options.mode = 'dev';
    else if (arg === '--out') {
      if (next === undefined || next.startsWith('--')) throw new Error('--out needs a directory');
      options.out = resolve(next);
      if (options.mode === 'build') options.mode = 'preview';
      i++;
    } else if (arg === '--port') {
      const port = Number(next);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port needs a number, got ${next}`);
      options.port = port;
      options.strictPort = true;
      i++;
    } else if (arg === '--host') {
      if (next !== undefined && !next.startsWith('--')) {
        options.host = next;
        i++;
      } else options.host = true;
    }
  }
  if (options.out && options.mode === 'dev') throw new Error('--out serves a build; it cannot go with --dev');
  return options;
}

/** @param {import('vite').ConfigEnv} env */
async function rendererConfig(env) {
  const { config } = await loadConfigFromFile(env, configFile, root);
  const renderer = typeof config.renderer === 'function' ? await config.renderer(env) : config.renderer;
  if (!renderer) throw new Error(`${configFile} has no renderer section`);
  // The file is electron-vite's, not Vite's: Vite must not look for a config of its own.
  return { ...renderer, configFile: false };
}

/**
 * Starts the server and prints one line with its URL. Resolves once it is listening.
 * @param {readonly string[]} args
 */
export async function runWeb(args) {
  const options = parseWebArgs(args);
  const listen = { port: options.port, strictPort: options.strictPort, host: options.host };
  let server;
  if (options.mode !== 'dev') {
    const base = await rendererConfig({ command: 'serve', mode: 'production', isPreview: true });
    const config = options.out ? { ...base, build: { ...base.build, outDir: options.out } } : base;
    const outDir = config.build?.outDir ?? join(root, 'out/renderer');
    if (options.out && !existsSync(join(outDir, 'index.html')))
      throw new Error(`no built renderer in ${outDir}`);
    if (options.mode === 'build' || !existsSync(join(outDir, 'index.html'))) {
      console.log('Building the workbench…');
      const buildConfig = await rendererConfig({ command: 'build', mode: 'production' });
      await build({ ...buildConfig, logLevel: 'warn' });
    }
    server = await preview({ ...config, preview: { ...config.preview, ...listen } });
  } else {
    const config = await rendererConfig({ command: 'serve', mode: 'development' });
    server = await createServer({ ...config, server: { ...config.server, ...listen } });
    await server.listen();
  }
  const url =
    server.resolvedUrls?.local[0] ?? server.resolvedUrls?.network[0] ?? `http://localhost:${options.port}/`;
  console.log(`Tandai is running at ${url} — open it in Chromium or Chrome.`);
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runWeb(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
