// The one typed contract between the renderer and the desktop shell.
// Type-only apart from the channel names; imported by the Electron preload and main
// process and by the browser implementation. The shell moves bytes; meaning stays in the renderer.

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A file the user picked or dropped, as raw bytes: decoding and validation happen in the renderer. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export type FileKind = 'articles' | 'datasets';

/** Commands a native menu (Electron) or the app's own menu bar (browser) can send. */
export const MENU_COMMANDS = ['import', 'export', 'undo', 'redo', 'find', 'help'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** An open save target; chunks are written one by one so a large export never sits in one string. */
export interface SaveToken {
  id: number;
  /** What to show the user: a path in Electron, the file name in the browser. */
  where: string;
}

export interface TandaiBridge {
  readonly shell: 'electron' | 'browser';
  /** Ask the user for files; an empty list means they cancelled. */
  openFiles(kind: FileKind): Promise<Result<PickedFile[]>>;
  /** Ask where to save; `null` means they cancelled. */
  beginSave(suggestedName: string): Promise<Result<SaveToken | null>>;
  writeChunk(token: SaveToken, chunk: string | Uint8Array): Promise<Result<null>>;
  endSave(token: SaveToken): Promise<Result<null>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** IPC channel names, one per bridge call, shared by preload and main. */
export const CHANNELS = {
  openFiles: 'tandai:open-files',
  beginSave: 'tandai:begin-save',
  writeChunk: 'tandai:write-chunk',
  endSave: 'tandai:end-save',
  menuCommand: 'tandai:menu-command',
} as const;

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser. */
    tandai?: TandaiBridge;
  }
}
