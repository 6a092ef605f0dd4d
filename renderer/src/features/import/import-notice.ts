import type { ImportReport } from './import-articles';

/** Says what an import did in words: how many were added, which were already there, which failed and why. */
export function describeImport(report: ImportReport): {
  kind: 'info' | 'error';
  title: string;
  lines: string[];
} {
  const parts: string[] = [];
  if (report.added.length) parts.push(`Imported ${plural(report.added.length, 'article')}`);
  if (report.existing.length)
    parts.push(`${plural(report.existing.length, 'article')} already in the library`);
  if (report.failed.length) parts.push(`${plural(report.failed.length, 'file')} could not be imported`);
  const lines = [
    ...report.failed.map((f) => `${f.file}: ${f.error}`),
    ...report.existing.map((e) => `${e.file}: already there as “${e.title}”`),
  ];
  return {
    kind: report.failed.length ? 'error' : 'info',
    title: parts.length ? `${parts.join('; ')}.` : 'Nothing to import.',
    lines,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
