import type { DatasetDocument } from '../dataset';
import { writeBio } from './bio';
import { writeBrat } from './brat';
import { writeCsv } from './csv';
import { writeDoccano } from './doccano';
import { writeLabelStudio } from './label-studio';
import { writeNative } from './native';
import { writeProdigy } from './prodigy';
import { writeW3c } from './w3c';

export const WRITE_FORMATS = [
  'native',
  'doccano',
  'prodigy',
  'label-studio',
  'brat',
  'w3c',
  'bio',
  'csv',
] as const;
export type WriteFormat = (typeof WRITE_FORMATS)[number];

/** The extension a file of each format gets. */
export const WRITE_EXTENSIONS: Record<WriteFormat, string> = {
  native: '.jsonl',
  doccano: '.jsonl',
  prodigy: '.jsonl',
  'label-studio': '.json',
  brat: '.zip',
  w3c: '.jsonl',
  bio: '.jsonl',
  csv: '.csv',
};

export function isWriteFormat(value: string): value is WriteFormat {
  return (WRITE_FORMATS as readonly string[]).includes(value);
}

/**
 * A dataset in the given format. Text formats come as chunks, about one per document, to write one
 * by one (a large dataset never sits in one string); brat comes as the bytes of a zip.
 */
export function writeDataset(format: 'brat', docs: Iterable<DatasetDocument>): Uint8Array;
export function writeDataset(
  format: Exclude<WriteFormat, 'brat'>,
  docs: Iterable<DatasetDocument>,
): Iterable<string>;
export function writeDataset(
  format: WriteFormat,
  docs: Iterable<DatasetDocument>,
): Iterable<string> | Uint8Array;
export function writeDataset(
  format: WriteFormat,
  docs: Iterable<DatasetDocument>,
): Iterable<string> | Uint8Array {
  switch (format) {
    case 'native':
      return writeNative(docs);
    case 'doccano':
      return writeDoccano(docs);
    case 'prodigy':
      return writeProdigy(docs);
    case 'label-studio':
      return writeLabelStudio(docs);
    case 'brat':
      return writeBrat(docs);
    case 'w3c':
      return writeW3c(docs);
    case 'bio':
      return writeBio(docs);
    case 'csv':
      return writeCsv(docs);
  }
}
