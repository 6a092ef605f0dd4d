// QUANTITY suggester (GUIDELINES.md, QUANTITY): finds numbers in running Indonesian or English text with
// the approximator/comparator right before them, a unit or classifier right after and the second end of
// a range, and leaves out dates, clock times, years used as time anchors, ordinals and identifiers.
//
// The text is cut into tokens (digit runs, letter runs, whitespace, single symbols). Everything that is
// not a quantity (dates, times, URLs, model numbers…) is found first with patterns on the raw text and
// its tokens are blocked; quantities are then read token by token and may not touch a blocked token.

import type { Comparator, QuantityAttrs } from './quantity-attrs';

/** A quantity in `text`: UTF-16 offsets, end-exclusive. */
export interface QuantityMatch {
  start: number;
  end: number;
  attrs: QuantityAttrs;
}

// ---------------------------------------------------------------------------------------------- tokens

type TokenKind = 'number' | 'word' | 'space' | 'symbol';

interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

const TOKEN_PATTERN = /(?<number>\d+(?:[.,]\d+)*)|(?<word>[\p{L}\p{M}]+)|(?<space>\s+)|(?<symbol>.)/gsu;

function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN_PATTERN), (match) => {
    const start = match.index ?? 0;
    return { kind: tokenKind(match.groups ?? {}), text: match[0], start, end: start + match[0].length };
  });
}

function tokenKind(groups: Record<string, string | undefined>): TokenKind {
  if (groups.number !== undefined) return 'number';
  if (groups.word !== undefined) return 'word';
  if (groups.space !== undefined) return 'space';
  return 'symbol';
}

/** A phrase is matched token by token; SPACE stands for any whitespace within the line. */
type Phrase = readonly string[];
const SPACE = ' ';

function toPhrase(text: string): Phrase {
  return tokenize(text).map((token) => (token.kind === 'space' ? SPACE : token.text.toLowerCase()));
}

/** Longest phrases first, so that "sampai dengan" wins over "sampai". */
function compilePhrases<T>(
  entries: ReadonlyArray<readonly [string, T]>,
): Array<{ phrase: Phrase; value: T }> {
  return entries
    .map(([text, value]) => ({ phrase: toPhrase(text), value }))
    .sort((a, b) => b.phrase.length - a.phrase.length);
}

// ------------------------------------------------------------------------------------------ word lists

/** [lower, upper) before any scale is applied. */
type Interval = readonly [lower: number, upperExclusive: number];

const DIGIT_WORDS = new Map([
  ['nol', 0],
  ['satu', 1],
  ['dua', 2],
  ['tiga', 3],
  ['empat', 4],
  ['lima', 5],
  ['enam', 6],
  ['tujuh', 7],
  ['delapan', 8],
  ['sembilan', 9],
]);
/** Words that carry their own "se-" (one) and stay below a thousand. */
const SE_WORDS = new Map([
  ['sepuluh', 10],
  ['sebelas', 11],
  ['seratus', 100],
]);
const TEEN_WORD = 'belas';
const PLACE_WORDS = new Map([
  ['puluh', 10],
  ['ratus', 100],
]);
const HALF_WORD = 'setengah';
const SCALE_WORDS = new Map([
  ['ribu', 1e3],
  ['juta', 1e6],
  ['miliar', 1e9],
  ['milyar', 1e9],
  ['triliun', 1e12],
]);
const SE_SCALE_WORDS = new Map([
  ['seribu', 1e3],
  ['sejuta', 1e6],
  ['semiliar', 1e9],
  ['semilyar', 1e9],
  ['setriliun', 1e12],
]);
const ENGLISH_SCALE_WORDS = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);
/** Scales that may follow digits: "12 ribu", "1,2 juta", "10 million". */
const DIGIT_SCALE_WORDS = new Map([...SCALE_WORDS, ...ENGLISH_SCALE_WORDS]);

const VAGUE_WORDS = new Map<string, Interval>([
  ['belasan', [11, 20]],
  ['puluhan', [10, 100]],
  ['ratusan', [100, 1e3]],
  ['ribuan', [1e3, 1e4]],
  ['jutaan', [1e6, 1e7]],
  ['miliaran', [1e9, 1e10]],
  ['milyaran', [1e9, 1e10]],
  ['triliunan', [1e12, 1e13]],
]);
/** "beberapa" (several) is an amount only with a scale after it: "beberapa ratus orang". */
const SEVERAL_WORD = 'beberapa';
const SEVERAL: Interval = [2, 10];
const SEVERAL_SCALE_WORDS = new Map([...PLACE_WORDS, ...SCALE_WORDS]);

/** Unit or classifier as written (lower-cased) → normalised unit. */
const UNITS = new Map([
  ['mm', 'mm'],
  ['cm', 'cm'],
  ['m', 'm'],
  ['meter', 'm'],
  ['km', 'km'],
  ['kilometer', 'km'],
  ['kg', 'kg'],
  ['kilogram', 'kg'],
  ['ton', 'ton'],
  ['%', '%'],
  ['persen', '%'],
  ['percent', '%'],
  ['unit', 'unit'],
  ['orang', 'orang'],
  ['jiwa', 'jiwa'],
  ['buah', 'buah'],
  ['ekor', 'ekor'],
  ['rupiah', 'IDR'],
]);

const CURRENCY_PREFIXES = compilePhrases([
  ['Rp.', 'IDR'],
  ['Rp', 'IDR'],
  ['IDR', 'IDR'],
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['$', 'USD'],
]);

const COMPARATOR_PREFIXES = compilePhrases<Comparator>([
  ['lebih dari', '>'],
  ['lebih daripada', '>'],
  ['kurang dari', '<'],
  ['kurang lebih', '~'],
  ['sekitar', '~'],
  ['sekira', '~'],
  ['kira-kira', '~'],
  ['hampir', '<'],
  ['nyaris', '<'],
  ['hingga', '<='],
  ['sampai', '<='],
  ['sampai dengan', '<='],
  ['maksimal', '<='],
  ['paling banyak', '<='],
  ['sedikitnya', '>='],
  ['setidaknya', '>='],
  ['paling sedikit', '>='],
  ['sekurangnya', '>='],
  ['sekurang-kurangnya', '>='],
  ['minimal', '>='],
  ['more than', '>'],
  ['over', '>'],
  ['less than', '<'],
  ['fewer than', '<'],
  ['about', '~'],
  ['around', '~'],
  ['approximately', '~'],
  ['roughly', '~'],
  ['up to', '<='],
  ['at most', '<='],
  ['at least', '>='],
  ['nearly', '<'],
  ['almost', '<'],
]);

/** "lebih" after the number means "more than" ("10 ribu lebih") unless a comparison follows. */
const MORE_SUFFIX = 'lebih';
const COMPARISON_AFTER_MORE = new Set([
  'dari',
  'daripada',
  'banyak',
  'sedikit',
  'besar',
  'kecil',
  'tinggi',
  'rendah',
  'awal',
  'dulu',
  'lama',
  'cepat',
  'lambat',
  'jauh',
  'lanjut',
  'baik',
  'buruk',
  'kuat',
  'lemah',
  'mahal',
  'murah',
  'luas',
  'panjang',
  'berat',
]);

/** Range joiners; `true` when the joiner is a word and so needs a space on each side. */
const DASH_JOINERS = compilePhrases([
  ['-', false],
  ['–', false],
  ['—', false],
]);
const WORD_JOINERS = compilePhrases([
  ['hingga', true],
  ['sampai', true],
  ['sampai dengan', true],
  ['s.d.', true],
  ['s/d', true],
  ['to', true],
]);
type Joiners = ReadonlyArray<{ phrase: Phrase; value: boolean }>;

/** Words that open a range and the words that may join its two ends. */
const RANGE_OPENERS = [
  { phrase: toPhrase('antara'), joiners: compilePhrases([['dan', true]]) },
  { phrase: toPhrase('between'), joiners: compilePhrases([['and', true]]) },
  {
    phrase: toPhrase('dari'),
    joiners: compilePhrases([
      ['hingga', true],
      ['sampai', true],
      ['sampai dengan', true],
    ]),
  },
  { phrase: toPhrase('from'), joiners: compilePhrases([['to', true]]) },
];

/** Words that are never the counted noun. */
const STOP_WORDS = new Set([
  'dan',
  'atau',
  'serta',
  'yang',
  'dari',
  'daripada',
  'di',
  'ke',
  'untuk',
  'bagi',
  'pada',
  'dalam',
  'dengan',
  'oleh',
  'atas',
  'itu',
  'ini',
  'tersebut',
  'telah',
  'sudah',
  'akan',
  'masih',
  'juga',
  'pun',
  'saja',
  'lagi',
  'per',
  'setiap',
  'tiap',
  'lebih',
  'kurang',
  'hingga',
  'sampai',
  'sekitar',
  'antara',
  'adalah',
  'ialah',
  'merupakan',
  'sebagai',
  'bahwa',
  'karena',
  'jika',
  'namun',
  'tetapi',
  'and',
  'or',
  'of',
  'the',
  'a',
  'an',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'that',
  'which',
  'than',
  'more',
  'less',
]);

const MONTH_NAMES = [
  'januari',
  'februari',
  'pebruari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'nopember',
  'desember',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  'december',
  'jan',
  'feb',
  'peb',
  'mar',
  'apr',
  'jun',
  'jul',
  'agu',
  'agt',
  'ags',
  'aug',
  'sep',
  'sept',
  'okt',
  'oct',
  'nov',
  'nop',
  'des',
  'dec',
];
/** A bare year after one of these is a time anchor: "pada 1953", "hingga 2025", "since 2022". */
const YEAR_CUES = ['pada', 'tahun', 'sejak', 'hingga', 'sampai', 'since', 'in', 'until', 'awal', 'akhir'];
const CLOCK_CUES = ['pukul', 'jam', 'pkl'];
const TIME_ZONES = ['WIB', 'WITA', 'WIT', 'GMT', 'UTC'];
const DOMAIN_ENDINGS = ['com', 'net', 'org', 'id', 'tv', 'co', 'go', 'ac', 'io', 'info', 'news'];

// ----------------------------------------------------------------------------------- not quantities

interface TextRange {
  start: number;
  end: number;
}

const NUMBER_START = String.raw`(?<![\p{L}\d]|\d[.,])`;
const NUMBER_END = String.raw`(?!\d|[.,]\d)`;
const MONTH = String.raw`(?<!\p{L})(?:${MONTH_NAMES.join('|')})\.?(?!\p{L})`;
const YEAR = String.raw`(?:19|20)\d{2}${NUMBER_END}(?!\p{L})`;

/** Things that hold digits but are not quantities; their tokens are blocked. */
const NON_QUANTITY_PATTERNS: readonly RegExp[] = [
  // "24 Februari 2025", "12 - Nov - 2024", "28 April"
  new RegExp(
    String.raw`${NUMBER_START}\d{1,2}(?:\s*[-–/.]\s*|\s+)${MONTH}(?:(?:\s*[-–/.,]\s*|\s+)\d{4}${NUMBER_END})?`,
    'giu',
  ),
  // "February 24, 2025", "Juni 2024"
  new RegExp(String.raw`${MONTH}\s+\d{1,2}${NUMBER_END}(?:,?\s*\d{4}${NUMBER_END})?`, 'giu'),
  new RegExp(String.raw`${MONTH}(?:\s*[-–/,]\s*|\s+)${YEAR}`, 'giu'),
  // "21/2/2025", "21-2-2025", "(12/11)", "2024-12-23", "2024/2025"
  new RegExp(String.raw`${NUMBER_START}\d{1,2}([/.-])\d{1,2}\1\d{2,4}${NUMBER_END}`, 'gu'),
  new RegExp(String.raw`${NUMBER_START}\d{1,2}/\d{1,2}${NUMBER_END}(?!/)`, 'gu'),
  new RegExp(String.raw`${NUMBER_START}\d{4}-\d{2}-\d{2}${NUMBER_END}`, 'gu'),
  new RegExp(String.raw`${NUMBER_START}(?:19|20)\d{2}/(?:19|20)?\d{2}${NUMBER_END}`, 'gu'),
  // "20:58", "20.58 WIB", "pukul 20.58"
  new RegExp(String.raw`${NUMBER_START}\d{1,2}:\d{2}(?::\d{2})?${NUMBER_END}`, 'gu'),
  new RegExp(String.raw`${NUMBER_START}\d{1,2}[.:]\d{2}(?=\s*(?:${TIME_ZONES.join('|')})(?!\p{L}))`, 'gu'),
  new RegExp(
    String.raw`(?<=(?<!\p{L})(?:${CLOCK_CUES.join('|')})\.?\s+)\d{1,2}(?:[.:]\d{2})?${NUMBER_END}`,
    'giu',
  ),
  // "pada 1953", "hingga 2025", "sejak 2022-2024"
  new RegExp(String.raw`(?<=(?<!\p{L})(?:${YEAR_CUES.join('|')})\s+)${YEAR}(?:\s*[-–]\s*${YEAR})?`, 'giu'),
  // ordinals: "ke-18", "ke 18"
  new RegExp(String.raw`(?<!\p{L})ke(?:-|\s+)\d+${NUMBER_END}`, 'giu'),
  // a number glued to letters by a hyphen: "Su-35", "KN-23", "RPG-7", "COVID-19", "1990-an"
  /(?<![\p{L}\d])\p{L}[\p{L}\d]*-\d(?:[\p{L}\d]|[-.,](?=[\p{L}\d]))*/gu,
  new RegExp(String.raw`${NUMBER_START}\d+(?:[.,]\d+)*-\p{L}[\p{L}\d]*`, 'gu'),
  // URLs, domains and slugs
  /(?:https?:\/\/|www\.)\S+/giu,
  new RegExp(
    String.raw`(?<![\p{L}\d.])[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:${DOMAIN_ENDINGS.join('|')})(?![\p{L}\d])(?:/\S*)?`,
    'giu',
  ),
  /(?<![\p{L}\d])[\p{L}\d]+(?:-[\p{L}\d]+){2,}/gu,
];

const DIGIT_PAIR = /(?<![\p{L}\d.,-])(\d+(?:[.,]\d+)*)-(\d+(?:[.,]\d+)*)(?![\p{L}\d-]|[.,]\d)/gu;
const BARE_YEAR = /^(?:19|20)\d{2}$/;
const NAME_BEFORE = /(?:^|[^\p{L}\d])(\p{Lu}[\p{L}\d]*)[^\S\n]+$/u;
const WORD_AFTER = /^[^\S\n]*(\p{L}+|%)/u;
/** How far back to look for the name before a model number. */
const NAME_LOOKBACK = 40;

function findNonQuantities(text: string): TextRange[] {
  const ranges = NON_QUANTITY_PATTERNS.flatMap((pattern) => Array.from(text.matchAll(pattern), rangeOf));
  return ranges.concat(findHyphenatedIdentifiers(text));
}

function rangeOf(match: RegExpMatchArray): TextRange {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length };
}

/**
 * "737-800" after a name ("Boeing 737-800"), a score ("3-2") or a span of years ("2022-2024") is not a
 * range; "11.000-12.000" and "Sebanyak 10-15 orang" are.
 */
function findHyphenatedIdentifiers(text: string): TextRange[] {
  return Array.from(text.matchAll(DIGIT_PAIR))
    .filter((match) => {
      const [, left = '', right = ''] = match;
      const lower = parseNumeral(left);
      const upper = parseNumeral(right);
      if (lower === null || upper === null || lower >= upper) return true;
      if (BARE_YEAR.test(left) && BARE_YEAR.test(right)) return true;
      const { start, end } = rangeOf(match);
      return followsName(text, start) && !isUnitOrScale(WORD_AFTER.exec(text.slice(end))?.[1] ?? '');
    })
    .map(rangeOf);
}

function followsName(text: string, offset: number): boolean {
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, offset - NAME_LOOKBACK), offset))?.[1];
  return name !== undefined && !isPrefixWord(name.toLowerCase());
}

function isPrefixWord(word: string): boolean {
  return [...COMPARATOR_PREFIXES, ...RANGE_OPENERS].some(({ phrase }) => phrase.includes(word));
}

function markBlocked(tokens: readonly Token[], ranges: readonly TextRange[]): boolean[] {
  return tokens.map((token) => ranges.some((range) => range.start < token.end && token.start < range.end));
}

// ------------------------------------------------------------------------------------------- numbers

const THOUSANDS_HEAD = /^[1-9]\d{0,2}$/;
const THOUSANDS_GROUP = /^\d{3}$/;

/**
 * Reads "10.000", "1.234,56", "0,77" (Indonesian) and "10,000", "2.5" (English). With one kind of
 * separator, groups of three digits are thousands and anything else is a decimal mark.
 */
export function parseNumeral(text: string): number | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const cut = Math.max(lastDot, lastComma);
    const whole = text.slice(0, cut);
    const thousandsMark = lastDot > lastComma ? ',' : '.';
    return isGrouped(whole, thousandsMark)
      ? Number(`${whole.replaceAll(thousandsMark, '')}.${text.slice(cut + 1)}`)
      : null;
  }
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return Number(text);
  if (isGrouped(text, mark)) return Number(text.replaceAll(mark, ''));
  if (text.indexOf(mark) !== text.lastIndexOf(mark)) return null;
  return Number(text.replace(mark, '.'));
}

function isGrouped(text: string, mark: string): boolean {
  const [head = '', ...groups] = text.split(mark);
  return (
    THOUSANDS_HEAD.test(head) && groups.length > 0 && groups.every((group) => THOUSANDS_GROUP.test(group))
  );
}

/** Products like 1,2 × 1e6 come out as 1199999.9999999998 without this. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

type Amount = { kind: 'point'; value: number } | { kind: 'interval'; interval: Interval };

interface AmountReading {
  amount: Amount;
  /** Token index after the amount. */
  next: number;
  /** The scale word(s) at the end ("juta" → 1e6), 1 when none. */
  scale: number;
}

function scaleAmount(amount: Amount, factor: number): Amount {
  if (amount.kind === 'point') return { kind: 'point', value: tidy(amount.value * factor) };
  const [lower, upper] = amount.interval;
  return { kind: 'interval', interval: [tidy(lower * factor), tidy(upper * factor)] };
}

/** Number words accumulate like "seratus dua puluh dua": total + group (<1000) + pending digit. */
interface WordNumberState {
  total: number;
  group: number;
  pending: number | undefined;
  scale: number;
}

const NO_WORDS: WordNumberState = { total: 0, group: 0, pending: undefined, scale: 1 };

/** The state after one more word, or null when the word does not continue the number. */
function addNumberWord(state: WordNumberState, word: string): WordNumberState | null {
  const { total, group, pending } = state;
  const digit = DIGIT_WORDS.get(word);
  if (digit !== undefined) return pending === undefined ? { total, group, pending: digit, scale: 1 } : null;
  if (word === HALF_WORD) {
    return pending === undefined || Number.isInteger(pending)
      ? { total, group, pending: (pending ?? 0) + 0.5, scale: 1 }
      : null;
  }
  if (word === TEEN_WORD)
    return pending === undefined
      ? null
      : { total, group: group + pending + 10, pending: undefined, scale: 1 };
  const place = PLACE_WORDS.get(word);
  if (place !== undefined) {
    return pending === undefined
      ? null
      : { total, group: group + pending * place, pending: undefined, scale: 1 };
  }
  const seValue = SE_WORDS.get(word);
  if (seValue !== undefined)
    return pending === undefined ? { total, group: group + seValue, pending, scale: 1 } : null;
  const scale = SCALE_WORDS.get(word);
  if (scale !== undefined) {
    const count = group + (pending ?? 0);
    return count > 0 ? { total: total + count * scale, group: 0, pending: undefined, scale } : null;
  }
  const seScale = SE_SCALE_WORDS.get(word);
  if (seScale !== undefined && pending === undefined && group === 0) {
    return { total: total + seScale, group, pending, scale: seScale };
  }
  return null;
}

function isNumberWord(word: string): boolean {
  return (
    DIGIT_WORDS.has(word) ||
    SE_WORDS.has(word) ||
    PLACE_WORDS.has(word) ||
    SCALE_WORDS.has(word) ||
    SE_SCALE_WORDS.has(word) ||
    VAGUE_WORDS.has(word) ||
    word === TEEN_WORD ||
    word === HALF_WORD
  );
}

function unitOf(written: string): string | undefined {
  // A lone capital is an abbreviation ("Rp5 M" is 5 miliar), not metres.
  return written.length === 1 && written !== written.toLowerCase()
    ? undefined
    : UNITS.get(written.toLowerCase());
}

function isUnitOrScale(written: string): boolean {
  return unitOf(written) !== undefined || DIGIT_SCALE_WORDS.has(written.toLowerCase());
}

// ------------------------------------------------------------------------------------------- readers

interface Scan {
  tokens: readonly Token[];
  blocked: readonly boolean[];
}

interface Measure extends AmountReading {
  unit: string | undefined;
}

interface Reading {
  /** Token indices, end-exclusive. */
  first: number;
  next: number;
  attrs: QuantityAttrs;
}

/** The token at i unless it is blocked or out of range. */
function visible(scan: Scan, i: number): Token | undefined {
  return scan.blocked[i] ? undefined : scan.tokens[i];
}

function isInlineSpace(token: Token | undefined): boolean {
  return token?.kind === 'space' && !token.text.includes('\n');
}

/** The index after a space within the line at i, or -1 when there is none. */
function afterSpace(scan: Scan, i: number): number {
  return isInlineSpace(visible(scan, i)) ? i + 1 : -1;
}

function afterOptionalSpace(scan: Scan, i: number): number {
  return isInlineSpace(visible(scan, i)) ? i + 1 : i;
}

function isHyphen(token: Token | undefined): boolean {
  return token?.kind === 'symbol' && token.text === '-';
}

/** The index after `phrase` matched from token i, or -1. */
function matchPhrase(scan: Scan, i: number, phrase: Phrase): number {
  if (i < 0) return -1;
  for (const [offset, part] of phrase.entries()) {
    const token = visible(scan, i + offset);
    const matches =
      part === SPACE ? isInlineSpace(token) : token?.kind !== 'space' && token?.text.toLowerCase() === part;
    if (!matches) return -1;
  }
  return i + phrase.length;
}

/** A lower-cased word at i that is not half of a hyphenated word ("satu-satunya"). */
function freeWordAt(scan: Scan, i: number): string | undefined {
  const token = visible(scan, i);
  if (token?.kind !== 'word' || isHyphen(scan.tokens[i - 1]) || isHyphen(scan.tokens[i + 1]))
    return undefined;
  return token.text.toLowerCase();
}

function wordBefore(scan: Scan, i: number): string | undefined {
  return isInlineSpace(scan.tokens[i - 1]) ? freeWordAt(scan, i - 2) : undefined;
}

function readScales(scan: Scan, reading: AmountReading, scales: ReadonlyMap<string, number>): AmountReading {
  let result = reading;
  for (;;) {
    const at = afterOptionalSpace(scan, result.next);
    const factor = scales.get(freeWordAt(scan, at) ?? '');
    if (factor === undefined) return result;
    result = { amount: scaleAmount(result.amount, factor), next: at + 1, scale: result.scale * factor };
  }
}

function readNumeral(scan: Scan, i: number, afterCurrency: boolean): AmountReading | null {
  const token = visible(scan, i);
  if (token?.kind !== 'number') return null;
  // Letters glued before ("MH17") or after ("13HO", "3D") make an identifier, not a quantity.
  if (!afterCurrency && scan.tokens[i - 1]?.kind === 'word') return null;
  const glued = scan.tokens[i + 1];
  if (glued?.kind === 'word' && !isUnitOrScale(glued.text)) return null;
  const value = parseNumeral(token.text);
  if (value === null) return null;
  return readScales(scan, { amount: { kind: 'point', value }, next: i + 1, scale: 1 }, DIGIT_SCALE_WORDS);
}

function readWordNumber(scan: Scan, i: number): AmountReading | null {
  if (isIdiomaticOne(scan, i)) return null;
  let state = NO_WORDS;
  let next = i;
  let at = i;
  while (at >= 0) {
    const advanced = addNumberWord(state, freeWordAt(scan, at) ?? '');
    if (!advanced) break;
    state = advanced;
    next = at + 1;
    at = afterSpace(scan, next);
  }
  if (next === i) return null;
  const value = tidy(state.total + state.group + (state.pending ?? 0));
  return { amount: { kind: 'point', value }, next, scale: state.scale };
}

/** "salah satu" (one of) is not a count. */
function isIdiomaticOne(scan: Scan, i: number): boolean {
  return freeWordAt(scan, i) === 'satu' && wordBefore(scan, i) === 'salah';
}

function readVague(scan: Scan, i: number): AmountReading | null {
  const word = freeWordAt(scan, i) ?? '';
  const interval = VAGUE_WORDS.get(word);
  if (interval)
    return readScales(scan, { amount: { kind: 'interval', interval }, next: i + 1, scale: 1 }, SCALE_WORDS);
  if (word !== SEVERAL_WORD) return null;
  const several = readScales(
    scan,
    { amount: { kind: 'interval', interval: SEVERAL }, next: i + 1, scale: 1 },
    SEVERAL_SCALE_WORDS,
  );
  return several.scale > 1 ? several : null;
}

function readAmount(scan: Scan, i: number, afterCurrency: boolean): AmountReading | null {
  return readNumeral(scan, i, afterCurrency) ?? readWordNumber(scan, i) ?? readVague(scan, i);
}

function readCurrency(scan: Scan, i: number): { unit: string; next: number } | null {
  for (const { phrase, value } of CURRENCY_PREFIXES) {
    const end = matchPhrase(scan, i, phrase);
    if (end >= 0) return { unit: value, next: afterOptionalSpace(scan, end) };
  }
  return null;
}

function readUnit(scan: Scan, i: number): { unit: string; next: number } | null {
  const at = afterOptionalSpace(scan, i);
  const token = visible(scan, at);
  const unit = token && token.kind !== 'space' && token.kind !== 'number' ? unitOf(token.text) : undefined;
  return unit === undefined ? null : { unit, next: at + 1 };
}

/** Currency, amount, scale and unit: "Rp4.150", "1,2 juta", "170mm", "puluhan ribu". */
function readMeasure(scan: Scan, i: number): Measure | null {
  const currency = readCurrency(scan, i);
  const reading = readAmount(scan, currency?.next ?? i, currency !== null);
  if (!reading) return null;
  if (currency) return { ...reading, unit: currency.unit };
  const unit = readUnit(scan, reading.next);
  return { ...reading, unit: unit?.unit, next: unit?.next ?? reading.next };
}

function readComparatorPrefix(scan: Scan, i: number): { comparator: Comparator; next: number } | null {
  for (const { phrase, value } of COMPARATOR_PREFIXES) {
    const next = afterSpace(scan, matchPhrase(scan, i, phrase));
    if (next >= 0) return { comparator: value, next };
  }
  return null;
}

function readMoreSuffix(scan: Scan, i: number): { comparator: Comparator; next: number } | null {
  const at = afterSpace(scan, i);
  if (freeWordAt(scan, at) !== MORE_SUFFIX) return null;
  const following = freeWordAt(scan, afterSpace(scan, at + 1));
  return following !== undefined && COMPARISON_AFTER_MORE.has(following)
    ? null
    : { comparator: '>', next: at + 1 };
}

/** The index after a range joiner at i (the spaces around it included), or -1. */
function matchJoiner(scan: Scan, i: number, joiners: Joiners): number {
  for (const { phrase, value: spaced } of joiners) {
    const next = spaced
      ? afterSpace(scan, matchPhrase(scan, afterSpace(scan, i), phrase))
      : afterOptionalSpace(scan, matchPhrase(scan, afterOptionalSpace(scan, i), phrase));
    if (next >= 0) return next;
  }
  return -1;
}

interface RangeReading {
  lower: number;
  upper: number;
  unit: string | undefined;
  next: number;
}

/** The second end of a range after `first`, as in "11.000-12.000", "1-2 juta" or "10 hingga 15 km". */
function readRangeEnd(scan: Scan, first: Measure, joinerSets: readonly Joiners[]): RangeReading | null {
  const joined = joinerSets
    .map((joiners) => matchJoiner(scan, first.next, joiners))
    .find((next) => next >= 0);
  const second = joined === undefined ? null : readMeasure(scan, joined);
  if (!second || first.amount.kind !== 'point' || second.amount.kind !== 'point') return null;
  const upper = second.amount.value;
  const lower = spreadScale(first.amount.value, first.scale, second.scale, upper);
  if (lower >= upper) return null;
  return { lower, upper, unit: first.unit ?? second.unit, next: second.next };
}

/** "1-2 juta" is 1 juta to 2 juta, but "1.500 hingga 2 juta" starts at 1.500. */
function spreadScale(lower: number, lowerScale: number, upperScale: number, upper: number): number {
  if (lowerScale !== 1 || upperScale === 1) return lower;
  const scaled = tidy(lower * upperScale);
  return scaled < upper ? scaled : lower;
}

function readOpenedRange(scan: Scan, i: number): Reading | null {
  for (const opener of RANGE_OPENERS) {
    const first = readMeasure(scan, afterSpace(scan, matchPhrase(scan, i, opener.phrase)));
    const range = first && readRangeEnd(scan, first, [opener.joiners]);
    if (range) return { first: i, next: range.next, attrs: rangeAttrs(range, '=') };
  }
  return null;
}

function readComparedQuantity(scan: Scan, i: number): Reading | null {
  const prefix = readComparatorPrefix(scan, i);
  const measure = readMeasure(scan, prefix?.next ?? i);
  if (!measure) return null;
  const range = readRangeEnd(scan, measure, [DASH_JOINERS, WORD_JOINERS]);
  if (range) return { first: i, next: range.next, attrs: rangeAttrs(range, prefix?.comparator ?? '=') };
  const suffix = prefix ? null : readMoreSuffix(scan, measure.next);
  const comparator =
    prefix?.comparator ?? suffix?.comparator ?? (measure.amount.kind === 'point' ? '=' : '~');
  return { first: i, next: suffix?.next ?? measure.next, attrs: measureAttrs(measure, comparator) };
}

function readQuantityAt(scan: Scan, i: number): Reading | null {
  return readOpenedRange(scan, i) ?? readComparedQuantity(scan, i);
}

// ----------------------------------------------------------------------------------------- attributes

function measureAttrs(measure: Measure, comparator: Comparator): QuantityAttrs {
  const { amount, unit } = measure;
  if (amount.kind === 'interval') {
    const [lower, upperExclusive] = amount.interval;
    return withUnit({ lower, upper: upperExclusive - 1, comparator, vague: true }, unit);
  }
  const { value } = amount;
  // '>=' and '<=' name an inclusive bound ("hingga 12.000" → upper 12000); '>' and '<' do not.
  const bounds = comparator === '>=' ? { lower: value } : comparator === '<=' ? { upper: value } : {};
  return withUnit({ value, ...bounds, comparator }, unit);
}

function rangeAttrs(range: RangeReading, comparator: Comparator): QuantityAttrs {
  return withUnit({ lower: range.lower, upper: range.upper, comparator }, range.unit);
}

function withUnit(attrs: QuantityAttrs, unit: string | undefined): QuantityAttrs {
  return unit === undefined ? attrs : { ...attrs, unit };
}

const NEXT_WORD = /^[^\S\n]+([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)(?!\d)/u;

/** The counted noun at the start of `following` ("tentara" in " tentara untuk…"), lower-cased. */
export function countedNoun(following: string): string | undefined {
  const word = NEXT_WORD.exec(following)?.[1]?.toLowerCase();
  if (word === undefined || STOP_WORDS.has(word) || isNumberWord(word) || MONTH_NAMES.includes(word))
    return undefined;
  return unitOf(word) === undefined ? word : undefined;
}

// -------------------------------------------------------------------------------------------- search

/**
 * Every quantity in `text`, left to right, without `counted`. `lenient` also reads what looks like a
 * date, time, year or identifier: for a span the analyst has already called a quantity.
 */
export function readQuantities(text: string, lenient = false): QuantityMatch[] {
  const tokens = tokenize(text);
  const scan: Scan = { tokens, blocked: lenient ? [] : markBlocked(tokens, findNonQuantities(text)) };
  const matches: QuantityMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const reading = readQuantityAt(scan, i);
    if (reading) {
      matches.push(toMatch(tokens, reading));
      i = reading.next;
    } else {
      i++;
    }
  }
  return matches;
}

function toMatch(tokens: readonly Token[], reading: Reading): QuantityMatch {
  const start = tokens[reading.first]?.start ?? 0;
  const end = tokens[reading.next - 1]?.end ?? start;
  return { start, end, attrs: reading.attrs };
}

/** Every quantity in running text, with the counted noun that follows it. */
export function findQuantities(text: string): QuantityMatch[] {
  return readQuantities(text).map((match) => {
    const counted = countedNoun(text.slice(match.end));
    return counted === undefined ? match : { ...match, attrs: { ...match.attrs, counted } };
  });
}
