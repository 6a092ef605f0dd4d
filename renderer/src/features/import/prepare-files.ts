import type { DatasetFile } from '../../model/formats/read-dataset';
import { decodeText } from '../../model/normalize-text';
import type { PickedFile } from '../../platform/contract';

export interface PreparedFiles {
  /** Plain articles: .txt, .md, .html without a brat .ann beside them. */
  articles: PickedFile[];
  /** Everything else, decoded exactly (line ends and BOM kept: file offsets count them). */
  datasets: DatasetFile[];
  failed: { file: string; error: string }[];
}

const ARTICLE = /\.(txt|md|markdown|html?)$/i;

/** Sorts picked files into plain articles and annotated datasets, refusing what is not text. */
export function prepareFiles(files: readonly PickedFile[]): PreparedFiles {
  const annStems = new Set(files.filter((f) => /\.ann$/i.test(f.name)).map((f) => stem(f.name)));
  const prepared: PreparedFiles = { articles: [], datasets: [], failed: [] };
  for (const file of files) {
    if (ARTICLE.test(file.name) && !annStems.has(stem(file.name))) {
      prepared.articles.push(file);
      continue;
    }
    const decoded = decodeText(file.bytes);
    if (decoded.ok) prepared.datasets.push({ name: file.name, text: decoded.value });
    else prepared.failed.push({ file: file.name, error: decoded.error });
  }
  return prepared;
}

function stem(name: string): string {
  return name.replace(/\.[^./\\]+$/, '');
}
