import { describe, expect, it } from 'vitest';
import { initialSheetMode, nextSheetMode, sheetKey, storyStepKey } from './sheet.ts';

const actor = (id: string) => ({ kind: 'actor' as const, id });

describe('the phone sheet', () => {
  it('opens half-way for a selection made by the reader', () => {
    expect(initialSheetMode({ selection: actor('thales'), view: 'graph', read: null }, false)).toBe('half');
  });
  it("stays a bar for a story step's own selection", () => {
    expect(initialSheetMode({ selection: actor('andromede'), view: 'graph', read: null }, true)).toBe('peek');
  });
  it('names the story step shown, and none outside a story', () => {
    expect(storyStepKey({ story: 'a', step: 2 })).toBe('a#2');
    expect(storyStepKey({ story: null, step: 1 })).toBeNull();
  });
  it('stays a bar while a source is open in the reader', () => {
    expect(initialSheetMode({ selection: { kind: 'source', id: 's' }, view: 'sources', read: 's' }, false)).toBe(
      'peek',
    );
    expect(initialSheetMode({ selection: { kind: 'source', id: 's' }, view: 'sources', read: null }, false)).toBe(
      'half',
    );
  });
  it('starts again when the selection, the view or the source read changes', () => {
    const base = { selection: actor('a'), view: 'graph' as const, read: null };
    const keys = new Set([
      sheetKey(base),
      sheetKey({ ...base, selection: actor('b') }),
      sheetKey({ ...base, view: 'sources' }),
      sheetKey({ ...base, view: 'sources', read: 's' }),
    ]);
    expect(keys.size).toBe(4);
  });
  it('expands from a bar or half-way to full, and shrinks from full to half-way', () => {
    expect(nextSheetMode('peek')).toBe('half');
    expect(nextSheetMode('half')).toBe('full');
    expect(nextSheetMode('full')).toBe('half');
  });
});
