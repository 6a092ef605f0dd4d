import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT, tandai, workspace } from './test-support';

function pythonSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe.concurrent('tandai convert', { timeout: SPAWN_TIMEOUT }, () => {
  it('detects the input and writes the format asked for to stdout', async () => {
    const run = await tandai(
      ['convert', '--to', 'doccano', 'label-studio.json'],
      await workspace('label-studio.json'),
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.annotator)).toEqual(['1', 'budi@example.org', 'quantity-rules-1']);
    for (const line of lines) {
      for (const entity of line.entities) {
        expect(pythonSlice(line.text, entity.start_offset, entity.end_offset)).not.toBe('');
      }
    }
    const emoji = lines[2];
    expect(pythonSlice(emoji.text, emoji.entities[0].start_offset, emoji.entities[0].end_offset)).toBe(
      'Sekitar 12.000',
    );
  });

  it('writes brat to a zip with -o, and reads that zip back', async () => {
    const dir = await workspace('native.jsonl');
    const toBrat = await tandai(['convert', '--to', 'brat', 'native.jsonl', '-o', 'out.zip'], dir);
    expect(toBrat).toMatchObject({ code: 0, stdout: '', stderr: '3 documents written to out.zip (brat)\n' });
    const back = await tandai(['convert', '--to', 'native', 'out.zip', '--annotator', 'ana'], dir);
    expect(back.code).toBe(0);
    const docs = back.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(docs.map((doc) => doc.spans.length).sort()).toEqual([2, 3, 3]);
    for (const doc of docs) {
      for (const span of doc.spans) expect(pythonSlice(doc.text, span.start, span.end)).toBe(span.text);
    }
  });

  it('refuses brat without -o', async () => {
    const run = await tandai(['convert', '--to', 'brat', 'native.jsonl'], await workspace('native.jsonl'));
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining('give -o <file.zip>') });
  });

  it('writes nothing from input with problems, unless --partial', async () => {
    const dir = await workspace('bad.jsonl');
    const strict = await tandai(['convert', '--to', 'native', 'bad.jsonl', '-o', 'out.jsonl'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('bad.jsonl:2: malformed JSON');
    expect(strict.stderr).toContain('nothing written: 7 problems; --partial writes the valid part');
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);

    const partial = await tandai(['convert', '--to', 'csv', 'bad.jsonl', '--partial'], dir);
    expect(partial.code).toBe(0);
    expect(partial.stdout.split('\r\n')[1]).toContain('Korea Utara telah mengirim lebih dari 10.000 tentara');
  });
});
