import type { ArticlePatch, ArticlePut } from '../core/article-input';
import type { Article } from '../core/schemas';
import type { PublishResult } from './article-writes';
import { articleBodyHtml } from './sanitize-article';
import type { Store } from './store';

/**
 * Publishing an article, the one path for the API (PUT) and `npm run article -- put`: the body
 * rendered (Markdown) and sanitised, then stored. Input already checked by article-input.ts.
 */
export function publishArticle(
  store: Store,
  slug: string,
  input: ArticlePut,
): Promise<PublishResult> {
  const { body, format, ...fields } = input;
  return store.putArticle({ slug, ...fields, bodyHtml: articleBodyHtml(body, format) });
}

/** Changing some of an article's fields (PATCH); null when there is no article at `slug`. */
export function changeArticle(
  store: Store,
  slug: string,
  patch: ArticlePatch,
): Promise<Article | null> {
  const { body, format, ...fields } = patch;
  return store.updateArticle(slug, {
    ...fields,
    ...(body !== undefined && { bodyHtml: articleBodyHtml(body, format ?? 'html') }),
  });
}
