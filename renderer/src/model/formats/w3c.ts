import { type OffsetConverter, offsetConverter } from '../../anchoring/code-points';
import type { DatasetDocument, DatasetRelation } from '../dataset';
import { type ExportSpan, exportSpans } from './export-spans';
import {
  annotatorName,
  arrayOf,
  baseName,
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

// W3C Web Annotation (JSON-LD), as the Hypothesis client and Recogito write it: a span is an
// Annotation whose target carries a TextPositionSelector (code points) and a TextQuoteSelector with
// 32 characters of context; its label is a `tagging` body, its note a `commenting` body, its status
// and attributes a JSON `describing` body. A relation is a `linking` Annotation whose two targets are
// the annotations it joins. We write one AnnotationPage per document per line, and because Web
// Annotation has no place for the annotated text, the page carries it in `source` (our one
// extension). Annotations from elsewhere name their text by `target.source`; readDataset looks for a
// text file of that name among the files given.

const CONTEXT = 32;
const JSON_LD_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface SourceText {
  file: string;
  text: string;
}

interface SourceGroup {
  line: number;
  items: JsonRecord[];
  embedded?: { text: string; meta: RawDocument['meta'] };
}

export function readW3c(
  file: string,
  records: readonly JsonRecord[],
  textOf: (source: string) => SourceText | undefined,
): Parsed {
  const problems: Problem[] = [];
  const groups = new Map<string, SourceGroup>();
  const links: JsonRecord[] = [];
  const groupOf = (source: string, line: number) => {
    const group = groups.get(source) ?? { line, items: [] };
    groups.set(source, group);
    return group;
  };
  for (const { line, value } of records) {
    const pages = pagesOf(value);
    if (pages.length === 0) {
      problems.push({
        file,
        line,
        message: 'expected an Annotation, an AnnotationPage or an AnnotationCollection',
      });
    }
    for (const page of pages) {
      const embedded = embeddedSource(page);
      if (embedded) groupOf(embedded.id, line).embedded = embedded;
      for (const item of arrayOf(page.items)) {
        // A link on a page of our own belongs to that page's document: annotation ids are unique within
        // a document, and two documents may both have a "1".
        if (isRecord(item) && item.motivation === 'linking' && !embedded) links.push({ line, value: item });
        else groupOf(embedded?.id ?? sourceOf(item) ?? '', line).items.push({ line, value: item });
      }
    }
  }
  // Elsewhere a link names no source; it belongs with the annotation it starts from.
  const groupOfAnnotation = new Map<string, SourceGroup>();
  for (const group of groups.values()) {
    for (const { value } of group.items) {
      const id = isRecord(value) ? idOf(value.id) : undefined;
      if (id !== undefined) groupOfAnnotation.set(id, group);
    }
  }
  for (const link of links) {
    const [from] = linkEnds(link.value);
    const group = from === undefined ? undefined : groupOfAnnotation.get(from);
    if (group) group.items.push(link);
    else
      problems.push({
        file,
        line: link.line,
        message: `a link from ${JSON.stringify(from)}, an annotation not in this file`,
      });
  }
  const documents: RawDocument[] = [];
  for (const [source, group] of groups) {
    const external = group.embedded ? undefined : textOf(source);
    const text = group.embedded?.text ?? external?.text;
    if (text === undefined) {
      problems.push({
        file,
        line: group.line,
        message: `annotations of ${JSON.stringify(source)}, but no text for it: give its text file too`,
      });
      continue;
    }
    documents.push({
      file,
      line: group.line,
      text,
      meta: group.embedded?.meta ?? { file: external ? baseName(external.file) : undefined },
      spanIds: 'global',
      ...annotations(group.items),
    });
  }
  return { documents, problems };
}

/** The document our writer puts on each page (Web Annotation has no place for the annotated text). */
function embeddedSource(page: Record<string, unknown>) {
  const source = isRecord(page.source) ? page.source : undefined;
  const id = idOf(source?.id);
  if (!source || id === undefined || typeof source.value !== 'string') return undefined;
  const meta = {
    title: optionalString(source.title),
    file: optionalString(source.file),
    status: source.status,
  };
  return { id, text: source.value, meta };
}

function linkEnds(link: unknown): (string | undefined)[] {
  if (!isRecord(link)) return [];
  return listOf(link.target).map((target) => idOf(target) ?? idOf(isRecord(target) ? target.id : undefined));
}

/** Whatever a record holds, as pages of annotations (a lone Annotation is a page of one). */
function pagesOf(value: unknown): Record<string, unknown>[] {
  if (!isRecord(value)) return [];
  if (value.type === 'AnnotationCollection') return isRecord(value.first) ? pagesOf(value.first) : [];
  if (value.type === 'AnnotationPage' || Array.isArray(value.items)) return [value];
  if (value.type === 'Annotation' || value.target !== undefined) return [{ items: [value] }];
  return [];
}

function sourceOf(annotation: unknown): string | undefined {
  if (!isRecord(annotation)) return undefined;
  for (const target of listOf(annotation.target)) {
    if (!isRecord(target)) continue;
    const source = idOf(target.source) ?? idOf(isRecord(target.source) ? target.source.id : undefined);
    if (source !== undefined) return source;
  }
  return undefined;
}

function annotations(items: readonly JsonRecord[]): { spans: RawSpan[]; relations: RawRelation[] } {
  const spans: RawSpan[] = [];
  const relations: RawRelation[] = [];
  for (const { line, value } of items) {
    if (!isRecord(value)) continue;
    const bodies = listOf(value.body).filter(isRecord);
    const tag = bodies.find((body) => body.purpose === 'tagging' || body.purpose === 'classifying')?.value;
    const described = describing(bodies);
    const targets = listOf(value.target);
    const common = { id: idOf(value.id), annotator: annotatorName(value.creator), line };
    if (value.motivation === 'linking') {
      const [from, to] = targets.map(
        (target) => idOf(target) ?? idOf(isRecord(target) ? target.id : undefined),
      );
      relations.push({ ...common, type: tag, from: from ?? '?', to: to ?? '?', attrs: described.attrs });
      continue;
    }
    const selectors = targets
      .flatMap((target) => (isRecord(target) ? listOf(target.selector) : []))
      .filter(isRecord);
    const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
    const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
    spans.push({
      ...common,
      start: position?.start,
      end: position?.end,
      label: tag,
      quote: optionalString(quote?.exact),
      prefix: optionalString(quote?.prefix),
      suffix: optionalString(quote?.suffix),
      status: described.status,
      note: optionalString(bodies.find((body) => body.purpose === 'commenting')?.value),
      attrs: described.attrs,
      created: optionalString(value.created),
      updated: optionalString(value.modified),
    });
  }
  return { spans, relations };
}

function describing(bodies: readonly Record<string, unknown>[]): {
  status?: unknown;
  attrs?: Record<string, unknown>;
} {
  const body = bodies.find((item) => item.purpose === 'describing' && item.format === 'application/json');
  if (typeof body?.value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(body.value);
    return isRecord(parsed)
      ? { status: parsed.status, attrs: isRecord(parsed.attrs) ? parsed.attrs : undefined }
      : {};
  } catch {
    return {};
  }
}

function listOf(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function* writeW3c(docs: Iterable<DatasetDocument>): Generator<string> {
  for (const doc of docs) {
    const spans = exportSpans(doc, { withRejected: true });
    const convert = offsetConverter(doc.text);
    const page = {
      '@context': JSON_LD_CONTEXT,
      id: `${doc.id}#annotations`,
      type: 'AnnotationPage',
      source: { id: doc.id, type: 'Text', format: 'text/plain', ...doc.meta, value: doc.text },
      items: [
        ...spans.map((span) => spanAnnotation(doc, convert, span)),
        ...doc.relations.map(linkAnnotation),
      ],
    };
    yield `${JSON.stringify(page)}\n`;
  }
}

function spanAnnotation(doc: DatasetDocument, convert: OffsetConverter, span: ExportSpan) {
  const before = convert.toUtf16(Math.max(0, span.cpStart - CONTEXT));
  const after = convert.toUtf16(Math.min(convert.codePointLength, span.cpEnd + CONTEXT));
  return {
    id: span.id,
    type: 'Annotation',
    motivation: 'tagging',
    creator: { type: 'Person', name: span.annotator },
    ...(span.created ? { created: span.created } : {}),
    ...(span.updated ? { modified: span.updated } : {}),
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: span.label },
      ...(span.note ? [{ type: 'TextualBody', purpose: 'commenting', value: span.note }] : []),
      describingBody({ status: span.status, attrs: span.attrs }),
    ],
    target: [
      {
        source: doc.id,
        selector: [
          { type: 'TextPositionSelector', start: span.cpStart, end: span.cpEnd },
          {
            type: 'TextQuoteSelector',
            exact: span.text,
            prefix: doc.text.slice(before, span.start),
            suffix: doc.text.slice(span.end, after),
          },
        ],
      },
    ],
  };
}

function linkAnnotation(relation: DatasetRelation) {
  return {
    id: relation.id,
    type: 'Annotation',
    motivation: 'linking',
    creator: { type: 'Person', name: relation.annotator },
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: relation.type },
      describingBody({ attrs: relation.attrs }),
    ],
    target: [relation.from, relation.to],
  };
}

function describingBody(value: Record<string, unknown>) {
  return {
    type: 'TextualBody',
    purpose: 'describing',
    format: 'application/json',
    value: JSON.stringify(value),
  };
}
