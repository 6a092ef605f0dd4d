#!/usr/bin/env node
// `npm start`: the Electron app when its binary is (or can be made) available, otherwise the same
// workbench served for a browser. Flags: --web (skip Electron); other flags go to scripts/web.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { electronBinaryPath, startMode } from './electron-binary.mjs';

const root = resolve(import.meta.dirname, '..');
const electronDir = join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);

let binary = electronBinaryPath(electronDir);
if (startMode({ args, binary, fetchTried: false }) === 'fetch') {
  console.log('Fetching the Electron binary (first start)…');
  // npm install skipped electron's postinstall (allowScripts); this is that same download, run once.
  spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'ignore',
    timeout: 120_000,
  });
  binary = electronBinaryPath(electronDir);
}

if (startMode({ args, binary, fetchTried: true }) === 'electron' && binary !== null) {
  const { build } = await import('electron-vite');
  await build({ configFile: join(root, 'electron.config.ts'), root });
  const electron = spawn(binary, [root], { stdio: 'inherit' });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => electron.kill(signal));
  }
  electron.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  if (!args.includes('--web')) {
    console.log(
      'Electron is unavailable on this machine (could not fetch its binary); serving the same workbench for a browser instead.',
    );
  }
  const { runWeb } = await import('./web.mjs');
  await runWeb(args.filter((arg) => arg !== '--web'));
}
