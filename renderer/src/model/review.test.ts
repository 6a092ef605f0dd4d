import { describe, expect, it } from 'vitest';
import { REVIEWED, reviewItems } from './review';
import type { Label, Span } from './types';

const text = 'Intelijen AS mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara ke Rusia.';
let next = 0;
function span(annotator: string, surface: string, label: Label, attrs: Record<string, unknown> = {}): Span {
  const start = text.indexOf(surface);
  return {
    id: `${annotator}-${next++}`,
    docId: 'd',
    start,
    end: start + surface.length,
    label,
    annotator,
    status: 'accepted',
    note: '',
    attrs,
    created: '',
    updated: '',
  };
}

describe('reviewItems', () => {
  const a = [
    span('ana', 'Intelijen AS', 'SOURCE'),
    span('ana', 'lebih dari 10.000', 'QUANTITY'),
    span('ana', 'Korea Utara telah mengirim', 'CLAIM'),
  ];
  const b = [
    span('budi', 'Intelijen AS', 'SOURCE'),
    span('budi', '10.000', 'QUANTITY'),
    span('budi', 'Rusia', 'SOURCE'),
  ];

  it('sorts the two layers into agreed, boundary, only-in-A and only-in-B, in text order', () => {
    const items = reviewItems([...a, ...b], 'ana', 'budi');
    expect(
      items.map((item) => [
        item.kind,
        item.a && text.slice(item.a.start, item.a.end),
        item.b && text.slice(item.b.start, item.b.end),
      ]),
    ).toEqual([
      ['agreed', 'Intelijen AS', 'Intelijen AS'],
      ['only-a', 'Korea Utara telah mengirim', undefined],
      ['boundary', 'lebih dari 10.000', '10.000'],
      ['only-b', undefined, 'Rusia'],
    ]);
  });

  it('finds the decision recorded in the reviewed layer for each item', () => {
    const quantity = reviewItems([...a, ...b], 'ana', 'budi')[2];
    const decided = span(REVIEWED, 'lebih dari 10.000', 'QUANTITY', {
      reviewOf: [quantity?.b?.id, quantity?.a?.id],
    });
    const items = reviewItems([...a, ...b, decided], 'ana', 'budi');
    expect(items[2]?.decision?.id).toBe(decided.id);
    expect(items.filter((item) => item.decision)).toHaveLength(1);
  });
});
