import { basename, extname, resolve } from 'node:path';
import {
  type AgreementDocument,
  agreementCsv,
  agreementReport,
  agreementTable,
} from '../renderer/src/model/agreement/agreement-report';
import type { Annotations } from '../renderer/src/model/agreement/relation-f1';
import type { DatasetDocument } from '../renderer/src/model/dataset';
import { tokenize } from '../renderer/src/model/tokenize';
import { isLabel, LABELS, type Label } from '../renderer/src/model/types';
import { parseCommand, usageError } from './arguments';
import { EXIT } from './command';
import type { Io } from './io';
import { loadDataset } from './load';
import { findings, plural, showFinding } from './report';

const USAGE = `Usage: tandai agree <file…> [--labels <label,…>] [--json | --csv]

Agreement between annotators, as in the guideline: pairwise span F1 per label, exact and overlap,
token kappa and relation F1, for the corpus and per document, with a pair matrix for three or more.

Each file is read in any format tandai reads, and its spans are grouped by annotator; spans that name
none belong to the file, named after it (ana.jsonl: ana). An annotator named in two files is two
annotators, "ana (a.jsonl)" and "ana (b.jsonl)". Documents match across files by their text; only
those that two annotators or more have are compared. Rejected spans do not count. A .txt or .md
given with the files is the text of brat or W3C annotations, not an annotator.

  --labels <label,…>  compare only these labels, e.g. CLAIM,SOURCE
  --json              print the report as JSON
  --csv               print it as CSV, one row per scope, pair and label

Problems go to stderr, one "file:line: what" each; what could be read is still compared, and the
exit code is 1. The exit code is 2 when there are not two annotators, or no document they share.
`;

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

/** One annotator's work from one file: the unit compared. */
interface Layer {
  file: string;
  /** The annotator the spans name, or the file's name for spans that name none. */
  annotator: string;
  /** As reported: the annotator, with the file added when another file has the same annotator. */
  name: string;
  /** Document id → what this annotator marked in it (nothing, when they read it and found nothing). */
  documents: Map<string, Annotations>;
}

interface Layers {
  layers: Layer[];
  /** Document id → text. */
  texts: Map<string, string>;
  /** Files that could not be read and findings in those that could, as "file:line: what". */
  problems: string[];
}

export async function agree(args: string[], io: Io): Promise<number> {
  const parsed = await parseCommand(
    args,
    { labels: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } },
    USAGE,
    io,
  );
  if (parsed.kind === 'exit') return parsed.code;
  const { labels: labelList, json, csv } = parsed.values;
  if (json === true && csv === true) return usageError('give --json or --csv, not both', USAGE, io).code;
  const chosen = typeof labelList === 'string' ? parseLabels(labelList) : { labels: [...LABELS] };
  if ('error' in chosen) return usageError(chosen.error, USAGE, io).code;

  const { layers, texts, problems } = await readLayers(parsed.files, chosen.labels);
  for (const line of problems) io.err(`${line}\n`);
  if (layers.length < 2) {
    const found = layers.length === 0 ? '' : ` (${layers.map(describe).join(', ')})`;
    io.err(
      `tandai agree: found ${plural(layers.length, 'annotator')}${found}; agreement needs two or more\n`,
    );
    return EXIT.usage;
  }
  const documents = sharedDocuments(layers, texts);
  if (documents.length === 0) {
    const counts = layers.map((layer) => `${describe(layer)}: ${plural(layer.documents.size, 'document')}`);
    io.err(
      `tandai agree: no document is annotated by two of the ${layers.length} annotators (${counts.join(', ')}); ` +
        'documents match when their text is the same\n',
    );
    return EXIT.usage;
  }

  const annotators = layers
    .map((layer) => layer.name)
    .filter((name) => documents.some((doc) => Object.hasOwn(doc.byAnnotator, name)));
  const report = agreementReport(documents, { labels: chosen.labels, annotators });
  if (json === true) await io.out(`${JSON.stringify(report, null, 2)}\n`);
  else if (csv === true) await io.out(agreementCsv(report));
  else await io.out(agreementTable(report));
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}

function parseLabels(list: string): { labels: Label[] } | { error: string } {
  const names = [
    ...new Set(
      list
        .split(',')
        .map((name) => name.trim().toUpperCase())
        .filter((name) => name !== ''),
    ),
  ];
  const expected = `expected ${LABELS.join(', ')}`;
  const unknown = names.find((name) => !isLabel(name));
  if (unknown !== undefined) return { error: `--labels: unknown label "${unknown}" (${expected})` };
  const labels = names.filter(isLabel);
  return labels.length > 0 ? { labels } : { error: `--labels: give at least one label (${expected})` };
}

/**
 * Reads every annotation file on its own (with the text files given, which brat and W3C may need) and
 * splits it into layers, one per annotator; names the layers so that no two files share one.
 */
async function readLayers(paths: readonly string[], labels: readonly Label[]): Promise<Layers> {
  const unique = [...new Map(paths.map((path) => [resolve(path), path])).values()];
  const textFiles = unique.filter((path) => TEXT_EXTENSIONS.has(extname(path).toLowerCase()));
  const annotated = unique.filter((path) => !textFiles.includes(path));
  const problems = new Set<string>();
  const texts = new Map<string, string>();
  const layers: Layer[] = [];

  // A document read from the given texts alone, with no span from the file itself, is not the file's.
  const textOnly = new Set<string>();
  if (textFiles.length > 0) {
    const { read, errors } = await loadDataset(textFiles, undefined);
    for (const line of [...errors, ...findings(read).map(showFinding)]) problems.add(line);
    for (const doc of read.documents) textOnly.add(doc.id);
  }
  const reads = await Promise.all(annotated.map((file) => loadDataset([file, ...textFiles], undefined)));
  for (const [index, { read, errors }] of reads.entries()) {
    const file = annotated[index] ?? '';
    for (const line of [...errors, ...findings(read).map(showFinding)]) problems.add(line);
    const own = read.documents.filter(
      (doc) => !textOnly.has(doc.id) || doc.spans.length > 0 || doc.relations.length > 0,
    );
    for (const doc of own) texts.set(doc.id, doc.text);
    layers.push(...layersOf(file, own, labels));
  }

  const filesOf = new Map<string, Set<string>>();
  for (const layer of layers)
    filesOf.set(layer.annotator, (filesOf.get(layer.annotator) ?? new Set()).add(layer.file));
  for (const layer of layers) {
    if ((filesOf.get(layer.annotator)?.size ?? 0) > 1)
      layer.name = `${layer.annotator} (${fileLabel(layer.file, unique)})`;
  }
  return { layers, texts, problems: [...problems] };
}

/**
 * A file's layers. With one annotator, every document of the file is theirs, marked or not; with
 * several, an annotator has the documents where they marked a span (even one rejected or not compared).
 */
function layersOf(file: string, documents: readonly DatasetDocument[], labels: readonly Label[]): Layer[] {
  const fileName = basename(file, extname(file));
  const annotatorOf = (named: string) => (named === '' || named === 'unknown' ? fileName : named);
  const names = [
    ...new Set(documents.flatMap((doc) => doc.spans.map((span) => annotatorOf(span.annotator)))),
  ];
  if (names.length === 0) names.push(fileName);
  const layers = names
    .sort()
    .map((annotator): Layer => ({ file, annotator, name: annotator, documents: new Map() }));
  for (const doc of documents) {
    for (const layer of layers) {
      const marked = doc.spans.filter((span) => annotatorOf(span.annotator) === layer.annotator);
      if (layers.length > 1 && marked.length === 0) continue;
      const spans = marked
        .filter((span) => span.status !== 'rejected' && labels.includes(span.label))
        .map(({ id, start, end, label }) => ({ id, start, end, label }));
      const ids = new Set(spans.map((span) => span.id));
      const relations = doc.relations
        .filter((relation) => ids.has(relation.from) && ids.has(relation.to))
        .map(({ type, from, to }) => ({ type, from, to }));
      layer.documents.set(doc.id, { spans, relations });
    }
  }
  return layers.filter((layer) => layer.documents.size > 0);
}

/** The documents that two layers or more have, in the order first read, with every layer's work. */
function sharedDocuments(layers: readonly Layer[], texts: ReadonlyMap<string, string>): AgreementDocument[] {
  const byDocument = new Map<string, Record<string, Annotations>>();
  for (const layer of layers) {
    for (const [id, work] of layer.documents) {
      const byAnnotator = byDocument.get(id) ?? {};
      byAnnotator[layer.name] = work;
      byDocument.set(id, byAnnotator);
    }
  }
  return [...byDocument]
    .filter(([, byAnnotator]) => Object.keys(byAnnotator).length >= 2)
    .map(([docId, byAnnotator]) => {
      const text = texts.get(docId) ?? '';
      return { docId, text, tokens: tokenize(text), byAnnotator };
    });
}

/** The file's name, or the path as given when another file given has the same name. */
function fileLabel(file: string, files: readonly string[]): string {
  const name = basename(file);
  return files.filter((other) => basename(other) === name).length > 1 ? file : name;
}

function describe(layer: Layer): string {
  return layer.name === layer.annotator ? `${layer.name} in ${layer.file}` : layer.name;
}
