import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { Messages } from '../i18n/messages.ts';

/** What went wrong, in the reader's words (pure, so that it can be tested). */
export function describeError(error: unknown, what: string, t: Messages): string {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'network':
        return t.status.networkError;
      case 'unavailable':
        return t.status.unavailable;
      case 'timeout':
        return t.status.timeout;
      case 'not-found':
        return t.status.notFound(what);
      case 'rate-limited':
        return t.status.rateLimited;
      default:
        return t.status.failed(what, error.message);
    }
  }
  return t.status.failed(what, error instanceof Error ? error.message : String(error));
}

export function Loading({ what }: { what: string }) {
  const { t } = useI18n();
  return (
    <p className="status status--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t.status.loading(what)}
    </p>
  );
}

/** Whether asking again can help: a missing record or a refused request stays missing or refused. */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError && (error.kind === 'not-found' || (error.status ?? 0) === 400));
}

export function ErrorMessage({ error, what, onRetry }: { error: unknown; what: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="status status--error" role="alert">
      <p>{describeError(error, what, t)}</p>
      {onRetry && isRetryable(error) && (
        <button type="button" className="button" onClick={onRetry}>
          {t.status.retry}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="status status--empty" role="status">
      {children}
    </p>
  );
}
