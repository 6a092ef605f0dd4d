import type { DatasetDocument, DatasetRelation } from '../dataset';
import { type ExportSpan, exportSpans, relationsBetween } from './export-spans';
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

// Label Studio's JSON task export: an array of tasks, each with `data.text` and `annotations`
// (one per annotator, `completed_by`) whose `result` holds labels regions and relation items.
// `predictions` hold machine suggestions: read as suggested spans, and suggested spans are written there.

export function readLabelStudio(file: string, records: readonly JsonRecord[]): Parsed {
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  for (const { line, value } of records) {
    const data = isRecord(value) && isRecord(value.data) ? value.data : undefined;
    if (!isRecord(value) || typeof data?.text !== 'string') {
      problems.push({ file, line, message: 'expected a task with a "data.text" string' });
      continue;
    }
    const base = {
      file,
      line,
      text: data.text,
      meta: { title: optionalString(data.title), file: optionalString(data.file) },
      spanIds: 'local' as const,
    };
    const annotations = arrayOf(value.annotations)
      .filter(isRecord)
      .filter((annotation) => annotation.was_cancelled !== true);
    const predictions = arrayOf(value.predictions).filter(isRecord);
    for (const annotation of annotations) {
      documents.push({
        ...base,
        annotator: annotatorName(annotation.completed_by),
        ...regions(annotation.result),
      });
    }
    for (const prediction of predictions) {
      const { spans, relations } = regions(prediction.result);
      documents.push({
        ...base,
        annotator: annotatorName(prediction.model_version) ?? 'prediction',
        spans: spans.map((span) => ({ ...span, status: 'suggested' })),
        relations,
      });
    }
    if (annotations.length === 0 && predictions.length === 0)
      documents.push({ ...base, spans: [], relations: [] });
  }
  return { documents, problems };
}

function regions(result: unknown): { spans: RawSpan[]; relations: RawRelation[] } {
  const items = arrayOf(result).filter(isRecord);
  const spans: RawSpan[] = [];
  const labels = new Map<string, unknown>();
  for (const item of items) {
    const value = isRecord(item.value) ? item.value : undefined;
    if (item.type === 'relation' || !value || !Array.isArray(value.labels)) continue;
    const id = idOf(item.id);
    const label = value.labels[0];
    if (id !== undefined) labels.set(id, label);
    spans.push({
      id,
      start: value.start,
      end: value.end,
      label,
      quote: optionalString(value.text),
      note: noteOf(item),
    });
  }
  const relations = items.flatMap((item): RawRelation[] => {
    if (item.type !== 'relation') return [];
    const [from, to] = item.direction === 'left' ? [item.to_id, item.from_id] : [item.from_id, item.to_id];
    const type = Array.isArray(item.labels) && item.labels.length > 0 ? item.labels[0] : undefined;
    return [
      {
        type: type ?? impliedType(labels.get(String(from)), labels.get(String(to))),
        from: String(from),
        to: String(to),
      },
    ];
  });
  return { spans, relations };
}

/** Label Studio relations often carry no label; the guideline fixes the type by the labels it joins. */
function impliedType(from: unknown, to: unknown): string | undefined {
  if (from === 'CLAIM' && to === 'SOURCE') return 'attributed_to';
  if (from === 'QUANTITY' && to === 'CLAIM') return 'part_of';
  return undefined;
}

function noteOf(item: Record<string, unknown>): string | undefined {
  const text = isRecord(item.meta) ? item.meta.text : undefined;
  if (typeof text === 'string') return text;
  return Array.isArray(text) ? text.filter((part) => typeof part === 'string').join('\n') : undefined;
}

export function* writeLabelStudio(docs: Iterable<DatasetDocument>): Generator<string> {
  let taskId = 0;
  let annotationId = 0;
  yield '[';
  for (const doc of docs) {
    const spans = exportSpans(doc);
    const byStatus = (suggested: boolean) =>
      groupBy(
        spans.filter((span) => (span.status === 'suggested') === suggested),
        (span) => span.annotator,
      );
    const task = {
      id: ++taskId,
      data: { text: doc.text, title: doc.meta.title, file: doc.meta.file },
      annotations: [...byStatus(false)].map(([annotator, group]) => ({
        id: ++annotationId,
        completed_by: annotator,
        result: result(group, relationsBetween(doc.relations, group)),
      })),
      predictions: [...byStatus(true)].map(([annotator, group]) => ({
        model_version: annotator,
        result: result(group, relationsBetween(doc.relations, group)),
      })),
    };
    yield `${taskId === 1 ? '\n' : ',\n'}${JSON.stringify(task)}`;
  }
  yield '\n]\n';
}

function result(spans: readonly ExportSpan[], relations: readonly DatasetRelation[]): unknown[] {
  return [
    ...spans.map((span) => ({
      id: span.id,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      origin: 'manual',
      value: { start: span.cpStart, end: span.cpEnd, text: span.text, labels: [span.label] },
      ...(span.note ? { meta: { text: [span.note] } } : {}),
    })),
    ...relations.map((relation) => ({
      from_id: relation.from,
      to_id: relation.to,
      type: 'relation',
      direction: 'right',
      labels: [relation.type],
    })),
  ];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
