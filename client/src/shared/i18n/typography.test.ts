import { describe, expect, it } from 'vitest';
import { frenchPunctuation, withFrenchTypography } from './typography.ts';

const N = '\u202f';

describe('French typography', () => {
  it('puts a narrow no-break space before the high signs', () => {
    expect(frenchPunctuation('Précision : jour ; voir ici ! Vraiment ?')).toBe(
      `Précision${N}: jour${N}; voir ici${N}! Vraiment${N}?`,
    );
    expect(frenchPunctuation('Date: 2012; ok?')).toBe(`Date${N}: 2012${N}; ok${N}?`);
  });

  it('leaves times, links and signs inside words alone', () => {
    expect(frenchPunctuation('à 12:30, voir https://example.org/?a=1')).toBe('à 12:30, voir https://example.org/?a=1');
  });

  it('reaches nested strings and what functions return', () => {
    const fr = withFrenchTypography({ a: { b: 'Source :' }, c: (n: number) => `${n} résultats !`, d: 3 });
    expect(fr.a.b).toBe(`Source${N}:`);
    expect(fr.c(2)).toBe(`2 résultats${N}!`);
    expect(fr.d).toBe(3);
  });
});
