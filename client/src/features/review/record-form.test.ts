import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkRecord, getAt, recordField, setAt, tidyRecord, type RecordDraft } from './record-form.ts';
import { reviewMessages } from './review-messages.ts';

const check = reviewMessages.en.check;
const kb = path.resolve(import.meta.dirname, '../../../../data/kb');
const records = (collection: string) =>
  parse(readFileSync(path.join(kb, `${collection}.yaml`), 'utf8')) as RecordDraft[];

describe('the edit form model', () => {
  it('reads and writes by the paths the server names, removing an emptied optional field', () => {
    const record: RecordDraft = { id: 'a', evidence: [{ source: 's', quote: 'old' }], country: 'FR' };
    const edited = setAt(setAt(record, 'evidence.0.quote', 'new quote'), 'country', undefined);
    expect(getAt(edited, 'evidence.0.quote')).toBe('new quote');
    expect(edited).not.toHaveProperty('country');
    expect(getAt(record, 'evidence.0.quote')).toBe('old');
    expect(getAt(setAt({}, 'actors.0.role.fr', 'x'), 'actors')).toEqual([{ role: { fr: 'x' } }]);
    expect(recordField('record.evidence.0.quote')).toBe('evidence.0.quote');
    expect(recordField('record')).toBe('');
    expect(recordField('proposal')).toBeNull();
  });

  it('drops the empty lines of one-a-line lists', () => {
    expect(tidyRecord({ aliases: { fr: ['A', '', 'B'], en: [''] } })).toEqual({ aliases: { fr: ['A', 'B'], en: [] } });
  });

  // The client's checks must never refuse what the server accepts: every curated record passes them.
  it.each(['actors', 'relations', 'events', 'fundings'])('accepts every record of data/kb/%s.yaml', (collection) => {
    const wrong = records(collection)
      .map((record) => [record.id, checkRecord(collection, record, check)] as const)
      .filter(([, errors]) => Object.keys(errors).length > 0);
    expect(wrong).toEqual([]);
  });

  it('names each wrong field, by its path', () => {
    const funding = records('fundings')[0]!;
    const broken = setAt(
      setAt(setAt(setAt(funding, 'amount', -3), 'currency', 'euros'), 'evidence.0.quote', 'ab'),
      'date',
      { value: '2015-13', precision: 'month' },
    );
    const errors = checkRecord('fundings', broken, check);
    expect(errors).toMatchObject({ amount: check.amount, currency: check.currency, 'evidence.0.quote': check.quote });
    expect(errors['date.value']).toBeDefined();
    const event = setAt(setAt(records('events')[0]!, 'kind', 'party'), 'title.en', ' ');
    expect(Object.keys(checkRecord('events', event, check)).sort()).toEqual(['kind', 'title.en']);
    expect(checkRecord('relations', setAt(records('relations')[0]!, 'evidence', []), check)).toEqual({
      evidence: check.evidence,
    });
  });

  it('is in French with French typography (a narrow no-break space before ":;!?")', () => {
    const fr = reviewMessages.fr;
    expect(fr.outcome('Refusé', 'détail')).toBe('Refusé\u202f: détail');
    expect(fr.form.fundingFrom).toContain('identifiant d’acteur\u202f;');
    expect(Object.keys(fr).sort()).toEqual(Object.keys(reviewMessages.en).sort());
  });
});
