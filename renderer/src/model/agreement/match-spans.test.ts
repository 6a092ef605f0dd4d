import { describe, expect, it } from 'vitest';
import { matchSpans, overlapLength, type SpanLike, type SpanMatch } from './match-spans';

// Guideline example 1, cut to the claim: offsets counted by hand.
//   "Korea Utara telah mengirim " is 27 code units, so "lebih dari 10.000" is [27,44)
//   and "10.000" is [38,44); "tentara" is [45,52).
const SENTENCE = 'Korea Utara telah mengirim lebih dari 10.000 tentara';

function span(id: string, start: number, end: number, label: string): SpanLike {
  return { id, start, end, label };
}

function textOf(match: SpanMatch, side: 'a' | 'b'): string | undefined {
  const s = match[side];
  return s && SENTENCE.slice(s.start, s.end);
}

function summary(matches: SpanMatch[]): string[] {
  return matches.map((m) => `${m.kind} ${m.a?.id ?? '-'} ${m.b?.id ?? '-'}`);
}

describe('overlapLength', () => {
  it('counts shared code units; touching spans share none', () => {
    expect(overlapLength(span('x', 27, 44, 'Q'), span('y', 38, 44, 'Q'))).toBe(6);
    expect(overlapLength(span('x', 0, 5, 'Q'), span('y', 5, 9, 'Q'))).toBe(0);
    expect(overlapLength(span('x', 0, 5, 'Q'), span('y', 7, 9, 'Q'))).toBe(0);
  });
});

describe('matchSpans', () => {
  it('calls "lebih dari 10.000" against "10.000" a boundary disagreement', () => {
    const a = [span('a1', 27, 44, 'QUANTITY')];
    const b = [span('b1', 38, 44, 'QUANTITY')];
    const matches = matchSpans(a, b);
    expect(summary(matches)).toEqual(['boundary a1 b1']);
    const [match] = matches;
    if (!match) throw new Error('no match');
    expect(textOf(match, 'a')).toBe('lebih dari 10.000');
    expect(textOf(match, 'b')).toBe('10.000');
  });

  it('agrees on identical spans', () => {
    const matches = matchSpans([span('a1', 27, 44, 'QUANTITY')], [span('b1', 27, 44, 'QUANTITY')]);
    expect(summary(matches)).toEqual(['agreed a1 b1']);
  });

  it('calls the same extent with another label a label disagreement', () => {
    const matches = matchSpans([span('a1', 27, 44, 'QUANTITY')], [span('b1', 27, 44, 'CLAIM')]);
    expect(summary(matches)).toEqual(['label a1 b1']);
  });

  it('leaves spans without an overlapping partner to one side', () => {
    // A: "Korea Utara" [0,11); B: "mengirim" [18,26) and "tentara" [45,52): nothing overlaps.
    const a = [span('a1', 0, 11, 'SOURCE')];
    const b = [span('b2', 45, 52, 'QUANTITY'), span('b1', 18, 26, 'CLAIM')];
    const matches = matchSpans(a, b);
    expect(summary(matches)).toEqual(['only-a a1 -', 'only-b - b1', 'only-b - b2']);
    expect(matches.map((m) => textOf(m, m.a ? 'a' : 'b'))).toEqual(['Korea Utara', 'mengirim', 'tentara']);
  });

  it('matches one to one: of two B spans inside one A span only the larger overlap pairs', () => {
    // A: the whole claim [0,52). B: "Korea Utara telah mengirim" [0,26) overlaps it by 26,
    // "lebih dari 10.000 tentara" [27,52) by 25. 26 > 25, so b1 pairs and b2 is left over.
    const a = [span('a1', 0, 52, 'CLAIM')];
    const b = [span('b2', 27, 52, 'CLAIM'), span('b1', 0, 26, 'CLAIM')];
    const matches = matchSpans(a, b);
    expect(summary(matches)).toEqual(['boundary a1 b1', 'only-b - b2']);
    expect(matches.map((m) => textOf(m, 'b'))).toEqual([
      'Korea Utara telah mengirim',
      'lebih dari 10.000 tentara',
    ]);
  });

  it('breaks an overlap tie by the nearer start', () => {
    // A [10,20). B1 [6,14): overlap 4, start 4 away. B2 [16,24): overlap 4, start 6 away. B1 wins.
    const matches = matchSpans(
      [span('a1', 10, 20, 'CLAIM')],
      [span('b2', 16, 24, 'CLAIM'), span('b1', 6, 14, 'CLAIM')],
    );
    expect(summary(matches)).toEqual(['boundary a1 b1', 'only-b - b2']);
  });

  it('pairs by label only what the same-label rounds left, largest overlap first', () => {
    // A QUANTITY [27,44) "lebih dari 10.000". B CLAIM [18,52) overlaps it by 17, B SOURCE [38,52) by 6.
    // No same-label partner, so the label round pairs it with the CLAIM (17 > 6); the SOURCE is only B's.
    const a = [span('a1', 27, 44, 'QUANTITY')];
    const b = [span('b1', 18, 52, 'CLAIM'), span('b2', 38, 52, 'SOURCE')];
    const matches = matchSpans(a, b);
    expect(summary(matches)).toEqual(['label a1 b1', 'only-b - b2']);
    expect(matches.map((m) => textOf(m, 'b'))).toEqual([
      'mengirim lebih dari 10.000 tentara',
      '10.000 tentara',
    ]);
  });

  it('does not turn a same-label match into a label disagreement when a label pair overlaps more', () => {
    // A CLAIM [0,52). B CLAIM [45,52) overlaps it by 7; B QUANTITY [27,44) by 17.
    // Same label goes first: a1-b1 is a boundary match, B's QUANTITY has nothing left and is only B's.
    const a = [span('a1', 0, 52, 'CLAIM')];
    const b = [span('b1', 45, 52, 'CLAIM'), span('b2', 27, 44, 'QUANTITY')];
    expect(summary(matchSpans(a, b))).toEqual(['boundary a1 b1', 'only-b - b2']);
  });

  it('pairs duplicates one to one', () => {
    const a = [span('a1', 27, 44, 'QUANTITY'), span('a2', 27, 44, 'QUANTITY')];
    const b = [span('b1', 27, 44, 'QUANTITY')];
    expect(summary(matchSpans(a, b))).toEqual(['agreed a1 b1', 'only-a a2 -']);
  });

  it('classifies every span exactly once, whatever the input order', () => {
    const a = [span('a3', 45, 52, 'QUANTITY'), span('a1', 0, 52, 'CLAIM'), span('a2', 27, 44, 'QUANTITY')];
    const b = [span('b2', 38, 44, 'QUANTITY'), span('b1', 0, 52, 'CLAIM'), span('b3', 0, 11, 'SOURCE')];
    const forward = summary(matchSpans(a, b));
    expect(forward).toEqual(['agreed a1 b1', 'only-b - b3', 'boundary a2 b2', 'only-a a3 -']);
    expect(summary(matchSpans([...a].reverse(), [...b].reverse()))).toEqual(forward);
    const ids = matchSpans(a, b).flatMap((m) => [m.a?.id, m.b?.id].filter((id) => id !== undefined));
    expect(ids.sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
  });

  it('returns nothing for nothing, and everything to one side when the other is empty', () => {
    expect(matchSpans([], [])).toEqual([]);
    expect(summary(matchSpans([span('a1', 0, 5, 'CLAIM')], []))).toEqual(['only-a a1 -']);
    expect(summary(matchSpans([], [span('b1', 0, 5, 'CLAIM')]))).toEqual(['only-b - b1']);
  });
});
