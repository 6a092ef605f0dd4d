import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Workbench } from './workbench';

const COUNT = 300;

/** COUNT short articles, each with a word of its own ("penanda7" for article 7) in its body. */
function manyArticles(): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'tandai-library-'));
  const paths = Array.from({ length: COUNT }, (_, i) => {
    const n = i + 1;
    const path = join(dir, `artikel-${String(n).padStart(3, '0')}.txt`);
    writeFileSync(
      path,
      `Artikel nomor ${n}\n\nKorea Utara mengirim pasukan; penanda${n} hanya ada di sini.\n`,
    );
    return path;
  });
  return { dir, paths };
}

test('a long library stays a list: its size for assistive technology, arrow keys to any article, search and the open article', async ({
  page,
}) => {
  const { dir, paths } = manyArticles();
  const app = new Workbench(page);
  await app.open();
  await app.enterName('dewi');
  await app.importFiles(paths);
  await expect(page.getByTestId('library-count')).toHaveText(`${COUNT} articles`);
  await app.dismissNotices();

  const list = page.getByRole('list', { name: 'Articles' });
  const rows = list.getByRole('listitem');
  // Every row, wherever it is in the list, tells its place in the whole list.
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(COUNT));
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');

  // Keyboard: ↓ to the next article, End to the last, ↑ back one, Home to the first.
  const focusedRow = page.locator('.library-item:has(.library-open:focus)');
  await rows.first().locator('.library-open').focus();
  await page.keyboard.press('ArrowDown');
  await expect(focusedRow).toHaveAttribute('aria-posinset', '2');
  await page.keyboard.press('End');
  await expect(focusedRow).toHaveAttribute('aria-posinset', String(COUNT));
  await expect(focusedRow).toBeInViewport();
  const last = (await focusedRow.locator('.library-title').textContent()) ?? '';
  await page.keyboard.press('ArrowUp');
  await expect(focusedRow).toHaveAttribute('aria-posinset', String(COUNT - 1));
  await page.keyboard.press('Home');
  await expect(focusedRow).toHaveAttribute('aria-posinset', '1');
  await expect(focusedRow).toBeInViewport();

  // Enter on the focused last article opens it, and the list marks it as the open one.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
  await expect(list.locator('[aria-current="page"]')).toHaveText(new RegExp(`^${last}`));

  // Search reaches an article from the middle of the list; clearing it gives the whole list back.
  const search = page.getByLabel('Search titles and text');
  await search.fill('penanda150');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Artikel nomor 150');
  await expect(rows.first()).toHaveAttribute('aria-setsize', '1');
  await expect(page.getByTestId('library-count')).toHaveText(`1 of ${COUNT} articles`);
  await search.fill('');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(COUNT));
  rmSync(dir, { recursive: true, force: true });
});
