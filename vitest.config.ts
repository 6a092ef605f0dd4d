import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test; e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'renderer/src/**/*.test.ts', 'scripts/**/*.test.ts', 'cli/**/*.test.ts'],
    environment: 'node',
  },
});
