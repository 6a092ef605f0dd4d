import { describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT, tandai, workspace } from './test-support';

describe.concurrent('tandai validate', { timeout: SPAWN_TIMEOUT }, () => {
  it('exits 0 and says ok for a clean dataset', async () => {
    const dir = await workspace('kompas-japan.ann', 'kompas-japan.txt');
    const run = await tandai(['validate', 'kompas-japan.ann'], dir);
    expect(run).toMatchObject({ code: 0, stdout: 'ok: 1 document, 4 valid spans (brat)\n' });
  });

  it('prints every finding as file:line, and each file it cannot read, and exits 1', async () => {
    const run = await tandai(['validate', 'bad.jsonl', 'missing.jsonl'], await workspace('bad.jsonl'));
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([
      'missing.jsonl: no such file',
      'bad.jsonl:1: span "s2": unknown label "PERSON" (expected CLAIM, SOURCE or QUANTITY)',
      'bad.jsonl:1: span "s1": duplicate span id; only the first is kept',
      'bad.jsonl:1: span "s3": offsets 150…400 are outside the text (0…155)',
      'bad.jsonl:1: relation "r1": refers to span "s9", which is not in the document',
      'bad.jsonl:1: span "s4": offsets 67…157 are outside the text (0…155); re-anchored by its quote (moved) at 64…154',
      expect.stringMatching(/^bad\.jsonl:1: span "s5": the text at 10…30 is .*; not imported$/),
      expect.stringMatching(/^bad\.jsonl:2: malformed JSON: /),
      'bad.jsonl:4: expected a document object with a "text" string',
      '9 findings; 2 documents, 3 valid spans',
    ]);
  });
});
