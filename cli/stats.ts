import type { DatasetDocument } from '../renderer/src/model/dataset';
import { LABELS } from '../renderer/src/model/types';
import { parseCommand } from './arguments';
import { type Command, EXIT } from './command';
import { loadDataset } from './load';
import { findings, showFinding } from './report';

const USAGE = `Usage: tandai stats <file…> [--annotator <name>] [--json]

Counts documents, relations, and spans per label and per annotator.

  --annotator <name>  who did the work, for files that do not say
  --json              print the counts as JSON
`;

export interface Stats {
  format: string;
  documents: number;
  spans: number;
  relations: number;
  /** annotator → label → spans */
  byAnnotator: Record<string, Record<string, number>>;
  byLabel: Record<string, number>;
  byStatus: Record<string, number>;
}

export const stats: Command = {
  summary: 'count documents and spans per label and annotator',
  async run(args, io) {
    const parsed = await parseCommand(
      args,
      { annotator: { type: 'string' }, json: { type: 'boolean' } },
      USAGE,
      io,
    );
    if (parsed.kind === 'exit') return parsed.code;
    const { annotator, json } = parsed.values;
    const { read, errors } = await loadDataset(
      parsed.files,
      typeof annotator === 'string' ? annotator : undefined,
    );
    for (const line of [...errors, ...findings(read).map(showFinding)]) io.err(`${line}\n`);
    if (read.documents.length === 0) {
      io.err('no documents in the input\n');
      return EXIT.problems;
    }
    const counts = countSpans(read.format, read.documents);
    await io.out(json === true ? `${JSON.stringify(counts, null, 2)}\n` : table(counts));
    return EXIT.ok;
  },
};

export function countSpans(format: string, documents: readonly DatasetDocument[]): Stats {
  const counts: Stats = {
    format,
    documents: documents.length,
    spans: 0,
    relations: 0,
    byAnnotator: {},
    byLabel: Object.fromEntries(LABELS.map((label) => [label, 0])),
    byStatus: {},
  };
  for (const doc of documents) {
    counts.relations += doc.relations.length;
    for (const span of doc.spans) {
      counts.spans++;
      counts.byLabel[span.label] = (counts.byLabel[span.label] ?? 0) + 1;
      counts.byStatus[span.status] = (counts.byStatus[span.status] ?? 0) + 1;
      const row = counts.byAnnotator[span.annotator] ?? Object.fromEntries(LABELS.map((label) => [label, 0]));
      counts.byAnnotator[span.annotator] = row;
      row[span.label] = (row[span.label] ?? 0) + 1;
    }
  }
  return counts;
}

function table(counts: Stats): string {
  const statuses = Object.entries(counts.byStatus)
    .map(([status, count]) => `${status} ${count}`)
    .join(', ');
  const head = [
    `format     ${counts.format}`,
    `documents  ${counts.documents}`,
    `spans      ${counts.spans}${statuses ? ` (${statuses})` : ''}`,
    `relations  ${counts.relations}`,
  ];
  const rows = [
    ['annotator', ...LABELS, 'total'],
    ...Object.entries(counts.byAnnotator)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, row]) => [name, ...LABELS.map((label) => String(row[label] ?? 0)), String(total(row))]),
    ['total', ...LABELS.map((label) => String(counts.byLabel[label] ?? 0)), String(counts.spans)],
  ];
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const lines = rows.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  '),
  );
  return `${head.join('\n')}\n\n${lines.join('\n')}\n`;
}

function total(row: Record<string, number>): number {
  return Object.values(row).reduce((sum, count) => sum + count, 0);
}
