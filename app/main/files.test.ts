import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileService, MAX_FILE_BYTES } from './files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandai-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Real files on disk; only the dialogs are fake. */
function service(picked: { open?: string[]; save?: string } = {}) {
  const showOpenDialog = vi.fn(async (_options: OpenDialogOptions) => ({
    canceled: picked.open === undefined,
    filePaths: picked.open ?? [],
  }));
  const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({
    canceled: picked.save === undefined,
    filePath: picked.save ?? '',
  }));
  return { files: createFileService({ showOpenDialog, showSaveDialog }), showOpenDialog, showSaveDialog };
}

describe('openFiles', () => {
  it('returns the bytes of each chosen file', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.jsonl');
    await writeFile(a, 'Ölpreis steigt');
    await writeFile(b, new Uint8Array([0, 1, 2, 255]));
    const { files, showOpenDialog } = service({ open: [a, b] });

    const result = await files.openFiles('articles');

    expect(result).toEqual({
      ok: true,
      value: [
        { name: 'a.txt', bytes: new Uint8Array(Buffer.from('Ölpreis steigt')) },
        { name: 'b.jsonl', bytes: new Uint8Array([0, 1, 2, 255]) },
      ],
    });
    if (result.ok) expect(result.value[0]?.bytes.constructor).toBe(Uint8Array);
    const options = showOpenDialog.mock.calls[0]?.[0];
    expect(options?.properties).toEqual(['openFile', 'multiSelections']);
    expect(options?.filters?.[0]?.extensions).toEqual(['txt', 'md', 'html', 'htm', 'json', 'jsonl', 'ann']);
    expect(options?.filters?.at(-1)).toEqual({ name: 'All files', extensions: ['*'] });
  });

  it('offers dataset extensions for datasets', async () => {
    const { files, showOpenDialog } = service();
    await files.openFiles('datasets');
    expect(showOpenDialog.mock.calls[0]?.[0].filters?.[0]?.extensions).toEqual([
      'jsonl',
      'json',
      'ann',
      'txt',
    ]);
  });

  it('returns an empty list when the user cancels', async () => {
    expect(await service().files.openFiles('articles')).toEqual({ ok: true, value: [] });
  });

  it('refuses a file over 50 MB, naming it', async () => {
    const big = join(dir, 'huge-corpus.jsonl');
    const handle = await open(big, 'w');
    await handle.truncate(MAX_FILE_BYTES + 1); // sparse: no 50 MB actually written
    await handle.close();
    const small = join(dir, 'ok.txt');
    await writeFile(small, 'fine');

    const result = await service({ open: [small, big] }).files.openFiles('datasets');

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/huge-corpus\.jsonl is too large.*50 MB/);
  });

  it('accepts a file of exactly 50 MB', async () => {
    const edge = join(dir, 'edge.txt');
    const handle = await open(edge, 'w');
    await handle.truncate(MAX_FILE_BYTES);
    await handle.close();
    const result = await service({ open: [edge] }).files.openFiles('articles');
    expect(result.ok && result.value[0]?.bytes.byteLength).toBe(MAX_FILE_BYTES);
  });

  it('reports a missing file as an error value', async () => {
    const result = await service({ open: [join(dir, 'gone.txt')] }).files.openFiles('articles');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Could not read gone\.txt/) });
  });

  it('reports a dialog failure as an error value', async () => {
    const files = createFileService({
      showOpenDialog: () => Promise.reject(new Error('no display')),
      showSaveDialog: () => Promise.reject(new Error('no display')),
    });
    expect(await files.openFiles('articles')).toEqual({
      ok: false,
      error: 'Could not show the open dialog: no display',
    });
    expect(await files.beginSave('x.jsonl')).toMatchObject({ ok: false });
  });
});

describe('beginSave / writeChunk / endSave', () => {
  it('writes string and byte chunks to the chosen file', async () => {
    const target = join(dir, 'export.jsonl');
    const { files, showSaveDialog } = service({ save: target });

    const begun = await files.beginSave('dataset.jsonl');
    if (!begun.ok || !begun.value) throw new Error(`beginSave failed: ${JSON.stringify(begun)}`);
    expect(begun.value.where).toBe(target);
    expect(showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe('dataset.jsonl');

    const { id } = begun.value;
    expect(await files.writeChunk(id, '{"id":1,"text":"Zürich"}\n')).toEqual({ ok: true, value: null });
    expect(await files.writeChunk(id, new TextEncoder().encode('{"id":2}\n'))).toEqual({
      ok: true,
      value: null,
    });
    expect(await files.writeChunk(id, '')).toEqual({ ok: true, value: null });
    expect(await files.endSave(id)).toEqual({ ok: true, value: null });

    expect(await readFile(target, 'utf8')).toBe('{"id":1,"text":"Zürich"}\n{"id":2}\n');
  });

  it('keeps chunk order when writes are not awaited one by one', async () => {
    const target = join(dir, 'many.txt');
    const { files } = service({ save: target });
    const begun = await files.beginSave('many.txt');
    if (!begun.ok || !begun.value) throw new Error('beginSave failed');
    const { id } = begun.value;
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i}\n`);
    await Promise.all(lines.map((line) => files.writeChunk(id, line)));
    await files.endSave(id);
    expect(await readFile(target, 'utf8')).toBe(lines.join(''));
  });

  it('replaces an existing file', async () => {
    const target = join(dir, 'old.txt');
    await writeFile(target, 'a much longer previous content');
    const { files } = service({ save: target });
    const begun = await files.beginSave('old.txt');
    if (!begun.ok || !begun.value) throw new Error('beginSave failed');
    await files.writeChunk(begun.value.id, 'new');
    await files.endSave(begun.value.id);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('returns null when the user cancels', async () => {
    expect(await service().files.beginSave('x.jsonl')).toEqual({ ok: true, value: null });
  });

  it('refuses unknown and finished tokens', async () => {
    const { files } = service({ save: join(dir, 'once.txt') });
    expect(await files.writeChunk(99, 'x')).toEqual({ ok: false, error: 'No export is open with id 99.' });
    const begun = await files.beginSave('once.txt');
    if (!begun.ok || !begun.value) throw new Error('beginSave failed');
    await files.endSave(begun.value.id);
    expect((await files.writeChunk(begun.value.id, 'late')).ok).toBe(false);
    expect((await files.endSave(begun.value.id)).ok).toBe(false);
  });

  it('reports an unwritable target as an error value', async () => {
    const { files } = service({ save: join(dir, 'no-such-dir', 'x.txt') });
    const result = await files.beginSave('x.txt');
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('no-such-dir') });
  });

  it('closeAll closes open targets', async () => {
    const target = join(dir, 'left-open.txt');
    const { files } = service({ save: target });
    const begun = await files.beginSave('left-open.txt');
    if (!begun.ok || !begun.value) throw new Error('beginSave failed');
    await files.writeChunk(begun.value.id, 'partial');
    await files.closeAll();
    expect(await readFile(target, 'utf8')).toBe('partial');
    expect((await files.writeChunk(begun.value.id, 'more')).ok).toBe(false);
  });
});
