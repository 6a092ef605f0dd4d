import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type SaveToken } from '../../renderer/src/platform/contract';
import { createFileService, type FileService } from './files';
import { createIpcHandlers } from './ipc';

const APP = 'file:///app/out/renderer/index.html';
const fromApp = { senderFrame: { url: APP } };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandai-ipc-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function handlersFor(files: FileService) {
  return createIpcHandlers(files, (url) => url === APP);
}

function realFiles(open: string[], save: string): FileService {
  return createFileService({
    showOpenDialog: async () => ({ canceled: false, filePaths: open }),
    showSaveDialog: async () => ({ canceled: false, filePath: save }),
  });
}

/** A service that fails the test if any call gets past validation. */
const untouchable: FileService = {
  openFiles: vi.fn(),
  beginSave: vi.fn(),
  writeChunk: vi.fn(),
  endSave: vi.fn(),
  closeAll: vi.fn(),
};

describe('IPC handlers', () => {
  it('registers exactly the invoke channels', () => {
    expect(Object.keys(handlersFor(untouchable)).sort()).toEqual(
      [CHANNELS.openFiles, CHANNELS.beginSave, CHANNELS.writeChunk, CHANNELS.endSave].sort(),
    );
  });

  it('round-trips real files: open, then export through begin/write/end', async () => {
    const source = join(dir, 'in.md');
    const target = join(dir, 'out.jsonl');
    await writeFile(source, '# Titel');
    const h = handlersFor(realFiles([source], target));

    expect(await h[CHANNELS.openFiles](fromApp, 'articles')).toEqual({
      ok: true,
      value: [{ name: 'in.md', bytes: new Uint8Array(Buffer.from('# Titel')) }],
    });

    const begun = await h[CHANNELS.beginSave](fromApp, 'out.jsonl');
    expect(begun).toEqual({ ok: true, value: { id: expect.any(Number), where: target } });
    const token = (begun as { value: SaveToken }).value;
    expect(await h[CHANNELS.writeChunk](fromApp, token, 'a\n')).toEqual({ ok: true, value: null });
    expect(await h[CHANNELS.writeChunk](fromApp, token, new Uint8Array([98, 10]))).toEqual({
      ok: true,
      value: null,
    });
    expect(await h[CHANNELS.endSave](fromApp, token)).toEqual({ ok: true, value: null });
    expect(await readFile(target, 'utf8')).toBe('a\nb\n');
  });

  it.each<[string, unknown[]]>([
    [CHANNELS.openFiles, []],
    [CHANNELS.openFiles, ['pictures']],
    [CHANNELS.openFiles, [{ kind: 'articles' }]],
    [CHANNELS.beginSave, []],
    [CHANNELS.beginSave, [42]],
    [CHANNELS.beginSave, ['']],
    [CHANNELS.beginSave, ['../../etc/passwd']],
    [CHANNELS.beginSave, ['C:\\x.txt']],
    [CHANNELS.beginSave, ['x'.repeat(256)]],
    [CHANNELS.writeChunk, [null, 'x']],
    [CHANNELS.writeChunk, [{ id: '1', where: 'x' }, 'x']],
    [CHANNELS.writeChunk, [{ id: 1.5, where: 'x' }, 'x']],
    [CHANNELS.writeChunk, [{ id: -1, where: 'x' }, 'x']],
    [CHANNELS.writeChunk, [{ id: 1, where: 'x' }, 123]],
    [CHANNELS.writeChunk, [{ id: 1, where: 'x' }, [1, 2, 3]]],
    [CHANNELS.writeChunk, [{ id: 1, where: 'x' }, new ArrayBuffer(3)]],
    [CHANNELS.endSave, ['1']],
    [CHANNELS.endSave, [{}]],
  ])('%s refuses bad arguments %j', async (channel, args) => {
    const handler = handlersFor(untouchable)[channel as keyof ReturnType<typeof handlersFor>];
    const result = await handler(fromApp, ...args);
    expect(result).toMatchObject({ ok: false, error: expect.any(String) });
    for (const fn of Object.values(untouchable)) expect(fn).not.toHaveBeenCalled();
  });

  it('refuses an unknown token id', async () => {
    const h = handlersFor(realFiles([], join(dir, 'x')));
    expect(await h[CHANNELS.writeChunk](fromApp, { id: 7, where: '/tmp/x' }, 'x')).toEqual({
      ok: false,
      error: 'No export is open with id 7.',
    });
    expect((await h[CHANNELS.endSave](fromApp, { id: 7, where: '/tmp/x' })).ok).toBe(false);
  });

  it('refuses senders other than the app page', async () => {
    const h = handlersFor(untouchable);
    for (const event of [{ senderFrame: null }, { senderFrame: { url: 'https://example.com/' } }]) {
      expect(await h[CHANNELS.openFiles](event, 'articles')).toEqual({
        ok: false,
        error: 'Request refused: unknown sender.',
      });
    }
    expect(untouchable.openFiles).not.toHaveBeenCalled();
  });

  it('turns a thrown error into an error value', async () => {
    const throwing = { ...untouchable, openFiles: () => Promise.reject(new Error('boom')) };
    expect(await handlersFor(throwing)[CHANNELS.openFiles](fromApp, 'articles')).toEqual({
      ok: false,
      error: 'boom',
    });
  });
});
