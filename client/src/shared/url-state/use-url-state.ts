import { useCallback, useSyncExternalStore } from 'react';
import { parseUrlState, serialiseUrlState, type UrlState } from './url-state.ts';

/**
 * The URL as React state: one history entry per deliberate change (a selection, a view, a filter), replaced in
 * place for continuous ones (a slider being dragged) when asked; back and forward re-read it.
 */

const CHANGE = 'atlas:urlchange';

let cachedSearch: string | null = null;
let cachedState: UrlState | null = null;

function snapshot(): UrlState {
  const search = window.location.search;
  if (search !== cachedSearch || cachedState === null) {
    cachedSearch = search;
    cachedState = parseUrlState(search);
  }
  return cachedState;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
}

export type Navigate = (
  patch: Partial<UrlState> | ((state: UrlState) => Partial<UrlState>),
  options?: NavigateOptions,
) => void;

/** Writes a state to the address bar (no-op when the link would not change). */
export function navigateTo(next: UrlState, options: NavigateOptions = {}): void {
  const query = serialiseUrlState(next);
  if (query === window.location.search) return;
  const url = `${window.location.pathname}${query}${window.location.hash}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

export function useUrlState(): [UrlState, Navigate] {
  const state = useSyncExternalStore(subscribe, snapshot, snapshot);
  const navigate = useCallback<Navigate>((patch, options) => {
    const current = snapshot();
    const changes = typeof patch === 'function' ? patch(current) : patch;
    navigateTo({ ...current, ...changes }, options);
  }, []);
  return [state, navigate];
}
