import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

function Fallback({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { lang } = useI18n();
  return (
    <div className="status status--error" role="alert">
      <p>
        {lang === 'fr' ? 'Cette vue a rencontré une erreur : ' : 'This view ran into an error: '}
        {error.message}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {lang === 'fr' ? 'Réessayer' : 'Try again'}
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
