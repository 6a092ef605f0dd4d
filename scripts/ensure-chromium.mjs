// Run before the end-to-end tests: finds a Chromium, or installs one where it can, or says how.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium for the end-to-end tests: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found; installing Debian's package (apt-get install -y chromium)…");
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  const install =
    update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
  if (install && install.status === 0 && findChromium()) process.exit(0);
} else {
  console.log("No Chromium found; trying Playwright's own download (npx playwright install chromium)…");
  const download = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (download.status === 0 && findChromium()) process.exit(0);
}

console.error(
  'The end-to-end tests need Chromium and none could be installed. Run one of:\n' +
    '  sudo apt-get install -y chromium        (Debian/Ubuntu)\n' +
    '  npx playwright install chromium         (anywhere with network)\n' +
    'or set TANDAI_CHROMIUM to the path of a Chromium or Chrome binary.',
);
process.exit(1);
