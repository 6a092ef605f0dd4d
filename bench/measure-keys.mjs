// 2. Key press to painted highlight: the first span is selected (Tab in the app), then 1/2/3 relabel it,
// each press a different label from the span's current one, so every press changes something.
// Timed in the page from the keydown (capture listener) to the first rAF after the reader's DOM changes
// (MutationObserver), and to the end of that frame (style, layout, paint included).
import { profiler } from './measure-open.mjs';
import { summarize } from './report.mjs';

export const KEY_SIZES = [500, 2000, 5000];
const WARM_UP = 1;
const PRESSES = 20;
const LABELS = ['CLAIM', 'SOURCE', 'QUANTITY'];
const KEY = { CLAIM: '1', SOURCE: '2', QUANTITY: '3' };

/** Presses WARM_UP + PRESSES keys; returns the measured ones ({ raf, painted } in ms, or an error string). */
async function pressAll(page, rootSelector, firstLabel, settled) {
  let label = firstLabel;
  const times = [];
  for (let i = 0; i < WARM_UP + PRESSES; i++) {
    label = LABELS[(LABELS.indexOf(label) + 1) % LABELS.length];
    await page.evaluate((selector) => __bench.armKey(document.querySelector(selector)), rootSelector);
    await page.keyboard.press(KEY[label]);
    const ms = await page.evaluate(() => window.__benchKey);
    await settled(label);
    if (i >= WARM_UP) times.push(ms);
  }
  return times;
}

/** Waits for two painted frames: whatever the last change set going has finished. */
const quiet = (page) =>
  page.evaluate(async () => {
    await __bench.afterPaint(() => true);
    await __bench.afterPaint(() => true);
  });

async function appPresses(ctx, context, n) {
  const { doc, spans } = ctx.articles().get(n);
  const page = await ctx.openApp(context, `#doc=${encodeURIComponent(doc.id)}`);
  await page.locator('[data-testid="reader"][data-ready="true"] .span-mark').first().waitFor();
  // Keys in a steady state: the reader has painted the whole article (it paints the rest while idle).
  await page.locator('[data-testid="reader"][data-painted="all"]').waitFor({ timeout: 60_000 });
  await page.focus('[data-testid="reader-text"]');
  await page.keyboard.press('Tab');
  await page.locator('.span-mark.is-selected').first().waitFor();
  await quiet(page);
  const profile = await profiler(page);
  const times = await pressAll(page, '[data-testid="reader"]', spans[0].label, async (label) => {
    // The relabel is saved and the undo history shows it: the app has finished with this key.
    await page
      .locator(`button[title="Undo: Relabel as ${label.toLowerCase()} (Ctrl+Z)"]`)
      .waitFor({ timeout: 30_000 });
    await quiet(page);
  });
  await profile.save(`keys-${n}`);
  await page.close();
  return times;
}

async function baselinePresses(ctx, context, name, n) {
  const { spans } = ctx.articles().get(n);
  const page = await ctx.openBaseline(context, `${name}.html`);
  await page.evaluate((url) => baseline.load(url), ctx.data(`article-${n}`));
  await page.evaluate(() => baseline.open());
  await page.evaluate((id) => baseline.select(id), spans[0].id);
  await page.focus('#text');
  await quiet(page);
  const times = await pressAll(page, '#text', spans[0].label, () => quiet(page));
  await page.close();
  return times;
}

/** To the first rAF after the change (the figure the targets are for), and to that frame painted. */
const both = (times) => ({
  ...summarize(times.map((t) => t?.raf ?? t)),
  painted: summarize(times.map((t) => t?.painted ?? t)),
});

export async function measureKeys(ctx) {
  const appContext = await ctx.newContext();
  await ctx.seedApp(appContext, 'app-articles');
  const baseContext = await ctx.newContext();
  const result = { warmUp: WARM_UP, presses: PRESSES, sizes: {} };
  for (const n of KEY_SIZES) {
    const r = {};
    r.app = both(await appPresses(ctx, appContext, n));
    r.static = both(await baselinePresses(ctx, baseContext, 'static', n));
    if (ctx.hasRecogito) r.recogito = both(await baselinePresses(ctx, baseContext, 'recogito', n));
    result.sizes[n] = r;
    ctx.log(
      `key→paint ${n} spans (median/max):`,
      Object.entries(r)
        .map(
          ([v, s]) =>
            `${v} ${s.median.toFixed(1)}/${s.max.toFixed(1)} ms${s.failed ? ` (${s.failed} failed)` : ''}`,
        )
        .join(', '),
    );
  }
  await appContext.close();
  await baseContext.close();
  return result;
}
