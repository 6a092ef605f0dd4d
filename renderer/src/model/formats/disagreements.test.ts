import { describe, expect, it } from 'vitest';
import type { DatasetDocument, DatasetSpan } from '../dataset';
import { writeDisagreements } from './disagreements';

const text = '😀 Korea Utara telah mengirim lebih dari 10.000 tentara ke Rusia.';
function span(id: string, annotator: string, surface: string, label: DatasetSpan['label']): DatasetSpan {
  const start = text.indexOf(surface);
  return {
    id,
    start,
    end: start + surface.length,
    label,
    annotator,
    status: 'accepted',
    note: '',
    attrs: {},
  };
}

describe('writeDisagreements', () => {
  const doc: DatasetDocument = {
    id: 'sha256:d',
    text,
    meta: { title: 'Korea', file: 'k.txt' },
    spans: [
      span('a1', 'ana', 'lebih dari 10.000', 'QUANTITY'),
      span('b1', 'budi', '10.000', 'QUANTITY'),
      span('a2', 'ana', 'Korea Utara', 'SOURCE'),
      span('b2', 'budi', 'Korea Utara', 'SOURCE'),
      span('b3', 'budi', 'Rusia', 'SOURCE'),
    ],
    relations: [],
  };

  it('writes one line per disagreement with both versions, in code points, and none for agreement', () => {
    const lines = [...writeDisagreements([doc], 'ana', 'budi')].map((line) => JSON.parse(line));
    expect(lines.map((line) => line.kind)).toEqual(['boundary', 'only-b']);
    const [boundary, onlyB] = lines;
    expect(boundary.a).toMatchObject({ label: 'QUANTITY', text: 'lebih dari 10.000' });
    expect(boundary.b).toMatchObject({ label: 'QUANTITY', text: '10.000' });
    const codePoints = Array.from(text);
    for (const version of [boundary.a, boundary.b, onlyB.b]) {
      expect(codePoints.slice(version.start, version.end).join('')).toBe(version.text);
    }
    expect(onlyB.a).toBeNull();
    expect(boundary.context).toContain('telah mengirim lebih dari 10.000 tentara');
  });
});
