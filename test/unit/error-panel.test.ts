import { describe, expect, it } from 'vitest';
import { es } from '../../src/client/i18n/es';
import { createTranslator } from '../../src/client/i18n/translate';
import { HttpError } from '../../src/client/lib/http';
import { describeError } from '../../src/client/ui/error-panel';

const t = createTranslator('es', es);

describe('a refused read, as the error panel words it', () => {
  it('is in the reader’s language with the server’s code, never the API’s English', () => {
    const refused = new HttpError(400, 'invalid_cursor', 'The cursor is not one this server made.');
    const { title, detail, canRetry } = describeError(refused, t);
    expect(title).toBe('No funcionó');
    expect(detail).toContain('invalid_cursor');
    expect(detail).not.toContain('cursor is not');
    expect(canRetry).toBe(false);
  });

  it('offers to try again when the server only asked to slow down', () => {
    const busy = new HttpError(429, 'rate_limited', 'Too many requests.', undefined, 30);
    expect(describeError(busy, t).canRetry).toBe(true);
  });
});

describe('a WordPress site Parley may not show', () => {
  it('is named in the reader’s words, from the error’s params', () => {
    const refused = new HttpError(404, 'site_not_allowed', 'x', undefined, undefined, {
      site: 'blog.example',
    });
    const { detail } = describeError(refused, t);
    expect(detail).toContain('blog.example');
    expect(detail).toBe(t('wp.notAllowed', { site: 'blog.example' }));
  });
});
