import { type DatasetRead, readDataset } from '../renderer/src/model/formats/read-dataset';
import { readInputs } from './input';

export interface Loaded {
  read: DatasetRead;
  /** Files that could not be read at all. */
  errors: string[];
}

/** The files named on the command line, read as one dataset. */
export async function loadDataset(paths: readonly string[], annotator: string | undefined): Promise<Loaded> {
  const { files, errors } = await readInputs(paths);
  const read = await readDataset(files, annotator ? { annotator } : {});
  return { read, errors };
}
