import { describe, expect, it } from 'vitest';
import { isChunkLoadError } from './chunk-error.ts';

describe('a view that failed to load', () => {
  it('is recognised in the words of Chromium, Firefox, Safari and Vite', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://localhost/assets/MoneyView-abc.js',
      'error loading dynamically imported module: http://localhost/assets/MoneyView-abc.js',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/MoneyView-abc.css',
    ])
      expect(isChunkLoadError(new TypeError(message))).toBe(true);
  });

  it('is told apart from a view that failed while running', () => {
    expect(isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});
