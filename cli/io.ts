import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

// Where commands write: stdout (respecting back-pressure, so a large dataset streams) or a file
// written beside its target and renamed into place, so a failed run never leaves half a file.

export interface Io {
  out(chunk: string | Uint8Array): Promise<void>;
  err(text: string): void;
}

export const processIo: Io = {
  async out(chunk) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  },
  err(text) {
    process.stderr.write(text);
  },
};

export async function writeFileChunks(path: string, chunks: Iterable<string> | Uint8Array): Promise<void> {
  const partial = `${path}.part`;
  const stream = createWriteStream(partial);
  try {
    for (const chunk of chunks instanceof Uint8Array ? [chunks] : chunks) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    await rename(partial, path);
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
