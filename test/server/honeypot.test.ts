// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema, commentPageSchema } from '../../src/core/schemas';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer, newComment, postJson } from '../helpers/server';

const commentsUrl = `/api/articles/${demoSlug}/comments`;

describe('the honeypot field', () => {
  it('refuses a comment whose honeypot is filled, openly, and stores nothing', async () => {
    const { app } = await createTestServer();
    const bot = newComment({ subject: 'Cheap watches' });
    const res = await app.request(commentsUrl, postJson(bot));
    expect(res.status).toBe(400);
    const body = v.parse(apiErrorSchema, await res.json());
    expect(body.error.code).toBe('spam_suspected');
    // Naming the field would tell a bot which one to leave empty.
    expect(body.error.field).toBeUndefined();
    expect(body.error.message).not.toMatch(/subject|honeypot|field/i);

    const page = v.parse(commentPageSchema, await (await app.request(commentsUrl)).json());
    expect(page.total).toBe(7);
    // The key was not used up: the same comment sent without the honeypot goes through.
    expect((await app.request(commentsUrl, postJson({ ...bot, subject: '' }))).status).toBe(201);
  });

  it('accepts an empty or blank honeypot, as every person sends it', async () => {
    const { app } = await createTestServer();
    expect((await app.request(commentsUrl, postJson(newComment({ subject: '' })))).status).toBe(
      201,
    );
    expect((await app.request(commentsUrl, postJson(newComment({ subject: '  ' })))).status).toBe(
      201,
    );
  });

  it('counts a bot’s posts against its rate limit', async () => {
    const { app } = await createTestServer({ rateLimit: { posts: 1, perMs: 60_000 } });
    expect((await app.request(commentsUrl, postJson(newComment({ subject: 'x' })))).status).toBe(
      400,
    );
    expect((await app.request(commentsUrl, postJson(newComment()))).status).toBe(429);
  });
});
