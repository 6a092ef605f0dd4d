import { describe, expect, it } from 'vitest';
import { readDataset } from './read-dataset';
import { fixture, keptSpans, relationsOf, roundTrip, spansOf } from './test-support';
import { writeDataset } from './write-dataset';

describe('Prodigy / spaCy JSONL', () => {
  it('reads spans, the session as annotator, the answer as status, and relations', async () => {
    const read = await readDataset([fixture('prodigy.jsonl')]);
    expect(read.format).toBe('prodigy');
    expect(read.problems).toEqual([]);
    const [first, emoji] = read.documents;
    expect(spansOf(first)).toEqual([
      'SOURCE Intelijen Amerika Serikat (AS) dan Korea Selatan@intel-ana',
      'CLAIM Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina@intel-ana',
      'QUANTITY lebih dari 10.000@intel-ana',
    ]);
    expect(relationsOf(first)).toEqual([
      'attributed_to: Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina → Intelijen Amerika Serikat (AS) dan Korea Selatan',
    ]);
    expect(spansOf(emoji)).toEqual(['QUANTITY Sekitar 12.000@intel-budi']);
    expect(emoji?.spans[0]?.status).toBe('rejected');
  });

  it('writes whole-number tokens and inclusive token_end', async () => {
    const { documents } = await readDataset([fixture('prodigy.jsonl')]);
    const [line] = writeDataset('prodigy', documents);
    const task = JSON.parse(line ?? '{}') as {
      tokens: { text: string }[];
      spans: { token_start: number; token_end: number; label: string }[];
    };
    const quantity = task.spans.find((span) => span.label === 'QUANTITY');
    expect(
      task.tokens.slice(quantity?.token_start, (quantity?.token_end ?? 0) + 1).map((token) => token.text),
    ).toEqual(['lebih', 'dari', '10.000']);
  });

  it('round-trips spans, annotators and relations', async () => {
    const { documents } = await readDataset([fixture('native.jsonl')]);
    const again = await roundTrip('prodigy', documents);
    expect(again.problems).toEqual([]);
    expect(again.documents.map((doc) => keptSpans(doc))).toEqual(documents.map((doc) => keptSpans(doc)));
    expect(again.documents.map(relationsOf)).toEqual(documents.map(relationsOf));
  });
});
