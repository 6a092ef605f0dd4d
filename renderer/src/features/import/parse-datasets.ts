import { type DatasetFile, type DatasetRead, readDataset } from '../../model/formats/read-dataset';

export interface ParseRequest {
  files: DatasetFile[];
}

export type ParseResponse = { type: 'done'; result: DatasetRead } | { type: 'failed'; error: string };

/**
 * Reads dataset files in a worker; where workers cannot start (some file:// setups), on this
 * thread after letting the progress indicator paint.
 */
export async function parseDatasets(files: DatasetFile[]): Promise<DatasetRead> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return readDataset(files);
  }
  return new Promise<DatasetRead>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      worker.terminate();
      if (event.data.type === 'done') resolve(event.data.result);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      // The worker could not load: parse here instead.
      event.preventDefault();
      readDataset(files).then(resolve, reject);
    };
    worker.postMessage({ files } satisfies ParseRequest);
  });
}
