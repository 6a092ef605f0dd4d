import { documentId } from '../document-id';
import { normalizeText } from '../normalize-text';
import { readBrat } from './brat';
import { type DetectedFormat, formatByName, formatOfRecords, type ReadFormat } from './detect';
import { readDoccano } from './doccano';
import { readLabelStudio } from './label-studio';
import { readNative } from './native';
import { readPlainRecords, readPlainText } from './plain';
import { readProdigy } from './prodigy';
import { baseName, type Parsed, type Problem, type RawDocument } from './raw';
import { readRecords } from './records';
import { type ReadOptions, type Resolved, resolveDocuments } from './resolve';
import { readW3c, type SourceText } from './w3c';

export type { Problem } from './raw';
export type { OrphanedSpan, ReadOptions, ReanchoredSpan } from './resolve';

export interface DatasetFile {
  name: string;
  text: string;
}

export interface DatasetRead extends Resolved {
  /** The format of the files given; 'mixed' when they differ. */
  format: DetectedFormat | 'mixed';
}

const UNKNOWN_FORMAT =
  'not a format Tandai reads: expected native JSONL, doccano, Prodigy, Label Studio, brat (.ann + .txt), W3C Web Annotation, or plain text';

/**
 * Reads dataset files of any supported format into documents. Nothing throws: what is wrong is in
 * `problems` (file, line, what), spans moved to where their quote is are in `reanchored`, spans whose
 * quote could not be placed are in `orphaned`; `documents` hold the valid part.
 */
export async function readDataset(
  files: readonly DatasetFile[],
  options: ReadOptions = {},
): Promise<DatasetRead> {
  const problems: Problem[] = [];
  const raws: RawDocument[] = [];
  const formats = new Set<ReadFormat>();
  const add = (format: ReadFormat, parsed: Parsed) => {
    formats.add(format);
    raws.push(...parsed.documents);
    problems.push(...parsed.problems);
  };

  const texts = files.filter((file) => formatByName(file.name) === 'text');
  const used = new Set<DatasetFile>();
  for (const ann of files.filter((file) => formatByName(file.name) === 'brat')) {
    const txt = texts.find((file) => stem(file.name) === stem(ann.name));
    if (!txt) {
      problems.push({
        file: ann.name,
        message: `no ${baseName(stem(ann.name))}.txt given beside it: brat needs both`,
      });
      continue;
    }
    used.add(txt);
    add('brat', readBrat(txt, ann));
  }

  const sources = await sourceTexts(texts);
  for (const file of files.filter((candidate) => formatByName(candidate.name) === undefined)) {
    const { records, problems: malformed } = readRecords(file.name, file.text);
    const format = formatOfRecords(records);
    problems.push(...malformed);
    if (format === 'native') add(format, readNative(file.name, records));
    else if (format === 'doccano') add(format, readDoccano(file.name, records));
    else if (format === 'prodigy') add(format, readProdigy(file.name, records));
    else if (format === 'label-studio') add(format, readLabelStudio(file.name, records));
    else if (format === 'text-jsonl') add(format, readPlainRecords(file.name, records));
    else if (format === 'w3c') {
      add(
        format,
        readW3c(file.name, records, (source) => sources.find(source, used)),
      );
    } else if (malformed.length === 0) problems.push({ file: file.name, message: UNKNOWN_FORMAT });
  }
  for (const txt of texts) if (!used.has(txt)) add('text', readPlainText(txt.name, txt.text));

  const resolved = await resolveDocuments(raws, options);
  const order = new Map(files.map((file, index) => [file.name, index]));
  const all = [...problems, ...resolved.problems].sort(
    (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || (a.line ?? 0) - (b.line ?? 0),
  );
  const format =
    formats.size === 1 ? ([...formats][0] as ReadFormat) : formats.size === 0 ? 'unknown' : 'mixed';
  return { ...resolved, problems: all, format };
}

/** Text files that W3C annotations may name as their source: by id, file name or name without extension. */
async function sourceTexts(texts: readonly DatasetFile[]) {
  const keys = new Map<string, DatasetFile>();
  for (const file of texts) {
    keys.set(await documentId(normalizeText(file.text)), file);
    keys.set(baseName(file.name), file);
    keys.set(stem(baseName(file.name)), file);
  }
  return {
    find(source: string, used: Set<DatasetFile>): SourceText | undefined {
      const path = source.replace(/[?#].*$/, '');
      const name = baseName(safeDecode(path));
      const file = keys.get(source) ?? keys.get(name) ?? keys.get(stem(name));
      if (!file) return undefined;
      used.add(file);
      return { file: file.name, text: file.text };
    },
  };
}

function stem(name: string): string {
  return name.replace(/\.[^./\\]*$/, '');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
