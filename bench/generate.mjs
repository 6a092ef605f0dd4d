// Deterministic fixtures for the benchmark: the article and its spans, the library, the dataset.
// Everything comes from the corpus in ../shared/corpus and a seeded PRNG, so two runs measure the same bytes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../shared/corpus');
export const LABELS = ['CLAIM', 'SOURCE', 'QUANTITY'];
export const ANNOTATOR = 'bench';
const STAMP = Date.UTC(2026, 0, 5, 9, 0, 0);

/** mulberry32: small, fast, good enough for fixtures. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)] };
}

export function corpusTexts() {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) =>
      readFileSync(join(CORPUS_DIR, name), 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .trim(),
    );
}

const sha256 = (text) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const iso = (ms) => new Date(STAMP + ms).toISOString();

/** The corpus repeated until it passes `size` characters, cut at the last line end before `size`. */
export function article(size = 100_000, heading = 'Bench article') {
  const corpus = corpusTexts().join('\n\n');
  let text = `${heading}\n\n`;
  while (text.length < size) text += `${corpus}\n\n`;
  return text.slice(0, text.lastIndexOf('\n', size)).trimEnd();
}

/**
 * `count` spans over `text`: lengths 5–200, random starts (so they overlap), and about a third nested
 * inside an earlier span. Returned in the app's text order (start, then longer first).
 */
export function makeSpans(text, count, { seed = count, docId, idPrefix = 'bench' } = {}) {
  const random = prng(seed * 7919 + 17);
  const seen = new Set();
  const spans = [];
  while (spans.length < count) {
    let start;
    let end;
    const parent = spans.length > 0 && random.next() < 0.35 ? random.pick(spans) : null;
    if (parent && parent.end - parent.start >= 12) {
      const length = random.int(5, Math.min(200, parent.end - parent.start - 2));
      start = parent.start + random.int(1, parent.end - parent.start - length - 1);
      end = start + length;
    } else {
      const length = random.int(5, Math.min(200, text.length));
      start = random.int(0, text.length - length);
      end = start + length;
    }
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const i = spans.length;
    spans.push({
      id: `${idPrefix}-${String(i).padStart(6, '0')}`,
      docId,
      start,
      end,
      label: random.pick(LABELS),
      annotator: ANNOTATOR,
      status: 'accepted',
      note: '',
      attrs: {},
      created: iso(i),
      updated: iso(i),
    });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
}

function counts(spans) {
  const result = { CLAIM: 0, SOURCE: 0, QUANTITY: 0 };
  for (const span of spans) result[span.label]++;
  return result;
}

/** The distinct lower-case words of a text: the library's search index (renderer/src/model/search-words.ts). */
export function searchWords(text) {
  return [...new Set(text.toLocaleLowerCase('id').match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/** A StoredDocument record (renderer/src/model/types.ts), with `words` for schemas that index them. */
export function storedDocument(text, { title, file, status = 'in_progress', spans = [], age = 0 }) {
  return {
    id: sha256(text),
    words: searchWords(`${title}\n${file}\n${text}`),
    text,
    meta: { title, file },
    status,
    counts: counts(spans),
    created: iso(-age),
    updated: iso(-age),
  };
}

/**
 * StoredDocument records and their spans as the app's database holds them (schema v6): the library's rows
 * in `docs`, each text and its search words in `texts`, keyed by the same id, and each document's spans,
 * in text order, as one record of `spanSets`.
 */
export function appDocumentTables(docs, spans = []) {
  const byDoc = new Map();
  for (const span of spans) {
    if (!byDoc.has(span.docId)) byDoc.set(span.docId, []);
    byDoc.get(span.docId).push(span);
  }
  return {
    docs: docs.map(({ text: _text, words: _words, ...summary }) => summary),
    texts: docs.map(({ id, text, words }) => ({ id, text, words })),
    spanSets: [...byDoc].map(([docId, own]) => ({ docId, spans: own })),
  };
}

/** The 100,000-character article with `count` spans: doc record, spans, the same for the baselines. */
export function articleFixture(count) {
  const text = article(100_000, `Bench article with ${count} spans`);
  const id = sha256(text);
  const spans = makeSpans(text, count, { docId: id, idPrefix: `a${count}` });
  const doc = storedDocument(text, {
    title: `Bench article with ${count} spans`,
    file: `bench-${count}.txt`,
    spans,
  });
  return { doc, spans };
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const LABEL_CLASS = { CLAIM: 'c', SOURCE: 's', QUANTITY: 'q' };

/**
 * The text with every span as a <mark>, correctly nested: where spans overlap without nesting,
 * the inner ones are closed at the boundary and reopened, so each span may be several fragments
 * (all with its data-id).
 */
export function nestedMarkup(text, spans) {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const ends = new Map();
  for (const span of ordered) {
    if (!ends.has(span.end)) ends.set(span.end, new Set());
    ends.get(span.end).add(span);
  }
  const points = [...new Set([0, text.length, ...ordered.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const open = (span) => `<mark class="${LABEL_CLASS[span.label]}" data-id="${span.id}">`;
  const stack = [];
  let html = '';
  let next = 0;
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    const ending = ends.get(at);
    if (ending && stack.some((span) => ending.has(span))) {
      // Close down to the deepest ending span, then reopen the survivors in their order.
      const lowest = stack.findIndex((span) => ending.has(span));
      const closed = stack.splice(lowest);
      html += '</mark>'.repeat(closed.length);
      for (const span of closed.filter((s) => !ending.has(s))) {
        stack.push(span);
        html += open(span);
      }
    }
    while (next < ordered.length && ordered[next].start === at) {
      stack.push(ordered[next]);
      html += open(ordered[next++]);
    }
    if (i + 1 < points.length) html += escapeHtml(text.slice(at, points[i + 1]));
  }
  return html + '</mark>'.repeat(stack.length);
}

/** `count` short articles (300–900 characters) for the library, with a word to search for. */
export function libraryFixture(count = 10_000) {
  const random = prng(424242);
  const corpus = corpusTexts().join('\n\n');
  const statuses = ['todo', 'in_progress', 'done'];
  const docs = [];
  for (let i = 0; i < count; i++) {
    const length = random.int(300, 900);
    let start = random.int(0, corpus.length - length);
    start = corpus.indexOf(' ', start) + 1;
    const title = `Berita ${i + 1}: ${corpus
      .slice(start, start + 60)
      .replace(/\s+/g, ' ')
      .trim()}`;
    const text = `${title}\n\n${corpus.slice(start, start + length).trim()}`;
    const spans = Array.from({ length: random.int(0, 12) }, () => ({ label: random.pick(LABELS) }));
    const file = `berita-${String(i + 1).padStart(5, '0')}.txt`;
    docs.push(storedDocument(text, { title, file, status: random.pick(statuses), spans, age: i * 60_000 }));
  }
  // The search word: a corpus word that about 3% of the articles contain (so the list visibly shrinks), and
  // that finds the same articles whether search matches substrings or the starts of words.
  const haystacks = docs.map((doc) => `${doc.meta.title}\n${doc.meta.file}\n${doc.text}`.toLowerCase());
  const words = [...new Set(corpus.toLowerCase().match(/[a-z]{6,}/g))].sort();
  let best = { word: '', matches: 0, miss: Infinity };
  for (let i = 0; i < 60; i++) {
    const word = words[random.int(0, words.length - 1)];
    const matches = haystacks.filter((h) => h.includes(word)).length;
    const starts = docs.filter((doc) => doc.words.some((w) => w.startsWith(word))).length;
    const miss = Math.abs(matches - count * 0.03);
    if (starts === matches && miss < best.miss) best = { word, matches, miss };
  }
  return { docs, search: { word: best.word, matches: best.matches } };
}

/** 1,000 documents (2,000–4,000 characters) with 100 spans each: stored records and native JSONL lines. */
export function datasetFixture(docCount = 1_000, spansPerDoc = 100) {
  const random = prng(99);
  const corpus = corpusTexts().join('\n\n');
  const docs = [];
  const spans = [];
  const lines = [];
  for (let i = 0; i < docCount; i++) {
    const length = random.int(2_000, 4_000);
    const start = random.int(0, corpus.length - length);
    const title = `Dataset article ${i + 1}`;
    const text = `${title}\n\n${corpus.slice(start, start + length).trim()}`;
    const id = sha256(text);
    const own = makeSpans(text, spansPerDoc, { seed: 1000 + i, docId: id, idPrefix: `d${i}` });
    const doc = storedDocument(text, { title, file: `dataset-${i + 1}.txt`, spans: own, age: i * 1000 });
    docs.push(doc);
    spans.push(...own);
    // The corpus has no characters past U+FFFF, so UTF-16 offsets are the code-point offsets.
    lines.push({
      id,
      text,
      meta: { title, file: doc.meta.file, status: doc.status },
      spans: own.map(({ docId: _docId, ...span }) => ({
        id: span.id,
        start: span.start,
        end: span.end,
        label: span.label,
        text: text.slice(span.start, span.end),
        annotator: span.annotator,
        status: span.status,
        note: span.note,
        attrs: span.attrs,
        created: span.created,
        updated: span.updated,
      })),
      relations: [],
      offset_unit: 'codepoint',
      format: 'annotation-workbench/1',
    });
  }
  return { docs, spans, lines };
}

export const settingRecords = () => [{ key: 'annotator', value: ANNOTATOR }];
