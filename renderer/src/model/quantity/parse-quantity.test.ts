import { describe, expect, it } from 'vitest';
import { parseQuantity } from './parse-quantity';

describe('parseQuantity', () => {
  it('reads the comparator from the span and the counted noun from the text after it', () => {
    expect(parseQuantity('lebih dari 10.000', ' tentara untuk mendukung Rusia melawan Ukraina.')).toEqual({
      value: 10000,
      comparator: '>',
      counted: 'tentara',
    });
  });

  it('gives "hingga" an inclusive upper bound', () => {
    expect(parseQuantity('hingga 12.000', ' tentara Korea Utara')).toEqual({
      value: 12000,
      upper: 12000,
      comparator: '<=',
      counted: 'tentara',
    });
  });

  it('reads a vague amount as an interval, never a point', () => {
    expect(parseQuantity('puluhan ribu', ' tentara')).toEqual({
      lower: 10000,
      upper: 99999,
      comparator: '~',
      vague: true,
      counted: 'tentara',
    });
  });

  it('reads ranges, currencies, units and "lebih" after the number', () => {
    expect(parseQuantity('antara 11.000 dan 12.000')).toEqual({
      lower: 11000,
      upper: 12000,
      comparator: '=',
    });
    expect(parseQuantity('Rp4.150')).toEqual({ value: 4150, comparator: '=', unit: 'IDR' });
    expect(parseQuantity('2,5%')).toEqual({ value: 2.5, comparator: '=', unit: '%' });
    expect(parseQuantity('10 ribu lebih', ' tentara')).toEqual({
      value: 10000,
      comparator: '>',
      counted: 'tentara',
    });
    expect(parseQuantity('seratus dua puluh dua')).toEqual({ value: 122, comparator: '=' });
  });

  it('keeps a classifier as the unit and skips stop words for the counted noun', () => {
    expect(parseQuantity('220 unit', ' dari 170mm senjata')).toEqual({
      value: 220,
      comparator: '=',
      unit: 'unit',
    });
  });

  it('finds the counted noun inside the span when the analyst took it in', () => {
    expect(parseQuantity('3.000 tentara', ' telah dikirimkan')).toEqual({
      value: 3000,
      comparator: '=',
      counted: 'tentara',
    });
  });

  it('has no counted noun without following text or across a line break', () => {
    expect(parseQuantity('sekitar 12.000')).toEqual({ value: 12000, comparator: '~' });
    expect(parseQuantity('sekitar 12.000', '\ntentara')).toEqual({ value: 12000, comparator: '~' });
  });

  it('reads a span that looks like a year when the analyst tagged it anyway', () => {
    expect(parseQuantity('2025')).toEqual({ value: 2025, comparator: '=' });
  });

  it('prefers a real quantity to a date inside the same span', () => {
    expect(parseQuantity('pada 2024 sekitar 500 orang')).toEqual({
      value: 500,
      comparator: '~',
      unit: 'orang',
    });
  });

  it('returns null when the span holds no number', () => {
    expect(parseQuantity('Kepala Staf Gabungan Korsel', ' dikutip')).toBeNull();
    expect(parseQuantity('')).toBeNull();
  });
});
