import { isRecord } from './raw';
import { type JsonRecord, readRecords } from './records';

// Which format a file is in, from its content (JSON formats) or its name (brat's .ann, plain text).

export const READ_FORMATS = [
  'native',
  'doccano',
  'prodigy',
  'label-studio',
  'brat',
  'w3c',
  'text',
  'text-jsonl',
] as const;
export type ReadFormat = (typeof READ_FORMATS)[number];
export type DetectedFormat = ReadFormat | 'unknown';

const W3C_TYPES: readonly unknown[] = ['Annotation', 'AnnotationPage', 'AnnotationCollection'];
/** Records looked at before giving up on a file whose first records say nothing. */
const LOOK_AT = 10;

export function detectFormat(fileName: string, text: string): DetectedFormat {
  return formatByName(fileName) ?? formatOfRecords(readRecords(fileName, text).records);
}

export function formatByName(fileName: string): 'brat' | 'text' | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.ann')) return 'brat';
  if (name.endsWith('.txt') || name.endsWith('.md')) return 'text';
  return undefined;
}

export function formatOfRecords(records: readonly JsonRecord[]): DetectedFormat {
  for (const { value } of records.slice(0, LOOK_AT)) {
    const format = formatOfRecord(value);
    if (format !== 'unknown') return format;
  }
  return 'unknown';
}

function formatOfRecord(value: unknown): DetectedFormat {
  if (!isRecord(value)) return 'unknown';
  if (typeof value.format === 'string' && value.format.startsWith('annotation-workbench/')) return 'native';
  if (value.offset_unit === 'codepoint') return 'native';
  if (value['@context'] !== undefined || W3C_TYPES.includes(value.type)) return 'w3c';
  if (
    isRecord(value.data) &&
    ('annotations' in value || 'predictions' in value || typeof value.data.text === 'string')
  ) {
    return 'label-studio';
  }
  if (
    Array.isArray(value.tokens) ||
    typeof value.answer === 'string' ||
    '_session_id' in value ||
    '_input_hash' in value
  ) {
    return 'prodigy';
  }
  if (Array.isArray(value.entities) || Array.isArray(value.label) || Array.isArray(value.labels))
    return 'doccano';
  // spaCy's {text, spans} without tokens is what Prodigy reads too.
  if (Array.isArray(value.spans)) return 'prodigy';
  if (typeof value.text === 'string') return 'text-jsonl';
  return 'unknown';
}
