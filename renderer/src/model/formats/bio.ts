import type { DatasetDocument } from '../dataset';
import { LABELS, type Label } from '../types';
import { byAnnotator, type ExportSpan } from './export-spans';
import { type Token, tokenize, tokenRange } from './tokens';

// Token-level BIO for Hugging Face token classification, one tag column per label: a claim holds
// its quantities, and one column could not say both. One line per document and annotator.

export const BIO_COLUMNS: Record<Label, string> = {
  CLAIM: 'claim_tags',
  SOURCE: 'source_tags',
  QUANTITY: 'quantity_tags',
};

export function* writeBio(docs: Iterable<DatasetDocument>): Generator<string> {
  for (const doc of docs) {
    const tokens = tokenize(doc.text);
    const groups = byAnnotator(doc);
    if (groups.length === 0) groups.push({ annotator: '', spans: [], relations: [] });
    for (const group of groups) {
      const line: Record<string, unknown> = { id: doc.id, tokens: tokens.map((token) => token.text) };
      if (group.annotator) line.annotator = group.annotator;
      for (const label of LABELS) line[BIO_COLUMNS[label]] = tags(tokens, group.spans, label);
      yield `${JSON.stringify(line)}\n`;
    }
  }
}

/** B-/I- on the tokens each span of the label overlaps; where two overlap, the earlier span wins. */
function tags(tokens: readonly Token[], spans: readonly ExportSpan[], label: Label): string[] {
  const column = tokens.map(() => 'O');
  for (const span of spans) {
    if (span.label !== label) continue;
    const range = tokenRange(tokens, span.start, span.end);
    if (!range || column[range.first] !== 'O') continue;
    column[range.first] = `B-${label}`;
    for (let i = range.first + 1; i <= range.last && column[i] === 'O'; i++) column[i] = `I-${label}`;
  }
  return column;
}
