import { en, type MessageKey } from './en';
import { es } from './es';
import type { Message } from './translate';

export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

export const catalogues: Record<Locale, Readonly<Record<MessageKey, Message>>> = { en, es };

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
