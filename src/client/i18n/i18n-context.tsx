import { createContext, use, useEffect, useMemo, type ReactNode } from 'react';
import type { MessageKey } from './en';
import type { Language, Locale } from './locale';
import { createTranslator, type Translate } from './translate';

export type T = Translate<MessageKey>;

interface I18n {
  locale: Locale;
  t: T;
}

const I18nContext = createContext<I18n | null>(null);

/** Gives the tree its language; the page's `lang` follows, so screen readers pronounce it right. */
export function I18nProvider({
  language: { locale, catalogue },
  children,
}: {
  language: Language;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ locale, t: createTranslator(locale, catalogue) }),
    [locale, catalogue],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside an I18nProvider.');
  return i18n;
}

export const useT = (): T => useI18n().t;
