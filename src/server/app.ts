import { Hono } from 'hono';
import * as v from 'valibot';
import { limits } from '../core/limits';
import { commentSortSchema, newCommentSchema, type PublicConfig } from '../core/schemas';
import { firstIssue } from '../core/validate';
import { apiMessageOf } from './api-messages';
import { articleAdminRoutes } from './article-routes';
import { defaultConfig, type ServerConfig } from './config';
import { corsForOrigins } from './cors';
import { apiError } from './errors';
import { securityHeaders } from './security-headers';
import { isHoneypotFilled } from './honeypot';
import { jsonOnce } from './json-once';
import { limitBody, readJsonBody } from './request-body';
import { clientAddress } from './client-address';
import { createRateLimiter } from './rate-limit';
import { requestLog } from './request-log';
import { indexRoutes } from './index-routes';
import { InvalidCursorError, type Store } from './store';
import { ServerBusyError } from './turns';

const pageLimitSchema = v.pipe(
  v.string(),
  v.regex(/^\d{1,4}$/, 'must be a whole number'),
  v.transform(Number),
  v.minValue(1, 'must be at least 1'),
  v.maxValue(limits.commentsPageMax, `must be at most ${limits.commentsPageMax}`),
);

/** The HTTP API. Exported without a listener, so tests call it in-process with `app.request()`. */
export function createApp(store: Store, config: ServerConfig = defaultConfig) {
  const app = new Hono();
  app.use('*', requestLog(config.log, config.trustedProxies));
  app.use('*', securityHeaders(config));
  const rateLimiter = config.rateLimit
    ? createRateLimiter(config.rateLimit, () => config.now().getTime())
    : null;

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.route('/', indexRoutes(store));

  const api = new Hono();
  api.use('*', corsForOrigins(config.corsOrigins));

  api.get('/articles', async (c) => c.json({ articles: await store.listArticles() }));

  // What the reader needs to know about this deployment: the WordPress sites it may show.
  api.get('/config', (c) =>
    c.json({ wordpressSites: [...config.wordpressSites] } satisfies PublicConfig),
  );

  api.get('/articles/:slug', async (c) => {
    const article = await store.getArticle(c.req.param('slug'));
    if (!article)
      return apiError(c, 404, 'article_not_found', 'There is no article at this address.');
    return c.json(article);
  });

  api.get('/articles/:slug/comments', async (c) => {
    const sort = v.safeParse(commentSortSchema, c.req.query('sort') ?? 'oldest');
    if (!sort.success) {
      return apiError(c, 400, 'invalid_query', 'sort must be oldest, newest or replies.', 'sort');
    }
    const limit = v.safeParse(
      pageLimitSchema,
      c.req.query('limit') ?? String(limits.commentsPageDefault),
    );
    if (!limit.success) {
      return apiError(
        c,
        400,
        'invalid_query',
        `limit ${firstIssue(limit.issues).message}.`,
        'limit',
      );
    }
    try {
      const page = await store.listComments(c.req.param('slug'), {
        sort: sort.output,
        limit: limit.output,
        cursor: c.req.query('cursor') ?? null,
      });
      if (!page)
        return apiError(c, 404, 'article_not_found', 'There is no article at this address.');
      return jsonOnce(c, page);
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        return apiError(c, 400, 'invalid_cursor', error.message, 'cursor');
      }
      throw error;
    }
  });

  api.post('/articles/:slug/comments', limitBody(limits.requestBodyMaxBytes), async (c) => {
    const body = await readJsonBody(c, 'the comment');
    if (!body.ok) return body.refusal;
    const input = v.safeParse(newCommentSchema, body.json);
    if (!input.success) {
      const issue = firstIssue(input.issues);
      return apiError(c, 400, 'invalid_input', apiMessageOf(issue), issue.field);
    }
    const rate = rateLimiter?.take(clientAddress(c, config.trustedProxies));
    if (rate && !rate.allowed) {
      c.header('Retry-After', String(rate.retryAfterSeconds));
      return apiError(
        c,
        429,
        'rate_limited',
        `Too many comments in a short time. Try again in ${rate.retryAfterSeconds} s.`,
      );
    }
    // A filled honeypot keeps its token: bots should run out of posts too. The answer does
    // not name the field, which would tell a bot which one to leave empty.
    if (isHoneypotFilled(input.output)) {
      return apiError(
        c,
        400,
        'spam_suspected',
        'This looks like spam, so nothing was stored. If you are a person, send it again.',
      );
    }
    // Only a new comment counts against the limit: replays, conflicts, refusals and posts the
    // server could not take (503 busy, 500) are free.
    const result = await store
      .createComment(c.req.param('slug'), input.output, {
        status: config.newCommentStatus,
        now: config.now(),
      })
      .catch((error: unknown) => {
        if (rate) rate.refund();
        throw error;
      });
    if (rate && result.kind !== 'created') rate.refund();
    switch (result.kind) {
      case 'created':
        return c.json(result.comment, 201);
      case 'replayed':
        c.header('Idempotent-Replayed', 'true');
        return c.json(result.comment, 201);
      case 'key-conflict':
        return apiError(
          c,
          422,
          'idempotency_key_reused',
          'This idempotency key was already used for a different comment.',
          'idempotencyKey',
        );
      case 'article-not-found':
        return apiError(c, 404, 'article_not_found', 'There is no article at this address.');
      case 'parent-not-found':
        return apiError(
          c,
          404,
          'parent_not_found',
          'The comment you are replying to does not exist.',
          'parentId',
        );
      case 'comments-closed':
        return apiError(c, 403, 'comments_closed', 'Comments are closed on this article.');
    }
  });

  // A site owner's routes (PUT, PATCH, DELETE), in a group of their own behind the admin token.
  api.route('/', articleAdminRoutes(store, config));

  api.all('*', (c) => apiError(c, 404, 'not_found', 'There is no such API endpoint.'));
  app.route('/api', api);

  // The details (an SQL error, a stack) go to the log only: they help an attacker, not a reader.
  app.onError((error, c) => {
    if (error instanceof ServerBusyError) {
      c.header('Retry-After', '1');
      return apiError(c, 503, 'busy', 'The server is busy. Try again in a moment.');
    }
    config.log({
      level: 'error',
      msg: 'unhandled error',
      method: c.req.method,
      path: c.req.path,
      error: error.message,
      stack: error.stack,
    });
    return apiError(
      c,
      500,
      'internal',
      'Something went wrong on the server. Try again in a moment.',
    );
  });

  return app;
}

export type ParleyApp = ReturnType<typeof createApp>;
