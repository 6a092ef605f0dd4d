// Where the end-to-end tests find a Chromium: Playwright's own if it was installed,
// else the system's (Debian's /usr/bin/chromium and the usual names elsewhere).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @returns {string | undefined} */
export function findChromium() {
  if (process.env.TANDAI_CHROMIUM && existsSync(process.env.TANDAI_CHROMIUM))
    return process.env.TANDAI_CHROMIUM;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here.
  }
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path));
}

/** Flags for a headless Chromium on a machine whose network is closed. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
