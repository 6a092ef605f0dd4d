import { type DatasetFile, type DatasetRead, readDataset } from '../../model/formats/read-dataset';
import { decodeText } from '../../model/normalize-text';
import type { PickedFile } from '../../platform/contract';

export interface SortedFiles {
  /** Plain articles: .txt, .md, .html without a brat .ann beside them. */
  articles: PickedFile[];
  /** Everything else, still as bytes: decoded with the parsing, off the main thread (parse-datasets). */
  datasets: PickedFile[];
}

export interface DecodedFiles {
  /** Decoded exactly (line ends and BOM kept: file offsets count them). */
  datasets: DatasetFile[];
  failed: { file: string; error: string }[];
}

const ARTICLE = /\.(txt|md|markdown|html?)$/i;

/** Sorts picked files into plain articles and annotated datasets, by name only. */
export function sortFiles(files: readonly PickedFile[]): SortedFiles {
  const annStems = new Set(files.filter((f) => /\.ann$/i.test(f.name)).map((f) => stem(f.name)));
  const sorted: SortedFiles = { articles: [], datasets: [] };
  for (const file of files) {
    if (ARTICLE.test(file.name) && !annStems.has(stem(file.name))) sorted.articles.push(file);
    else sorted.datasets.push(file);
  }
  return sorted;
}

/** Decodes dataset files as UTF-8 text, refusing by name what is not text. */
export function decodeDatasets(files: readonly PickedFile[]): DecodedFiles {
  const decoded: DecodedFiles = { datasets: [], failed: [] };
  for (const file of files) {
    const text = decodeText(file.bytes);
    if (text.ok) decoded.datasets.push({ name: file.name, text: text.value });
    else decoded.failed.push({ file: file.name, error: text.error });
  }
  return decoded;
}

/** What reading dataset files gives: the documents, problems and all, and the files that are not text. */
export interface ParsedDatasets {
  read: DatasetRead;
  failed: DecodedFiles['failed'];
}

/** Decodes and reads dataset files, on whatever thread calls it (the import's worker, or this one). */
export async function decodeAndRead(files: readonly PickedFile[]): Promise<ParsedDatasets> {
  const { datasets, failed } = decodeDatasets(files);
  return { read: await readDataset(datasets), failed };
}

function stem(name: string): string {
  return name.replace(/\.[^./\\]+$/, '');
}
