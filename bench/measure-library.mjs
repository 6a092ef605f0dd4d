// 5. The library with 10,000 short articles: first paint of the list after load (from navigation start),
// filtering by a word typed into the search box (from its input event to the paint of the filtered list),
// and a 2 s scripted scroll of the list (frames, and dropped frames: longer than 1.5× the median interval).
// Baseline: the same records in the baseline origin's IndexedDB, read raw and shown with one innerHTML.
import { cpuTimes, since } from './measure-open.mjs';
import { summarize } from './report.mjs';

const COUNT = 10_000;
const LIST = '[data-testid="library-list"]';
const SEARCH = 'input[aria-label="Search titles and text"]';
const SCROLL_MS = 2000;
const SCROLL_SPEED = 5000; // px/s, a brisk fling

/** Types `word` (one input event, as a paste) and times it to the paint of the list with `expected` items. */
async function filterTo(page, word, expected) {
  await page.evaluate(
    ({ list, expected }) =>
      __bench.armEvent('input', () => __bench.listSize(document.querySelector(list)) === expected),
    { list: LIST, expected },
  );
  await page.fill(SEARCH, word);
  const ms = await page.evaluate(() => window.__benchEvent);
  if (typeof ms !== 'number') throw new Error(`filter "${word}": ${ms}`);
  return ms;
}

function frameStats({ stamps, scrolled }) {
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
  const interval = summarize(intervals).median;
  return {
    frames: stamps.length,
    interval,
    dropped: intervals.filter((d) => d > 1.5 * interval).length,
    longest: Math.max(...intervals),
    scrolled,
  };
}

async function oneRun(page, url, word, matches) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const loaded = await cpuTimes(cdp);
  await page.goto(`${url}?benchItems=${COUNT}#`);
  const firstPaint = await page.evaluate(() => window.__benchList);
  const firstPaintCpu = since(loaded, await cpuTimes(cdp));
  // Two painted frames, then the scroll through the full list, then the filter (which leaves 3% of it).
  await page.evaluate(async () => {
    await __bench.afterPaint(() => true);
    await __bench.afterPaint(() => true);
  });
  const scrolling = await cpuTimes(cdp);
  const scroll = frameStats(
    await page.evaluate(
      ({ ms, speed, list }) => {
        // The list's scrolling box: the list's pane in the baseline, a box of its own in the app.
        let box = document.querySelector(list);
        while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
        return __bench.scroll(box, ms, speed);
      },
      { ms: SCROLL_MS, speed: SCROLL_SPEED, list: LIST },
    ),
  );
  const scrollCpu = since(scrolling, await cpuTimes(cdp));
  const filter = await filterTo(page, word, matches);
  await cdp.detach();
  return { firstPaint, filter, scroll, cpu: { firstPaint: firstPaintCpu, scroll: scrollCpu } };
}

export async function measureLibrary(ctx) {
  const { word, matches } = ctx.library().search;
  ctx.log(`library: seeding ${COUNT} articles (search word "${word}", ${matches} hits)`);
  const appContext = await ctx.newContext();
  await ctx.seedApp(appContext, 'library-app');
  const baseContext = await ctx.newContext();
  const seeder = await ctx.openBaseline(baseContext, 'library.html');
  await seeder.evaluate(
    async (url) =>
      __bench.put('tandai-library', await __bench.fetchJson(url), {
        docs: { keyPath: 'id', indexes: ['updated', 'status', '*words'] },
      }),
    ctx.data('library-docs'),
  );
  await seeder.close();

  const variants = {
    app: { context: appContext, url: ctx.app },
    baseline: { context: baseContext, url: `${ctx.base}library.html` },
  };
  const samples = { app: [], baseline: [] };
  // No warm-up run: seeding has loaded each page once already, and every load here is a navigation anyway.
  for (let run = 0; run < ctx.slowRuns; run++) {
    for (const [name, { context, url }] of Object.entries(variants)) {
      const page = await context.newPage();
      samples[name].push(await oneRun(page, url, word, matches));
      await page.close();
    }
  }
  await appContext.close();
  await baseContext.close();
  const pick = (name, get) => summarize(samples[name].map(get));
  const result = { word, matches, scrollSpeed: SCROLL_SPEED, scrollMs: SCROLL_MS };
  for (const [key, get] of [
    ['firstPaint', (s) => s.firstPaint],
    ['filter', (s) => s.filter],
  ])
    result[key] = { app: pick('app', get), baseline: pick('baseline', get) };
  result.scroll = Object.fromEntries(
    ['app', 'baseline'].map((name) => [
      name,
      Object.fromEntries(
        ['frames', 'dropped', 'interval', 'longest', 'scrolled'].map((k) => [
          k,
          pick(name, (s) => s.scroll[k]),
        ]),
      ),
    ]),
  );
  // Main-thread time (CDP Performance metrics, ms) during the first paint and during the scroll: what bounds them.
  result.cpu = Object.fromEntries(
    ['app', 'baseline'].map((name) => [
      name,
      Object.fromEntries(
        ['firstPaint', 'scroll'].map((phase) => [
          phase,
          Object.fromEntries(
            Object.keys(samples[name][0].cpu[phase]).map((k) => [
              k,
              pick(name, (s) => s.cpu[phase][k]).median,
            ]),
          ),
        ]),
      ),
    ]),
  );
  ctx.log(
    `library: first paint ${result.firstPaint.app.median.toFixed(0)} vs ${result.firstPaint.baseline.median.toFixed(0)} ms,`,
    `filter ${result.filter.app.median.toFixed(0)} vs ${result.filter.baseline.median.toFixed(0)} ms,`,
    `scroll dropped ${result.scroll.app.dropped.median} vs ${result.scroll.baseline.dropped.median}`,
  );
  return result;
}
