import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { I18nProvider } from './i18n/i18n.tsx';
import type { Lang } from './i18n/lang.ts';

/** Renders with a fresh query client (no retries) and a language. */
export function renderWithProviders(ui: ReactElement, lang: Lang = 'en') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider lang={lang}>{ui}</I18nProvider>
    </QueryClientProvider>,
  );
}

/**
 * Answers fetch from a table of routes to JSON bodies (a 404 problem for anything else). A route is a path, matched
 * whole, or ends with "*" to match as a prefix (query string included).
 */
export function stubApi(routes: Record<string, unknown>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://atlas.test');
    const key = Object.keys(routes).find((route) =>
      route.endsWith('*') ? `${url.pathname}${url.search}`.startsWith(route.slice(0, -1)) : url.pathname === route,
    );
    if (key === undefined)
      return new Response(
        JSON.stringify({ type: 'x', title: 'Not found', status: 404, detail: url.pathname, instance: url.pathname }),
        {
          status: 404,
          headers: { 'content-type': 'application/problem+json' },
        },
      );
    return new Response(JSON.stringify(routes[key]), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
