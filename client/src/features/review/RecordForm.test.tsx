import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RecordForm } from './RecordForm.tsx';
import type { FieldErrors, RecordDraft } from './record-form.ts';
import { reviewMessages } from './review-messages.ts';

const quote = 'Le fonds Capital Rhône a investi 12 millions';
const funding: RecordDraft = {
  id: 'capital-rhone-invested-12m',
  from: 'capital-rhone',
  to: 'nuage-boreal',
  amount: 12_000_000,
  currency: 'EUR',
  kind: 'invested',
  date: { value: '2015', precision: 'year' },
  evidence: [{ source: 'nuage-boreal', quote }],
};

/** The form over a record held in state, as the screen holds it; the latest record is kept for the test to read. */
function Harness({ record, errors = {}, seen }: { record: RecordDraft; errors?: FieldErrors; seen: RecordDraft[] }) {
  const [draft, setDraft] = useState(record);
  return (
    <RecordForm
      collection="fundings"
      record={draft}
      onChange={(next) => {
        seen.push(next);
        setDraft(next);
      }}
      errors={errors}
      actorIds={['capital-rhone', 'nuage-boreal']}
      m={reviewMessages.en.form}
    />
  );
}

describe('the record edit form', () => {
  it('has one labelled control per field of a funding, money as amount, currency and kind', () => {
    render(<Harness record={funding} seen={[]} />);
    const m = reviewMessages.en.form;
    expect(screen.getByLabelText(m.id)).toHaveProperty('value', funding.id);
    expect(screen.getByLabelText(m.amount)).toHaveProperty('value', '12000000');
    expect(screen.getByLabelText(m.currency)).toHaveProperty('value', 'EUR');
    const kind = screen.getByLabelText(m.fundingKind);
    expect(
      within(kind)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['pledged', 'invested', 'disbursed', 'revenue']);
    expect(screen.getByLabelText(m.precision)).toHaveProperty('value', 'year');
    expect(screen.getByLabelText(m.funders)).toBeDefined();
    expect(screen.getByLabelText(m.approximate)).toBeDefined();
    expect(screen.getByLabelText(m.quote)).toHaveProperty('value', quote);
    expect(screen.getByRole('group', { name: m.note })).toBeDefined();
    // Every input, select and text area is labelled.
    for (const control of document.querySelectorAll('input, select, textarea'))
      expect(document.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
  });

  it('writes edits into the record, removing an emptied optional date and note', () => {
    const seen: RecordDraft[] = [];
    render(<Harness record={{ ...funding, note: { fr: 'a', en: 'b' } }} seen={seen} />);
    const m = reviewMessages.en.form;
    fireEvent.change(screen.getByLabelText(m.amount), { target: { value: '15' } });
    fireEvent.click(screen.getByLabelText(m.approximate));
    fireEvent.change(screen.getByLabelText(m.dateValue), { target: { value: '' } });
    fireEvent.change(within(screen.getByRole('group', { name: m.note })).getByLabelText(m.french), {
      target: { value: '' },
    });
    fireEvent.change(within(screen.getByRole('group', { name: m.note })).getByLabelText(m.english), {
      target: { value: '' },
    });
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ amount: 15, approximate: true });
    expect(last).not.toHaveProperty('date');
    expect(last).not.toHaveProperty('note');
  });

  it('shows an error beside its field, tied to it for screen readers', () => {
    render(<Harness record={funding} errors={{ currency: 'Three capital letters.' }} seen={[]} />);
    const currency = screen.getByLabelText(reviewMessages.en.form.currency);
    expect(currency.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(currency.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Three capital letters.',
    );
  });
});
