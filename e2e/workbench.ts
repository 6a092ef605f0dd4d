import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const CORPUS_DIR = join(import.meta.dirname, '../../shared/corpus');
export const CORPUS_FILES = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(CORPUS_DIR, name));

/** The title (first line) of the article holding worked example 1 of the guideline. */
export const EXAMPLE_ARTICLE = 'Kompas TV internasional kompas dunia';

export interface ExportedSpan {
  doc: string;
  label: string;
  start: number;
  end: number;
  text: string;
  annotator: string;
  line: number;
}

/** A page model of the workbench: what an analyst sees and does. */
export class Workbench {
  constructor(readonly page: Page) {}

  get reader(): Locator {
    return this.page.getByTestId('reader-text');
  }

  get spanItems(): Locator {
    return this.page.getByTestId('span-list').locator('.span-item');
  }

  get libraryItems(): Locator {
    return this.page.getByTestId('library-item');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.locator('.app')).toHaveAttribute('data-ready', 'true');
  }

  async enterName(name: string): Promise<void> {
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByRole('button', { name: 'Save' }).click();
    await expect(this.page.getByRole('button', { name: `Annotator: ${name}` })).toBeVisible();
  }

  async importFiles(paths: readonly string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /^Import…/ }).click();
    await (await chooser).setFiles([...paths]);
  }

  /** Imports a dataset file and accepts what its preview shows. */
  async importDataset(path: string): Promise<void> {
    await this.importFiles([path]);
    await this.page
      .getByRole('dialog', { name: /^Import/ })
      .getByRole('button', { name: 'Import', exact: true })
      .click();
  }

  async openArticle(title: string): Promise<void> {
    await this.libraryItems.filter({ hasText: title }).click();
    await expect(this.page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
  }

  /** Selects text in the reader with a real mouse drag, from the first to the last character. */
  async dragSelect(exact: string, occurrence = 0): Promise<void> {
    const box = await this.reader.evaluate(
      (root, { exact, occurrence }) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        let all = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push(node as Text);
          all += (node as Text).data;
        }
        let at = -1;
        for (let i = 0; i <= occurrence; i++) at = all.indexOf(exact, at + 1);
        if (at === -1) throw new Error(`"${exact}" is not in the reader`);
        const locate = (offset: number): [Text, number] => {
          for (const node of nodes) {
            if (offset <= node.data.length) return [node, offset];
            offset -= node.data.length;
          }
          throw new Error('offset past the end');
        };
        const charRect = (offset: number) => {
          const range = document.createRange();
          const [startNode, startOffset] = locate(offset);
          range.setStart(startNode, startOffset);
          const [endNode, endOffset] = locate(offset + 1);
          range.setEnd(endNode, endOffset);
          const rects = range.getClientRects();
          return rects[rects.length - 1] as DOMRect;
        };
        locate(at)[0].parentElement?.scrollIntoView({ block: 'center' });
        const first = charRect(at);
        const last = charRect(at + exact.length - 1);
        return {
          x1: first.left + 1,
          y1: first.top + first.height / 2,
          x2: last.right - 1,
          y2: last.top + last.height / 2,
        };
      },
      { exact, occurrence },
    );
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 });
    await this.page.mouse.up();
  }

  /** The span list as [label, text] pairs, in the order the panel shows them. */
  async listedSpans(): Promise<[string, string][]> {
    return this.spanItems.evaluateAll((items) =>
      items.map((item) => [
        item.getAttribute('data-label') ?? '',
        item.querySelector('.span-text')?.textContent ?? '',
      ]),
    ) as Promise<[string, string][]>;
  }

  /** The painted text of each run of highlighted text carrying the label. */
  async paintedText(label: string): Promise<string> {
    return this.reader.locator('.span-mark').evaluateAll(
      (marks, wanted) =>
        marks
          .filter((mark) => (mark.getAttribute('data-labels') ?? '').split(' ').includes(wanted))
          .map((mark) => mark.textContent)
          .join(''),
      label,
    );
  }

  async dismissNotices(): Promise<void> {
    const dismiss = this.page.getByTestId('notice').getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
  }

  /** Exports through the dialog: every annotator, status and article unless a format is given. */
  async exportDataset(toDir: string, format?: string): Promise<string> {
    await this.page.getByRole('button', { name: /^Export dataset…/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export dataset' });
    if (format) await dialog.getByLabel('Format').selectOption(format);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const file = await download;
    const path = join(toDir, file.suggestedFilename());
    await file.saveAs(path);
    return path;
  }
}

/** Runs e2e/check_export.py on an exported file. */
export function checkExportInPython(path: string): {
  documents: number;
  spans: ExportedSpan[];
  mismatches: unknown[];
} {
  const out = execFileSync('python3', [join(import.meta.dirname, 'check_export.py'), path], {
    encoding: 'utf8',
  });
  return JSON.parse(out);
}
