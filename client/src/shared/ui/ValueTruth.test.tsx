import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test-utils.tsx';
import { InferredMark, StatusBadge } from './ValueTruth.tsx';

const derivation = {
  rule: 'offset' as const,
  from: ['events/launch'],
  offset: { amount: 2, unit: 'year' as const },
  reasoning: { fr: 'deux ans après le lancement', en: 'two years after the launch' },
};

describe('value truth marks', () => {
  it('marks an inferred value, with its reasoning in the interface language', () => {
    renderWithProviders(<InferredMark derivation={derivation} />, 'fr');
    expect(screen.getByText('déduit')).toBeTruthy();
    expect(screen.getByText('Déduit, non lu dans une citation : deux ans après le lancement')).toBeTruthy();
  });

  it('marks nothing for a value read in a quote', () => {
    const { container } = renderWithProviders(<InferredMark derivation={undefined} />);
    expect(container.textContent).toBe('');
  });

  it('badges planned and announced happenings, not happened ones', () => {
    const planned = renderWithProviders(<StatusBadge status="planned" />);
    expect(planned.container.textContent).toBe('planned');
    const happened = renderWithProviders(<StatusBadge status="happened" />);
    expect(happened.container.textContent).toBe('');
  });
});
