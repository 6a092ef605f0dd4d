import { describe, expect, it } from 'vitest';
import { nativeJsonlLine } from './native-jsonl';
import { emptyCounts, type Label, type Span, type StoredDocument } from './types';

const text =
  '😀 Intelijen Amerika Serikat (AS) dan Korea Selatan mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara.';

function span(id: string, surface: string, label: Label): Span {
  const start = text.indexOf(surface);
  return {
    id,
    docId: 'sha256:x',
    start,
    end: start + surface.length,
    label,
    annotator: 'ana',
    status: 'accepted',
    note: '',
    attrs: {},
    created: '2026-11-24T00:00:00.000Z',
    updated: '2026-11-24T00:00:00.000Z',
  };
}

const doc: StoredDocument = {
  id: 'sha256:x',
  text,
  meta: { title: 'Intelijen', file: 'a.txt' },
  status: 'in_progress',
  counts: emptyCounts(),
  created: '2026-11-24T00:00:00.000Z',
  updated: '2026-11-24T00:00:00.000Z',
};

describe('native JSONL export', () => {
  const spans = [
    span('s1', 'Intelijen Amerika Serikat (AS) dan Korea Selatan', 'SOURCE'),
    span('s2', 'lebih dari 10.000', 'QUANTITY'),
  ];
  const line = nativeJsonlLine(doc, spans, []);

  it('writes one self-contained line ending in a newline', () => {
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    const parsed = JSON.parse(line);
    expect(parsed).toMatchObject({
      id: 'sha256:x',
      meta: { title: 'Intelijen', file: 'a.txt', status: 'in_progress' },
      offset_unit: 'codepoint',
      format: 'annotation-workbench/1',
      relations: [],
    });
  });

  it('gives code-point offsets under which the text slices to each span text', () => {
    const parsed = JSON.parse(line) as {
      text: string;
      spans: { start: number; end: number; text: string }[];
    };
    const codePoints = Array.from(parsed.text);
    for (const s of parsed.spans) {
      expect(codePoints.slice(s.start, s.end).join('')).toBe(s.text);
    }
    expect(parsed.spans.map((s) => s.text)).toEqual([
      'Intelijen Amerika Serikat (AS) dan Korea Selatan',
      'lebih dari 10.000',
    ]);
    // The emoji is one code point but two UTF-16 units.
    expect(parsed.spans[0]?.start).toBe((spans[0]?.start ?? 0) - 1);
  });
});
