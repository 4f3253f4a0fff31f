// @vitest-environment node
/**
 * What a POST used to get away with (issue 15, items 2 and 6): names and comments with nothing
 * visible in them, parent ids written another way, and web addresses that a browser refuses or
 * reads differently. Each is refused with a message a person can act on, or stored the one way.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/core/schemas';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer, newComment, postJson } from '../helpers/server';

const commentsUrl = `/api/articles/${demoSlug}/comments`;

async function post(body: unknown) {
  const { app } = await createTestServer();
  return app.request(commentsUrl, postJson(body));
}

async function refusal(res: Response) {
  expect(res.status).toBe(400);
  const { error } = v.parse(apiErrorSchema, await res.json());
  expect(error.code).toBe('invalid_input');
  return error;
}

const withAuthor = (overrides: Record<string, string>) => ({
  author: { name: 'Ana Reader', email: 'ana@example.com', ...overrides },
});

/** Text that shows nothing: one of each kind of invisible character, and mixes of them. */
const invisible = {
  'zero-width space': '\u200b',
  'zero-width joiner and non-joiner': '\u200d\u200c',
  'word joiner and BOM': '\u2060\ufeff',
  'bidirectional marks and overrides': '\u200e\u200f\u202e\u2066',
  'Hangul fillers': '\u3164\u115f\u1160\uffa0',
  'blank Braille pattern': '\u2800\u2800',
  'variation selectors': '\ufe0f\udb40\udd00',
  'tag characters': '\udb40\udc41\udb40\udc7f',
  'soft hyphen and combining grapheme joiner': '\u00ad\u034f',
  'no-break and ideographic spaces around a ZWSP': '\u00a0\u200b\u3000',
};

describe('names and comments with nothing visible in them', () => {
  it.each(Object.entries(invisible))('refuses a name of only %s', async (_kind, text) => {
    const error = await refusal(await post(newComment(withAuthor({ name: text }))));
    expect(error.field).toBe('author.name');
    expect(error.message).toMatch(/invisible characters/);
  });

  it.each(Object.entries(invisible))('refuses a comment of only %s', async (_kind, text) => {
    const error = await refusal(await post(newComment({ body: `${text}\n\n${text}` })));
    expect(error.field).toBe('body');
    expect(error.message).toMatch(/invisible characters/);
  });

  it('keeps invisible characters inside visible text (joiners are writing in some scripts)', async () => {
    const name = 'क्\u200dष \u200fAna';
    const res = await post(
      newComment({ ...withAuthor({ name }), body: 'Hi\u200b there 👩\u200d💻' }),
    );
    expect(res.status).toBe(201);
  });
});

describe('parent ids', () => {
  it.each(['01', '+1', '1e3', ' 1', '1.0', '0', '0x1', '١', '9'.repeat(16)])(
    'refuses "%s": a parent is named by the id the server gave it',
    async (parentId) => {
      const error = await refusal(await post(newComment({ parentId })));
      expect(error.field).toBe('parentId');
    },
  );
});

describe('web addresses', () => {
  it.each([
    ['a host Chromium refuses (bidi rule)', 'https://a\u05d0.com', /every browser can open/],
    ['the same host already in punycode', 'https://xn--a-0hc.com', /every browser can open/],
    ['a user name and password', 'https://bank.example@evil.example/', /user name and password/],
    ['another scheme', 'ftp://example.com/', /http:\/\/ or https:\/\//],
    ['an underscore in the host', 'https://a_b.example.com/', /every browser can open/],
    ['an empty label', 'https://a..example.com/', /every browser can open/],
    [
      'percent-encoding that grows past the limit',
      `https://example.com/${'é'.repeat(700)}`,
      /2000/,
    ],
  ])('refuses %s', async (_kind, url, message) => {
    const error = await refusal(await post(newComment(withAuthor({ url }))));
    expect(error.field).toBe('author.url');
    expect(error.message).toMatch(message);
  });

  it.each([
    ['HTTPS://Example.COM/a b', 'https://example.com/a%20b'],
    ['https://münchen.de', 'https://xn--mnchen-3ya.de/'],
    ['http://example.com:80/x/../y', 'http://example.com/y'],
    ['https://1.2.3.4/', 'https://1.2.3.4/'],
  ])('stores %s as browsers serialise it: %s', async (url, stored) => {
    const res = await post(newComment(withAuthor({ url })));
    expect(res.status).toBe(201);
    expect(((await res.json()) as { author: { url: string } }).author.url).toBe(stored);
  });
});
