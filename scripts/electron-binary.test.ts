import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBinaryPath, startMode } from './electron-binary.mjs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandai-electron-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('electronBinaryPath', () => {
  it('is null without path.txt (postinstall skipped)', () => {
    expect(electronBinaryPath(dir)).toBeNull();
  });

  it('is null when path.txt names a binary that is missing', async () => {
    await writeFile(join(dir, 'path.txt'), 'electron');
    expect(electronBinaryPath(dir)).toBeNull();
  });

  it('is the binary under dist/ when both exist', async () => {
    await writeFile(join(dir, 'path.txt'), 'Electron.app/Contents/MacOS/Electron');
    await mkdir(join(dir, 'dist/Electron.app/Contents/MacOS'), { recursive: true });
    await writeFile(join(dir, 'dist/Electron.app/Contents/MacOS/Electron'), '');
    expect(electronBinaryPath(dir)).toBe(join(dir, 'dist/Electron.app/Contents/MacOS/Electron'));
  });
});

describe('startMode', () => {
  it('runs Electron when the binary is there', () => {
    expect(startMode({ args: [], binary: '/e', fetchTried: false })).toBe('electron');
  });

  it('fetches once, then falls back to the browser', () => {
    expect(startMode({ args: [], binary: null, fetchTried: false })).toBe('fetch');
    expect(startMode({ args: [], binary: null, fetchTried: true })).toBe('web');
  });

  it('--web skips Electron entirely', () => {
    expect(startMode({ args: ['--web'], binary: '/e', fetchTried: false })).toBe('web');
    expect(startMode({ args: ['--port', '3000', '--web'], binary: null, fetchTried: false })).toBe('web');
  });
});
