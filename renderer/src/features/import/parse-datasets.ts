import { MAX_IMPORT_BYTES } from '../../model/normalize-text';
import type { PickedFile } from '../../platform/contract';
import { decodeAndRead, decodeDatasets, type ParsedDatasets } from './prepare-files';

export interface ParseRequest {
  files: PickedFile[];
}

export type ParseResponse = { type: 'done'; result: ParsedDatasets } | { type: 'failed'; error: string };

/**
 * Decodes and reads dataset files in a worker, so that a large import keeps the window responsive
 * (the bytes are copied to it, which costs a fraction of decoding them here); where workers cannot
 * start (some file:// setups), on this thread after letting the progress indicator paint.
 */
export async function parseDatasets(picked: PickedFile[]): Promise<ParsedDatasets> {
  // A file over the size limit is refused here, before it is copied anywhere.
  const tooLarge = picked.filter((file) => file.bytes.byteLength > MAX_IMPORT_BYTES);
  const files = picked.filter((file) => file.bytes.byteLength <= MAX_IMPORT_BYTES);
  const parsed = await parseInWorker(files);
  return { ...parsed, failed: [...decodeDatasets(tooLarge).failed, ...parsed.failed] };
}

async function parseInWorker(files: PickedFile[]): Promise<ParsedDatasets> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return decodeAndRead(files);
  }
  return new Promise<ParsedDatasets>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      worker.terminate();
      if (event.data.type === 'done') resolve(event.data.result);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      // The worker could not load: parse here instead.
      event.preventDefault();
      decodeAndRead(files).then(resolve, reject);
    };
    try {
      worker.postMessage({ files } satisfies ParseRequest);
    } catch {
      // The bytes could not be sent (out of memory, say): parse here instead.
      worker.terminate();
      decodeAndRead(files).then(resolve, reject);
    }
  });
}
