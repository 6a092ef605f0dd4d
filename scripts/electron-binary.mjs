// Pure decisions for scripts/start.mjs, kept apart so they can be tested without spawning anything.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron executable the electron package would run, or null when its binary was never
 * downloaded (npm install here skips electron's postinstall). Mirrors node_modules/electron/index.js.
 * @param {string} electronDir the electron package directory (node_modules/electron)
 * @returns {string | null}
 */
export function electronBinaryPath(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const binary = join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/**
 * What `npm start` does next.
 * @param {{ args: readonly string[], binary: string | null, fetchTried: boolean }} state
 * @returns {'electron' | 'fetch' | 'web'}
 */
export function startMode({ args, binary, fetchTried }) {
  if (args.includes('--web')) return 'web';
  if (binary !== null) return 'electron';
  return fetchTried ? 'web' : 'fetch';
}
