import * as v from 'valibot';
import { articleSchema, commentPageSchema, commentSortSchema } from './schemas';

/**
 * The data the server rendered an embed's first view from, sent in the same HTML so the browser's
 * app starts from it instead of asking again. Checked with the API's own schemas on arrival.
 */
export const firstViewSchema = v.object({
  slug: v.string(),
  sort: commentSortSchema,
  article: articleSchema,
  comments: commentPageSchema,
});

export type FirstView = v.InferOutput<typeof firstViewSchema>;

/** The `<script type="application/json">` element that carries it. */
export const firstViewElementId = 'parley-first-view';

/**
 * The first view as text for inside that element: every `<` escaped, so no comment's text can
 * close the element (`</script>`) or open an HTML comment in it.
 */
export const firstViewJson = (view: FirstView): string =>
  JSON.stringify(view).replace(/</g, '\\u003c');
