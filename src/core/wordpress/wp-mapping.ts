import type { Article, Comment, LeadImage } from '../schemas';
import { limits } from '../limits';
import { decodeHtmlEntities, htmlToText } from './html-text';
import type { WpComment, WpPost } from './wp-schemas';

/** `date_gmt` is UTC without a zone; Parley's dates always name theirs. */
export const wpDateToIso = (dateGmt: string) => `${dateGmt}Z`;

/** A WordPress post as a Parley article; `commentCount` comes from the comments' X-WP-Total. */
export function wpPostToArticle(post: WpPost, commentCount: number): Article {
  const author = post._embedded?.author?.[0]?.name?.trim();
  const leadImage = wpLeadImage(post);
  return {
    slug: post.slug,
    title: htmlToText(post.title.rendered),
    ...(author && { author }),
    ...(post.date_gmt !== null && { publishedAt: wpDateToIso(post.date_gmt) }),
    bodyHtml: post.content.rendered,
    ...(leadImage && { leadImage }),
    commentsOpen: post.comment_status === 'open',
    commentCount,
  };
}

function wpLeadImage(post: WpPost): LeadImage | undefined {
  const media = post._embedded?.['wp:featuredmedia']?.[0];
  if (!media?.source_url || (media.media_type && media.media_type !== 'image')) return undefined;
  const alt = media.alt_text?.trim();
  const caption = media.caption ? htmlToText(media.caption.rendered) : '';
  return { src: media.source_url, ...(alt && { alt }), ...(caption && { caption }) };
}

/**
 * A WordPress comment as a Parley comment. WordPress sends HTML: it stays in `bodyHtml` (the
 * reader sanitises it before showing it) and becomes plain text in `body`.
 */
export function wpCommentToComment(comment: WpComment): Comment {
  const url = safeHttpUrl(comment.author_url);
  const link = safeHttpUrl(comment.link);
  return {
    id: String(comment.id),
    parentId: comment.parent === 0 ? null : String(comment.parent),
    // WordPress stores names HTML-escaped ("Tom &amp; Jerry") and returns them so; a site that
    // does not ask for names shows "Anonymous", as WordPress's own themes do.
    author: {
      name: decodeHtmlEntities(comment.author_name).trim() || 'Anonymous',
      ...(url && { url }),
    },
    createdAt: wpDateToIso(comment.date_gmt),
    body: htmlToText(comment.content.rendered),
    bodyHtml: comment.content.rendered,
    status: comment.status === 'approved' ? 'approved' : 'pending',
    ...(link && { link }),
  };
}

/** An address Parley may show as a link: http(s), parseable, not absurdly long; else nothing. */
function safeHttpUrl(value: string): string | undefined {
  const ok =
    /^https?:\/\//i.test(value) && value.length <= limits.authorUrlMax && URL.canParse(value);
  return ok ? value : undefined;
}
