import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CORPUS_FILES, checkExportInPython, EXAMPLE_ARTICLE, Workbench } from './workbench';

const SENTENCE =
  'Intelijen Amerika Serikat (AS) dan Korea Selatan mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina.';
// Worked example 1 of the guideline, offsets relative to the sentence.
const EXAMPLE = [
  { label: 'SOURCE', start: 0, end: 48, text: 'Intelijen Amerika Serikat (AS) dan Korea Selatan' },
  {
    label: 'CLAIM',
    start: 64,
    end: 154,
    text: 'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
  },
  { label: 'QUANTITY', start: 91, end: 108, text: 'lebih dari 10.000' },
];

test('import the corpus, tag worked example 1 by mouse and keyboard, keep it across a reload, export it', async ({
  page,
}, testInfo) => {
  const app = new Workbench(page);
  await app.open();
  await app.enterName('ana');

  await app.importFiles(CORPUS_FILES);
  await expect(page.getByTestId('notice').first()).toContainText('Imported 5 articles.');
  await expect(app.libraryItems).toHaveCount(5);

  await app.openArticle(EXAMPLE_ARTICLE);
  await expect(app.reader).toContainText(SENTENCE);

  // SOURCE by keyboard digit, CLAIM by initial, QUANTITY with the toolbar button.
  await app.dragSelect('Intelijen Amerika Serikat (AS) dan Korea Selatan');
  await page.keyboard.press('2');
  await expect(app.spanItems).toHaveCount(1);
  // A selection with spaces around it is trimmed to the words.
  await app.dragSelect(
    ' Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
  );
  await page.keyboard.press('c');
  await expect(app.spanItems).toHaveCount(2);
  await app.dragSelect('lebih dari 10.000');
  await page.getByRole('button', { name: /^Quantity/ }).click();
  await expect(app.spanItems).toHaveCount(3);

  const expectedList = [
    ['SOURCE', EXAMPLE[0]?.text],
    ['CLAIM', EXAMPLE[1]?.text],
    ['QUANTITY', EXAMPLE[2]?.text],
  ];
  expect(await app.listedSpans()).toEqual(expectedList);
  expect(await app.paintedText('QUANTITY')).toBe('lebih dari 10.000');
  expect(await app.paintedText('CLAIM')).toBe(EXAMPLE[1]?.text);
  // The quantity nested in the claim is painted with both labels, outermost first.
  await expect(app.reader.locator('.span-mark[data-labels="CLAIM QUANTITY"]')).toHaveText(
    'lebih dari 10.000',
  );
  await expect(
    app.libraryItems.filter({ hasText: EXAMPLE_ARTICLE }).locator('[data-label="CLAIM"]'),
  ).toHaveText('C 1');

  await page.reload();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
  await expect(app.spanItems).toHaveCount(3);
  expect(await app.listedSpans()).toEqual(expectedList);
  expect(await app.paintedText('SOURCE')).toBe(EXAMPLE[0]?.text);

  const exported = await app.exportDataset(testInfo.outputDir);
  const check = checkExportInPython(exported);
  expect(check.mismatches).toEqual([]);
  expect(check.documents).toBe(5);
  expect(check.spans).toHaveLength(3);
  const line = JSON.parse(
    readFileSync(exported, 'utf8').split('\n')[(check.spans[0]?.line ?? 1) - 1] ?? '{}',
  );
  const text = line.text as string;
  // Code points before the sentence (the corpus has no astral characters, but count them as Python would).
  const sentenceAt = Array.from(text.slice(0, text.indexOf(SENTENCE))).length;
  expect(sentenceAt).toBeGreaterThan(0);
  for (const expected of EXAMPLE) {
    const span = check.spans.find((s) => s.label === expected.label);
    expect(span, expected.label).toMatchObject({
      start: sentenceAt + expected.start,
      end: sentenceAt + expected.end,
      text: expected.text,
      annotator: 'ana',
    });
  }

  // Importing the same files again creates nothing.
  await app.importFiles(CORPUS_FILES);
  await expect(page.getByTestId('notice').last()).toContainText('5 articles already in the library.');
  await expect(app.libraryItems).toHaveCount(5);
  await expect(app.spanItems).toHaveCount(3);
});
