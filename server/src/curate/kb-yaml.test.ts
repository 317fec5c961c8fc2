import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendEntry, recordYaml, splitKbFile, upsertRecord } from './kb-yaml.ts';

const file = `# Header comment. Sorted by id.

- id: "alpha"
  name: "Alpha"

- id: gamma
  name: "Gamma"   # a hand-written comment
`;

describe('knowledge-base text', () => {
  it('inserts a record in its sorted place and leaves every other byte alone', () => {
    const text = upsertRecord(file, { id: 'beta', name: 'Beta' } as { id: string });
    expect(parse(text).map((r: { id: string }) => r.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(text.startsWith('# Header comment. Sorted by id.\n\n- id: "alpha"\n  name: "Alpha"\n\n')).toBe(true);
    expect(text).toContain('  name: "Gamma"   # a hand-written comment\n');
    expect(text).toContain('- id: "beta"\n  name: "Beta"\n\n- id: gamma');
  });

  it('appends after the last record and replaces a record of the same id', () => {
    const last = upsertRecord(file, { id: 'zeta' });
    expect(parse(last).map((r: { id: string }) => r.id)).toEqual(['alpha', 'gamma', 'zeta']);
    const replaced = upsertRecord(file, { id: 'gamma', name: 'Gamma 2' } as { id: string });
    expect(parse(replaced)).toEqual([
      { id: 'alpha', name: 'Alpha' },
      { id: 'gamma', name: 'Gamma 2' },
    ]);
    expect(splitKbFile(replaced).chunks.map((c) => c.id)).toEqual(['alpha', 'gamma']);
  });

  it('turns an empty list into a list of records', () => {
    expect(parse(upsertRecord('# none yet\n[]\n', { id: 'a' }))).toEqual([{ id: 'a' }]);
  });

  it.each([
    ['YAML syntax', 'key: value\n- item\n? complex\n--- \n...'],
    ['anchors and aliases', '&anchor *alias !!binary !tag'],
    ['comments and quotes', '# not a comment " \' \\ `'],
    ['control characters', 'bell\u0007 nul\u0000 esc\u001b tab\t cr\r del\u007f'],
    ['a very long string', 'word '.repeat(20_000)],
    ['unicode', 'Thalès — « citation » \u2028 line separator 🙂'],
    ['numbers and booleans', 'yes'],
  ])('%s stay data through a write and a read', (_label, value) => {
    const record = { id: 'tricky', quote: value, list: [value, 'null', '~', '0x10'] };
    const text = upsertRecord(file, record);
    const back = (parse(text) as { id: string }[]).find((r) => r.id === 'tricky');
    expect(back).toEqual(record);
    expect(
      recordYaml(record)
        .split('\n')
        .filter((line) => line.startsWith('- ')).length,
    ).toBe(1);
  });

  it('appends log entries without touching earlier bytes', () => {
    const one = appendEntry('', { at: '2026-12-05T12:00:00.000Z', decision: 'reject' });
    const two = appendEntry(one, { at: '2026-12-05T12:01:00.000Z', decision: 'accept' });
    expect(two.startsWith(one)).toBe(true);
    expect(parse(two)).toHaveLength(2);
  });
});
