// @vitest-environment node
/**
 * The reply form explains each new refusal (issue 15 items 2 and 6) in the reader's language,
 * with the same schema the server applies.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/client/i18n/en';
import { es } from '../../src/client/i18n/es';
import { createTranslator } from '../../src/client/i18n/translate';
import { validateReply } from '../../src/client/reply/validate-reply';

const reply = (overrides: { name?: string; url?: string; body?: string }) => ({
  parentId: null,
  author: { name: overrides.name ?? 'Ana', email: 'ana@example.com', url: overrides.url },
  body: overrides.body ?? 'Hello.',
  idempotencyKey: 'abcdefgh12345678',
});

const cases = [
  { field: 'name', input: { name: '\u200b\u3164' }, key: 'validation.nameInvisible' },
  { field: 'body', input: { body: '\u2800\n\u200d' }, key: 'validation.bodyInvisible' },
  { field: 'url', input: { url: 'https://a\u05d0.com' }, key: 'validation.urlHost' },
  { field: 'url', input: { url: 'https://u:p@a.example' }, key: 'validation.urlCredentials' },
  { field: 'url', input: { url: 'ftp://a.example' }, key: 'validation.urlScheme' },
  { field: 'url', input: { url: 'not an address' }, key: 'validation.urlInvalid' },
  { field: 'name', input: { name: 'Ana\u001b' }, key: 'validation.characters' },
  { field: 'url', input: { url: 'https://a.example/\u0007' }, key: 'validation.characters' },
] as const;

describe('the reply form’s words for what the schema refuses', () => {
  for (const [locale, catalogue] of [
    ['en', en],
    ['es', es],
  ] as const) {
    const t = createTranslator(locale, catalogue);
    it.each(cases)(`in ${locale}: $field $key`, ({ field, input, key }) => {
      const result = validateReply(reply(input), t);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors[field]).toBe(catalogue[key]);
    });
  }

  it('accepts an internationalised address and stores it as browsers serialise it', () => {
    const result = validateReply(
      reply({ url: ' https://München.de ' }),
      createTranslator('en', en),
    );
    expect(result.ok && result.value.author.url).toBe('https://xn--mnchen-3ya.de/');
  });
});
