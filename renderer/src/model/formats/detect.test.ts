import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';
import { fixture } from './test-support';

describe('detectFormat', () => {
  it.each([
    ['native.jsonl', 'native'],
    ['doccano-label.jsonl', 'doccano'],
    ['doccano-entities.jsonl', 'doccano'],
    ['prodigy.jsonl', 'prodigy'],
    ['label-studio.json', 'label-studio'],
    ['kompas-japan.ann', 'brat'],
    ['kompas-japan.txt', 'text'],
    ['hypothesis.jsonld', 'w3c'],
  ])('%s is %s', (name, format) => {
    const { text } = fixture(name);
    expect(detectFormat(name, text)).toBe(format);
  });

  it('tells the shapes apart by content, whatever the extension', () => {
    expect(detectFormat('a.json', '{"text": "x", "spans": [{"start": 0, "end": 1, "label": "CLAIM"}]}')).toBe(
      'prodigy',
    );
    expect(detectFormat('a.data', '{"text": "x", "meta": {"title": "t"}}')).toBe('text-jsonl');
    expect(detectFormat('a.json', '{"type": "AnnotationPage", "items": []}')).toBe('w3c');
    expect(detectFormat('a.json', '[{"data": {"text": "x"}}]')).toBe('label-studio');
    expect(detectFormat('a.md', '# Judul')).toBe('text');
  });

  it('looks past a broken first line, and gives up on what is no dataset', () => {
    expect(detectFormat('a.jsonl', '{broken\n{"text": "x", "label": [[0, 1, "CLAIM"]]}\n')).toBe('doccano');
    expect(detectFormat('a.jsonl', '{"hello": "world"}')).toBe('unknown');
    expect(detectFormat('a.jsonl', 'not json at all')).toBe('unknown');
  });
});
