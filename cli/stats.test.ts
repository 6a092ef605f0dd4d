import { describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT, tandai, workspace } from './test-support';

describe.concurrent('tandai stats', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints documents and spans per label and annotator as a table', async () => {
    const run = await tandai(['stats', 'native.jsonl'], await workspace('native.jsonl'));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      [
        'format     native',
        'documents  3',
        'spans      9 (accepted 7, suggested 1, rejected 1)',
        'relations  2',
        '',
        'annotator  CLAIM  SOURCE  QUANTITY  total',
        'ana            1       2         2      5',
        'budi           1       2         1      4',
        'total          2       4         3      9',
        '',
      ].join('\n'),
    );
  });

  it('gives the counts as JSON, with the annotator option for files that name none', async () => {
    const dir = await workspace('doccano-label.jsonl');
    const run = await tandai(['stats', '--json', '--annotator', 'citra', 'doccano-label.jsonl'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      format: 'doccano',
      documents: 2,
      spans: 6,
      byAnnotator: { citra: { CLAIM: 2, SOURCE: 2, QUANTITY: 2 } },
    });
  });
});
