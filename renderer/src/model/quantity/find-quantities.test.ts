import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumeral } from './find-quantities';
import type { QuantityAttrs } from './quantity-attrs';

const casesFile = new URL('../../../../../shared/quantity-cases.tsv', import.meta.url);
const corpusDir = new URL('../../../../../shared/corpus/', import.meta.url);

interface QuantityCase {
  input: string;
  quantity: string;
  value: string;
  comparator: string;
  unit: string;
}

/** Rows of quantity-cases.tsv; '#' lines and the header are skipped. */
function readCases(): QuantityCase[] {
  return readFileSync(casesFile, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('input\t'))
    .map((line) => {
      const [input = '', quantity = '', value = '', comparator = '', unit = ''] = line.split('\t');
      return { input, quantity, value, comparator, unit };
    });
}

function surfaces(text: string): string[] {
  return findQuantities(text).map((match) => text.slice(match.start, match.end));
}

function expectValue(attrs: QuantityAttrs, expected: string | undefined): void {
  const [lower, upper] = (expected ?? '').split('..');
  if (upper === undefined) {
    expect(attrs.value).toBe(Number(lower));
  } else {
    expect(attrs.value).toBeUndefined();
    expect([attrs.lower, attrs.upper]).toEqual([Number(lower), Number(upper)]);
  }
}

describe('findQuantities on quantity-cases.tsv', () => {
  const cases = readCases();

  it('reads the case file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
  });

  it.each(cases)('$input', ({ input, quantity, value, comparator, unit }) => {
    const matches = findQuantities(input);
    expect(matches.map((match) => input.slice(match.start, match.end)).join('|') || '-').toBe(quantity);
    if (matches.length === 0) return;
    const values = value.split('|');
    const comparators = comparator.split('|');
    const units = unit.split('|');
    expect(values).toHaveLength(matches.length);
    expect(comparators).toHaveLength(matches.length);
    for (const [k, match] of matches.entries()) {
      expectValue(match.attrs, values[k]);
      expect(match.attrs.comparator).toBe(comparators[k]);
      expect(match.attrs.unit ?? '').toBe(units[k] ?? '');
    }
  });
});

describe('findQuantities on the worked examples of GUIDELINES.md', () => {
  it('1: "lebih dari 10.000" is > 10000, counting tentara', () => {
    const text =
      'Intelijen Amerika Serikat (AS) dan Korea Selatan mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina.';
    expect(findQuantities(text)).toEqual([
      { start: 91, end: 108, attrs: { value: 10000, comparator: '>', counted: 'tentara' } },
    ]);
    expect(text.slice(91, 108)).toBe('lebih dari 10.000');
  });

  it('2: "3.000" inside a quote, counting tentara; "antara Januari dan Februari" is no range', () => {
    const text =
      '“Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan,” kata Kepala Staf Gabungan Korsel dikutip dari The Japan Times.';
    expect(findQuantities(text)).toEqual([
      { start: 32, end: 37, attrs: { value: 3000, comparator: '=', counted: 'tentara' } },
    ]);
    expect(text.slice(32, 37)).toBe('3.000');
  });

  it('3: "hingga 12.000" has upper 12000 and comparator <=', () => {
    const text =
      'Badan intelijen Amerika, Korea Selatan, dan Ukraina memperkirakan bahwa hingga 12.000 tentara Korea Utara telah dikirim ke Rusia';
    const [match, ...rest] = findQuantities(text);
    expect(rest).toEqual([]);
    expect(match && text.slice(match.start, match.end)).toBe('hingga 12.000');
    expect(match).toMatchObject({ start: 72, end: 85, attrs: { upper: 12000, comparator: '<=' } });
  });

  it('4: classifier and glued units', () => {
    const text = '220 unit dari 170mm senjata penggerak sendiri, dan 240mm peluncur roket ganda';
    expect(findQuantities(text)).toEqual([
      { start: 0, end: 8, attrs: { value: 220, comparator: '=', unit: 'unit' } },
      { start: 14, end: 19, attrs: { value: 170, comparator: '=', unit: 'mm', counted: 'senjata' } },
      { start: 51, end: 56, attrs: { value: 240, comparator: '=', unit: 'mm', counted: 'peluncur' } },
    ]);
    expect(surfaces(text)).toEqual(['220 unit', '170mm', '240mm']);
  });

  it('5: "puluhan ribu" is the vague interval 10000..99999', () => {
    expect(findQuantities('puluhan ribu tentara')).toEqual([
      {
        start: 0,
        end: 12,
        attrs: { lower: 10000, upper: 99999, comparator: '~', vague: true, counted: 'tentara' },
      },
    ]);
  });

  it('6: a dateline has no quantity', () => {
    expect(findQuantities('Senin, 24 Februari 2025 20:58 WIB')).toEqual([]);
  });
});

describe('findQuantities, beyond the case file', () => {
  it.each([
    ['dari 11.000 hingga 12.000 tentara', 'dari 11.000 hingga 12.000', { lower: 11000, upper: 12000 }],
    ['sebanyak 11.000-12.000 orang', '11.000-12.000 orang', { lower: 11000, upper: 12000, unit: 'orang' }],
    ['1-2 juta orang', '1-2 juta orang', { lower: 1000000, upper: 2000000, unit: 'orang' }],
    ['Sebanyak 10-15 orang', '10-15 orang', { lower: 10, upper: 15, unit: 'orang' }],
    ['between 5 and 10 km', 'between 5 and 10 km', { lower: 5, upper: 10, unit: 'km' }],
  ])('reads the range in %j', (text, surface, attrs) => {
    expect(surfaces(text)).toEqual([surface]);
    expect(findQuantities(text)[0]?.attrs).toMatchObject({ ...attrs, comparator: '=' });
  });

  it.each([
    ['Rp 10 juta', 'Rp 10 juta', { value: 10_000_000, unit: 'IDR' }],
    ['US$ 5 miliar', 'US$ 5 miliar', { value: 5_000_000_000, unit: 'USD' }],
    ['$10', '$10', { value: 10, unit: 'USD' }],
    ['50 persen', '50 persen', { value: 50, unit: '%' }],
    ['dua setengah juta', 'dua setengah juta', { value: 2_500_000 }],
    ['seribu tiga ratus', 'seribu tiga ratus', { value: 1300 }],
    ['dua belas ribu', 'dua belas ribu', { value: 12000 }],
    ['kurang lebih 500 orang', 'kurang lebih 500 orang', { value: 500, comparator: '~', unit: 'orang' }],
    ['beberapa ratus orang', 'beberapa ratus orang', { lower: 200, upper: 999, vague: true, unit: 'orang' }],
  ])('reads %j', (text, surface, attrs) => {
    expect(surfaces(text)).toEqual([surface]);
    expect(findQuantities(text)[0]?.attrs).toMatchObject(attrs);
  });

  it('keeps "lebih" out when a comparison follows it', () => {
    expect(findQuantities('2.000 lebih banyak')).toEqual([
      { start: 0, end: 5, attrs: { value: 2000, comparator: '=' } },
    ]);
  });

  it.each([
    'skor 3-2',
    'sejak 2022-2024',
    'salah satu pihak',
    'satu-satunya jalan',
    'pesawat MH17 jatuh',
    'COVID-19',
    'tahun 1990-an',
    'Su-35 dan KN-23',
    'ke 18',
    'February 24, 2025',
    '12 - Nov - 2024, 16:00',
    'pukul 9 pagi',
    'lihat https://example.com/berita/2025/123',
    'jepang-ketakutan-tentara-2025-usai-bantu',
  ])('finds nothing in %j', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });
});

describe('findQuantities on the corpus', () => {
  const corpus = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, corpusDir), 'utf8') }));

  const lineWith = (fragment: string): string => {
    const line = corpus
      .flatMap(({ text }) => text.split('\n'))
      .find((candidate) => candidate.includes(fragment));
    if (line === undefined) throw new Error(`no corpus line holds ${fragment}`);
    return line;
  };

  // Written independently of the suggester's own patterns.
  const DATES_AND_TIMES = [
    /\d{1,2}(?:\s+|\s*-\s*)(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|Nov)(?:,?(?:\s+|\s*-\s*)\d{4})?/g,
    /\(\d{1,2}\/\d{1,2}(?:\/\d{4})?\)/g,
    /\b\d{1,2}[:.]\d{2}(?=\s*WIB)|\b\d{1,2}:\d{2}\b/g,
    /(?<=\b(?:pada|sejak|tahun)\s)\d{4}\b/g,
  ];

  it('no quantity overlaps a date, a clock time or an anchoring year', () => {
    let checked = 0;
    for (const { name, text } of corpus) {
      const quantities = findQuantities(text);
      for (const pattern of DATES_AND_TIMES) {
        for (const date of text.matchAll(pattern)) {
          const start = date.index ?? 0;
          const end = start + date[0].length;
          const overlapping = quantities.filter((q) => q.start < end && start < q.end);
          expect(overlapping, `${name}: ${date[0]}`).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it.each([
    'Kompas.tv - 24 Februari 2025, 20:58 WIB',
    '12 - Nov - 2024, 16:00',
    '- Rabu, 30 April 2025 | 12:30 WIB',
    'Minggu, 21 Desember 2025 | 10:02 WIB',
    'Jumat (21/2/2025) dikutip',
    'Kamis (27/3/2025)',
    'Senin (23/12/2024)',
    'Rabu (6/4/2024)',
    'Selasa (12/11)',
    'Pada 28 April 2025',
    'ke Ukrana pada 2022',
    'ditandatangani pada 1953',
    'berperang sejak 1953',
    'AK-12 dan RPG-7',
    'https://www.whatsapp.com/channel/',
    'salah satu pihak',
  ])('finds nothing in the corpus line with %j', (fragment) => {
    expect(surfaces(lineWith(fragment))).toEqual([]);
  });

  it.each([
    ['dari 11.000 tentara Korut', ['11.000', '4.000']],
    ['500 perwira dan tiga jenderal', ['500', 'tiga']],
    ['beberapa ratus orang', ['hingga 10.000', 'beberapa ratus orang']],
    ['peluncur roket 240 mm', ['240 mm', '170 mm']],
    ['sekitar 12.000 tentara', ['sekitar 12.000', '1.100 orang']],
  ])('finds exactly the quantities of the corpus line with %j', (fragment, expected) => {
    expect(surfaces(lineWith(fragment))).toEqual(expected);
  });

  it('finds exactly these quantities in the whole corpus', () => {
    expect(corpus.map(({ name, text }) => [name.slice(0, 3), surfaces(text)])).toEqual([
      ['000', ['lebih dari 10.000']],
      ['001', ['puluhan ribu', 'hingga 12.000', '500', 'tiga']],
      ['002', ['3.000', 'ribuan', '3.000', '11.000', '4.000', '220 unit', '170mm', '240mm', 'Ribuan']],
      [
        '003',
        [
          '240 mm',
          '170 mm',
          'sekitar 12.000',
          '1.100 orang',
          'Ratusan',
          'hingga 10.000',
          'beberapa ratus orang',
        ],
      ],
      ['004', ['4']],
    ]);
  });
});

describe('parseNumeral', () => {
  it.each([
    ['10.000', 10000],
    ['3.000.000', 3000000],
    ['1.234,56', 1234.56],
    ['0,77', 0.77],
    ['1,2', 1.2],
    ['10,000', 10000],
    ['1,234.5', 1234.5],
    ['2.5', 2.5],
    ['220', 220],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it.each(['1.2.3', '192.168.1.1', '12.34,5'])('refuses %s', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });
});
