import { offsetConverter } from '../../anchoring/code-points';
import type { DatasetDocument, DatasetRelation } from '../dataset';
import { byAnnotator, type ExportSpan } from './export-spans';
import {
  annotatorName,
  arrayOf,
  isRecord,
  optionalString,
  type Parsed,
  type Problem,
  positionalRef,
  type RawDocument,
  type RawRelation,
  type RawSpan,
} from './raw';
import type { JsonRecord } from './records';
import { type Token, tokenize, tokenRange } from './tokens';

// Prodigy / spaCy task JSONL: `spans` with code-point offsets and inclusive token_end, `tokens`,
// `answer`, `_session_id` for the annotator, and `relations` as the rel recipes write them
// (head_span / child_span). One task holds one annotator's answer, so the writer writes one per annotator.

const STATUS_OF_ANSWER: Record<string, string> = {
  accept: 'accepted',
  reject: 'rejected',
  ignore: 'suggested',
};

export function readProdigy(file: string, records: readonly JsonRecord[]): Parsed {
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  for (const { line, value } of records) {
    if (!isRecord(value) || typeof value.text !== 'string') {
      problems.push({ file, line, message: 'expected a task object with a "text" string' });
      continue;
    }
    const status =
      typeof value.answer === 'string' ? (STATUS_OF_ANSWER[value.answer] ?? value.answer) : undefined;
    const items = arrayOf(value.spans).map((item) => (isRecord(item) ? item : {}));
    const meta = isRecord(value.meta) ? value.meta : {};
    documents.push({
      file,
      line,
      text: value.text,
      meta: { title: optionalString(meta.title), file: optionalString(meta.file) },
      annotator: annotatorName(value._session_id ?? value._annotator_id),
      spanIds: 'local',
      spans: items.map(
        (item): RawSpan => ({
          start: item.start,
          end: item.end,
          label: item.label,
          quote: optionalString(item.text),
          status,
        }),
      ),
      relations: arrayOf(value.relations).flatMap((item) => relation(item, items)),
    });
  }
  return { documents, problems };
}

function relation(value: unknown, spans: readonly Record<string, unknown>[]): RawRelation[] {
  if (!isRecord(value)) return [];
  return [{ type: value.label, from: spanRef(value.head_span, spans), to: spanRef(value.child_span, spans) }];
}

/** Relations name their ends by value; find the span with the same start, end and label. */
function spanRef(value: unknown, spans: readonly Record<string, unknown>[]): string {
  if (!isRecord(value)) return '?';
  const index = spans.findIndex(
    (span) => span.start === value.start && span.end === value.end && span.label === value.label,
  );
  return index === -1 ? `${value.start}…${value.end}` : positionalRef(index);
}

export function* writeProdigy(docs: Iterable<DatasetDocument>): Generator<string> {
  for (const doc of docs) {
    const convert = offsetConverter(doc.text);
    const tokens = tokenize(doc.text);
    const taskTokens = tokens.map((token, id) => ({
      text: token.text,
      start: convert.toCodePoint(token.start),
      end: convert.toCodePoint(token.end),
      id,
    }));
    const base = { text: doc.text, meta: { title: doc.meta.title, file: doc.meta.file }, tokens: taskTokens };
    const groups = byAnnotator(doc);
    if (groups.length === 0) yield `${JSON.stringify({ ...base, spans: [], answer: 'accept' })}\n`;
    for (const group of groups) {
      const spans = new Map(group.spans.map((span) => [span.id, taskSpan(span, tokens)]));
      const task = {
        ...base,
        spans: [...spans.values()],
        relations: group.relations.flatMap((relation) => taskRelation(relation, spans)),
        answer: 'accept',
        _session_id: group.annotator,
      };
      yield `${JSON.stringify(task)}\n`;
    }
  }
}

interface TaskSpan {
  start: number;
  end: number;
  token_start: number;
  token_end: number;
  label: string;
}

function taskSpan(span: ExportSpan, tokens: readonly Token[]): TaskSpan {
  const range = tokenRange(tokens, span.start, span.end) ?? { first: 0, last: 0 };
  return {
    start: span.cpStart,
    end: span.cpEnd,
    token_start: range.first,
    token_end: range.last,
    label: span.label,
  };
}

function taskRelation(relation: DatasetRelation, spans: ReadonlyMap<string, TaskSpan>) {
  const head = spans.get(relation.from);
  const child = spans.get(relation.to);
  if (!head || !child) return [];
  return [
    {
      head: head.token_end,
      child: child.token_end,
      head_span: head,
      child_span: child,
      label: relation.type,
    },
  ];
}
