// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema, commentSchema } from '../../src/core/schemas';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer, newComment, postJson } from '../helpers/server';

const commentsUrl = `/api/articles/${demoSlug}/comments`;
const author = (overrides: Record<string, string>) => ({
  author: { name: 'Ana Reader', email: 'ana@example.com', ...overrides },
});

async function post(body: unknown) {
  const { app } = await createTestServer();
  return app.request(commentsUrl, postJson(body));
}

async function expectRefused(res: Response, field: string, codePoint: string) {
  expect(res.status).toBe(400);
  const { error } = v.parse(apiErrorSchema, await res.json());
  expect(error.code).toBe('invalid_input');
  expect(error.field).toBe(field);
  // The message names the character, which is usually invisible, so a person can find it.
  expect(error.message).toContain(codePoint);
}

describe('text is stored composed (Unicode NFC)', () => {
  const decomposed = 'Jose\u0301 said cafe\u0301'; // "e" followed by a combining acute accent
  const composedText = 'José said café';

  it('composes the body and the name', async () => {
    const res = await post(newComment({ body: decomposed, ...author({ name: decomposed }) }));
    expect(res.status).toBe(201);
    const comment = v.parse(commentSchema, await res.json());
    expect(comment.body).toBe(composedText);
    expect(comment.author.name).toBe(composedText);
  });

  it('treats the decomposed and composed forms as the same request for idempotency', async () => {
    const { app } = await createTestServer();
    const first = newComment({ body: decomposed });
    await app.request(commentsUrl, postJson(first));
    const again = await app.request(commentsUrl, postJson({ ...first, body: composedText }));
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
  });
});

describe('line breaks and tabs', () => {
  it('keeps line breaks and tabs in a body, and stores "\\r\\n" and "\\r" as "\\n"', async () => {
    const res = await post(newComment({ body: 'One\r\ntwo\rthree\n\n\tfour' }));
    expect(res.status).toBe(201);
    expect(v.parse(commentSchema, await res.json()).body).toBe('One\ntwo\nthree\n\n\tfour');
  });

  it.each([
    ['a line break', 'Ana\nReader', 'U+000A'],
    ['a carriage return', 'Ana\rReader', 'U+000D'],
    ['a tab', 'Ana\tReader', 'U+0009'],
    ['a line separator', 'Ana\u2028Reader', 'U+2028'],
    ['a paragraph separator', 'Ana\u2029Reader', 'U+2029'],
  ])('refuses %s inside a name', async (_what, name, codePoint) => {
    await expectRefused(await post(newComment(author({ name }))), 'author.name', codePoint);
  });
});

describe('control characters are refused with the field that holds them', () => {
  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['a bell', '\u0007', 'U+0007'],
    ['a backspace', '\b', 'U+0008'],
    ['a vertical tab', '\u000B', 'U+000B'],
    ['a terminal escape', '\u001b[31m', 'U+001B'],
    ['DEL', '\u007F', 'U+007F'],
    ['a C1 control (NEL)', '\u0085', 'U+0085'],
    ['a C1 control (CSI)', '\u009B', 'U+009B'],
    ['a lone surrogate', '\uD800', 'U+D800'],
  ])('%s in the body', async (_what, character, codePoint) => {
    await expectRefused(
      await post(newComment({ body: `Hello ${character} there` })),
      'body',
      codePoint,
    );
  });

  it.each([
    ['author.name', author({ name: 'Ana\u001bReader' }), 'U+001B'],
    ['author.email', author({ email: 'ana\u0000@example.com' }), 'U+0000'],
    ['author.url', author({ url: 'https://ana.example/\u0007' }), 'U+0007'],
  ])('in %s', async (field, overrides, codePoint) => {
    await expectRefused(await post(newComment(overrides)), field, codePoint);
  });

  it('stores nothing when it refuses', async () => {
    const { app } = await createTestServer();
    const before = await app.request(`${commentsUrl}?limit=500`);
    const { total } = (await before.json()) as { total: number };
    await app.request(commentsUrl, postJson(newComment({ body: 'bell \u0007' })));
    const after = (await (await app.request(`${commentsUrl}?limit=500`)).json()) as {
      total: number;
    };
    expect(after.total).toBe(total);
  });
});

describe('characters that look odd but are text', () => {
  it.each([
    ['a family emoji joined by zero-width joiners', 'Family: 👨‍👩‍👧‍👦'],
    ['right-to-left text with a direction mark', 'שלום\u200F עולם'],
    ['a zero-width space', 'zero\u200Bwidth'],
    ['an astral character', '𝕳𝖊𝖑𝖑𝖔 🐍'],
  ])('accepts %s and stores it as sent', async (_what, text) => {
    const res = await post(newComment({ body: text, ...author({ name: text }) }));
    expect(res.status).toBe(201);
    const comment = v.parse(commentSchema, await res.json());
    expect(comment.body).toBe(text);
    expect(comment.author.name).toBe(text);
  });
});
