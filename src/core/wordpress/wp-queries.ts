import { WordPressError, type WpRest } from './wp-rest';
import { wpCommentListSchema, wpPostListSchema, wpPostSchema, type WpPost } from './wp-schemas';

/** The most WordPress gives in one page. */
export const wpPageSize = 100;

const commentFields = 'id,post,parent,author_name,author_url,date_gmt,content,link,status';

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
    const route = `/wp/v2/posts/${slugOrId}`;
    return (await rest.get(route, { _embed: embed }, wpPostSchema, 'The post', signal)).body;
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
  throw new WordPressError(
    404,
    'parley_post_not_found',
    `${rest.siteUrl} has no published post at “${slugOrId}”.`,
  );
}

/**
 * One page of a post's approved comments, oldest first (WordPress sends newest first unless
 * asked), so a parent always comes before its replies.
 */
export const commentsPage = (rest: WpRest, post: number, page: number, signal?: AbortSignal) =>
  rest.get(
    '/wp/v2/comments',
    { post, per_page: wpPageSize, page, orderby: 'date_gmt', order: 'asc', _fields: commentFields },
    wpCommentListSchema,
    'The comments',
    signal,
  );
