import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentId } from './document-id';
import { decodeArticle, normalizeText } from './normalize-text';
import { titleOf } from './title';

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
  it('drops a BOM and turns CRLF and CR into LF, changing nothing else', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...encode('Judul\r\nBaris  dua\rtiga\n\n“kutipan” 😀\t'),
    ]);
    const result = decodeArticle(bytes);
    expect(result).toEqual({ ok: true, value: 'Judul\nBaris  dua\ntiga\n\n“kutipan” 😀\t' });
  });

  it('gives the same document id to the CRLF and LF versions of an article', async () => {
    const lf = decodeArticle(encode('Satu\nDua\n'));
    const crlf = decodeArticle(encode('Satu\r\nDua\r\n'));
    if (!lf.ok || !crlf.ok) throw new Error('decode failed');
    expect(await documentId(lf.value)).toBe(await documentId(crlf.value));
    expect(await documentId(lf.value)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('matches sha256sum of the normalised corpus file', async () => {
    const file = new URL('../../../../shared/corpus/002_6eb3d2f8a7884fb1.txt', import.meta.url);
    const result = decodeArticle(new Uint8Array(readFileSync(file)));
    if (!result.ok) throw new Error(result.error);
    const { createHash } = await import('node:crypto');
    expect(await documentId(result.value)).toBe(
      `sha256:${createHash('sha256').update(result.value).digest('hex')}`,
    );
  });

  it('refuses empty, binary and non-UTF-8 files with the reason', () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ ok: false, error: 'the file is empty' });
    expect(decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toEqual({
      ok: false,
      error: 'binary data (a NUL byte at byte 4), not text',
    });
    const latin1 = new Uint8Array([...encode('Jakarta '), 0xe9, ...encode('t')]);
    expect(decodeArticle(latin1)).toEqual({ ok: false, error: 'not valid UTF-8 (first bad byte at 8)' });
    expect(decodeArticle(encode(' \n\r\n'))).toEqual({ ok: false, error: 'the file holds only whitespace' });
  });

  it('normalizeText leaves LF text untouched', () => {
    const text = 'a\nb\u2028c';
    expect(normalizeText(text)).toBe(text);
  });
});

describe('titleOf', () => {
  it('takes the first non-empty line', () => {
    expect(titleOf('\n  \n  Rusia dan Korea Utara  \nIsi', 'f.txt')).toBe('Rusia dan Korea Utara');
    expect(titleOf('   ', 'f.txt')).toBe('f.txt');
  });
});
