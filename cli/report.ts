import type { DatasetRead } from '../renderer/src/model/formats/read-dataset';

export interface Finding {
  kind: 'problem' | 'reanchored' | 'orphaned';
  file: string;
  line?: number;
  message: string;
}

/** Every problem, re-anchored and orphaned span of a read, in file and line order. */
export function findings(read: DatasetRead): Finding[] {
  const all: Finding[] = [
    ...read.problems.map((problem) => ({ kind: 'problem' as const, ...problem })),
    ...read.reanchored.map((span) => ({
      kind: 'reanchored' as const,
      file: span.file,
      line: span.line,
      message: `span ${JSON.stringify(span.spanId)}: ${span.reason}; re-anchored by its quote (${span.status}) at ${span.to.start}…${span.to.end}`,
    })),
    ...read.orphaned.map((span) => ({
      kind: 'orphaned' as const,
      file: span.file,
      line: span.line,
      message: `span ${JSON.stringify(span.spanId)}: ${span.reason}; not imported`,
    })),
  ];
  return all.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

export function showFinding(finding: Finding): string {
  return `${finding.file}${finding.line === undefined ? '' : `:${finding.line}`}: ${finding.message}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
