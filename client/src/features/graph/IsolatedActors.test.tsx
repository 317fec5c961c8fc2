import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../shared/test-utils.tsx';
import { IsolatedActors } from './IsolatedActors.tsx';
import type { IsolatedGroup } from './isolated-actors.ts';

const groups: IsolatedGroup[] = [
  { kind: 'company', actors: [{ id: 'netflix', name: 'Netflix', undated: false }] },
  {
    kind: 'technology',
    actors: [
      { id: 'prism', name: 'Prism', undated: true },
      { id: 'san', name: 'SAN', undated: false },
    ],
  },
];

describe('<IsolatedActors>', () => {
  it('lists the actors by kind under a heading that counts them, each a button that selects it', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<IsolatedActors groups={groups} selected="san" onSelect={onSelect} />);
    expect(screen.getByRole('heading', { name: '3 actors with no relation in view' })).toBeTruthy();
    const technology = screen.getByRole('list', { name: 'Technology' });
    expect(technology.querySelectorAll('button')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'SAN' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Netflix' }).getAttribute('aria-pressed')).toBe('false');

    // An undated actor says so, as the canvas's hollow shape does.
    expect(screen.getByText(/Dashed: undated/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Prism ?\(undated\)$/ }));
    expect(onSelect).toHaveBeenLastCalledWith('prism');
    // By keyboard: Tab reaches the buttons in order, Enter selects.
    await user.tab();
    expect(document.activeElement?.textContent).toBe('SAN');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('san');
  });

  it('speaks French', () => {
    renderWithProviders(<IsolatedActors groups={groups.slice(0, 1)} selected={null} onSelect={() => {}} />, 'fr');
    expect(screen.getByRole('heading', { name: '1 acteur sans relation affichée' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Entreprise' })).toBeTruthy();
  });

  it('renders nothing when every actor has a relation in view', () => {
    const { container } = renderWithProviders(<IsolatedActors groups={[]} selected={null} onSelect={() => {}} />);
    expect(container.textContent).toBe('');
  });
});
