import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUrlState } from './use-url-state.ts';

describe('useUrlState', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('adds a history entry per change, replaces on request, and follows back and forward', async () => {
    const { result } = renderHook(() => useUrlState());
    expect(result.current[0].selection).toBeNull();

    act(() => result.current[1]({ selection: { kind: 'actor', id: 'cloudwatt' } }));
    expect(window.location.search).toBe('?actor=cloudwatt');
    expect(result.current[0].selection).toEqual({ kind: 'actor', id: 'cloudwatt' });

    const length = window.history.length;
    act(() => result.current[1]({ asOf: 2013 }, { replace: true }));
    expect(window.history.length).toBe(length);
    act(() => result.current[1]((s) => ({ focus: [...s.focus, 'thales'] })));
    expect(window.location.search).toBe('?actor=cloudwatt&asof=2013&focus=thales');

    await act(async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await popped;
    });
    expect(result.current[0].focus).toEqual([]);
    expect(result.current[0].asOf).toBe(2013);
  });

  it('returns the same state object while the URL is unchanged', () => {
    const { result, rerender } = renderHook(() => useUrlState());
    const first = result.current[0];
    rerender();
    expect(result.current[0]).toBe(first);
  });
});
