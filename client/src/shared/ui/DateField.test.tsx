import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../i18n/lang.ts';
import { renderWithProviders } from '../test-utils.tsx';
import { DateField } from './DateField.tsx';

/** A field whose value lives in its parent, as the URL holds it in the views. */
function Controlled({
  initial,
  onChange,
  bound = 'start',
}: {
  initial: string | null;
  onChange: (v: string | null) => void;
  bound?: 'start' | 'end';
}) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField
        label="From"
        value={value}
        bound={bound}
        onChange={(day) => {
          onChange(day);
          setValue(day);
        }}
      />
      <button type="button" onClick={() => setValue(null)}>
        clear
      </button>
    </>
  );
}

const setup = (lang: Lang, initial: string | null = null, bound: 'start' | 'end' = 'start') => {
  const onChange = vi.fn();
  renderWithProviders(<Controlled initial={initial} onChange={onChange} bound={bound} />, lang);
  return { onChange, input: screen.getByRole('textbox', { name: 'From' }), user: userEvent.setup() };
};

describe('<DateField>', () => {
  it('shows the ISO value in the French form and says which form it expects', () => {
    const { input } = setup('fr', '2015-03-01');
    expect(input).toHaveProperty('value', '01/03/2015');
    expect(input.getAttribute('placeholder')).toBe('jj/mm/aaaa');
    const hint = document.getElementById(input.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toContain('jj/mm/aaaa');
  });

  it('applies a French day as soon as it is whole, as an ISO day', async () => {
    const { input, user, onChange } = setup('fr');
    await user.type(input, '15/03/201');
    expect(onChange).not.toHaveBeenCalled();
    await user.type(input, '5');
    expect(onChange).toHaveBeenLastCalledWith('2015-03-15');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('takes a bare year at its bound on Enter and writes the day back in full', async () => {
    const { input, user, onChange } = setup('en', null, 'end');
    await user.type(input, '2016{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('2016-12-31');
    expect(input).toHaveProperty('value', '2016-12-31');
  });

  it('keeps the value and says why when the text is not a day, until it is put right', async () => {
    const { input, user, onChange } = setup('fr', '2015-03-01');
    await user.clear(input);
    await user.type(input, '31/04/2015');
    await user.tab();
    expect(onChange).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const [problemId] = input.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(problemId!)?.textContent).toMatch(/n’existe pas/);

    await user.clear(input);
    await user.type(input, '30/04/2015');
    expect(onChange).toHaveBeenLastCalledWith('2015-04-30');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('refuses a day outside the atlas range and day-first text in English', async () => {
    const { input, user, onChange } = setup('en');
    await user.type(input, '1850{Enter}');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await user.clear(input);
    await user.type(input, '03/04/2015{Enter}');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('empties the value when the field is emptied, and follows a value changed from outside', async () => {
    const { input, user, onChange } = setup('en', '2015-03-01');
    await user.clear(input);
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith(null);

    await user.type(input, '2014-05-06');
    expect(onChange).toHaveBeenLastCalledWith('2014-05-06');
    await user.click(screen.getByRole('button', { name: 'clear' }));
    expect(input).toHaveProperty('value', '');
  });
});
