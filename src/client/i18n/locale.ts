import { en, type MessageKey } from './en';
import type { Message } from './translate';

export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

export type Catalogue = Readonly<Record<MessageKey, Message>>;

/** A locale with its messages: what the I18nProvider needs to speak it. */
export interface Language {
  locale: Locale;
  catalogue: Catalogue;
}

export const english: Language = { locale: 'en', catalogue: en };

/** Every other language downloads only for its readers (Spanish is ~2.6 KB gzip). */
const otherCatalogues: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  es: () => import('./es').then((module) => module.es),
};

/** The language for `locale`, English at once (it ships with the app), others once loaded. */
export async function loadLanguage(locale: Locale): Promise<Language> {
  if (locale === 'en') return english;
  return { locale, catalogue: await otherCatalogues[locale]() };
}

const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

/**
 * The reader's language: a `lang` parameter in the address wins, then the browser's languages in
 * order of preference ("es-VE" counts as Spanish), then English.
 */
export function pickLocale(search: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  for (const tag of [asked, ...languages]) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base && isLocale(base)) return base;
  }
  return 'en';
}
