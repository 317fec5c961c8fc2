import { describe, expect, it } from 'vitest';
import { citationFileName, formatCitation, formatCitations } from './citations.ts';

const lesEchos = {
  title: 'A page is turning for the French sovereign cloud',
  outlet: 'Les Echos (relayed by a newsletter)',
  published: { value: '2019', precision: 'approximate' as const },
};
const jolain = {
  title: 'OVH, innovation, state failure: the French cloud',
  author: 'Francois Jolain',
  published: { value: '2021-11-21', precision: 'day' as const },
};

describe('citations as plain text', () => {
  it('gives the quote, then title, outlet and date with its precision', () => {
    expect(formatCitation({ quote: 'Cloudwatt  will be\ndisconnected', source: lesEchos, sourceId: 'x' }, 'en')).toBe(
      '“Cloudwatt will be disconnected”\n   — A page is turning for the French sovereign cloud, Les Echos (relayed by a newsletter), c. 2019',
    );
  });

  it('names the author when there is no outlet, and the source id when the source is unknown', () => {
    expect(formatCitation({ quote: 'q', source: jolain, sourceId: 'j' }, 'fr')).toContain(
      ', Francois Jolain, 21 nov. 2021',
    );
    expect(formatCitation({ quote: 'q', source: undefined, sourceId: 'unknown-source' }, 'en')).toBe(
      '“q”\n   — unknown-source',
    );
  });

  it('numbers the citations under a header and drops duplicates', () => {
    const text = formatCitations(
      'Citations for Cloudwatt',
      [
        { quote: 'a', source: lesEchos, sourceId: 'l' },
        { quote: 'a ', source: lesEchos, sourceId: 'l' },
        { quote: 'b', source: jolain, sourceId: 'j' },
      ],
      'en',
      'http://example.test/?actor=cloudwatt',
    );
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Citations for Cloudwatt',
      'http://example.test/?actor=cloudwatt',
      '',
    ]);
    expect(text).toContain('1. “a”');
    expect(text).toContain('2. “b”');
    expect(text).not.toContain('3.');
  });

  it('makes a safe file name', () => {
    expect(citationFileName('Caisse des Dépôts → Andromède')).toBe('citations-caisse-des-depots-andromede.txt');
    expect(citationFileName('***')).toBe('citations-selection.txt');
  });
});
