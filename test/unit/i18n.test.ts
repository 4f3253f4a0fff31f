import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/client/i18n/en';
import { english, loadLanguage, locales, pickLocale } from '../../src/client/i18n/locale';
import { createTranslator, type Message } from '../../src/client/i18n/translate';

const placeholders = (message: Message) =>
  [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])].sort();

describe('the message catalogues', () => {
  const keys = Object.keys(en) as MessageKey[];

  it.each(locales)(
    '%s has every key, none empty, with the same placeholders as English',
    async (locale) => {
      const { catalogue } = await loadLanguage(locale);
      expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const message = catalogue[key];
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect(text?.trim(), `${locale} ${key}`).not.toBe('');
        expect(placeholders(message), `${locale} ${key}`).toEqual(placeholders(en[key]));
      }
    },
  );

  it('words plurals right in English for 0, 1 and many', () => {
    const t = createTranslator('en', english.catalogue);
    expect(t('discussion.count', { count: 0 })).toBe('No comments');
    expect(t('discussion.count', { count: 1 })).toBe('1 comment');
    expect(t('discussion.count', { count: 10000 })).toBe('10,000 comments');
    expect(t('comment.hidden', { count: 1 })).toBe('1 reply hidden');
    expect(t('comment.hidden', { count: 3 })).toBe('3 replies hidden');
  });

  it('words plurals right in Spanish for 0, 1 and many, with Spanish number formatting', async () => {
    const { catalogue } = await loadLanguage('es');
    const t = createTranslator('es', catalogue);
    expect(t('discussion.count', { count: 0 })).toBe('Sin comentarios');
    expect(t('discussion.count', { count: 1 })).toBe('1 comentario');
    expect(t('discussion.count', { count: 10000 })).toBe('10.000 comentarios');
    expect(t('form.left', { count: 1 })).toBe('Queda 1 carácter.');
    expect(t('form.left', { count: 2 })).toBe('Quedan 2 caracteres.');
    expect(t('comment.collapse', { author: 'wally n' })).toBe('Contraer el hilo de wally n');
  });

  it('leaves an unknown placeholder visible rather than guessing', () => {
    const t = createTranslator('en', { greeting: 'Hello {name}' });
    expect(t('greeting')).toBe('Hello {name}');
  });
});

describe('loadLanguage', () => {
  it('gives English at once and Spanish from its own module, each with its locale', async () => {
    expect(await loadLanguage('en')).toBe(english);
    const spanish = await loadLanguage('es');
    expect(spanish.locale).toBe('es');
    expect(spanish.catalogue['nav.skip']).toBe('Saltar al contenido');
  });
});

describe('pickLocale', () => {
  it('takes the lang parameter first, then the browser’s languages, then English', () => {
    expect(pickLocale('?lang=es', ['en-US'])).toBe('es');
    expect(pickLocale('?lang=fr', ['es-VE', 'en'])).toBe('es');
    expect(pickLocale('', ['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLocale('', ['de'])).toBe('en');
    expect(pickLocale('?lang=EN', ['es'])).toBe('en');
  });
});
