import type { WpRest } from '../../../core/wordpress/wp-rest';
import { wpPostListSchema, wpPostSchema, type WpPost } from '../../../core/wordpress/wp-schemas';
import { HttpError } from '../../lib/http';

/** Author and featured image come in the same answer; older WordPress embeds everything. */
const embed = 'author,wp:featuredmedia';

/**
 * The post at `slugOrId`: a number is a post id, anything else a slug, looked up among posts
 * and then among pages (a WordPress "page" has comments too).
 */
export async function findPost(
  rest: WpRest,
  slugOrId: string,
  signal?: AbortSignal,
): Promise<WpPost> {
  if (/^\d+$/.test(slugOrId)) {
    const { body } = await rest.get(
      `/wp/v2/posts/${slugOrId}`,
      { _embed: embed },
      wpPostSchema,
      'The post',
      signal,
    );
    return body;
  }
  for (const type of ['posts', 'pages']) {
    const { body } = await rest.get(
      `/wp/v2/${type}`,
      { slug: slugOrId, _embed: embed },
      wpPostListSchema,
      'The post',
      signal,
    );
    if (body[0]) return body[0];
  }
  throw new HttpError(
    404,
    'article_not_found',
    `${rest.siteUrl} has no published post at “${slugOrId}”.`,
  );
}
