// 3. Import of a native JSONL dataset (1,000 documents, 100,000 spans) against a raw IndexedDB put of the
// same records, and 4. export of it to native JSONL against JSON.stringify of the same lines.
//
// The floor for the import is "raw Dexie bulkPut"; Dexie is bundled inside the app and not reachable from
// the page, so the floor here is the same work without Dexie: every record put in one readwrite transaction
// of the app's own database (with its indexes), timed to the transaction's complete event.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { profiler } from './measure-open.mjs';
import { summarize } from './report.mjs';

const DOCS = 1_000;
const SPANS = 100_000;

function writeJsonl(ctx) {
  // A directory of its own: two benchmarks running at once must not share (or delete) each other's file.
  const dir = mkdtempSync(join(tmpdir(), 'tandai-bench-'));
  const path = join(dir, 'dataset.jsonl');
  writeFileSync(
    path,
    ctx
      .dataset()
      .lines.map((line) => `${JSON.stringify(line)}\n`)
      .join(''),
  );
  return path;
}

/** Arms an event→paint measurement whose condition is a selector with an optional text it must contain. */
const arm = (page, type, selector, text) =>
  page.evaluate(
    ({ type, selector, text }) =>
      __bench.armEvent(
        type,
        () => [...document.querySelectorAll(selector)].some((el) => el.textContent.includes(text ?? '')),
        600_000,
      ),
    { type, selector, text },
  );
const measured = async (page, what) => {
  const ms = await page.evaluate(() => window.__benchEvent);
  if (typeof ms !== 'number') throw new Error(`${what}: ${ms}`);
  return ms;
};

/**
 * The app's import, as a user does it: Import… picks the file, the preview dialog shows what was read, its
 * Import button writes it. Two timings, without the time a person takes to read the preview: from the file
 * input's event to the painted preview, and from the click on Import to the painted report.
 */
async function importInApp(ctx, context, jsonl) {
  const page = await ctx.openApp(context);
  const profile = await profiler(page);
  await arm(page, 'input', '[data-testid="import-summary"]', `${DOCS} documents`);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: /^Import…/ }).click(),
  ]);
  await chooser.setFiles(jsonl);
  const read = await measured(page, 'reading the dataset');
  const preview = page.getByRole('dialog', { name: /^Import/ });
  await arm(page, 'click', '[data-testid="notice"]', `Imported ${SPANS} spans`);
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  const write = await measured(page, 'writing the dataset');
  await profile.save('import');
  const stored = await page.evaluate(async () =>
    (await __bench.getAll('tandai', ['spanSets'])).spanSets.reduce((sum, set) => sum + set.spans.length, 0),
  );
  if (stored !== SPANS) throw new Error(`the import stored ${stored} spans, not ${SPANS}`);
  await page.close();
  return { read, write, total: read + write };
}

/** The export through its dialog (native JSONL is the default format): from the click on Export… to the download. */
async function exportInApp(ctx, context, check) {
  const page = await ctx.openApp(context);
  await page.getByRole('button', { name: /^Export dataset…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export dataset' });
  const confirm = dialog.getByRole('button', { name: 'Export…' });
  await confirm.waitFor();
  const downloaded = page.waitForEvent('download', { timeout: 600_000 });
  const profile = await profiler(page);
  const begun = performance.now();
  await confirm.click({ noWaitAfter: true });
  const download = await downloaded;
  const ms = performance.now() - begun;
  await profile.save('export');
  let counts;
  if (check) {
    const lines = readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\n');
    counts = {
      documents: lines.length,
      spans: lines.reduce((sum, line) => sum + JSON.parse(line).spans.length, 0),
    };
  }
  await download.delete();
  await page.close();
  return { ms, counts };
}

export async function measureDataset(ctx) {
  const runs = ctx.datasetRuns;
  const jsonl = writeJsonl(ctx);
  const samples = {
    rawPut: [],
    parse: [],
    stringify: [],
    readStringify: [],
    read: [],
    write: [],
    total: [],
    export: [],
  };
  let importError = null;
  let exportCheck = null;
  for (let run = 0; run < runs; run++) {
    // The floors: a raw put of the records into the app's own (empty) database, and JSON.stringify of the lines.
    const floors = await ctx.newContext();
    const page = await ctx.openApp(floors);
    await ctx.routeData(page);
    const put = await page.evaluate(
      async (url) => __bench.put('tandai', await __bench.fetchJson(url)),
      ctx.data('dataset-records'),
    );
    samples.rawPut.push(put);
    // What any import of the file pays before writing: decoding its bytes and JSON.parse of its lines.
    samples.parse.push(
      await page.evaluate(async (url) => {
        const bytes = await (await fetch(url)).arrayBuffer();
        const begun = performance.now();
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        const records = text
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line));
        return records.length > 0 ? performance.now() - begun : Number.NaN;
      }, ctx.data('dataset-jsonl')),
    );
    samples.stringify.push(
      await page.evaluate(async (url) => {
        const lines = await __bench.fetchJson(url);
        const begun = performance.now();
        const jsonl = lines.map((line) => `${JSON.stringify(line)}\n`).join('');
        return jsonl.length > 0 ? performance.now() - begun : Number.NaN;
      }, ctx.data('dataset-lines')),
    );
    // A second, informative floor: the export's own reading, raw (getAll of docs, texts and span sets), then the lines.
    samples.readStringify.push(
      await page.evaluate(async () => {
        const begun = performance.now();
        const { docs, texts, spanSets } = await __bench.getAll('tandai', ['docs', 'texts', 'spanSets']);
        const byDoc = new Map(spanSets.map((set) => [set.docId, set.spans]));
        const textOf = new Map(texts.map(({ id, text }) => [id, text]));
        const jsonl = docs
          .map((doc) => {
            const text = textOf.get(doc.id);
            const own = (byDoc.get(doc.id) ?? []).map(({ docId, ...span }) => ({
              ...span,
              text: text.slice(span.start, span.end),
            }));
            const meta = { ...doc.meta, status: doc.status };
            const line = { id: doc.id, text, meta, spans: own, relations: [] };
            return `${JSON.stringify({ ...line, offset_unit: 'codepoint', format: 'annotation-workbench/1' })}\n`;
          })
          .join('');
        return jsonl.length > 0 ? performance.now() - begun : Number.NaN;
      }),
    );
    await page.close();
    // The export, of the database the raw put filled.
    const exported = await exportInApp(ctx, floors, run === 0);
    samples.export.push(exported.ms);
    exportCheck ??= exported.counts;
    await floors.close();

    // The app's import, into a fresh database.
    const fresh = await ctx.newContext();
    await ctx.seedApp(fresh, 'settings');
    try {
      const imported = await importInApp(ctx, fresh, jsonl);
      for (const key of ['read', 'write', 'total']) samples[key].push(imported[key]);
    } catch (error) {
      importError = String(error.message ?? error).split('\n')[0];
      ctx.log(`dataset import failed: ${importError}`);
    }
    await fresh.close();
    ctx.log(
      `dataset run ${run + 1}/${runs}: import ${samples.total.at(-1)?.toFixed(0)} ms`,
      `(read ${samples.read.at(-1)?.toFixed(0)}, write ${samples.write.at(-1)?.toFixed(0)}) vs raw put ${put.toFixed(0)} ms`,
      `(+ decode and parse ${samples.parse.at(-1)?.toFixed(0)} ms);`,
      `export ${exported.ms.toFixed(0)} ms vs stringify ${samples.stringify.at(-1).toFixed(0)} ms`,
    );
  }
  rmSync(dirname(jsonl), { recursive: true, force: true });
  const imported = samples.total.length === runs;
  return {
    runs,
    import: {
      status: imported ? 'measured' : `pending (${importError ?? 'no dataset import yet'})`,
      rawPut: summarize(samples.rawPut),
      parse: summarize(samples.parse),
      ...(imported && {
        app: summarize(samples.total),
        read: summarize(samples.read),
        write: summarize(samples.write),
      }),
    },
    export: {
      app: summarize(samples.export),
      stringify: summarize(samples.stringify),
      readAndStringify: summarize(samples.readStringify),
      check: exportCheck,
    },
  };
}
