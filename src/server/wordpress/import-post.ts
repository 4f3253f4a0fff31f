import * as v from 'valibot';
import { importedCommentSchema, slugSchema, type ImportedComment } from '../../core/schemas';
import { firstIssue, type ValidationIssue } from '../../core/validate';
import {
  wpCommentsOf,
  wpCommentToImported,
  wpPostToArticle,
} from '../../core/wordpress/wp-mapping';
import { commentsPage, findPost } from '../../core/wordpress/wp-queries';
import { createWpRest, type WpFetch } from '../../core/wordpress/wp-rest';
import type { SeedArticle, SeedComment } from '../seed/seed-article';
import type { Store } from '../store';

export interface ImportResult {
  result: 'inserted' | 'exists';
  slug: string;
  /** Comments copied (0 when the article was there already). */
  comments: number;
  /** Comments left out: they break the rules a POST must follow (`importedCommentSchema`). */
  skipped: SkippedComment[];
  /** Comments copied without their author's web address, which the rules refuse. */
  addressesDropped: number;
}

/** A comment the import left out: its id at the source, if it has one, and the rule it breaks. */
export interface SkippedComment extends ValidationIssue {
  id: string | undefined;
}

/**
 * Copies a WordPress post and its comments into Parley's store, through the site's REST API.
 * Each comment must pass the rules a POST does (`importedCommentSchema`): one that does not is
 * left out and reported, never the whole import; a comment held there stays held (pending).
 * Idempotent by slug: when an article with the post's slug exists, nothing is read or written
 * (a copy is a snapshot; see docs/wordpress.md for refreshing one).
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
    return { result: 'exists', slug: slug.output, comments: 0, skipped: [], addressesDropped: 0 };
  }
  const rest = createWpRest(siteUrl, fetchFn);
  const post = await findPost(rest, slug.output);
  const { comments, skipped, addressesDropped } = importableComments(
    await allComments(rest, post.id),
  );
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
  return result === 'inserted'
    ? { result, slug: slug.output, comments: comments.length, skipped, addressesDropped }
    : { result, slug: slug.output, comments: 0, skipped: [], addressesDropped: 0 };
}

/** Every comment WordPress lists for the post, as it sent them (`importableComments` checks). */
async function allComments(rest: ReturnType<typeof createWpRest>, post: number) {
  const items: unknown[] = [];
  for (let page = 1, pages = 1; page <= pages; page++) {
    const answer = await commentsPage(rest, post, page);
    pages = answer.totalPages ?? 1;
    items.push(...answer.body);
  }
  return items;
}

/**
 * The comments that pass `importedCommentSchema`, as it outputs them (trimmed, NFC, web
 * addresses in their stored form). A web address it refuses is left out and the comment kept;
 * a comment that still fails, or does not have WordPress's shape, is skipped with the first
 * rule it breaks.
 */
export function importableComments(items: readonly unknown[]) {
  const comments: ImportedComment[] = [];
  const skipped: SkippedComment[] = [];
  let addressesDropped = 0;
  const wpComments = wpCommentsOf(items, ({ id, issue }) => skipped.push({ id, ...issue }));
  // A comment posted meanwhile shifts the pages by one: the same comment may come twice.
  const unique = new Map(wpComments.map((comment) => [comment.id, comment]));
  for (const wpComment of unique.values()) {
    const candidate = wpCommentToImported(wpComment);
    let parsed = v.safeParse(importedCommentSchema, candidate);
    if (!parsed.success && candidate.author.url !== undefined) {
      const withoutUrl = { ...candidate, author: { name: candidate.author.name } };
      const again = v.safeParse(importedCommentSchema, withoutUrl);
      if (again.success) {
        addressesDropped++;
        parsed = again;
      }
    }
    if (parsed.success) comments.push(parsed.output);
    else skipped.push({ id: candidate.id, ...firstIssue(parsed.issues) });
  }
  return { comments, skipped, addressesDropped };
}

/**
 * Parley's seed lists parents before their replies and points to them by position. Comments
 * arrive oldest first, which usually is that order already; a reply older than its parent (an
 * edited date) waits for it, and one whose parent is not there (not public, or left out)
 * becomes a top-level comment.
 */
export function toSeedComments(comments: readonly ImportedComment[]): SeedComment[] {
  const ids = new Set(comments.map((c) => c.id));
  const children = new Map<string | null, ImportedComment[]>();
  for (const comment of comments) {
    const parent = comment.parentId !== null && ids.has(comment.parentId) ? comment.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(comment);
    else children.set(parent, [comment]);
  }
  const seeds: SeedComment[] = [];
  const indexOf = new Map<string, number>();
  const queue = [...(children.get(null) ?? [])];
  for (let i = 0; i < queue.length; i++) {
    const comment = queue[i]!;
    const parentIndex = comment.parentId === null ? undefined : indexOf.get(comment.parentId);
    indexOf.set(comment.id, seeds.length);
    seeds.push({
      parentIndex: parentIndex ?? null,
      authorName: comment.author.name,
      ...(comment.author.url !== undefined && { authorUrl: comment.author.url }),
      createdAt: comment.createdAt,
      body: comment.body,
      status: comment.status,
    });
    queue.push(...(children.get(comment.id) ?? []));
  }
  return seeds;
}
