import { describe, expect, it } from 'vitest';
import { readDataset } from './read-dataset';
import { fixture } from './test-support';
import { writeDataset } from './write-dataset';

/** A minimal RFC 4180 parser, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

describe('CSV', () => {
  it('writes one row per claim with its sources, roles, cues and quantities', async () => {
    const { documents } = await readDataset([fixture('native.jsonl')]);
    const text = [...writeDataset('csv', documents)].join('');
    expect(text.startsWith('\uFEFFdoc_id,title,claim_id,')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    const records = rows.map((row) =>
      Object.fromEntries(header?.map((name, index) => [name, row[index]]) ?? []),
    );
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      claim_id: 's-claim',
      annotator: 'ana',
      start: '64',
      end: '154',
      claim: 'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
      note: 'dicek ke laporan NIS',
      sources: 'Intelijen Amerika Serikat (AS) dan Korea Selatan',
      source_roles: 'primary',
      source_cues: 'mengungkapkan',
      quantities: 'lebih dari 10.000',
      quantity_values: '> 10000',
    });
    // The rejected relay is left out; the suggested quantity inside the claim is in.
    expect(records[1]).toMatchObject({
      sources: 'Kepala Staf Gabungan Korsel',
      quantities: '3.000',
      quantity_values: '3000',
    });
  });

  it('quotes fields with quotes, commas and line breaks (RFC 4180)', async () => {
    const { documents } = await readDataset([fixture('native.jsonl')]);
    const doc = documents[0];
    if (!doc) throw new Error('fixture');
    const noted = {
      ...doc,
      meta: { ...doc.meta, title: 'Intelijen, "AS"\ndan Korsel' },
      spans: doc.spans.map((span) =>
        span.label === 'CLAIM' ? { ...span, note: 'baris 1\r\nbaris "2"' } : span,
      ),
    };
    const text = [...writeDataset('csv', [noted])].join('');
    expect(text).toContain('"Intelijen, ""AS""\ndan Korsel"');
    expect(text).toContain('"baris 1\r\nbaris ""2"""');
    const [, row] = parseCsv(text.slice(1));
    expect(row?.[1]).toBe('Intelijen, "AS"\ndan Korsel');
    expect(row?.[8]).toBe('baris 1\r\nbaris "2"');
  });
});
