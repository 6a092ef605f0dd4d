import { describe, expect, it } from 'vitest';
import type { DatasetDocument } from '../dataset';
import { readDataset } from './read-dataset';
import { fixture, pythonSlice, relationsOf, roundTrip, spansOf } from './test-support';
import { writeDataset } from './write-dataset';

describe('W3C Web Annotation', () => {
  it('reads Hypothesis-style annotations against the text file they name', async () => {
    const read = await readDataset([fixture('hypothesis.jsonld'), fixture('artikel.txt')]);
    expect(read.format).toBe('w3c');
    expect(read.problems).toEqual([]);
    expect(read.documents).toHaveLength(1);
    const [doc] = read.documents;
    expect(spansOf(doc)).toEqual([
      'SOURCE Intelijen Amerika Serikat (AS) dan Korea Selatan@ana@hypothes.is',
      'CLAIM Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina@ana',
    ]);
    expect(doc?.spans[1]).toMatchObject({ id: 'urn:uuid:0b1d2a4e-2', note: 'angka dari NIS' });
    expect(doc?.meta.file).toBe('artikel.txt');
    expect(relationsOf(doc)).toEqual([
      'attributed_to: Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina → Intelijen Amerika Serikat (AS) dan Korea Selatan',
    ]);
  });

  it('says which source has no text', async () => {
    const read = await readDataset([fixture('hypothesis.jsonld')]);
    expect(read.documents).toEqual([]);
    expect(read.problems).toEqual([
      {
        file: 'hypothesis.jsonld',
        line: 2,
        message:
          'annotations of "https://example.org/berita/artikel.txt", but no text for it: give its text file too',
      },
    ]);
  });

  it('writes position and quote selectors with 32 code points of context', async () => {
    const { documents } = await readDataset([fixture('native.jsonl')]);
    const emoji = documents[2];
    const [line] = writeDataset('w3c', emoji ? [emoji] : []);
    const page = JSON.parse(line ?? '{}');
    const [position, quote] = page.items[1].target[0].selector;
    expect(position.type).toBe('TextPositionSelector');
    expect(pythonSlice(page.source.value, position.start, position.end)).toBe(quote.exact);
    expect(quote).toMatchObject({ exact: 'Seoul', suffix: '.' });
    expect(Array.from(quote.prefix as string)).toHaveLength(32);
  });

  it('keeps each document’s links with it when documents use the same span ids', async () => {
    // Span ids are unique within a document only: doccano's entity ids are 1, 2… in every line.
    const line = (text: string, claim: string, source: string) =>
      JSON.stringify({
        text,
        entities: [
          {
            id: 1,
            label: 'CLAIM',
            start_offset: text.indexOf(claim),
            end_offset: text.indexOf(claim) + claim.length,
          },
          {
            id: 2,
            label: 'SOURCE',
            start_offset: text.indexOf(source),
            end_offset: text.indexOf(source) + source.length,
          },
        ],
        relations: [{ id: 1, from_id: 1, to_id: 2, type: 'attributed_to' }],
      });
    const file = [
      line('Korea Utara mengirim tentara, kata Hayashi.', 'Korea Utara mengirim tentara', 'Hayashi'),
      line('Rusia menyerang lagi, menurut NIS hari ini.', 'Rusia menyerang lagi', 'NIS'),
    ].join('\n');
    const { documents } = await readDataset([{ name: 'colleague.jsonl', text: file }]);
    const [first, second] = documents.map((doc, i) => ({
      ...doc,
      spans: doc.spans.map((span, j) => ({ ...span, id: `s${j + 1}` })),
      relations: doc.relations.map((relation) => ({ ...relation, id: `r${i + 1}`, from: 's1', to: 's2' })),
    }));
    const again = await roundTrip('w3c', [first as DatasetDocument, second as DatasetDocument]);
    expect(again.problems).toEqual([]);
    expect(again.documents.map(relationsOf)).toEqual([
      ['attributed_to: Korea Utara mengirim tentara → Hayashi'],
      ['attributed_to: Rusia menyerang lagi → NIS'],
    ]);
  });

  it('round-trips spans with their statuses, notes, attributes, annotators and relations', async () => {
    const { documents } = await readDataset([fixture('native.jsonl')]);
    const again = await roundTrip('w3c', documents);
    expect(again.problems).toEqual([]);
    expect(again.documents).toEqual(documents);
  });
});
