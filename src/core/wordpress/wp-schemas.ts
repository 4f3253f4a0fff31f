import * as v from 'valibot';

/**
 * The parts of WordPress's REST API (wp/v2) that Parley reads, validated where they enter.
 * Objects keep only the keys named here; everything else WordPress sends is dropped.
 */

/** WordPress's `date_gmt`: UTC, but written without a zone ("2024-01-10T07:30:00"). */
const wpDateGmt = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'must be a date such as 2024-01-10T07:30:00'),
  v.check((value) => !Number.isNaN(Date.parse(`${value}Z`)), 'must be a real date'),
);
const wpId = v.pipe(v.number(), v.integer(), v.minValue(1));
const rendered = v.object({ rendered: v.string() });

/** An embedded author; when WordPress hides the user it embeds an error object instead. */
const wpEmbeddedAuthor = v.object({ name: v.optional(v.string()) });

const wpEmbeddedMedia = v.object({
  source_url: v.optional(v.string()),
  alt_text: v.optional(v.string()),
  media_type: v.optional(v.string()),
  caption: v.optional(rendered),
});

export const wpPostSchema = v.object({
  id: wpId,
  slug: v.string(),
  link: v.string(),
  /** Null for a post that was never published. */
  date_gmt: v.nullable(wpDateGmt),
  title: rendered,
  content: rendered,
  comment_status: v.string(),
  _embedded: v.optional(
    v.object({
      author: v.optional(v.array(wpEmbeddedAuthor)),
      'wp:featuredmedia': v.optional(v.array(wpEmbeddedMedia)),
    }),
  ),
});

export const wpPostListSchema = v.array(wpPostSchema);

export const wpCommentSchema = v.object({
  id: wpId,
  post: wpId,
  /** 0 for a top-level comment. */
  parent: v.pipe(v.number(), v.integer(), v.minValue(0)),
  author_name: v.string(),
  author_url: v.string(),
  date_gmt: wpDateGmt,
  content: rendered,
  link: v.string(),
  /** "approved" or "hold" for what an anonymous reader sees (and what they post). */
  status: v.string(),
});

/**
 * A page of comments. Each is checked against `wpCommentSchema` by whoever reads the page, so
 * that one that does not have this shape costs itself, reported, and never the page.
 */
export const wpCommentListSchema = v.array(v.unknown());

/** What WordPress answers when it refuses: `{code, message, data: {status, params}}`. */
export const wpErrorSchema = v.object({
  code: v.string(),
  message: v.string(),
  data: v.optional(
    v.nullable(
      v.object({
        // rest_invalid_param names each bad parameter with its own message.
        params: v.optional(v.record(v.string(), v.string())),
      }),
    ),
  ),
});

export type WpPost = v.InferOutput<typeof wpPostSchema>;
export type WpComment = v.InferOutput<typeof wpCommentSchema>;
export type WpError = v.InferOutput<typeof wpErrorSchema>;

/** A list asked for with `_fields=id`: only its length and X-WP-Total matter. */
export const wpIdListSchema = v.array(v.object({ id: wpId }));
