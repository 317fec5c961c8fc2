import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'server', include: ['server/src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        // The explorer's components, rendered in jsdom.
        plugins: [react()],
        test: {
          name: 'client',
          include: ['client/src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['client/src/test-setup.ts'],
        },
      },
      {
        // The explorer's pure logic (models, layouts, dates, URL state, API client): no DOM to pay for. A file that
        // needs one says so with a `// @vitest-environment jsdom` docblock.
        test: {
          name: 'client-logic',
          include: ['client/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Headless Chromium against the real server; skips with a message when /usr/bin/chromium is absent.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
