import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

// The CLI tests run the real command, `node bin/tandai.mjs …`, in a temporary directory.

const BIN = fileURLToPath(new URL('../bin/tandai.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../renderer/src/model/formats/fixtures/', import.meta.url));

/** Each run starts Node and tsx (about a second); a busy machine can take several. */
export const SPAWN_TIMEOUT = 30_000;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function tandai(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A fresh directory holding copies of the named format fixtures, removed after the test file. */
export async function workspace(...fixtures: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tandai-cli-'));
  made.push(dir);
  for (const name of fixtures) await copyFile(join(FIXTURES, name), join(dir, name));
  return dir;
}
