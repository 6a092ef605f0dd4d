import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CORPUS_FILES, EXAMPLE_ARTICLE, Workbench } from './workbench';

const file = CORPUS_FILES.find((path) => path.includes('000_')) as string;
const text = readFileSync(file, 'utf8');
const CLAIM = 'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina';

/**
 * A colleague's native JSONL for the example article, spans given as [label, surface, shift]: a shift
 * puts the offsets off by that much, as a colleague's slightly different copy of the text would.
 */
function colleague(dir: string, annotator: string, spans: [string, string, number?][]): string {
  const line = {
    id: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    text,
    meta: { title: EXAMPLE_ARTICLE, file: '000.txt' },
    spans: spans.map(([label, surface, shift = 0], i) => {
      const start = text.indexOf(surface) + shift;
      return {
        id: `${annotator}${i}`,
        start,
        end: start + surface.length,
        label,
        text: surface,
        annotator,
        status: 'accepted',
      };
    }),
    relations: [],
    offset_unit: 'codepoint',
    format: 'annotation-workbench/1',
  };
  const path = join(dir, `${annotator}.jsonl`);
  writeFileSync(path, `${JSON.stringify(line)}\n`);
  return path;
}

test('review two colleagues: typed matches, decisions by key into the reviewed layer, agreement figures, gold export', async ({
  page,
}, testInfo) => {
  const dir = testInfo.outputDir;
  mkdirSync(dir, { recursive: true });
  const ana = colleague(dir, 'ana', [
    ['SOURCE', 'Jepang'],
    ['SOURCE', 'Intelijen Amerika Serikat (AS) dan Korea Selatan'],
    ['CLAIM', CLAIM],
    ['QUANTITY', 'lebih dari 10.000'],
  ]);
  const budi = colleague(dir, 'budi', [
    ['CLAIM', 'Korea Utara semakin berpengalaman berperang'],
    ['SOURCE', 'Intelijen Amerika Serikat (AS) dan Korea Selatan', 7],
    ['SOURCE', CLAIM],
    ['QUANTITY', '10.000'],
  ]);

  const app = new Workbench(page);
  await app.open();
  await app.enterName('rina');
  await app.importFiles(CORPUS_FILES);
  for (const path of [ana, budi]) await app.importDataset(path);
  await app.openArticle(EXAMPLE_ARTICLE);
  await app.dismissNotices();
  // My layer is shown by default; colleagues' layers on demand.
  await expect(app.spanItems).toHaveCount(0);
  await page.getByRole('button', { name: 'ana', exact: true }).click();
  await expect(app.spanItems).toHaveCount(4);
  // Several layers at once: each colleague's layer has its own marker and its name in the tooltip.
  await page.getByRole('button', { name: 'budi', exact: true }).click();
  await expect(app.spanItems).toHaveCount(8);
  await expect(app.reader.locator('.span-mark.layer-0').first()).toBeVisible();
  await expect(app.reader.locator('.span-mark.layer-1').first()).toBeVisible();
  await expect(app.reader.locator('.span-mark[title="Source (ana)"]').first()).toHaveText('Jepang');
  await page.screenshot({ path: join(import.meta.dirname, '../docs/layers.png') });
  await page.getByRole('button', { name: 'budi', exact: true }).click();

  await page.getByRole('button', { name: 'Agreement', exact: true }).click();
  const table = page.getByTestId('agreement-table');
  const row = (label: string) => table.locator(`tr[data-label="${label}"] td.figure`);
  // Hand-computed: SOURCE 1 exact of 2+2 → 0.5; CLAIM no overlap → 0; QUANTITY boundary → exact 0, overlap 1;
  // all labels: exact 2·1/8 = 0.25, overlap 2·2/8 = 0.5.
  await expect(row('SOURCE').nth(0)).toHaveText('0.500');
  await expect(row('SOURCE').nth(1)).toHaveText('0.500');
  await expect(row('CLAIM').nth(0)).toHaveText('0.000');
  await expect(row('QUANTITY').nth(0)).toHaveText('0.000');
  await expect(row('QUANTITY').nth(1)).toHaveText('1.000');
  await expect(row('(all)').nth(0)).toHaveText('0.250');
  await expect(row('(all)').nth(1)).toHaveText('0.500');
  await page.screenshot({ path: join(import.meta.dirname, '../docs/agreement.png') });
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export figures as CSV' }).click();
  const figures = readFileSync(await (await csv).path(), 'utf8');
  expect(figures).toContain('ana');
  expect(figures.split(/\r?\n/).filter(Boolean).length).toBeGreaterThan(4);

  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const items = page.getByTestId('review-list').locator('.review-item');
  await expect(items).toHaveCount(5);
  expect(await items.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-kind')))).toEqual([
    'only-a',
    'only-b',
    'agreed',
    'label',
    'boundary',
  ]);
  // Budi's source came with offsets 7 off: import moved it to its text, and review says so.
  await expect(items.nth(2)).toContainText('re-anchored');
  await page.screenshot({ path: join(import.meta.dirname, '../docs/review.png') });

  const report = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export disagreements' }).click();
  const disagreements = readFileSync(await (await report).path(), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  expect(disagreements.map((d) => [d.kind, d.a?.text ?? null, d.b?.text ?? null])).toEqual([
    ['only-a', 'Jepang', null],
    ['only-b', null, 'Korea Utara semakin berpengalaman berperang'],
    ['label', CLAIM, CLAIM],
    ['boundary', 'lebih dari 10.000', '10.000'],
  ]);
  for (const d of disagreements) {
    for (const version of [d.a, d.b]) {
      if (version) expect(Array.from(text).slice(version.start, version.end).join('')).toBe(version.text);
    }
  }

  // A accepts "Jepang" (only in A), X rejects B's claim, J skips the agreed pair to the label mismatch,
  // A takes A's version (claim); on the boundary mismatch V picks B's "10.000", E edits it and
  // Alt+Shift+← twice widens the start to "lebih dari 10.000", Enter accepts.
  await page.keyboard.press('a');
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await expect(page.getByTestId('review-current')).toContainText('Label mismatch');
  await page.keyboard.press('a');
  await expect(page.getByTestId('review-current')).toContainText('Boundary mismatch');
  await page.keyboard.press('v');
  await page.keyboard.press('e');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(page.getByTestId('review-draft')).toContainText('lebih dari 10.000');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Accept all agreed (1)' }).click();
  const decisions = () => items.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-decision')));
  await expect.poll(decisions).toEqual(['accepted', 'rejected', 'accepted', 'accepted', 'accepted']);

  // Undo takes back the last step (accept all agreed), redo does it again; both survive a reload.
  await page.keyboard.press('Control+z');
  await expect.poll(decisions).toEqual(['accepted', 'rejected', 'pending', 'accepted', 'accepted']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(decisions).toEqual(['accepted', 'rejected', 'accepted', 'accepted', 'accepted']);
  await page.reload();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect.poll(decisions).toEqual(['accepted', 'rejected', 'accepted', 'accepted', 'accepted']);

  // The gold set: the reviewed layer only.
  await page.getByRole('button', { name: /^Export dataset…/ }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export dataset' });
  for (const name of ['ana', 'budi']) await exportDialog.getByLabel(name, { exact: true }).uncheck();
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  const lines = readFileSync(await (await download).path(), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const gold = lines.filter((line) => line.spans.length > 0);
  expect(gold).toHaveLength(1);
  const spans = gold[0].spans as {
    start: number;
    end: number;
    label: string;
    text: string;
    status: string;
    annotator: string;
    attrs: { sources: string[] };
  }[];
  expect(spans.map((s) => [s.label, s.text, s.status, s.annotator])).toEqual([
    ['SOURCE', 'Jepang', 'accepted', 'reviewed'],
    ['CLAIM', 'Korea Utara semakin berpengalaman berperang', 'rejected', 'reviewed'],
    ['SOURCE', 'Intelijen Amerika Serikat (AS) dan Korea Selatan', 'accepted', 'reviewed'],
    ['CLAIM', CLAIM, 'accepted', 'reviewed'],
    ['QUANTITY', 'lebih dari 10.000', 'accepted', 'reviewed'],
  ]);
  expect(spans[3]?.attrs.sources).toEqual(['ana', 'budi']);
  const codePoints = Array.from(gold[0].text as string);
  for (const span of spans) expect(codePoints.slice(span.start, span.end).join('')).toBe(span.text);
  // Each annotator separately: one file per annotator.
  await page.getByRole('button', { name: /^Export dataset…/ }).click();
  await exportDialog.getByLabel('One file per annotator').check();
  const files: string[] = [];
  page.on('download', (d) => files.push(d.suggestedFilename()));
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  await expect
    .poll(() => files.sort())
    .toEqual([
      expect.stringMatching(/^tandai-native-ana-/),
      expect.stringMatching(/^tandai-native-budi-/),
      expect.stringMatching(/^tandai-native-reviewed-/),
    ]);

  // The colleagues' own layers are unchanged by the review.
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  await page.getByRole('button', { name: 'budi', exact: true }).click();
  await expect(app.spanItems).toHaveCount(4);
});
