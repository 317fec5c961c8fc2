import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Byte, normaliseText, TextFileError } from './source-text.ts';

const issueOf = (bytes: Uint8Array) => {
  try {
    decodeText(bytes, 'x.txt');
  } catch (error) {
    if (error instanceof TextFileError) return error.issue;
    throw error;
  }
  throw new Error('expected a TextFileError');
};

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('\ufeffAndromède'), 'x.txt')).toBe('Andromède');
  });
  it('rejects an empty or blank file', () => {
    expect(issueOf(new Uint8Array())).toMatchObject({ file: 'x.txt', line: 1, message: 'empty file' });
    expect(issueOf(new TextEncoder().encode(' \n\n ')).message).toMatch(/empty/);
  });
  it('rejects a binary file, naming the line', () => {
    expect(issueOf(new Uint8Array([0x61, 0x0a, 0x62, 0x00]))).toMatchObject({
      line: 2,
      message: expect.stringMatching(/binary/),
    });
  });
  it('rejects Latin-1 text, naming the line of the first bad byte', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('ligne un\nligne deux\nThal'), 0xe8, 0x73]);
    expect(issueOf(latin1)).toMatchObject({ line: 3, message: expect.stringMatching(/UTF-8.*0xe8/) });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it('finds overlong forms and surrogates, and passes valid text', () => {
    expect(firstInvalidUtf8Byte(new TextEncoder().encode('é€𝄞'))).toBe(9);
    expect(firstInvalidUtf8Byte(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Byte(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
  });
});

describe('normaliseText', () => {
  it('composes Unicode (NFC), folds white space and keeps paragraph breaks', () => {
    const raw = 'Androme\u0300de\u00a0 et\tThale\u0300s\r\n\r\n\r\n  Deuxie\u0300me   ligne  \nsuite';
    const { text } = normaliseText(raw);
    expect(text).toBe('Andromède et Thalès\n\nDeuxième ligne\nsuite');
    expect(text).toBe(text.normalize('NFC'));
  });
  it('drops page furniture and reports it', () => {
    const { text, removed } = normaliseText(
      'Together, your Internet even better\n\nBody text.\n\n Read the article \n\nFaLang translation system by Faboba\nCrédit Photo : someone',
    );
    expect(text).toBe('Body text.');
    expect(removed).toEqual([
      'Together, your Internet even better',
      'Read the article',
      'FaLang translation system by Faboba',
      'Crédit Photo : someone',
    ]);
  });
  it('is idempotent', () => {
    const once = normaliseText('  a  b \n\n\n c\u202fd ').text;
    expect(normaliseText(once).text).toBe(once);
  });
});
