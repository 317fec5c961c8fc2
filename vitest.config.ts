import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'server', include: ['server/src/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'integration', include: ['tests/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
    ],
  },
});
