import { commentSchema, type Article, type Comment, type LeadImage } from '../schemas';
import { keepValid, type DroppedItem } from '../validate';
import { checkWebAddress } from '../web-address';
import { decodeHtmlEntities, htmlToText } from './html-text';
import { wpCommentSchema, type WpComment, type WpPost } from './wp-schemas';

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
  const link = webAddressOrNothing(comment.link);
  return {
    ...mappedFields(comment, webAddressOrNothing(comment.author_url)),
    bodyHtml: comment.content.rendered,
    ...(link && { link }),
  };
}

/** What the reader and the importer take alike from a WordPress comment. */
function mappedFields(comment: WpComment, url: string | undefined) {
  return {
    id: String(comment.id),
    parentId: comment.parent === 0 ? null : String(comment.parent),
    author: { name: wpAuthorName(comment), ...(url && { url }) },
    createdAt: wpDateToIso(comment.date_gmt),
    body: htmlToText(comment.content.rendered),
    status: wpStatus(comment),
  };
}

/**
 * WordPress's comments as it sent them, checked one by one: those that do not have the shape
 * Parley reads are left out and passed to `onDropped` (by default reported in the console).
 */
export const wpCommentsOf = (
  items: readonly unknown[],
  onDropped?: (dropped: DroppedItem) => void,
): WpComment[] => keepValid(wpCommentSchema, items, 'WordPress comment', onDropped);

/**
 * A page of WordPress comments as Parley comments, leaving out (and reporting) any that do not
 * have WordPress's shape or still break the contract once mapped, so one strange record never
 * hides the others.
 */
export const wpCommentsToComments = (items: readonly unknown[]): Comment[] =>
  keepValid(commentSchema, wpCommentsOf(items).map(wpCommentToComment), 'WordPress comment');

/**
 * A WordPress comment as the importer offers it to `importedCommentSchema`: the author's
 * address as WordPress has it, for the schema to judge, the rest as the reader maps it.
 */
export const wpCommentToImported = (comment: WpComment) =>
  mappedFields(comment, comment.author_url.trim() || undefined);

/**
 * WordPress stores names HTML-escaped ("Tom &amp; Jerry") and returns them so; a site that
 * does not ask for names shows "Anonymous", as WordPress's own themes do.
 */
const wpAuthorName = (comment: WpComment) =>
  decodeHtmlEntities(comment.author_name).trim() || 'Anonymous';

/** Only "approved" is public; "hold" (and whatever else a site sends) stays out of sight. */
const wpStatus = (comment: WpComment): Comment['status'] =>
  comment.status === 'approved' ? 'approved' : 'pending';

/** An address in the form Parley stores and shows (web-address.ts), or nothing. */
function webAddressOrNothing(value: string): string | undefined {
  const result = checkWebAddress(value.trim());
  return result.ok ? result.href : undefined;
}
