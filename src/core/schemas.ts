import * as v from 'valibot';
import type { ValidationCode } from './input-problems';
import { limits } from './limits';
import {
  composed,
  firstRefusedCharacter,
  unifyLineBreaks,
  withVisibleCharacters,
  type TextKind,
} from './text-rules';
import { validItems } from './validate';
import { checkWebAddress, type WebAddressProblem } from './web-address';

/**
 * The JSON contract, shared by every source, the client and the server.
 * docs/api.md describes the same shapes in prose; types are derived from here.
 */

/** ISO 8601 date-time that names its zone ("Z" or an offset such as "-04:00"). */
export const zonedDateTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/,
    'must be an ISO 8601 date-time with a time zone',
  ),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real date'),
);

/** An operator's address (a configured WordPress site): any http(s) address a parser takes. */
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(limits.authorUrlMax, `must be at most ${limits.authorUrlMax} characters`),
  v.url('must be a full web address such as https://example.com'),
  v.check((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://'),
);

/**
 * The checks below say what is wrong with codes, not words (input-problems.ts): the reader's
 * catalogue and the server's API messages word them.
 */
const refused = (code: ValidationCode) => code;

/** What is wrong with a web address (web-address.ts has the rule), as a code. */
const webAddressCodes: Readonly<Record<WebAddressProblem, ValidationCode>> = {
  'not-url': 'urlInvalid',
  scheme: 'urlScheme',
  credentials: 'urlCredentials',
  host: 'urlHost',
  'too-long': 'urlTooLong',
};

/** The problem with a web address that `webAddress` refuses, or undefined. */
const webAddressProblem = (value: string): WebAddressProblem | undefined => {
  const result = checkWebAddress(value);
  return result.ok ? undefined : result.problem;
};

/** Refuses control characters (text-rules.ts); the code's parameter names the first one. */
const withoutRefusedCharacters = (kind: TextKind) =>
  v.check<string, ValidationCode>(
    (value) => firstRefusedCharacter(value, kind) === undefined,
    refused('characters'),
  );

/**
 * A commenter's or a comment's web address, kept in the form browsers serialise it to
 * (web-address.ts), so every browser reads the stored text the same way.
 */
const webAddress = v.pipe(
  v.string(),
  v.check(
    (value) => webAddressProblem(value) === undefined,
    (issue) => webAddressCodes[webAddressProblem(String(issue.input)) ?? 'not-url'],
  ),
  v.transform((value) => {
    const result = checkWebAddress(value);
    return result.ok ? result.href : value;
  }),
);

/** A comment id the server hands out: a whole number, written without leading zeros. */
const commentIdPattern = /^[1-9]\d{0,14}$/;

/**
 * Lowercase words joined by hyphens. valibot's own message (the pattern and the value) tells a
 * developer as much as words would; the bytes saved in the reader pay for the article's `lang`.
 * An article's author meets article-input.ts's message instead.
 */
export const slugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
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
  /** The language of its title and text (BCP 47), whatever the reader's interface language. */
  lang: v.optional(v.string()),
  /** Its own page on the site it belongs to. */
  url: v.optional(v.string()),
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

export const articleListSchema = v.object({
  articles: validItems(articleSummarySchema, 'article'),
});

export const commentStatusSchema = v.picklist(['approved', 'pending']);

export const commentSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  parentId: v.nullable(v.pipe(v.string(), v.minLength(1))),
  author: v.object({
    name: v.string(),
    url: v.optional(webAddress),
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
  link: v.optional(webAddress),
  status: commentStatusSchema,
});

export const commentSortSchema = v.picklist(['oldest', 'newest', 'replies']);

/**
 * One page of whole root threads (a thread larger than a page continues on the next). A comment
 * that breaks the contract is left out (and reported), never the page: one hostile or damaged
 * record must not hide a discussion.
 */
export const commentPageSchema = v.object({
  comments: validItems(commentSchema, 'comment'),
  /** All approved comments of the article, not just this page's. */
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  nextCursor: v.nullable(v.string()),
});

/** A commenter's name, as a POST and an import take it. */
const authorNameSchema = v.pipe(
  v.string(),
  v.trim(),
  composed,
  withoutRefusedCharacters('line'),
  v.minLength(1, refused('nameEmpty')),
  withVisibleCharacters(refused('nameInvisible')),
  v.maxLength(limits.authorNameMax, refused('nameTooLong')),
);

/** Stored as browsers serialise it: `HTTPS://Example.COM/a b` as `https://example.com/a%20b`. */
const authorUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  composed,
  withoutRefusedCharacters('line'),
  v.maxLength(limits.authorUrlMax, refused('urlTooLong')),
  webAddress,
);

/** A comment's text, as a POST and an import take it. */
const commentBodySchema = v.pipe(
  v.string(),
  unifyLineBreaks,
  v.trim(),
  composed,
  withoutRefusedCharacters('text'),
  v.minLength(1, refused('bodyEmpty')),
  withVisibleCharacters(refused('bodyInvisible')),
  v.maxLength(limits.commentBodyMax, refused('bodyTooLong')),
);

/**
 * The body of POST /api/articles/:slug/comments. Text fields are trimmed and composed (NFC)
 * before their lengths are checked, and control characters are refused (text-rules.ts).
 */
export const newCommentSchema = v.object({
  parentId: v.nullable(
    v.pipe(
      v.string(),
      v.regex(commentIdPattern, 'must be the id of a comment, a whole number such as 42'),
    ),
  ),
  author: v.object({
    name: authorNameSchema,
    email: v.pipe(
      v.string(),
      v.trim(),
      composed,
      withoutRefusedCharacters('line'),
      v.minLength(1, refused('emailEmpty')),
      v.maxLength(limits.authorEmailMax, refused('emailTooLong')),
      v.email(refused('emailInvalid')),
    ),
    url: v.optional(authorUrlSchema),
  }),
  body: commentBodySchema,
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

/**
 * A comment copied from another system (`npm run import:wordpress`). It passes the POST's rules
 * for the name, the web address and the body, with only what an import cannot have relaxed:
 * - no email address (WordPress does not hand them out) and no idempotency key (an import is
 *   idempotent by article);
 * - its original date, any real date-time with a zone, rather than the time of the import;
 * - its id and parent id at the source, which the importer turns into Parley's own;
 * - its status there: a comment held for moderation stays held (`pending`), never shown.
 * The importer leaves out a web address this refuses and keeps the comment (an address is not
 * the comment's words); any other failure leaves the comment out, counted in the import's report.
 */
export const importedCommentSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  parentId: v.nullable(v.pipe(v.string(), v.minLength(1))),
  author: v.object({ name: authorNameSchema, url: v.optional(authorUrlSchema) }),
  createdAt: zonedDateTime,
  body: commentBodySchema,
  status: commentStatusSchema,
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
  comments: validItems(commentSchema, 'comment'),
});

export type Article = v.InferOutput<typeof articleSchema>;
export type ArticleSummary = v.InferOutput<typeof articleSummarySchema>;
export type LeadImage = v.InferOutput<typeof leadImageSchema>;
export type Comment = v.InferOutput<typeof commentSchema>;
export type CommentSort = v.InferOutput<typeof commentSortSchema>;
export type CommentPage = v.InferOutput<typeof commentPageSchema>;
export type NewComment = v.InferOutput<typeof newCommentSchema>;
export type NewCommentInput = v.InferInput<typeof newCommentSchema>;
export type ImportedComment = v.InferOutput<typeof importedCommentSchema>;
export type ApiError = v.InferOutput<typeof apiErrorSchema>;
export type PublicConfig = v.InferOutput<typeof publicConfigSchema>;
export type StaticArticleFile = v.InferOutput<typeof staticArticleFileSchema>;
