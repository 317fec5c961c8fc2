import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, stubApi } from '../test-utils.tsx';
import { Combobox } from './Combobox.tsx';

afterEach(() => vi.unstubAllGlobals());

const hits = {
  query: 'cloud',
  hits: [
    {
      kind: 'actor',
      id: 'cloudwatt',
      label: 'Cloudwatt',
      score: 9,
      snippet: { text: 'Cloudwatt', highlights: [[0, 5]] },
    },
    {
      kind: 'source',
      id: 'lesechos',
      label: 'A page is turning',
      score: 3,
      snippet: { text: 'the <b>sovereign</b> cloud', highlights: [[21, 26]] },
    },
  ],
};

describe('<Combobox>', () => {
  it("shows an actor matched only in the other language's text in the reader's, saying what matched", async () => {
    stubApi({
      '/api/search*': {
        query: 'andromede',
        hits: [
          {
            kind: 'actor',
            id: 'aws',
            label: 'Amazon Web Services',
            score: 2,
            snippet: { text: 'A cloud provider.', highlights: [], matchedIn: { language: 'fr', words: ['Andromède'] } },
          },
        ],
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<Combobox label="Search" kinds={['actor']} onPick={vi.fn()} />);
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'andromede');
    const [option] = await screen.findAllByRole('option');
    expect(option!.textContent).toBe('ActorAmazon Web ServicesA cloud provider. (matches the French text: Andromède)');
  });

  it('follows the ARIA combobox pattern: arrows move, Enter picks, Escape closes then clears', async () => {
    const fetchMock = stubApi({ '/api/search*': hits });
    const onPick = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<Combobox label="Search" kinds={['actor', 'source']} onPick={onPick} />);
    const input = screen.getByRole('combobox', { name: 'Search' });
    expect(input).toHaveProperty('ariaExpanded', 'false');

    await user.type(input, 'cloud');
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(2);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/search?q=cloud&kinds=actor,source&limit=12&lang=en');
    // Kind shown; the snippet's markup is text, the matched words are <mark>.
    expect(options[1]!.textContent).toBe('SourceA page is turningthe <b>sovereign</b> cloud');
    expect(options[1]!.querySelector('b')).toBeNull();
    expect(options[1]!.querySelector('mark')?.textContent).toBe('cloud');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 matches'));

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(hits.hits[0]);
    expect((input as HTMLInputElement).value).toBe('');

    await user.type(input, 'cloud');
    await screen.findAllByRole('option');
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Escape}');
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('picks the first hit when Enter comes right after typing, before the answer arrived', async () => {
    stubApi({ '/api/search*': hits });
    const onPick = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<Combobox label="Search" kinds={['actor', 'source']} onPick={onPick} />);
    // Typed and submitted at once: within the debounce, so no search had even started.
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'cloud{Enter}');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    await waitFor(() => expect(onPick).toHaveBeenCalledWith(hits.hits[0]));
  });

  it('keeps the picked label when asked, and says when nothing matches', async () => {
    stubApi({ '/api/search?q=zz*': { query: 'zz', hits: [] }, '/api/search*': hits });
    const onPick = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<Combobox label="From" kinds={['actor']} onPick={onPick} keepPickedText />);
    const input = screen.getByRole('combobox', { name: 'From' });
    await user.type(input, 'zz');
    await waitFor(() => expect(screen.getByRole('listbox', { hidden: true }).textContent).toBe('No match'));
    await user.clear(input);
    await user.type(input, 'cloud');
    await user.click((await screen.findAllByRole('option'))[0]!);
    expect((input as HTMLInputElement).value).toBe('Cloudwatt');
  });
});
