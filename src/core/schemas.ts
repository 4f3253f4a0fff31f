import * as v from 'valibot';
import { limits } from './limits';
import { composed, unifyLineBreaks, withoutControlCharacters } from './text-rules';

/**
 * The JSON contract, shared by every source, the client and the server.
 * docs/api.md describes the same shapes in prose; types are derived from here.
 */

/** ISO 8601 date-time that names its zone ("Z" or an offset such as "-04:00"). */
const zonedDateTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/,
    'must be an ISO 8601 date-time with a time zone',
  ),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real date'),
);

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(limits.authorUrlMax, `must be at most ${limits.authorUrlMax} characters`),
  v.url('must be a full web address such as https://example.com'),
  v.check((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://'),
);

export const slugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
  v.maxLength(200),
);

export const leadImageSchema = v.object({
  src: v.optional(v.string()),
  alt: v.optional(v.string()),
  caption: v.optional(v.string()),
  credit: v.optional(v.string()),
});

export const articleSchema = v.object({
  slug: slugSchema,
  title: v.string(),
  author: v.optional(v.string()),
  publishedAt: v.optional(zonedDateTime),
  bodyHtml: v.string(),
  leadImage: v.optional(leadImageSchema),
  commentsOpen: v.boolean(),
  commentCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const articleSummarySchema = v.pick(articleSchema, [
  'slug',
  'title',
  'publishedAt',
  'commentCount',
]);

export const articleListSchema = v.object({ articles: v.array(articleSummarySchema) });

export const commentStatusSchema = v.picklist(['approved', 'pending']);

export const commentSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  parentId: v.nullable(v.pipe(v.string(), v.minLength(1))),
  author: v.object({
    name: v.string(),
    url: v.optional(httpUrl),
  }),
  createdAt: zonedDateTime,
  /** Plain text: paragraphs separated by blank lines. Never HTML. */
  body: v.string(),
  /**
   * Optional: the body as HTML, from sources that send HTML (WordPress). Untrusted: the reader
   * sanitises it before showing it. Parley's own API never sends it.
   */
  bodyHtml: v.optional(v.string()),
  /** Optional: the comment's own page at its source (WordPress's permalink). */
  link: v.optional(httpUrl),
  status: commentStatusSchema,
});

export const commentSortSchema = v.picklist(['oldest', 'newest', 'replies']);

/** One page of whole root threads (a thread larger than a page continues on the next). */
export const commentPageSchema = v.object({
  comments: v.array(commentSchema),
  /** All approved comments of the article, not just this page's. */
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  nextCursor: v.nullable(v.string()),
});

/**
 * The body of POST /api/articles/:slug/comments. Text fields are trimmed and composed (NFC)
 * before their lengths are checked, and control characters are refused (text-rules.ts).
 */
export const newCommentSchema = v.object({
  parentId: v.nullable(v.pipe(v.string(), v.regex(/^\d+$/, 'must be the id of a comment'))),
  author: v.object({
    name: v.pipe(
      v.string(),
      v.trim(),
      composed,
      withoutControlCharacters('line', 'your name'),
      v.minLength(1, 'Enter your name.'),
      v.maxLength(limits.authorNameMax, `Use at most ${limits.authorNameMax} characters.`),
    ),
    email: v.pipe(
      v.string(),
      v.trim(),
      composed,
      withoutControlCharacters('line', 'the email address'),
      v.minLength(1, 'Enter your email address; it is never shown.'),
      v.maxLength(limits.authorEmailMax, `Use at most ${limits.authorEmailMax} characters.`),
      v.email('Enter an email address such as name@example.com.'),
    ),
    url: v.optional(
      v.pipe(
        v.string(),
        v.trim(),
        composed,
        withoutControlCharacters('line', 'the web address'),
        v.maxLength(limits.authorUrlMax, `Use at most ${limits.authorUrlMax} characters.`),
        v.url('Enter a full web address such as https://example.com, or leave it empty.'),
        v.check(
          (value) => /^https?:\/\//i.test(value),
          'Enter a web address that starts with http:// or https://.',
        ),
      ),
    ),
  }),
  body: v.pipe(
    v.string(),
    unifyLineBreaks,
    v.trim(),
    composed,
    withoutControlCharacters('text', 'the comment'),
    v.minLength(1, 'Write a comment before sending.'),
    v.maxLength(
      limits.commentBodyMax,
      `Shorten the comment to at most ${limits.commentBodyMax.toLocaleString('en')} characters.`,
    ),
  ),
  idempotencyKey: v.pipe(
    v.string(),
    v.regex(
      new RegExp(`^[A-Za-z0-9_-]{${limits.idempotencyKeyMin},${limits.idempotencyKeyMax}}$`),
      'must be 8 to 128 letters, digits, "-" or "_"',
    ),
  ),
  /** The honeypot: a hidden form field that people leave empty. Filled in, the POST is refused. */
  subject: v.optional(v.pipe(v.string(), v.maxLength(limits.honeypotMax))),
});

export const apiErrorSchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    field: v.optional(v.string()),
  }),
});

/** GET /api/config: what the reader needs to know about this deployment. */
export const publicConfigSchema = v.object({
  /** The WordPress sites an operator allows (PARLEY_WORDPRESS_SITES), read at /wp/<name>/<post>. */
  wordpressSites: v.array(v.object({ name: v.string(), url: httpUrl })),
});

/** What a static JSON file (public/articles/<slug>.json) holds: the same shapes, in one file. */
export const staticArticleFileSchema = v.object({
  article: articleSchema,
  comments: v.array(commentSchema),
});

export type Article = v.InferOutput<typeof articleSchema>;
export type ArticleSummary = v.InferOutput<typeof articleSummarySchema>;
export type LeadImage = v.InferOutput<typeof leadImageSchema>;
export type Comment = v.InferOutput<typeof commentSchema>;
export type CommentSort = v.InferOutput<typeof commentSortSchema>;
export type CommentPage = v.InferOutput<typeof commentPageSchema>;
export type NewComment = v.InferOutput<typeof newCommentSchema>;
export type NewCommentInput = v.InferInput<typeof newCommentSchema>;
export type ApiError = v.InferOutput<typeof apiErrorSchema>;
export type PublicConfig = v.InferOutput<typeof publicConfigSchema>;
export type StaticArticleFile = v.InferOutput<typeof staticArticleFileSchema>;
