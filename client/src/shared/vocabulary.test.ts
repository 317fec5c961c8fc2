import { describe, expect, it } from 'vitest';
import { relationFamily, relationTypes } from './vocabulary.ts';

describe('vocabulary', () => {
  it('gives every relation type a family', () => {
    for (const type of relationTypes) expect(relationFamily[type]).toBeTruthy();
  });
});
