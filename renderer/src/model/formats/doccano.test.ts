import { describe, expect, it } from 'vitest';
import { readDataset } from './read-dataset';
import { fixture, keptSpans, relationsOf, roundTrip, spansOf } from './test-support';

describe('doccano', () => {
  it('reads the label-tuple shape, mapping labels case-insensitively', async () => {
    const read = await readDataset([fixture('doccano-label.jsonl')], { annotator: 'citra' });
    expect(read.format).toBe('doccano');
    expect(read.problems).toEqual([]);
    expect(spansOf(read.documents[0])).toEqual([
      'SOURCE Intelijen Amerika Serikat (AS) dan Korea Selatan@citra',
      'CLAIM Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina@citra',
      'QUANTITY lebih dari 10.000@citra',
    ]);
    expect(spansOf(read.documents[1])).toEqual([
      'CLAIM Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan@citra',
      'QUANTITY 3.000@citra',
      'SOURCE Kepala Staf Gabungan Korsel@citra',
    ]);
  });

  it('reads the entities / relations shape, in code points after an emoji', async () => {
    const read = await readDataset([fixture('doccano-entities.jsonl')]);
    expect(read.problems).toEqual([]);
    expect(relationsOf(read.documents[0])).toEqual([
      'attributed_to: Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina → Intelijen Amerika Serikat (AS) dan Korea Selatan',
      'part_of: lebih dari 10.000 → Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
    ]);
    expect(spansOf(read.documents[1])).toEqual(['QUANTITY Sekitar 12.000@unknown']);
  });

  it('writes entities and relations that read back the same, one line per annotator', async () => {
    const { documents } = await readDataset([fixture('native.jsonl')]);
    const again = await roundTrip('doccano', documents);
    expect(again.problems).toEqual([]);
    expect(again.documents.map((doc) => keptSpans(doc))).toEqual(documents.map((doc) => keptSpans(doc)));
    expect(again.documents.map(relationsOf)).toEqual(documents.map(relationsOf));
  });
});
