import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { electronBinaryPath } from '../scripts/electron-binary.mjs';

// Drives the built desktop app (npm run build → out/main/index.js). Skipped where the Electron
// binary was never downloaded, as on machines that install without network.
const root = resolve(import.meta.dirname, '..');
const binary = electronBinaryPath(join(root, 'node_modules', 'electron'));
if (binary === null) {
  console.log(
    'Electron e2e skipped: the Electron binary is not installed here (run npm start once with network).',
  );
}

test.describe('Electron shell', () => {
  test.skip(
    binary === null,
    'Electron binary not installed on this machine: run npm start once with network to fetch it',
  );

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    app = await _electron.launch({
      executablePath: binary ?? undefined,
      // Chromium refuses to start as root with its OS sandbox (CI containers); the renderer stays sandboxed by Electron.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one window titled Tandai with the Electron bridge', async () => {
    expect(
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle())),
    ).toEqual(['Tandai']);
    expect(await page.evaluate(() => window.tandai?.shell)).toBe('electron');
  });

  test('keeps Node out of the page', async () => {
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  });

  test('refuses new windows and foreign navigation', async () => {
    const appUrl = page.url();
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(appUrl);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
