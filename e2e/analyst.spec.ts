import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { CORPUS_FILES, Workbench } from './workbench';

const ARTICLE = 'SEOUL, KOMPAS.TV - Tentara Korea Utara diyakini makin kuat';
const SENTENCE =
  '“Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan,” kata Kepala Staf Gabungan Korsel dikutip dari The Japan Times.';
const CLAIM =
  'Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan';

/** Keyboard only: Ctrl+F, type, Enter steps to the nth match, Esc gives the keys back to the reader. */
async function findAndTag(page: Page, surface: string, key: string, nth = 1) {
  await page.keyboard.press('Control+f');
  await page.keyboard.insertText(surface);
  for (let i = 0; i < nth; i++) await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press(key);
}

test('worked example 2 by keyboard only: tags, links, attributes; reload, undo twice, redo once, export', async ({
  page,
}, testInfo) => {
  const app = new Workbench(page);
  await app.open();
  await app.enterName('dewi');
  await app.importFiles(CORPUS_FILES);
  await app.openArticle(ARTICLE);
  await app.dismissNotices();
  await app.reader.focus();

  await findAndTag(page, CLAIM, '1');
  await expect(app.spanItems).toHaveCount(1);
  // The first "3.000" of the article is in its lead; the one of the example is the second.
  await findAndTag(page, '3.000', '3', 2);
  await expect(app.spanItems).toHaveCount(2);
  await expect(page.getByTestId('span-details-text')).toHaveText('3.000');
  await findAndTag(page, 'Kepala Staf Gabungan Korsel', '2');
  await findAndTag(page, 'The Japan Times', 's');
  await expect(app.spanItems).toHaveCount(4);

  // Link the claim to both sources: Shift+Tab back to the claim, R, type to filter, Enter.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('span-details-text')).toHaveText(CLAIM);
  await page.keyboard.press('r');
  await page.keyboard.insertText('Kepala');
  await page.keyboard.press('Enter');
  await page.keyboard.press('r');
  await page.keyboard.insertText('Japan');
  await page.keyboard.press('Enter');
  const links = page.getByTestId('claim-source');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0).getByLabel('cue')).toHaveValue('kata');
  await expect(links.nth(0).getByLabel('role')).toHaveValue('primary');
  await expect(links.nth(1).getByLabel('cue')).toHaveValue('dikutip dari');
  await expect(links.nth(1).getByLabel('role')).toHaveValue('relay');

  // The quantity: Tab to it, Enter opens its note and attributes, prefilled from its text.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('span-details-text')).toHaveText('3.000');
  await expect(page.getByLabel('value')).toHaveValue('3000');
  await expect(page.getByLabel('counted')).toHaveValue('tentara');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('tambahan, bukan jumlah total');
  await page.keyboard.press('Tab'); // value
  await page.keyboard.press('Tab'); // lower
  await page.keyboard.insertText('2500');
  await page.keyboard.press('Tab'); // upper
  await page.keyboard.insertText('3500');
  await page.keyboard.press('Tab'); // comparator
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('upper')).toHaveValue('3500');

  await page.screenshot({ path: join(import.meta.dirname, '../docs/span-panel.png') });

  await page.reload();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
  await expect(app.spanItems).toHaveCount(4);
  await expect(page.getByTestId('span-link')).toHaveCount(2);

  // Undo twice (upper, lower), redo once (lower).
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('notice').last()).toContainText('Redone: Edit attributes');

  const exported = await app.exportDataset(testInfo.outputDir);
  const line = readFileSync(exported, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .find((doc) => (doc.text as string).includes(SENTENCE));
  const text = line.text as string;
  const base = Array.from(text.slice(0, text.indexOf(SENTENCE))).length;
  const slice = (s: { start: number; end: number }) => Array.from(text).slice(s.start, s.end).join('');
  const byText = (t: string) => line.spans.find((s: { text: string }) => s.text === t);

  expect(line.spans).toHaveLength(4);
  const claim = byText(CLAIM);
  const quantity = byText('3.000');
  const primary = byText('Kepala Staf Gabungan Korsel');
  const relay = byText('The Japan Times');
  // Offsets of worked example 2, from the start of its sentence.
  expect([claim.start - base, claim.end - base]).toEqual([1, 111]);
  expect([quantity.start - base, quantity.end - base]).toEqual([32, 37]);
  expect([primary.start - base, primary.end - base]).toEqual([119, 146]);
  expect([relay.start - base, relay.end - base]).toEqual([160, 175]);
  for (const span of [claim, quantity, primary, relay]) {
    expect(slice(span)).toBe(span.text);
    expect(span.annotator).toBe('dewi');
  }
  expect(claim.label).toBe('CLAIM');
  expect(quantity).toMatchObject({
    label: 'QUANTITY',
    note: 'tambahan, bukan jumlah total',
    attrs: { value: 3000, comparator: '=', counted: 'tentara', lower: 2500 },
  });
  expect(quantity.attrs).not.toHaveProperty('upper');
  expect(primary.label).toBe('SOURCE');
  expect(relay.label).toBe('SOURCE');
  expect(line.relations).toHaveLength(2);
  expect(line.relations).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        type: 'attributed_to',
        from: claim.id,
        to: primary.id,
        attrs: { role: 'primary', cue: 'kata' },
      }),
      expect.objectContaining({
        type: 'attributed_to',
        from: claim.id,
        to: relay.id,
        attrs: { role: 'relay', cue: 'dikutip dari' },
      }),
    ]),
  );
  expect(line.meta.status).toBe('in_progress');
});

test('word snapping, boundary keys, find and tag every match, undo of that step', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.enterName('eko');
  await app.importFiles(CORPUS_FILES);
  await app.openArticle(ARTICLE);
  await app.dismissNotices();

  // A drag from inside "Kepala" to inside "Gabungan" takes the whole words.
  await app.dragSelect('pala Staf Gabun');
  await page.keyboard.press('2');
  await expect(page.getByTestId('span-details-text')).toHaveText('Kepala Staf Gabungan');
  // Shift+→ extends the end by a word; Alt+Shift+→ moves the start by a word; with Ctrl by a character.
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('span-details-text')).toHaveText('Kepala Staf Gabungan Korsel');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(page.getByTestId('span-details-text')).toHaveText('Staf Gabungan Korsel');
  await page.keyboard.press('Control+Alt+Shift+ArrowLeft');
  await page.keyboard.press('Control+Alt+Shift+ArrowLeft');
  await expect(page.getByTestId('span-details-text')).toHaveText('a Staf Gabungan Korsel');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('span-details-text')).toHaveText('Staf Gabungan Korsel');

  // Find every "Korea Utara" and tag them all as sources in one step; a second time adds nothing.
  await page.keyboard.press('Control+f');
  await page.keyboard.insertText('korea utara');
  const count = Number((await page.getByTestId('find-count').textContent())?.match(/of (\d+)/)?.[1] ?? 0);
  expect(count).toBeGreaterThan(2);
  await expect(app.reader.locator('.find-match')).toHaveCount(count);
  await page.keyboard.press('Alt+2');
  await expect(app.spanItems).toHaveCount(1 + count);
  await page.keyboard.press('Alt+2');
  await page.getByRole('button', { name: 'Close find' }).click();
  await expect(app.spanItems).toHaveCount(1 + count);
  expect((await app.listedSpans()).filter(([, t]) => t.toLowerCase() === 'korea utara')).toHaveLength(count);
  await page.keyboard.press('Control+z');
  await expect(app.spanItems).toHaveCount(1);
});

test('the guide opens with F1 and lists every shortcut; the library shows statuses, filters and searches', async ({
  page,
}) => {
  const app = new Workbench(page);
  await app.open();
  await app.enterName('fajar');
  await app.importFiles(CORPUS_FILES);
  await app.openArticle(ARTICLE);
  await app.dismissNotices();

  await page.keyboard.press('F1');
  const guide = page.getByRole('dialog', { name: 'Tagging guide' });
  await expect(guide).toBeVisible();
  await expect(guide).toContainText('Kepala Staf Gabungan Korsel');
  await expect(guide.getByTestId('shortcuts').locator('tr')).toHaveCount(18);
  await page.screenshot({ path: join(import.meta.dirname, '../docs/guide.png') });
  await page.keyboard.press('Escape');
  await expect(guide).toBeHidden();

  // Tag something, mark this article done with D, and one other in progress from the library.
  await app.dragSelect('3.000 tentara telah');
  await page.keyboard.press('Alt+3'); // no effect: Alt is not a label key
  await app.dragSelect('3.000');
  await page.keyboard.press('3');
  await page.keyboard.press('d');
  await expect(page.getByLabel('Article status')).toHaveValue('done');
  await page.getByLabel(/^Status of Kompas TV/).selectOption('in_progress');

  await expect(page.getByTestId('status-done')).toHaveText('Done 1');
  await expect(page.getByTestId('status-in_progress')).toHaveText('In progress 1');
  await expect(page.getByTestId('status-todo')).toHaveText('To do 3');
  await expect(page.getByRole('progressbar', { name: 'Articles done' })).toHaveAttribute(
    'aria-valuenow',
    '1',
  );

  await page.getByTestId('status-todo').click();
  await expect(app.libraryItems).toHaveCount(3);
  await page.getByTestId('status-todo').click();
  await page.getByRole('button', { name: 'has quantity' }).click();
  await expect(app.libraryItems).toHaveCount(1);
  await page.getByRole('button', { name: 'has quantity' }).click();
  // Full-text search: a word only in the body of one article.
  await page.getByLabel('Search titles and text').fill('Hayashi');
  await expect(app.libraryItems).toHaveCount(1);
  await expect(app.libraryItems.first()).toContainText('Kompas TV internasional');
  await page.getByLabel('Search titles and text').fill('');
  await expect(app.libraryItems).toHaveCount(5);
  await page.screenshot({ path: join(import.meta.dirname, '../docs/library.png') });
});
