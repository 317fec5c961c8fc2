import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlighted } from './Highlighted.tsx';
import { splitHighlights } from './highlight.ts';

describe('splitHighlights', () => {
  it('cuts plain and marked segments', () => {
    expect(splitHighlights('Patrick Starck defends Cloudwatt', [[23, 32]])).toEqual([
      { text: 'Patrick Starck defends ', marked: false },
      { text: 'Cloudwatt', marked: true },
    ]);
  });

  it('merges overlaps, sorts, and clamps offsets outside the text', () => {
    expect(
      splitHighlights('abcdefghij', [
        [6, 20],
        [0, 2],
        [1, 3],
        [3, 4],
        [-5, 0],
      ]),
    ).toEqual([
      { text: 'abcd', marked: true },
      { text: 'ef', marked: false },
      { text: 'ghij', marked: true },
    ]);
  });

  it('returns the text whole when nothing matches', () => {
    expect(splitHighlights('', [])).toEqual([{ text: '', marked: false }]);
    expect(splitHighlights('abc', [[2, 2]])).toEqual([{ text: 'abc', marked: false }]);
  });
});

describe('<Highlighted>', () => {
  it('renders markup in the data as text, never as HTML', () => {
    const { container } = render(
      <Highlighted text={'<img src=x onerror=alert(1)> Cloudwatt'} highlights={[[29, 38]]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('Cloudwatt');
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> Cloudwatt');
  });
});
