import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Two projects: component and unit tests in jsdom, and browser tests that
// drive Debian's Chromium against the real API (node, one file at a time).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
