import type { DatasetDocument } from '../dataset';
import { byAnnotator } from './export-spans';
import {
  annotatorName,
  arrayOf,
  idOf,
  isRecord,
  optionalString,
  type Parsed,
  type Problem,
  type RawDocument,
  type RawRelation,
  type RawSpan,
} from './raw';
import type { JsonRecord } from './records';

// doccano JSONL in both shapes: sequence labelling `label: [[start, end, "L"]]` and the relation
// project's `entities` / `relations`. Offsets are code points. doccano has no field for who did the
// work, so the writer adds `annotator` (doccano keeps unknown keys as metadata) and writes one line
// per annotator.

export function readDoccano(file: string, records: readonly JsonRecord[]): Parsed {
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  for (const { line, value } of records) {
    if (!isRecord(value) || typeof value.text !== 'string') {
      problems.push({ file, line, message: 'expected an object with a "text" string' });
      continue;
    }
    const meta = isRecord(value.meta) ? value.meta : {};
    const entities = Array.isArray(value.entities);
    documents.push({
      file,
      line,
      text: value.text,
      meta: { title: optionalString(meta.title), file: optionalString(meta.file) },
      annotator: annotatorName(value.annotator),
      spanIds: 'local',
      spans: entities
        ? arrayOf(value.entities).map(entitySpan)
        : arrayOf(value.label ?? value.labels).map(tupleSpan),
      relations: entities ? arrayOf(value.relations).flatMap(relation) : [],
    });
  }
  return { documents, problems };
}

function entitySpan(value: unknown): RawSpan {
  const entity = isRecord(value) ? value : {};
  return { id: idOf(entity.id), start: entity.start_offset, end: entity.end_offset, label: entity.label };
}

function tupleSpan(value: unknown): RawSpan {
  const [start, end, label] = Array.isArray(value) ? value : [];
  return { start, end, label };
}

function relation(value: unknown): RawRelation[] {
  if (!isRecord(value)) return [];
  return [{ id: idOf(value.id), type: value.type, from: String(value.from_id), to: String(value.to_id) }];
}

export function* writeDoccano(docs: Iterable<DatasetDocument>): Generator<string> {
  let id = 0;
  for (const doc of docs) {
    const meta = { title: doc.meta.title, file: doc.meta.file };
    const groups = byAnnotator(doc);
    if (groups.length === 0) {
      yield `${JSON.stringify({ id: ++id, text: doc.text, entities: [], relations: [], Comments: [], meta })}\n`;
    }
    for (const group of groups) {
      const entityIds = new Map(group.spans.map((span, index) => [span.id, index]));
      const line = {
        id: ++id,
        text: doc.text,
        entities: group.spans.map((span, index) => ({
          id: index,
          label: span.label,
          start_offset: span.cpStart,
          end_offset: span.cpEnd,
        })),
        relations: group.relations.map((relation, index) => ({
          id: index,
          from_id: entityIds.get(relation.from),
          to_id: entityIds.get(relation.to),
          type: relation.type,
        })),
        Comments: [],
        annotator: group.annotator,
        meta,
      };
      yield `${JSON.stringify(line)}\n`;
    }
  }
}
