import { describe, expect, it } from 'vitest';
import { readDataset } from './read-dataset';
import { fixture } from './test-support';
import { tokenize } from './tokens';
import { writeDataset } from './write-dataset';

interface BioLine {
  id: string;
  annotator?: string;
  tokens: string[];
  claim_tags: string[];
  source_tags: string[];
  quantity_tags: string[];
}

describe('BIO JSONL', () => {
  it('keeps numbers with their digit groups and units whole', () => {
    const text = '220 unit dari 170mm senjata, lebih dari 10.000 tentara (2,5%) dan Kim Jong-un.';
    expect(tokenize(text).map((token) => token.text)).toEqual([
      '220',
      'unit',
      'dari',
      '170mm',
      'senjata',
      ',',
      'lebih',
      'dari',
      '10.000',
      'tentara',
      '(',
      '2,5%',
      ')',
      'dan',
      'Kim',
      'Jong-un',
      '.',
    ]);
  });

  it('tags one column per label, so a quantity inside a claim keeps both tags', async () => {
    const { documents } = await readDataset([fixture('native.jsonl')]);
    const lines = [...writeDataset('bio', documents)].map((line) => JSON.parse(line) as BioLine);
    const first = lines[0] as BioLine;
    expect(first.annotator).toBe('ana');
    const at = (word: string) => first.tokens.indexOf(word);
    expect(first.tokens[at('10.000')]).toBe('10.000');
    expect(first.quantity_tags.slice(at('lebih'), at('10.000') + 2)).toEqual([
      'B-QUANTITY',
      'I-QUANTITY',
      'I-QUANTITY',
      'O',
    ]);
    expect(first.claim_tags[at('lebih')]).toBe('I-CLAIM');
    expect(first.claim_tags[first.tokens.indexOf('Korea', at('mengungkapkan'))]).toBe('B-CLAIM');
    expect(first.source_tags.slice(0, 2)).toEqual(['B-SOURCE', 'I-SOURCE']);
    expect(first.claim_tags.at(-1)).toBe('O');
    for (const line of lines) {
      expect(line.claim_tags).toHaveLength(line.tokens.length);
      expect(line.source_tags).toHaveLength(line.tokens.length);
      expect(line.quantity_tags).toHaveLength(line.tokens.length);
    }
  });

  it('leaves rejected spans out', async () => {
    const { documents } = await readDataset([fixture('native.jsonl')]);
    const second = JSON.parse([...writeDataset('bio', documents)][1] ?? '{}') as BioLine;
    const japan = second.tokens.lastIndexOf('Japan');
    expect(second.source_tags[japan]).toBe('O');
  });
});
