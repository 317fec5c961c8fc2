import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from './text-width.ts';

/** Every character 6 px wide: widths the tests can count. */
const mono = (text: string) => text.length * 6;

describe('text width estimate', () => {
  it('is deterministic, grows with the text and the font size, and tells narrow letters from wide ones', () => {
    expect(estimateTextWidth('Cloudwatt')).toBe(estimateTextWidth('Cloudwatt'));
    expect(estimateTextWidth('Cloudwatt', 24)).toBeCloseTo(2 * estimateTextWidth('Cloudwatt', 12));
    expect(estimateTextWidth('iiii')).toBeLessThan(estimateTextWidth('mmmm'));
    expect(estimateTextWidth('Numergy', 12, true)).toBeGreaterThan(estimateTextWidth('Numergy', 12));
    expect(estimateTextWidth('')).toBe(0);
  });
});

describe('wrapping a label', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapText('OVH IPO', 100, mono)).toEqual(['OVH IPO']);
  });

  it('breaks at spaces into lines no wider than the width, dropping only the spaces it breaks at', () => {
    const text = 'c. Senator Catherine Morin-Desailly questions the government on digital sovereignty';
    const lines = wrapText(text, 120, mono);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word wider than the whole width, keeping every letter', () => {
    const lines = wrapText('a Cloudwatt-Numergy-Andromède merger', 60, mono);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(60);
    expect(lines.join('').replace(/\s/g, '')).toBe('aCloudwatt-Numergy-Andromèdemerger');
  });

  it('never breaks at a no-break space, so a French colon stays with the word before it', () => {
    const text = 'Andromède — chiffre A, ou B\u202f: les sources divergent';
    const lines = wrapText(text, 90, mono);
    expect(lines.every((line) => !line.startsWith(':'))).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('has no line for an empty text', () => {
    expect(wrapText('  ', 100, mono)).toEqual([]);
  });
});
