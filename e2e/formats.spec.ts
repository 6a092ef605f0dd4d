import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CORPUS_FILES, checkExportInPython, EXAMPLE_ARTICLE, Workbench } from './workbench';

const FIXTURES = join(import.meta.dirname, '../renderer/src/model/formats/fixtures');

function jsonLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

test('native export imported into an empty workbench gives the same documents, spans, links, notes and statuses', async ({
  browser,
}, testInfo) => {
  const first = await browser.newContext();
  const app = new Workbench(await first.newPage());
  await app.open();
  await app.enterName('ana');
  await app.importFiles(CORPUS_FILES);
  await app.openArticle(EXAMPLE_ARTICLE);
  await app.dragSelect('Intelijen Amerika Serikat (AS) dan Korea Selatan');
  await app.page.keyboard.press('2');
  await app.dragSelect(
    'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
  );
  await app.page.keyboard.press('1');
  await expect(app.page.getByTestId('span-details-text')).toHaveText(/^Korea Utara telah mengirim/);
  await app.page.keyboard.press('r');
  await app.page.keyboard.press('Enter');
  await app.dragSelect('lebih dari 10.000');
  await app.page.keyboard.press('3');
  await expect(app.page.getByTestId('span-details-text')).toHaveText('lebih dari 10.000');
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.insertText('angka intelijen');
  await app.page.keyboard.press('Escape');
  await app.page.keyboard.press('d');
  await expect(app.page.getByTestId('span-link')).toHaveCount(1);
  const exported = await app.exportDataset(testInfo.outputDir);
  await first.close();

  const second = await browser.newContext();
  const fresh = new Workbench(await second.newPage());
  await fresh.open();
  await fresh.enterName('reviewer');
  await fresh.importFiles([exported]);
  const preview = fresh.page.getByRole('dialog', { name: /^Import/ });
  await expect(preview.getByTestId('import-summary')).toContainText(
    '5 documents (5 new, 0 already in the library)',
  );
  await expect(preview.getByTestId('import-counts')).toContainText('ana');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(fresh.libraryItems).toHaveCount(5);
  const again = join(testInfo.outputDir, 'again');
  mkdirSync(again, { recursive: true });
  const reexported = await fresh.exportDataset(again);
  await second.close();

  const byId = (rows: Record<string, unknown>[]): Record<string, Record<string, unknown>> =>
    Object.fromEntries(rows.map((row) => [row.id, row]));
  const before = byId(jsonLines(exported));
  const after = byId(jsonLines(reexported));
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const id of Object.keys(before)) expect(after[id], id).toEqual(before[id]);
  const example = Object.values(before).find((doc) => (doc.spans as unknown[]).length > 0) as {
    spans: { note: string; attrs: Record<string, unknown> }[];
    relations: unknown[];
    meta: { status: string };
  };
  expect(example.meta.status).toBe('done');
  expect(example.relations).toHaveLength(1);
  expect(example.spans.find((s) => s.note === 'angka intelijen')?.attrs).toMatchObject({
    value: 10000,
    comparator: '>',
  });
});

test('offsets survive emoji and CRLF: Python slices every span, and the BIO tags line up with their tokens', async ({
  page,
}, testInfo) => {
  const dir = testInfo.outputDir;
  mkdirSync(dir, { recursive: true });
  const emoji = join(dir, 'emoji.txt');
  writeFileSync(
    emoji,
    '🇰🇵🚀 Berita 😀\r\n\r\nIntelijen AS mengungkapkan, Korea Utara mengirim lebih dari 10.000 tentara 🎖️.\r\n',
  );
  const app = new Workbench(page);
  await app.open();
  await app.enterName('hana');
  await app.importFiles([emoji]);
  await app.openArticle('🇰🇵🚀 Berita 😀');
  await app.dragSelect('Intelijen AS');
  await page.keyboard.press('2');
  await app.dragSelect('Korea Utara mengirim lebih dari 10.000 tentara');
  await page.keyboard.press('1');
  await app.dragSelect('lebih dari 10.000');
  await page.keyboard.press('3');
  await expect(app.spanItems).toHaveCount(3);

  const native = await app.exportDataset(dir);
  const check = checkExportInPython(native);
  expect(check.mismatches).toEqual([]);
  expect(check.spans.map((s) => s.text).sort()).toEqual(
    ['Intelijen AS', 'Korea Utara mengirim lebih dari 10.000 tentara', 'lebih dari 10.000'].sort(),
  );
  await page.getByRole('button', { name: /^Export dataset…/ }).click();
  await page.getByRole('dialog', { name: 'Export dataset' }).getByLabel('Format').selectOption('bio');
  await page.screenshot({ path: join(import.meta.dirname, '../docs/export-dialog.png') });
  await page.getByRole('dialog', { name: 'Export dataset' }).getByRole('button', { name: 'Cancel' }).click();
  const bio = await app.exportDataset(join(dir, 'bio'), 'bio');
  const result = JSON.parse(
    execFileSync('python3', [join(import.meta.dirname, 'check_bio.py'), bio, native], { encoding: 'utf8' }),
  );
  expect(result.problems).toEqual([]);
  expect(result.runs).toEqual({
    CLAIM: ['Korea Utara mengirim lebih dari 10.000 tentara'],
    SOURCE: ['Intelijen AS'],
    QUANTITY: ['lebih dari 10.000'],
  });
});

test('a colleague’s brat files and Label Studio export join as their layers after a preview', async ({
  page,
}) => {
  const app = new Workbench(page);
  await app.open();
  await app.enterName('ika');
  await app.importFiles([join(FIXTURES, 'kompas-japan.txt'), join(FIXTURES, 'kompas-japan.ann')]);
  const preview = page.getByRole('dialog', { name: /^Import/ });
  await expect(preview).toContainText('brat');
  await preview.getByLabel(/Whose tags are the ones with no name/).fill('joko');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await app.openArticle('“Saat ini diperkirakan');
  // Only my layer is shown by default: show joko's.
  await expect(app.spanItems).toHaveCount(0);
  await page.getByRole('button', { name: 'joko', exact: true }).click();
  expect(await app.listedSpans()).toEqual([
    [
      'CLAIM',
      'Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan',
    ],
    ['SOURCE', 'Kepala Staf Gabungan Korsel'],
    ['SOURCE', 'The Japan Times'],
    ['QUANTITY', 'lebih dari 10.000'],
  ]);
  await expect(app.spanItems.first()).toContainText('joko');
  await expect(page.getByTestId('span-link')).toHaveCount(2);

  await app.importFiles([join(FIXTURES, 'label-studio.json')]);
  await expect(preview).toContainText('Label Studio');
  const fresh = Number(
    (await preview.getByTestId('import-summary').textContent())?.match(/\((\d+) new/)?.[1],
  );
  expect(fresh).toBeGreaterThan(0);
  await preview.getByRole('button', { name: /^Import/ }).click();
  await expect(app.libraryItems).toHaveCount(1 + fresh);
});

test('bad lines are listed by file and line; cancelling changes nothing; the valid part imports only when chosen', async ({
  page,
}, testInfo) => {
  const app = new Workbench(page);
  await app.open();
  await app.enterName('lia');
  await app.importFiles(CORPUS_FILES.slice(0, 1));
  await expect(app.libraryItems).toHaveCount(1);

  const dir = testInfo.outputDir;
  mkdirSync(dir, { recursive: true });
  const text = 'Intelijen AS mengungkapkan, Korea Utara mengirim lebih dari 10.000 tentara.';
  const file = join(dir, 'kolega.jsonl');
  writeFileSync(
    file,
    [
      JSON.stringify({
        text,
        label: [
          [0, 12, 'SOURCE'],
          [49, 66, 'QUANTITY'],
        ],
      }),
      '{"text": "rusak", "label": [[0, 2, ',
      JSON.stringify({
        text: 'Kedua: 3.000 tentara.',
        label: [
          [7, 12, 'QUANTITY'],
          [0, 500, 'CLAIM'],
          [0, 5, 'PERSON'],
        ],
      }),
    ].join('\n'),
  );
  await app.importFiles([file]);
  const preview = page.getByRole('dialog', { name: /^Import/ });
  const problems = preview.getByTestId('import-problems');
  await expect(problems).toContainText('kolega.jsonl, line 2');
  await expect(problems).toContainText('kolega.jsonl, line 3');
  await expect(problems).toContainText('PERSON');
  await preview.getByLabel(/Whose tags/).fill('mira');
  await page.screenshot({ path: join(import.meta.dirname, '../docs/import-preview.png') });
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('notice').last()).toContainText('Import cancelled; nothing was changed.');
  await expect(app.libraryItems).toHaveCount(1);

  await app.importFiles([file]);
  await preview.getByLabel(/Whose tags/).fill('mira');
  await preview.getByRole('button', { name: 'Import the valid part' }).click();
  await expect(app.libraryItems).toHaveCount(3);
  await app.openArticle('Intelijen AS mengungkapkan');
  await page.getByRole('button', { name: 'mira', exact: true }).click();
  expect(await app.listedSpans()).toEqual([
    ['SOURCE', 'Intelijen AS'],
    ['QUANTITY', 'lebih dari 10.000'],
  ]);
});

test('an HTML article is read as text in an inert document: no script runs, nothing remote loads', async ({
  page,
}, testInfo) => {
  const remote: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://localhost')) remote.push(request.url());
  });
  const dir = testInfo.outputDir;
  mkdirSync(dir, { recursive: true });
  const html = join(dir, 'berita.html');
  writeFileSync(
    html,
    `<!doctype html><html><head><title>Berita</title><script>window.__ran = true</script></head><body>
     <h1>Korea Utara kirim pasukan</h1><img src="http://example.invalid/x.png" onerror="window.__ran = true">
     <p>Intelijen AS mengungkapkan,   Korea Utara <b>mengirim</b> lebih dari 10.000 tentara.</p>
     <ul><li>Satu</li><li>Dua</li></ul><style>p { color: red }</style></body></html>`,
  );
  const app = new Workbench(page);
  await app.open();
  await app.enterName('nina');
  await app.importFiles([html]);
  await app.openArticle('Korea Utara kirim pasukan');
  const paragraphs = await app.reader.locator('p').allTextContents();
  expect(paragraphs.filter(Boolean)).toEqual([
    'Korea Utara kirim pasukan',
    'Intelijen AS mengungkapkan, Korea Utara mengirim lebih dari 10.000 tentara.',
    'Satu',
    'Dua',
  ]);
  expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
  expect(remote).toEqual([]);
});
