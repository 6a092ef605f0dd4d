import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CORPUS_FILES, EXAMPLE_ARTICLE, Workbench } from './workbench';

const exampleFile = CORPUS_FILES.find((file) => file.includes('000_')) as string;
const exampleText = readFileSync(exampleFile, 'utf8');

async function openExample(app: Workbench) {
  await app.open();
  await app.enterName('budi');
  await app.importFiles([exampleFile]);
  await app.openArticle(EXAMPLE_ARTICLE);
}

/** The reader's text as the text of the article: one paragraph per line. */
async function readerText(app: Workbench): Promise<string> {
  return app.reader.evaluate((root) =>
    Array.from(root.querySelectorAll('p'), (p) => p.textContent).join('\n'),
  );
}

test('typing, pasting, dropping text and IME cannot change the article', async ({ page }) => {
  const app = new Workbench(page);
  await openExample(app);
  expect(await readerText(app)).toBe(exampleText);

  await app.reader.getByText('TOKYO, KOMPAS.TV').click();
  await page.keyboard.type('xyz ');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('Tambahan');
  // IME: a composition in progress, then committed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '日本' });
  // Paste and drop of text, as a user's clipboard and drag would deliver them.
  await app.reader.evaluate((root) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'TEMPEL');
    const target = root.querySelector('p') as HTMLElement;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });

  expect(await readerText(app)).toBe(exampleText);
  await expect(app.spanItems).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
  expect(await readerText(app)).toBe(exampleText);
});

test('overlapping spans stay readable; click, Tab, relabel and Delete act on the selected span', async ({
  page,
}) => {
  const app = new Workbench(page);
  await openExample(app);
  await app.dismissNotices();

  await app.dragSelect('Intelijen Amerika Serikat (AS) dan Korea Selatan');
  await page.keyboard.press('s');
  await app.dragSelect(
    'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
  );
  await page.keyboard.press('1');
  await app.dragSelect('lebih dari 10.000');
  await page.keyboard.press('3');
  // A span that overlaps the claim without nesting in it.
  await app.dragSelect('10.000 tentara untuk mendukung Rusia melawan Ukraina.');
  await page.keyboard.press('1');
  await expect(app.spanItems).toHaveCount(4);
  await expect(app.reader.locator('.span-mark[data-labels="CLAIM QUANTITY CLAIM"]')).toHaveText('10.000');
  await expect(app.reader.locator('.span-mark[data-labels="CLAIM QUANTITY"]')).toHaveText('lebih dari ');
  await expect(app.reader.locator('.span-mark[data-labels="CLAIM QUANTITY"]')).toHaveAttribute(
    'title',
    'Claim › Quantity',
  );

  // Click on the quantity selects the innermost span; Tab moves on in text order.
  await app.reader.locator('.span-mark[data-labels="CLAIM QUANTITY"]').click();
  await expect(page.locator('.span-item.is-selected .span-text')).toHaveText('lebih dari 10.000');
  await page.keyboard.press('Tab');
  await expect(page.locator('.span-item.is-selected .span-text')).toHaveText(
    '10.000 tentara untuk mendukung Rusia melawan Ukraina.',
  );
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('.span-item.is-selected .span-text')).toHaveText(
    'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
  );

  await page.screenshot({ path: join(import.meta.dirname, '../docs/reader.png') });

  // Relabel the overlapping span, then remove it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('2');
  await expect(page.locator('.span-item.is-selected')).toHaveAttribute('data-label', 'SOURCE');
  await page.keyboard.press('Delete');
  await expect(app.spanItems).toHaveCount(3);
  expect(await app.listedSpans()).toEqual([
    ['SOURCE', 'Intelijen Amerika Serikat (AS) dan Korea Selatan'],
    ['CLAIM', 'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina'],
    ['QUANTITY', 'lebih dari 10.000'],
  ]);

  // Picking a span in the panel selects it in the reader.
  await page.locator('.span-item[data-label="SOURCE"]').click();
  await expect(app.reader.locator('.span-mark.is-selected')).toHaveText(
    'Intelijen Amerika Serikat (AS) dan Korea Selatan',
  );
  await page.keyboard.press('Escape');
  await expect(app.reader.locator('.span-mark.is-selected')).toHaveCount(0);
});

test('keys pressed the moment another article is chosen act on that article, not the one before', async ({
  page,
}) => {
  const app = new Workbench(page);
  await app.open();
  await app.enterName('budi');
  await app.importFiles(CORPUS_FILES);
  await expect(app.libraryItems).toHaveCount(CORPUS_FILES.length);
  await app.openArticle(EXAMPLE_ARTICLE);
  await app.dismissNotices();
  await app.dragSelect('Intelijen Amerika Serikat (AS) dan Korea Selatan');
  await page.keyboard.press('s');
  await expect(app.spanItems).toHaveCount(1);

  // Undo straight after choosing an article with nothing to undo: the example's tag stays.
  const others = app.libraryItems.filter({ hasNotText: EXAMPLE_ARTICLE });
  await others.nth(0).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('notice').filter({ hasText: 'Undone' })).toHaveCount(0);
  // Find straight after choosing opens on the chosen article, ready for the query.
  await others.nth(1).click();
  await page.keyboard.press('Control+f');
  const findBox = page.getByRole('searchbox', { name: 'Find in the article' });
  await expect(findBox).toBeFocused();
  await page.keyboard.type('Korea');
  await expect(findBox).toHaveValue('Korea');
  await expect(others.nth(1).locator('.library-open')).toHaveAttribute('aria-current', 'page');

  await app.openArticle(EXAMPLE_ARTICLE);
  expect(await app.listedSpans()).toEqual([['SOURCE', 'Intelijen Amerika Serikat (AS) dan Korea Selatan']]);
});

test('two tabs on the same document see each other’s changes', async ({ page, context }) => {
  const app = new Workbench(page);
  await openExample(app);
  const other = new Workbench(await context.newPage());
  await other.page.goto(page.url());
  await expect(other.page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');

  await app.dragSelect('Intelijen Amerika Serikat (AS) dan Korea Selatan');
  await page.keyboard.press('2');
  await expect(other.spanItems).toHaveCount(1);
  expect(await other.listedSpans()).toEqual([['SOURCE', 'Intelijen Amerika Serikat (AS) dan Korea Selatan']]);

  await other.dragSelect('lebih dari 10.000');
  await other.page.keyboard.press('3');
  await expect(app.spanItems).toHaveCount(2);
  expect(await app.paintedText('QUANTITY')).toBe('lebih dari 10.000');
});

test('files that are not text articles are refused by name, and nothing saved changes', async ({
  page,
}, testInfo) => {
  const app = new Workbench(page);
  await openExample(app);
  await app.dragSelect('lebih dari 10.000');
  await page.keyboard.press('3');
  await expect(app.spanItems).toHaveCount(1);

  const dir = testInfo.outputDir;
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'kosong.txt'), '');
  writeFileSync(
    join(dir, 'foto.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Jakarta caf\xe9', 'latin1'));
  await app.importFiles(['kosong.txt', 'foto.txt', 'latin1.txt'].map((name) => join(dir, name)));

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('3 files could not be imported');
  await expect(alert).toContainText('kosong.txt: the file is empty');
  await expect(alert).toContainText('foto.txt: binary data (a NUL byte at byte 8), not text');
  await expect(alert).toContainText('latin1.txt: not valid UTF-8 (first bad byte at 11)');
  await expect(app.libraryItems).toHaveCount(1);
  expect(await app.listedSpans()).toEqual([['QUANTITY', 'lebih dari 10.000']]);
});

test('dropping files on the window imports them', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.enterName('citra');
  const files = CORPUS_FILES.slice(0, 2).map((path) => ({
    name: path.split('/').pop() as string,
    text: readFileSync(path, 'utf8'),
  }));
  await page.evaluate((files) => {
    const data = new DataTransfer();
    for (const file of files) data.items.add(new File([file.text], file.name, { type: 'text/plain' }));
    const target = document.querySelector('.library') as HTMLElement;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
  await expect(page.getByTestId('notice').first()).toContainText('Imported 2 articles.');
  await expect(app.libraryItems).toHaveCount(2);
});
