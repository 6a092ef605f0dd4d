import { CHANNELS, type FileKind, type Result } from '../../renderer/src/platform/contract';
import type { FileService } from './files';

/** The part of an invoke event the handlers read; `IpcMainInvokeEvent` satisfies it. */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string } | null;
}

export type InvokeHandler = (event: SenderEvent, ...args: unknown[]) => Promise<Result<unknown>>;

type InvokeChannel = Exclude<(typeof CHANNELS)[keyof typeof CHANNELS], typeof CHANNELS.menuCommand>;

const fail = (error: string): Result<never> => ({ ok: false, error });

function isFileKind(value: unknown): value is FileKind {
  return value === 'articles' || value === 'datasets';
}

function isFileName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= 255 &&
    // A suggested name, not a path: the user picks the folder in the dialog.
    !/[/\\\0]/.test(value)
  );
}

function tokenId(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const id: unknown = (value as { id?: unknown }).id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null;
}

function isChunk(value: unknown): value is string | Uint8Array {
  return typeof value === 'string' || value instanceof Uint8Array;
}

/**
 * One handler per invoke channel. Every argument is checked here because it comes from the
 * renderer; failures come back as `{ ok: false, error }`, never as a thrown error.
 */
export function createIpcHandlers(
  files: FileService,
  isTrustedSender: (url: string) => boolean,
): Record<InvokeChannel, InvokeHandler> {
  const guarded =
    (handler: (...args: unknown[]) => Promise<Result<unknown>>): InvokeHandler =>
    async (event, ...args) => {
      const url = event.senderFrame?.url;
      if (url === undefined || !isTrustedSender(url)) return fail('Request refused: unknown sender.');
      try {
        return await handler(...args);
      } catch (error) {
        return fail(error instanceof Error ? error.message : String(error));
      }
    };

  return {
    [CHANNELS.openFiles]: guarded(async (kind) =>
      isFileKind(kind) ? files.openFiles(kind) : fail('openFiles: kind must be "articles" or "datasets".'),
    ),
    [CHANNELS.beginSave]: guarded(async (name) =>
      isFileName(name)
        ? files.beginSave(name)
        : fail('beginSave: the suggested name must be a file name (1–255 characters, no slashes).'),
    ),
    [CHANNELS.writeChunk]: guarded(async (token, chunk) => {
      const id = tokenId(token);
      if (id === null) return fail('writeChunk: invalid save token.');
      if (!isChunk(chunk)) return fail('writeChunk: the chunk must be a string or a Uint8Array.');
      return files.writeChunk(id, chunk);
    }),
    [CHANNELS.endSave]: guarded(async (token) => {
      const id = tokenId(token);
      return id === null ? fail('endSave: invalid save token.') : files.endSave(id);
    }),
  };
}
