import * as v from 'valibot';
import { slugSchema } from '../../core/schemas';
import { decodeHtmlEntities, htmlToText } from '../../core/wordpress/html-text';
import { wpDateToIso, wpPostToArticle } from '../../core/wordpress/wp-mapping';
import { commentsPage, findPost } from '../../core/wordpress/wp-queries';
import { createWpRest, type WpFetch } from '../../core/wordpress/wp-rest';
import type { WpComment } from '../../core/wordpress/wp-schemas';
import type { SeedArticle, SeedComment } from '../seed/seed-article';
import type { Store } from '../store';

export interface ImportResult {
  result: 'inserted' | 'exists';
  slug: string;
  /** Comments copied (0 when the article was there already). */
  comments: number;
}

/**
 * Copies a WordPress post and its approved comments into Parley's store, through the site's
 * REST API. Idempotent by slug: when an article with the post's slug exists, nothing is read
 * or written (a copy is a snapshot; see docs/wordpress.md for refreshing one).
 */
export async function importWordPressPost(
  store: Store,
  siteUrl: string,
  postSlug: string,
  fetchFn: WpFetch = (input, init) => fetch(input, init),
): Promise<ImportResult> {
  const slug = v.safeParse(slugSchema, postSlug);
  if (!slug.success) {
    throw new Error(`"${postSlug}" is not a slug Parley can use (lowercase words joined by "-").`);
  }
  if (await store.getArticle(slug.output)) {
    return { result: 'exists', slug: slug.output, comments: 0 };
  }
  const rest = createWpRest(siteUrl, fetchFn);
  const post = await findPost(rest, slug.output);
  const comments = await allComments(rest, post.id);
  const article = wpPostToArticle(post, comments.length);
  const seed: SeedArticle = {
    slug: slug.output,
    title: article.title,
    author: article.author,
    publishedAt: article.publishedAt,
    bodyHtml: article.bodyHtml,
    leadImage: article.leadImage,
    commentsOpen: article.commentsOpen,
    comments: toSeedComments(comments),
  };
  const result = await store.seedArticle(seed);
  return { result, slug: slug.output, comments: result === 'inserted' ? comments.length : 0 };
}

async function allComments(rest: ReturnType<typeof createWpRest>, post: number) {
  const byId = new Map<number, WpComment>();
  for (let page = 1, pages = 1; page <= pages; page++) {
    const answer = await commentsPage(rest, post, page);
    pages = answer.totalPages ?? 1;
    // A comment posted meanwhile shifts the pages by one: the same comment may come twice.
    for (const comment of answer.body) byId.set(comment.id, comment);
  }
  return [...byId.values()];
}

/**
 * Parley's seed lists parents before their replies and points to them by position. Comments
 * arrive oldest first, which usually is that order already; a reply older than its parent (an
 * edited date) waits for it, and one whose parent is not public becomes a top-level comment.
 */
export function toSeedComments(comments: readonly WpComment[]): SeedComment[] {
  const ids = new Set(comments.map((c) => c.id));
  const children = new Map<number, WpComment[]>();
  for (const comment of comments) {
    const parent = ids.has(comment.parent) ? comment.parent : 0;
    children.set(parent, [...(children.get(parent) ?? []), comment]);
  }
  const seeds: SeedComment[] = [];
  const indexOf = new Map<number, number>();
  const queue = [...(children.get(0) ?? [])];
  for (let i = 0; i < queue.length; i++) {
    const comment = queue[i]!;
    const parentIndex = indexOf.get(comment.parent);
    indexOf.set(comment.id, seeds.length);
    seeds.push({
      parentIndex: parentIndex ?? null,
      authorName: decodeHtmlEntities(comment.author_name),
      ...(/^https?:\/\//i.test(comment.author_url) && { authorUrl: comment.author_url }),
      createdAt: wpDateToIso(comment.date_gmt),
      body: htmlToText(comment.content.rendered),
    });
    queue.push(...(children.get(comment.id) ?? []));
  }
  return seeds;
}
