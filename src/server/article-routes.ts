import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import {
  articleLimits,
  articlePatchSchema,
  articlePutSchema,
  articleSlugSchema,
} from '../core/article-input';
import { firstIssue } from '../core/validate';
import { adminAuth } from './admin-auth';
import type { ServerConfig } from './config';
import { apiError } from './errors';
import { changeArticle, publishArticle } from './publish-article';
import { limitBody, readJsonBody } from './request-body';
import type { Store } from './store';

const notFound = (c: Context) =>
  apiError(c, 404, 'article_not_found', 'There is no article at this address.');

/** The slug of the address, or the API's refusal of it. */
function slugOf(c: Context): { ok: true; slug: string } | { ok: false; refusal: Response } {
  const slug = v.safeParse(articleSlugSchema, c.req.param('slug'));
  if (slug.success) return { ok: true, slug: slug.output };
  const refusal = apiError(c, 400, 'invalid_input', firstIssue(slug.issues).message, 'slug');
  return { ok: false, refusal };
}

/** The body as `schema` takes it, or the API's refusal (415, 400 invalid_json or invalid_input). */
async function inputOf<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<{ ok: true; input: v.InferOutput<S> } | { ok: false; refusal: Response }> {
  const body = await readJsonBody(c, 'the article');
  if (!body.ok) return body;
  const input = v.safeParse(schema, body.json);
  if (input.success) return { ok: true, input: input.output };
  const issue = firstIssue(input.issues);
  return { ok: false, refusal: apiError(c, 400, 'invalid_input', issue.message, issue.field) };
}

/**
 * PUT, PATCH and DELETE /api/articles/:slug, for a site's owner (docs/api.md): a group of its
 * own, behind the admin token, so the reader's routes never pass through this code.
 */
export function articleAdminRoutes(store: Store, config: ServerConfig) {
  const admin = new Hono();
  const guard = [adminAuth(config.adminToken), limitBody(articleLimits.requestMaxBytes)] as const;

  admin.put('/articles/:slug', ...guard, async (c) => {
    const slug = slugOf(c);
    if (!slug.ok) return slug.refusal;
    const input = await inputOf(c, articlePutSchema);
    if (!input.ok) return input.refusal;
    const { kind, article } = await publishArticle(store, slug.slug, input.input);
    if (kind === 'replaced') return c.json(article);
    c.header('Location', `/api/articles/${article.slug}`);
    return c.json(article, 201);
  });

  admin.patch('/articles/:slug', ...guard, async (c) => {
    const slug = slugOf(c);
    if (!slug.ok) return slug.refusal;
    const input = await inputOf(c, articlePatchSchema);
    if (!input.ok) return input.refusal;
    const article = await changeArticle(store, slug.slug, input.input);
    return article ? c.json(article) : notFound(c);
  });

  admin.delete('/articles/:slug', ...guard, async (c) => {
    const slug = slugOf(c);
    if (!slug.ok) return slug.refusal;
    const comments = c.req.query('comments') ?? 'keep';
    if (comments !== 'keep' && comments !== 'delete') {
      return apiError(c, 400, 'invalid_query', 'comments must be keep or delete.', 'comments');
    }
    const deleted = await store.deleteArticle(slug.slug, comments, config.now());
    return deleted ? c.body(null, 204) : notFound(c);
  });

  return admin;
}
