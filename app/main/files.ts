import type { FileHandle } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { basename } from 'node:path';
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { FileKind, PickedFile, Result, SaveToken } from '../../renderer/src/platform/contract';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const FILTERS: Record<FileKind, OpenDialogOptions['filters']> = {
  articles: [
    { name: 'Articles and datasets', extensions: ['txt', 'md', 'html', 'htm', 'json', 'jsonl', 'ann'] },
    { name: 'All files', extensions: ['*'] },
  ],
  datasets: [
    { name: 'Datasets', extensions: ['jsonl', 'json', 'ann', 'txt'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

const TITLES: Record<FileKind, string> = {
  articles: 'Import articles',
  datasets: 'Import a dataset',
};

export interface FileServiceDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  /** Only `open` is used; injectable so a test can make it fail. */
  fs?: Pick<typeof nodeFs, 'open'>;
  maxBytes?: number;
}

export interface FileService {
  openFiles(kind: FileKind): Promise<Result<PickedFile[]>>;
  beginSave(suggestedName: string): Promise<Result<SaveToken | null>>;
  writeChunk(tokenId: number, chunk: string | Uint8Array): Promise<Result<null>>;
  endSave(tokenId: number): Promise<Result<null>>;
  /** Closes every open save target (on quit). */
  closeAll(): Promise<void>;
}

interface OpenSave {
  handle: FileHandle;
  position: number;
  /** Writes to one target run one after another even if the renderer does not await each. */
  tail: Promise<unknown>;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(error: string): Result<T> => ({ ok: false, error });

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * A plain Uint8Array that owns its whole ArrayBuffer: structured clone sends the entire backing
 * buffer, and a small Buffer may be a view into Node's shared pool.
 */
function ownBytes(buffer: Buffer): Uint8Array {
  const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  return whole ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : new Uint8Array(buffer);
}

export function createFileService(deps: FileServiceDeps): FileService {
  const fs = deps.fs ?? nodeFs;
  const maxBytes = deps.maxBytes ?? MAX_FILE_BYTES;
  const saves = new Map<number, OpenSave>();
  let nextId = 1;

  async function readPicked(path: string): Promise<Result<PickedFile>> {
    const name = basename(path);
    let handle: FileHandle | undefined;
    try {
      // Size is checked on the open handle, so the file cannot be swapped between check and read.
      handle = await fs.open(path, 'r');
      const stats = await handle.stat();
      if (!stats.isFile()) return fail(`${name} is not a file.`);
      if (stats.size > maxBytes) {
        return fail(`${name} is too large (${megabytes(stats.size)}); the limit is ${megabytes(maxBytes)}.`);
      }
      return ok({ name, bytes: ownBytes(await handle.readFile()) });
    } catch (error) {
      return fail(`Could not read ${name}: ${messageOf(error)}`);
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  return {
    async openFiles(kind) {
      let picked: OpenDialogReturnValue;
      try {
        picked = await deps.showOpenDialog({
          title: TITLES[kind],
          properties: ['openFile', 'multiSelections'],
          filters: FILTERS[kind],
        });
      } catch (error) {
        return fail(`Could not show the open dialog: ${messageOf(error)}`);
      }
      if (picked.canceled) return ok([]);
      const files: PickedFile[] = [];
      for (const path of picked.filePaths) {
        const result = await readPicked(path);
        if (!result.ok) return result;
        files.push(result.value);
      }
      return ok(files);
    },

    async beginSave(suggestedName) {
      let target: SaveDialogReturnValue;
      try {
        target = await deps.showSaveDialog({ title: 'Export dataset', defaultPath: suggestedName });
      } catch (error) {
        return fail(`Could not show the save dialog: ${messageOf(error)}`);
      }
      if (target.canceled || !target.filePath) return ok(null);
      const where = target.filePath;
      try {
        const handle = await fs.open(where, 'w');
        const id = nextId++;
        saves.set(id, { handle, position: 0, tail: Promise.resolve() });
        return ok({ id, where });
      } catch (error) {
        return fail(`Could not open ${where} for writing: ${messageOf(error)}`);
      }
    },

    async writeChunk(tokenId, chunk) {
      const save = saves.get(tokenId);
      if (!save) return fail(`No export is open with id ${tokenId}.`);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      const write = save.tail.then(async () => {
        let offset = 0;
        while (offset < bytes.byteLength) {
          const { bytesWritten } = await save.handle.write(
            bytes,
            offset,
            bytes.byteLength - offset,
            save.position,
          );
          offset += bytesWritten;
          save.position += bytesWritten;
        }
      });
      save.tail = write.catch(() => undefined);
      try {
        await write;
        return ok(null);
      } catch (error) {
        return fail(`Could not write the export: ${messageOf(error)}`);
      }
    },

    async endSave(tokenId) {
      const save = saves.get(tokenId);
      if (!save) return fail(`No export is open with id ${tokenId}.`);
      saves.delete(tokenId);
      try {
        await save.tail;
        await save.handle.close();
        return ok(null);
      } catch (error) {
        return fail(`Could not finish the export: ${messageOf(error)}`);
      }
    },

    async closeAll() {
      const open = [...saves.values()];
      saves.clear();
      await Promise.all(open.map((save) => save.tail.then(() => save.handle.close()).catch(() => undefined)));
    },
  };
}
