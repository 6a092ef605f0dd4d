import { isRecord, optionalString, type Parsed, type Problem, type RawDocument } from './raw';
import type { JsonRecord } from './records';

// Articles without annotations: a `.txt` / `.md` file is one document; a JSONL or JSON array of
// `{text, meta?}` holds one per record.

export function readPlainText(file: string, text: string): Parsed {
  return { documents: [{ file, text, spanIds: 'local', spans: [], relations: [] }], problems: [] };
}

export function readPlainRecords(file: string, records: readonly JsonRecord[]): Parsed {
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  for (const { line, value } of records) {
    if (!isRecord(value) || typeof value.text !== 'string') {
      problems.push({ file, line, message: 'expected an object with a "text" string' });
      continue;
    }
    const meta = isRecord(value.meta) ? value.meta : {};
    documents.push({
      file,
      line,
      text: value.text,
      meta: { title: optionalString(meta.title ?? value.title), file: optionalString(meta.file) },
      spanIds: 'local',
      spans: [],
      relations: [],
    });
  }
  return { documents, problems };
}
