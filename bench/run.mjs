#!/usr/bin/env node
// npm run bench [-- --runs 5] [--slow-runs 3] [--dataset-runs 1] [--only open,keys,dataset,library] [--build]
// Serves the built renderer (building it if out/renderer is missing, or always with --build) and the
// baseline pages, drives Debian's (or Playwright's) Chromium, prints a table and writes
// bench/results/latest.json. Every figure is a median over runs; each is put next to a baseline measured
// in the same run on the same text and spans.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import {
  appDocumentTables,
  articleFixture,
  datasetFixture,
  libraryFixture,
  nestedMarkup,
  settingRecords,
} from './generate.mjs';
import { measureDataset } from './measure-dataset.mjs';
import { measureKeys } from './measure-keys.mjs';
import { measureLibrary } from './measure-library.mjs';
import { measureOpen } from './measure-open.mjs';
import { printTable } from './report.mjs';

const root = resolve(import.meta.dirname, '..');
const benchDir = import.meta.dirname;
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
// Runs per figure: RUNS in general; SLOW_RUNS for opening the 5,000-span article and for the library (10 s a
// load here); DATASET_RUNS for the 100,000-span import and export (about 2 minutes a run on 2 cores).
const RUNS = Number(option('runs', 5));
const SLOW_RUNS = Number(option('slow-runs', 3));
const DATASET_RUNS = Number(option('dataset-runs', 1));
const ONLY = option('only', 'open,keys,dataset,library').split(',');
// --open-sizes 2000: only these articles for the opens; --renderer DIR: serve that build (bench/ab.mjs).
const OPEN_SIZES_CHOSEN = option('open-sizes', '').split(',').filter(Boolean).map(Number);
const RENDERER = option('renderer', '');

const log = (...parts) =>
  console.error(`[bench ${((performance.now() / 1000) | 0).toString().padStart(3)}s]`, ...parts);

// --- Fixtures, generated once and served as JSON to the pages that need them -------------------------------
const memo = (make) => {
  let value;
  return () => (value ??= make());
};
const articles = memo(() => new Map([0, 500, 2000, 5000].map((n) => [n, articleFixture(n)])));
const library = memo(() => libraryFixture(10_000));
const dataset = memo(() => datasetFixture(1_000, 100));
const slim = (spans) => spans.map(({ id, start, end, label }) => ({ id, start, end, label }));

/** Data the pages fetch, by key: built on first request. */
const DATA = {
  'app-articles': () => ({
    ...appDocumentTables(
      [...articles().values()].map((a) => a.doc),
      [...articles().values()].flatMap((a) => a.spans),
    ),
    settings: settingRecords(),
  }),
  ...Object.fromEntries(
    [0, 500, 2000, 5000].map((n) => [
      `article-${n}`,
      () => {
        const { doc, spans } = articles().get(n);
        return { text: doc.text, spans: slim(spans), html: nestedMarkup(doc.text, spans) };
      },
    ]),
  ),
  'library-app': () => ({ ...appDocumentTables(library().docs), settings: settingRecords() }),
  'library-docs': () => ({ docs: library().docs }),
  'dataset-records': () => ({
    ...appDocumentTables(dataset().docs, dataset().spans),
    settings: settingRecords(),
  }),
  'dataset-lines': () => dataset().lines,
  // The same lines as the JSONL file the import reads (a string is served as it is).
  'dataset-jsonl': () =>
    dataset()
      .lines.map((line) => `${JSON.stringify(line)}\n`)
      .join(''),
  settings: () => ({ settings: settingRecords() }),
};

const dataCache = new Map();
/** A fixture's JSON bytes, serialised once. */
function dataBytes(key) {
  if (!DATA[key]) return null;
  if (!dataCache.has(key)) {
    const value = DATA[key]();
    dataCache.set(key, Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)));
  }
  return dataCache.get(key);
}
const DATA_PATH = '/__bench/data/';

// --- Servers --------------------------------------------------------------------------------------------------
async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** The newest modification time of the files under `dir`. */
function newest(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => statSync(join(dir, name)).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
}

/** The built renderer, through the same script the end-to-end tests use. */
async function startApp() {
  const port = await freePort();
  const mode = RENDERER ? ['--out', RENDERER] : flag('build') ? [] : ['--preview'];
  const built = join(root, 'out/renderer/index.html');
  if (RENDERER) log(`serving the renderer built in ${RENDERER}`);
  else if (!mode.length || !existsSync(built)) log('building the renderer…');
  else if (statSync(built).mtimeMs < newest(join(root, 'renderer/src')))
    log(
      'note: out/renderer is older than renderer/src; `npm run bench -- --build` measures the current source',
    );
  const child = spawn(
    process.execPath,
    ['scripts/web.mjs', ...mode, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('is running at')) done();
    });
    child.once('exit', (code) => fail(new Error(`the preview server exited (${code}): ${out}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

/** A bundle of @recogito/text-annotator for its baseline page, or null when it is not installed. */
async function recogitoBundle() {
  try {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: {
        contents:
          "import { createTextAnnotator } from '@recogito/text-annotator'; window.createTextAnnotator = createTextAnnotator;",
        resolveDir: root,
      },
      bundle: true,
      format: 'iife',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const css = readFileSync(join(root, 'node_modules/@recogito/text-annotator/dist/text-annotator.css'));
    return { js: result.outputFiles[0].contents, css };
  } catch (error) {
    log(`no @recogito/text-annotator baseline: ${error.message.split('\n')[0]}`);
    return null;
  }
}

/** Baseline pages and the fixtures' JSON, on another origin. */
async function startBaselines(recogito) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let body;
    if (path.startsWith(DATA_PATH)) body = dataBytes(path.slice(DATA_PATH.length));
    else if (path === '/recogito.js' && recogito) body = recogito.js;
    else if (path === '/recogito.css' && recogito) body = recogito.css;
    else if (/^\/[\w-]+\.(html|css)$/.test(path) && existsSync(join(benchDir, 'baselines', path)))
      body = readFileSync(join(benchDir, 'baselines', path));
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[extname(path)] ?? 'application/json',
      'Cache-Control': 'max-age=3600',
    });
    res.end(body);
  });
  const port = await freePort();
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}

// --- Shared page helpers for the measure-*.mjs modules ---------------------------------------------------------
function makeContext(browser, app, base) {
  const probe = join(benchDir, 'baselines/probe.js');
  const ctx = {
    runs: RUNS,
    slowRuns: SLOW_RUNS,
    openSizes: OPEN_SIZES_CHOSEN.length > 0 ? OPEN_SIZES_CHOSEN : undefined,
    datasetRuns: DATASET_RUNS,
    log,
    app: app.url,
    base: base.url,
    hasRecogito: false,
    /** Where a page fetches a fixture: same-origin, served by the baseline server or, in the app, by routeData(). */
    data: (key) => `${DATA_PATH}${key}`,
    /** The app's CSP allows only same-origin fetches: this page gets the fixtures through Playwright's router. */
    async routeData(page) {
      await page.route(`**${DATA_PATH}*`, (route) => {
        const body = dataBytes(new URL(route.request().url()).pathname.slice(DATA_PATH.length));
        return body
          ? route.fulfill({ body, contentType: 'application/json' })
          : route.fulfill({ status: 404 });
      });
    },
    articles,
    library,
    dataset,
    async newContext() {
      const context = await browser.newContext({
        viewport: { width: 1400, height: 860 },
        acceptDownloads: true,
      });
      await context.addInitScript({ path: probe });
      return context;
    },
    /** A page of the app, loaded and ready (its database open). */
    async openApp(context, suffix = '#') {
      const page = await context.newPage();
      page.on('pageerror', (error) => log(`page error in the app: ${error.message}`));
      await page.goto(`${app.url}${suffix}`);
      await page.locator('.app[data-ready="true"]').waitFor({ timeout: 120_000 });
      return page;
    },
    /** Writes a fixture's records into the app's own database; later pages of `context` see them. */
    async seedApp(context, key) {
      const page = await ctx.openApp(context);
      await ctx.routeData(page);
      const ms = await page.evaluate(
        async (url) => __bench.put('tandai', await __bench.fetchJson(url)),
        ctx.data(key),
      );
      await page.close();
      return ms;
    },
    async openBaseline(context, name) {
      const page = await context.newPage();
      page.on('pageerror', (error) => log(`page error in the ${name} baseline: ${error.message}`));
      await page.goto(`${base.url}${name}`);
      return page;
    },
    async heapMB(page) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usedSize / 2 ** 20;
    },
  };
  return ctx;
}

// --- Main --------------------------------------------------------------------------------------------------------
async function main() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found (set TANDAI_CHROMIUM or install /usr/bin/chromium)');
  const recogito = await recogitoBundle();
  const [app, base] = await Promise.all([startApp(), startBaselines(recogito)]);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results = {
    when: new Date().toISOString(),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim(),
    dirty:
      spawnSync('git', ['status', '--porcelain', 'renderer'], {
        cwd: root,
        encoding: 'utf8',
      }).stdout.trim() !== '',
    build: statSync(join(RENDERER || join(root, 'out/renderer'), 'index.html')).mtime.toISOString(),
    chromium: browser.version(),
    node: process.version,
    cpus: cpus().length,
    runs: { runs: RUNS, slowRuns: SLOW_RUNS, datasetRuns: DATASET_RUNS },
    method:
      'Times are performance.now() in the page: from a mark just before the change (the hash set on an app that has ' +
      'already loaded its library; innerHTML or the annotator call on a baseline page that has already loaded its data; ' +
      'for the opens, each page first quiet for 300 ms and two idle periods in a row) ' +
      'to the first requestAnimationFrame after the result is in the DOM, plus a message posted from that frame so its ' +
      'style, layout and paint are included. Medians over runs.',
  };
  const started = performance.now();
  try {
    const ctx = makeContext(browser, app, base);
    ctx.hasRecogito = recogito !== null;
    if (ONLY.includes('open')) results.open = await measureOpen(ctx);
    if (ONLY.includes('keys')) results.keys = await measureKeys(ctx);
    if (ONLY.includes('dataset')) results.dataset = await measureDataset(ctx);
    if (ONLY.includes('library')) results.library = await measureLibrary(ctx);
  } finally {
    await browser.close();
    app.stop();
    base.stop();
  }
  results.seconds = Math.round((performance.now() - started) / 1000);
  const out = join(benchDir, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  console.log(
    `\n${results.seconds} s · Chromium ${results.chromium} · ${results.cpus} CPUs · wrote bench/results/latest.json`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
