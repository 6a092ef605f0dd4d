import { describe, expect, it } from 'vitest';
import { readDataset } from './read-dataset';
import { fixture, keptSpans, relationsOf, roundTrip, spansOf } from './test-support';

describe('Label Studio JSON', () => {
  it('reads each annotation as its annotator’s spans, with notes, relations and predictions', async () => {
    const read = await readDataset([fixture('label-studio.json')]);
    expect(read.format).toBe('label-studio');
    expect(read.problems).toEqual([]);
    const [first, emoji] = read.documents;
    expect(spansOf(first)).toEqual([
      'SOURCE Intelijen Amerika Serikat (AS) dan Korea Selatan@1',
      'CLAIM Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina@1',
      'QUANTITY lebih dari 10.000@budi@example.org',
      'CLAIM Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina@budi@example.org',
    ]);
    expect(first?.spans[1]?.note).toBe('perlu sumber kedua');
    // The second annotation's relation has no label: part_of follows from QUANTITY → CLAIM.
    expect(relationsOf(first)).toEqual([
      'attributed_to: Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina → Intelijen Amerika Serikat (AS) dan Korea Selatan',
      'part_of: lebih dari 10.000 → Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
    ]);
    expect(new Set(first?.spans.map((span) => span.id)).size).toBe(4);
    expect(spansOf(emoji)).toEqual(['QUANTITY Sekitar 12.000@quantity-rules-1']);
    expect(emoji?.spans[0]?.status).toBe('suggested');
  });

  it('round-trips spans, annotators, suggestions, notes and relations', async () => {
    const { documents } = await readDataset([fixture('native.jsonl')]);
    const again = await roundTrip('label-studio', documents);
    expect(again.problems).toEqual([]);
    expect(again.documents.map((doc) => keptSpans(doc))).toEqual(documents.map((doc) => keptSpans(doc)));
    expect(again.documents.map(relationsOf)).toEqual(documents.map(relationsOf));
    expect(again.documents[0]?.spans.find((span) => span.label === 'CLAIM')?.note).toBe(
      'dicek ke laporan NIS',
    );
    expect(again.documents[1]?.spans.find((span) => span.label === 'QUANTITY')?.status).toBe('suggested');
  });
});
