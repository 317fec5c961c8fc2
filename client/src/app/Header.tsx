import { GlobalSearch } from '../features/search/GlobalSearch.tsx';
import { useI18n } from '../shared/i18n/i18n.tsx';
import { langs } from '../shared/i18n/lang.ts';
import { messages } from '../shared/i18n/messages.ts';
import { useUrlState } from '../shared/url-state/use-url-state.ts';

export function Header() {
  const { t, lang } = useI18n();
  const [, navigate] = useUrlState();
  return (
    <header className="header">
      <div className="header__brand">
        <h1 className="header__title">{t.appTitle}</h1>
        <p className="header__tagline">{t.tagline}</p>
      </div>
      <GlobalSearch />
      <div className="lang-switch" role="group" aria-label={t.language}>
        {langs.map((code) => (
          <button
            key={code}
            type="button"
            lang={code}
            className="lang-switch__button"
            aria-pressed={lang === code}
            onClick={() => navigate({ lang: code })}
          >
            {code.toUpperCase()}
            <span className="visually-hidden"> {messages[code].languageNames[code]}</span>
          </button>
        ))}
      </div>
    </header>
  );
}
