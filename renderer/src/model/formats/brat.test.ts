import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DatasetDocument } from '../dataset';
import { readDataset } from './read-dataset';
import { fixture, keptSpans, relationsOf, roundTrip, spansOf } from './test-support';
import { writeDataset } from './write-dataset';

describe('brat standoff', () => {
  it('reads a .txt and .ann pair: text-bound spans, relations and annotator notes', async () => {
    const read = await readDataset([fixture('kompas-japan.ann'), fixture('kompas-japan.txt')], {
      annotator: 'dewi',
    });
    expect(read.format).toBe('brat');
    expect(read.problems).toEqual([]);
    const [doc] = read.documents;
    expect(spansOf(doc)).toEqual([
      'CLAIM Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan@dewi',
      'SOURCE Kepala Staf Gabungan Korsel@dewi',
      'SOURCE The Japan Times@dewi',
      'QUANTITY lebih dari 10.000@dewi',
    ]);
    expect(doc?.spans[2]?.note).toBe('media yang mengutip (relay)');
    expect(doc?.meta.file).toBe('kompas-japan.txt');
    expect(relationsOf(doc)).toHaveLength(2);
  });

  it('names the missing .txt of an .ann', async () => {
    const read = await readDataset([fixture('kompas-japan.ann')]);
    expect(read.problems).toEqual([
      { file: 'kompas-japan.ann', message: 'no kompas-japan.txt given beside it: brat needs both' },
    ]);
  });

  it('writes a zip of .txt/.ann per document that reads back the same', async () => {
    const { documents } = await readDataset([fixture('native.jsonl')]);
    const zip = writeDataset('brat', documents);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual([
      'emoji.ann',
      'emoji.txt',
      'kompas-000.ann',
      'kompas-000.txt',
      'kompas-001.ann',
      'kompas-001.txt',
    ]);
    const again = await roundTrip('brat', documents);
    expect(again.problems).toEqual([]);
    const byId = (docs: readonly DatasetDocument[]) => [...docs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(again.documents).map((doc) => keptSpans(doc, { annotators: false }))).toEqual(
      byId(documents).map((doc) => keptSpans(doc, { annotators: false })),
    );
    expect(byId(again.documents).map(relationsOf)).toEqual(byId(documents).map(relationsOf));
  });

  it('writes a span over a line break as fragments and reads it whole', async () => {
    const text = 'Kata Seoul:\nKorea Utara mengirim\n\npasukan tambahan.';
    const start = text.indexOf('Korea');
    const doc: DatasetDocument = {
      id: 'sha256:x',
      text,
      meta: { title: 't', file: 'baris.txt' },
      spans: [
        {
          id: 'a',
          start,
          end: text.length - 1,
          label: 'CLAIM',
          annotator: 'ana',
          status: 'accepted',
          note: '',
          attrs: {},
        },
      ],
      relations: [],
    };
    const ann = strFromU8(unzipSync(writeDataset('brat', [doc]))['baris.ann'] ?? new Uint8Array());
    expect(ann).toBe('T1\tCLAIM 12 32;34 50\tKorea Utara mengirim pasukan tambahan\n');
    const again = await roundTrip('brat', [doc]);
    expect(again.problems).toEqual([]);
    expect(spansOf(again.documents[0])).toEqual(['CLAIM Korea Utara mengirim\n\npasukan tambahan@unknown']);
  });
});
