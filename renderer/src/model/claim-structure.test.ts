import { describe, expect, it } from 'vitest';
import { claimStructures } from './claim-structure';
import type { Label, Relation, Span } from './types';

const text =
  '“Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan,” kata Kepala Staf Gabungan Korsel dikutip dari The Japan Times.';

function span(id: string, surface: string, label: Label): Span {
  const start = text.indexOf(surface);
  return {
    id,
    docId: 'd',
    start,
    end: start + surface.length,
    label,
    annotator: 'ana',
    status: 'accepted',
    note: '',
    attrs: {},
    created: '',
    updated: '',
  };
}
const relation = (
  id: string,
  from: string,
  to: string,
  type: Relation['type'] = 'attributed_to',
): Relation => ({
  id,
  docId: 'd',
  type,
  from,
  to,
  attrs: {},
  annotator: 'ana',
});

describe('claimStructures', () => {
  const claim = span(
    'c',
    'Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan',
    'CLAIM',
  );
  const quantity = span('q', '3.000', 'QUANTITY');
  const primary = span('p', 'Kepala Staf Gabungan Korsel', 'SOURCE');
  const relay = span('r', 'The Japan Times', 'SOURCE');

  it('gives worked example 2: one claim, its two sources in text order, the quantity inside it', () => {
    const structure = claimStructures(
      [claim, quantity, primary, relay],
      [relation('1', 'c', 'r'), relation('2', 'c', 'p')],
    ).get('c');
    expect(structure?.sources.map((s) => text.slice(s.source.start, s.source.end))).toEqual([
      'Kepala Staf Gabungan Korsel',
      'The Japan Times',
    ]);
    expect(structure?.quantities.map((q) => text.slice(q.start, q.end))).toEqual(['3.000']);
  });

  it('adds a stored part_of for a quantity outside the claim, and lists a contained one once', () => {
    const short = span('s', 'Saat ini diperkirakan tambahan', 'CLAIM');
    const linked = claimStructures([short, quantity], [relation('1', 'q', 's', 'part_of')]).get('s');
    expect(linked?.quantities.map((q) => text.slice(q.start, q.end))).toEqual(['3.000']);
    const both = claimStructures([claim, quantity], [relation('1', 'q', 'c', 'part_of')]).get('c');
    expect(both?.quantities.map((q) => text.slice(q.start, q.end))).toEqual(['3.000']);
    expect(claimStructures([short, quantity], []).get('s')?.quantities).toEqual([]);
  });

  it('ignores relations whose ends are gone', () => {
    const structure = claimStructures([claim], [relation('1', 'c', 'missing')]).get('c');
    expect(structure?.sources).toEqual([]);
  });
});
