import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgreementReport } from '../renderer/src/model/agreement/agreement-report';
import { SPAWN_TIMEOUT, tandai, workspace } from './test-support';

// Guideline example 1: SOURCE [0,48), QUANTITY "lebih dari 10.000" [91,108), of which "10.000" is [102,108).
const TEXT =
  'Intelijen Amerika Serikat (AS) dan Korea Selatan mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina.';
const OTHER = 'Sekitar 3.000 tentara dan 220 unit senjata';

type Mark = [start: number, end: number, label: string];

/** One native JSONL line; spans name `annotator` unless it is undefined. */
function line(text: string, annotator: string | undefined, marks: Mark[]): string {
  const spans = marks.map(([start, end, label], index) => ({
    id: `s${index}`,
    start,
    end,
    label,
    ...(annotator === undefined ? {} : { annotator }),
  }));
  return JSON.stringify({
    text,
    spans,
    relations: [],
    offset_unit: 'codepoint',
    format: 'annotation-workbench/1',
  });
}

const WIDE: Mark[] = [
  [0, 48, 'SOURCE'],
  [91, 108, 'QUANTITY'],
];
const NARROW: Mark[] = [
  [0, 48, 'SOURCE'],
  [102, 108, 'QUANTITY'],
];

/** A workspace with the named files, each holding the given lines. */
async function files(contents: Record<string, string[]>): Promise<string> {
  const dir = await workspace();
  await Promise.all(
    Object.entries(contents).map(([name, lines]) => writeFile(join(dir, name), `${lines.join('\n')}\n`)),
  );
  return dir;
}

function corpusRow(stdout: string, pair: string, label: string): string[] {
  const corpus = stdout.split('\n== Document ')[0] ?? '';
  const row = corpus.split('\n').find((text) => text.startsWith(pair) && text.includes(` ${label} `));
  return row?.trim().split(/\s{2,}/) ?? [];
}

describe.concurrent('tandai agree', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints span F1 per label for the documents both files have: "lebih dari 10.000" against "10.000"', async () => {
    const dir = await files({
      'a.jsonl': [line(TEXT, 'ana', WIDE), line(OTHER, 'ana', [[0, 13, 'QUANTITY']])],
      'b.jsonl': [line(TEXT, 'budi', NARROW)],
    });
    const run = await tandai(['agree', 'a.jsonl', 'b.jsonl'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      /^Agreement: 2 annotators \(ana, budi\), 1 document, labels CLAIM, SOURCE, QUANTITY\n\n== Corpus, 1 document ==\n/,
    );
    // pair, docs, label, A, B, exact, overlap, F1 exact, F1 overlap, kappa all, kappa labelled
    expect(corpusRow(run.stdout, 'ana / budi', 'QUANTITY').slice(2, 9)).toEqual([
      'QUANTITY',
      '1',
      '1',
      '0',
      '1',
      '0.000',
      '1.000',
    ]);
    expect(corpusRow(run.stdout, 'ana / budi', 'SOURCE').slice(7, 9)).toEqual(['1.000', '1.000']);
    expect(corpusRow(run.stdout, 'ana / budi', 'CLAIM').slice(7, 9)).toEqual(['n/a', 'n/a']);
  });

  it('gives the report as JSON, with only the labels asked for', async () => {
    const dir = await files({
      'a.jsonl': [line(TEXT, 'ana', [...WIDE, [64, 154, 'CLAIM']])],
      'b.jsonl': [line(TEXT, 'budi', NARROW)],
    });
    const run = await tandai(['agree', '--json', '--labels', 'source,QUANTITY', 'a.jsonl', 'b.jsonl'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout) as AgreementReport;
    expect(report).toMatchObject({ annotators: ['ana', 'budi'], labels: ['SOURCE', 'QUANTITY'] });
    expect(report.documents).toHaveLength(1);
    expect(report.corpus.pairs).toHaveLength(1);
    expect(report.corpus.pairs[0]?.spans.perLabel).toEqual([
      expect.objectContaining({ label: 'SOURCE', a: 1, b: 1, f1Exact: 1, f1Overlap: 1 }),
      expect.objectContaining({ label: 'QUANTITY', a: 1, b: 1, f1Exact: 0, f1Overlap: 1 }),
    ]);
  });

  it('compares three files in pairs, with a matrix; a file that names no annotator is named after itself', async () => {
    const dir = await files({
      'a.jsonl': [line(TEXT, 'ana', WIDE)],
      'b.jsonl': [line(TEXT, 'budi', NARROW)],
      'citra.jsonl': [line(TEXT, undefined, WIDE)],
    });
    const run = await tandai(['agree', 'a.jsonl', 'b.jsonl', 'citra.jsonl', 'gone.jsonl'], dir);
    expect(run).toMatchObject({ code: 1, stderr: 'gone.jsonl: no such file\n' });
    const corpus = run.stdout.split('\n== Document ')[0] ?? '';
    expect(corpus).toContain('Agreement: 3 annotators (ana, budi, citra), 1 document');
    for (const pair of ['ana / budi', 'ana / citra', 'budi / citra'])
      expect(corpusRow(run.stdout, pair, 'QUANTITY')).toHaveLength(11);
    expect(corpus).toContain(
      [
        'F1 exact, all labels',
        '         ana   budi  citra',
        'ana        -  0.500  1.000',
        'budi   0.500      -  0.500',
        'citra  1.000  0.500      -',
      ].join('\n'),
    );
  });

  it('keeps one annotator from two files apart, and writes CSV', async () => {
    const dir = await files({
      'a.jsonl': [line(TEXT, 'ana', WIDE)],
      'b.jsonl': [line(TEXT, 'ana', NARROW)],
    });
    const run = await tandai(['agree', '--csv', 'a.jsonl', 'b.jsonl'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const rows = run.stdout.split('\r\n');
    expect(rows[0]).toMatch(/^scope,annotator_a,annotator_b,documents,label,/);
    expect(rows.find((row) => row.startsWith('(corpus),ana (a.jsonl),ana (b.jsonl),1,QUANTITY,'))).toMatch(
      /,QUANTITY,1,1,0,1,0\.000,1\.000,/,
    );
  });

  it('exits 2 and says why when there is one annotator, or nothing shared', async () => {
    const dir = await files({
      'a.jsonl': [line(TEXT, 'ana', WIDE)],
      'b.jsonl': [line(OTHER, 'budi', [[0, 13, 'QUANTITY']])],
    });
    const [single, apart] = await Promise.all([
      tandai(['agree', 'a.jsonl'], dir),
      tandai(['agree', 'a.jsonl', 'b.jsonl'], dir),
    ]);
    expect(single).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tandai agree: found 1 annotator (ana in a.jsonl); agreement needs two or more\n',
    });
    expect(apart).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('tandai agree: no document is annotated by two of the 2 annotators'),
    });
  });
});
