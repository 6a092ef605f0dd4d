import { describe, expect, it } from 'vitest';
import type { DatasetDocument } from '../dataset';
import { readDataset } from './read-dataset';
import { fixture, keptSpans, roundTrip } from './test-support';
import { WRITE_FORMATS, writeDataset } from './write-dataset';

const READABLE = ['native', 'doccano', 'prodigy', 'label-studio', 'brat', 'w3c'] as const;

async function fixtureDocuments(): Promise<DatasetDocument[]> {
  return (await readDataset([fixture('native.jsonl')])).documents;
}

describe('writeDataset', () => {
  it.each(READABLE)('%s output reads back as the same spans', async (format) => {
    const documents = await fixtureDocuments();
    const again = await roundTrip(format, documents);
    expect(again.format).toBe(format);
    expect(again.problems).toEqual([]);
    expect(again.reanchored).toEqual([]);
    const sorted = (docs: readonly DatasetDocument[]) => [...docs].sort((a, b) => a.id.localeCompare(b.id));
    // brat has no place for annotators.
    const annotators = format !== 'brat';
    expect(sorted(again.documents).map((doc) => keptSpans(doc, { annotators }))).toEqual(
      sorted(documents).map((doc) => keptSpans(doc, { annotators })),
    );
  });

  it('gives text formats as chunks, one document at a time, pulling documents only as it goes', async () => {
    const documents = await fixtureDocuments();
    for (const format of WRITE_FORMATS) {
      if (format === 'brat') continue;
      let pulled = 0;
      const lazy = (function* () {
        for (const doc of documents) {
          pulled++;
          yield doc;
        }
      })();
      const chunks = writeDataset(format, lazy)[Symbol.iterator]();
      chunks.next();
      expect(pulled, format).toBeLessThanOrEqual(1);
      const rest = [...{ [Symbol.iterator]: () => chunks }];
      expect(rest.length, format).toBeGreaterThanOrEqual(2);
      expect(pulled, format).toBe(documents.length);
    }
  });

  it('gives brat as the bytes of a zip', async () => {
    const zip = writeDataset('brat', await fixtureDocuments());
    expect(zip).toBeInstanceOf(Uint8Array);
    expect([...zip.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});
