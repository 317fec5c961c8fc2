import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { isChunkLoadError } from './chunk-error.ts';

function Fallback({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  // A view whose code cannot be fetched (the atlas was updated since this page loaded) needs the page reloaded; the
  // browser's own wording, in English whatever the interface's language, is never shown.
  if (isChunkLoadError(error))
    return (
      <div className="status status--error" role="alert" data-error="chunk">
        <p>{t.status.newVersion}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t.status.reload}
        </button>
      </div>
    );
  return (
    <div className="status status--error" role="alert">
      <p>
        {t.status.viewFailed} {error.message}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t.status.retry}
      </button>
    </div>
  );
}

/** Keeps a failing view (or a chunk that did not load) from blanking the page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) return <Fallback error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
