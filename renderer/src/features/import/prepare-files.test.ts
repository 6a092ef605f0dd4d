import { describe, expect, it } from 'vitest';
import { decodeAndRead, decodeDatasets, sortFiles } from './prepare-files';

const file = (name: string, text: string | Uint8Array) => ({
  name,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});

describe('sorting and decoding picked files', () => {
  it('takes .txt, .md and .html as articles unless a brat .ann shares their name', () => {
    const sorted = sortFiles([
      file('berita.txt', 'a'),
      file('catatan.md', 'b'),
      file('laman.html', '<p>c</p>'),
      file('brat.txt', 'd'),
      file('brat.ann', 'T1\tSOURCE 0 1\td'),
      file('kolega.jsonl', '{}'),
    ]);
    expect(sorted.articles.map((f) => f.name)).toEqual(['berita.txt', 'catatan.md', 'laman.html']);
    expect(sorted.datasets.map((f) => f.name)).toEqual(['brat.txt', 'brat.ann', 'kolega.jsonl']);
  });

  it('decodes datasets exactly, and refuses by name what is not UTF-8 text', () => {
    const decoded = decodeDatasets([
      file('crlf.jsonl', '\uFEFF{"text":"a"}\r\n'),
      file('gambar.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])),
      file('latin1.jsonl', new Uint8Array([0x7b, 0xe9, 0x7d])),
    ]);
    expect(decoded.datasets).toEqual([{ name: 'crlf.jsonl', text: '\uFEFF{"text":"a"}\r\n' }]);
    expect(decoded.failed).toEqual([
      { file: 'gambar.png', error: 'binary data (a NUL byte at byte 4), not text' },
      { file: 'latin1.jsonl', error: 'not valid UTF-8 (first bad byte at 1)' },
    ]);
  });

  it('reads what decodes and lists what does not, in one pass', async () => {
    const text = 'Korea Utara mengirim pasukan.';
    const { read, failed } = await decodeAndRead([
      file('kolega.jsonl', `${JSON.stringify({ text, label: [[0, 11, 'SOURCE']] })}\n`),
      file('rusak.jsonl', new Uint8Array([0])),
    ]);
    expect(read.documents.map((doc) => doc.spans.map((s) => doc.text.slice(s.start, s.end)))).toEqual([
      ['Korea Utara'],
    ]);
    expect(failed.map((f) => f.file)).toEqual(['rusak.jsonl']);
  });
});
