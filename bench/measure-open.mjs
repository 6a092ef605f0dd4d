// 1. Opening the 100,000-character article with 0 / 500 / 2,000 / 5,000 spans, and 6. the JS heap after
// opening the 5,000-span one. App: the library is loaded, then the hash is set; baselines: the data is
// loaded, then the markup is set; each once its page has settled (__bench.settle). Both to the paint of the
// first frame that shows the spans. The app's span list, which the baselines do not have, paints in a later
// frame: its time is reported beside.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './report.mjs';

export const OPEN_SIZES = [0, 500, 2000, 5000];

/** CDP's cumulative main-thread times (seconds): where an open's time goes. */
export async function cpuTimes(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    script: get('ScriptDuration'),
    style: get('RecalcStyleDuration'),
    layout: get('LayoutDuration'),
    task: get('TaskDuration'),
  };
}
/**
 * TANDAI_BENCH_PROFILE=<dir>: a CPU profile of what runs between start() and save(name), for Chromium's
 * DevTools; both do nothing without it.
 */
export async function profiler(page, session) {
  const dir = process.env.TANDAI_BENCH_PROFILE;
  // A session of its own only when profiling: the timed pages run without one otherwise.
  const cdp = dir ? (session ?? (await page.context().newCDPSession(page))) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  return {
    async save(name) {
      if (!cdp) return;
      const { profile } = await cdp.send('Profiler.stop');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    },
  };
}

export const since = (before, after) =>
  Object.fromEntries(Object.keys(after).map((k) => [k, (after[k] - before[k]) * 1000]));

async function openInApp(ctx, context, doc, spanCount, { heap = false } = {}) {
  const page = await ctx.openApp(context, '#');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const shellHeap = heap ? await ctx.heapMB(page) : undefined;
  await page.evaluate(() => __bench.settle());
  const before = await cpuTimes(cdp);
  const profile = await profiler(page, cdp);
  const { ms, listMs } = await page.evaluate(
    async ({ id, spanCount }) => {
      const begun = performance.now();
      location.hash = `#doc=${encodeURIComponent(id)}`;
      const painted = await __bench.afterPaint(() => {
        const reader = document.querySelector('[data-testid="reader"][data-ready="true"]');
        return reader !== null && (spanCount === 0 || reader.querySelector('.span-mark') !== null);
      });
      // The span list beside it paints in a later frame: when its first row (or its empty note) is there.
      const listPainted = await __bench.afterPaint(
        () =>
          document.querySelector(
            '.span-panel [data-testid="span-list"] li, .span-panel > .empty:not([aria-busy])',
          ) !== null,
      );
      return { ms: painted - begun, listMs: listPainted - begun };
    },
    { id: doc.id, spanCount },
  );
  const breakdown = since(before, await cpuTimes(cdp));
  await profile.save(`open-${spanCount}`);
  const segments = await page.locator('.span-mark').count();
  const heapMB = heap ? await ctx.heapMB(page) : undefined;
  await cdp.detach();
  await page.close();
  return { ms, listMs, breakdown, segments, heapMB, shellHeapMB: shellHeap };
}

async function openBaseline(ctx, context, name, spanCount, { heap = false } = {}) {
  const page = await ctx.openBaseline(context, `${name}.html`);
  await page.evaluate((url) => baseline.load(url), ctx.data(`article-${spanCount}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate(() => __bench.settle());
  const before = await cpuTimes(cdp);
  const ms = await page.evaluate(() => baseline.open());
  const breakdown = since(before, await cpuTimes(cdp));
  const heapMB = heap ? await ctx.heapMB(page) : undefined;
  await cdp.detach();
  await page.close();
  return { ms, breakdown, heapMB };
}

export async function measureOpen(ctx) {
  ctx.log('open: seeding the app with the four articles');
  const appContext = await ctx.newContext();
  await ctx.seedApp(appContext, 'app-articles');
  const baseContext = await ctx.newContext();
  const variants = ['app', 'static', ...(ctx.hasRecogito ? ['recogito'] : [])];
  const result = { sizes: {}, memory: {} };
  const sizes = ctx.openSizes ?? OPEN_SIZES;
  for (const n of sizes) {
    const { doc } = ctx.articles().get(n);
    const samples = Object.fromEntries(variants.map((v) => [v, []]));
    // A warm-up of each before the first size (caches), then the runs, the variants interleaved so that noise
    // hits all alike; the largest size, the slowest, gets fewer runs.
    const runs = n === OPEN_SIZES.at(-1) ? ctx.slowRuns : ctx.runs;
    for (let run = n === sizes[0] ? -1 : 0; run < runs; run++) {
      for (const variant of variants) {
        const sample =
          variant === 'app'
            ? await openInApp(ctx, appContext, doc, n)
            : await openBaseline(ctx, baseContext, variant, n);
        if (run >= 0) samples[variant].push(sample);
      }
    }
    if (n === OPEN_SIZES.at(-1)) {
      // 6. Memory: one more open of each, not timed, with a forced GC before reading the heap.
      for (const variant of variants) {
        const sample =
          variant === 'app'
            ? await openInApp(ctx, appContext, doc, n, { heap: true })
            : await openBaseline(ctx, baseContext, variant, n, { heap: true });
        result.memory[variant] = {
          spans: n,
          heapMB: sample.heapMB,
          ...(sample.shellHeapMB && { shellHeapMB: sample.shellHeapMB }),
        };
      }
    }
    result.sizes[n] = Object.fromEntries(
      variants.map((v) => [
        v,
        {
          ...summarize(samples[v].map((s) => s.ms)),
          breakdown: Object.fromEntries(
            Object.keys(samples[v][0].breakdown).map((k) => [
              k,
              summarize(samples[v].map((s) => s.breakdown[k])).median,
            ]),
          ),
          ...(v === 'app' && {
            segments: samples[v][0].segments,
            list: summarize(samples[v].map((s) => s.listMs)),
          }),
        },
      ]),
    );
    ctx.log(
      `open ${n} spans:`,
      variants.map((v) => `${v} ${result.sizes[n][v].median.toFixed(0)} ms`).join(', '),
      `(the app's span list ${result.sizes[n].app.list.median.toFixed(0)} ms)`,
    );
  }
  await appContext.close();
  await baseContext.close();
  return result;
}
