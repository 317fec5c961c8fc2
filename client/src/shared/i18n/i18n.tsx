import { createContext, useContext, type ReactNode } from 'react';
import type { Lang } from './lang.ts';
import { messages, type Messages } from './messages.ts';

interface I18n {
  lang: Lang;
  t: Messages;
}

const I18nContext = createContext<I18n>({ lang: 'en', t: messages.en });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <I18nContext value={{ lang, t: messages[lang] }}>{children}</I18nContext>;
}

/** The current language and its message catalogue. */
export const useI18n = (): I18n => useContext(I18nContext);
