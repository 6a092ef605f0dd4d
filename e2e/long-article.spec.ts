import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CORPUS_FILES, Workbench } from './workbench';

const TITLE = 'Long article for the reader';
const LAST = 'ujung artikel ini';
const CLOSING = 'Penutup';

/**
 * The corpus repeated past 60,000 characters, a closing line, and a span on every "Korea", a claim on
 * "Penutup" attributed to the last "Korea", and one more claim at the end.
 */
function longArticle(dir: string): { path: string; text: string; koreas: number } {
  const corpus = CORPUS_FILES.map((file) => readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').trim()).join(
    '\n\n',
  );
  let text = `${TITLE}\n\n`;
  while (text.length < 60_000) text += `${corpus}\n\n`;
  text += `Penutup: ${LAST} ditandai.`;
  const span = (id: string, start: number, surface: string, label: string) => ({
    id,
    start,
    end: start + surface.length,
    label,
    annotator: 'ana',
    status: 'accepted',
  });
  const spans: object[] = [];
  for (let at = text.indexOf('Korea'); at !== -1; at = text.indexOf('Korea', at + 1))
    spans.push(span(`k${at}`, at, 'Korea', 'SOURCE'));
  const koreas = spans.length;
  spans.push(span('closing', text.lastIndexOf(CLOSING), CLOSING, 'CLAIM'));
  spans.push(span('last', text.lastIndexOf(LAST), LAST, 'CLAIM'));
  const line = {
    id: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    text,
    meta: { title: TITLE, file: 'long.txt' },
    spans,
    relations: [
      {
        id: 'r-closing',
        type: 'attributed_to',
        from: 'closing',
        to: `k${text.lastIndexOf('Korea')}`,
        attrs: {},
        annotator: 'ana',
      },
    ],
    offset_unit: 'codepoint',
    format: 'annotation-workbench/1',
  };
  const path = join(dir, 'long.jsonl');
  writeFileSync(path, `${JSON.stringify(line)}\n`);
  return { path, text, koreas };
}

test('a long article with hundreds of spans: all painted at their offsets, the far end reachable by keyboard', async ({
  page,
}, testInfo) => {
  const dir = testInfo.outputDir;
  mkdirSync(dir, { recursive: true });
  const { path, text, koreas } = longArticle(dir);
  expect(koreas).toBeGreaterThan(300);
  const app = new Workbench(page);
  await app.open();
  await app.enterName('ana');
  await app.importDataset(path);
  await app.openArticle(TITLE);

  // The reader paints the rest of the article after the first screen; in the end every span is
  // painted over exactly its own text.
  const reader = page.getByTestId('reader');
  await expect(reader).toHaveAttribute('data-painted', 'all');
  // It opened with its first lines; now it holds them all, one paragraph per line.
  const lines = text.split('\n');
  await expect(app.reader.locator('p')).toHaveCount(lines.length);
  await expect(app.reader.locator('p').last()).toHaveText(lines.at(-1) as string);
  expect(await app.paintedText('SOURCE')).toBe('Korea'.repeat(koreas));
  expect(await app.paintedText('CLAIM')).toBe(CLOSING + LAST);

  // The span list renders only what is in view, yet counts every span.
  const list = page.getByTestId('span-list');
  await expect(list).toHaveClass(/is-windowed/);
  await expect(page.locator('.span-panel .pane-header')).toContainText(String(koreas + 2));
  expect(await app.spanItems.count()).toBeLessThan(100);

  // Shift+Tab from nothing selected goes to the last span: the reader scrolls there, the list too.
  await app.reader.focus();
  await page.keyboard.press('Shift+Tab');
  const selectedMark = app.reader.locator('.span-mark.is-selected');
  await expect(selectedMark).toHaveText(LAST);
  await expect(selectedMark).toBeInViewport();
  const selectedItem = page.locator('.span-item.is-selected');
  await expect(selectedItem.locator('.span-text')).toHaveText(LAST);
  await expect(selectedItem).toBeInViewport();

  // Relabel it by key: painted and listed as a quantity.
  await page.keyboard.press('3');
  await expect(selectedItem).toHaveAttribute('data-label', 'QUANTITY');
  // Its details (a quantity's have more fields) push the list down; the item stays in full view.
  await expect(selectedItem).toBeInViewport({ ratio: 1 });
  expect(await app.paintedText('QUANTITY')).toBe(LAST);
  await app.dismissNotices();
  await page.screenshot({ path: join(import.meta.dirname, '../docs/long-article.png') });

  // Back to the top: the first span is there, painted.
  await app.reader.focus();
  await page.keyboard.press('Tab');
  await expect(selectedMark).toHaveText('Korea');
  await expect(selectedMark).toBeInViewport();
  await expect(selectedItem.locator('.span-text')).toHaveText('Korea');

  // Hovering a claim's link highlights both ends in the text; scrolled out of the windowed list while
  // hovered, the item leaves no highlight behind.
  const panel = page.locator('.span-panel');
  await panel.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  const link = page.locator(`.span-item:has(.span-text:text-is("${CLOSING}")) [data-testid="span-link"]`);
  await link.hover();
  const highlighted = app.reader.locator('.span-mark.is-highlighted');
  await expect(highlighted).toHaveText(['Korea', CLOSING]);
  await panel.evaluate((element) => {
    element.scrollTop = 0;
  });
  await expect(link).toHaveCount(0);
  await expect(highlighted).toHaveCount(0);
});
