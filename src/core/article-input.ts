import * as v from 'valibot';
import { htmlDepthWithin } from './html-depth';
import { slugSchema, zonedDateTime } from './schemas';
import {
  composed,
  firstRefusedCharacter,
  unifyLineBreaks,
  withVisibleCharacters,
} from './text-rules';
import { checkWebAddress } from './web-address';

/**
 * What a site owner sends to publish an article: PUT and PATCH /api/articles/:slug and
 * `npm run article -- put`. Only API clients and the command line read these messages, never a
 * reader, so they are English sentences rather than codes for the reader's catalogue. The client
 * never imports this file: its checks stay out of the reader's bundle.
 */

export const articleLimits = {
  titleMax: 300,
  authorMax: 200,
  /** BCP 47 asks parsers to take tags of 35 characters; a few more leave room for extensions. */
  langMax: 64,
  bodyMax: 500_000,
  /** Elements inside elements in a body (html-depth.ts): far more than any article has. */
  htmlDepthMax: 256,
  /** Front matter is a few short fields: a cap keeps the YAML parser's worst cases small. */
  frontMatterMax: 16 * 1024,
  /** A PUT or PATCH body larger than this is refused with 413 before it is parsed. */
  requestMaxBytes: 2 * 1024 * 1024,
} as const;

/** A one-line text: trimmed, composed, without control characters or line breaks. */
const line = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} must be text.`),
    v.trim(),
    composed,
    v.check(
      (value) => firstRefusedCharacter(value, 'line') === undefined,
      (issue) =>
        `Remove the control character (${firstRefusedCharacter(String(issue.input), 'line')}) from ${what.toLowerCase()}; keep it on one line.`,
    ),
    v.minLength(1, `${what} must not be empty: leave the field out instead.`),
    withVisibleCharacters(`${what} must have visible letters, not only invisible characters.`),
    v.maxLength(max, `${what} must be at most ${max.toLocaleString('en')} characters.`),
  );

/** Plain text, never HTML: markup in a title is kept as the characters typed. */
const title = line('The title', articleLimits.titleMax);
const author = line('The author', articleLimits.authorMax);

/** The article's own page on its site, in the form every browser reads alike (web-address.ts). */
const canonicalUrl = v.pipe(
  v.string('The canonical URL must be text.'),
  v.trim(),
  v.check(
    (value) => checkWebAddress(value).ok,
    'The canonical URL must be a full http:// or https:// address, such as https://example.com/post, without a user name or password.',
  ),
  v.transform((value) => {
    const result = checkWebAddress(value);
    return result.ok ? result.href : value;
  }),
);

/** The first of a value's canonical BCP 47 tags, or undefined where it is not a tag. */
function canonicalTag(value: string): string | undefined {
  try {
    const tags = Intl.getCanonicalLocales(value);
    return tags.length === 1 ? tags[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The article's language as a BCP 47 tag, stored in its canonical case ("en-gb" as "en-GB"). */
const lang = v.pipe(
  v.string('The language must be text.'),
  v.trim(),
  v.maxLength(
    articleLimits.langMax,
    `The language must be at most ${articleLimits.langMax} characters.`,
  ),
  v.check(
    (value) => canonicalTag(value) !== undefined,
    'The language must be a BCP 47 language tag, such as en, es-419 or pt-BR.',
  ),
  v.transform((value) => canonicalTag(value) ?? value),
);

/** A day alone (front matter often gives one) is that day's start in UTC. */
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** True when the date-time's day is on the calendar: Date.parse takes 2024-02-30 as March 1st. */
function isCalendarDay(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** When it was published, stored in UTC as `Date.toISOString` writes it. */
const publishedAt = v.pipe(
  v.string('The publication date must be text.'),
  v.trim(),
  v.transform((value) => (dateOnly.test(value) ? `${value}T00:00:00Z` : value)),
  v.check(
    (value) => v.is(zonedDateTime, value) && isCalendarDay(value),
    'The publication date must be a day (2024-05-06) or an ISO 8601 date-time with its time zone (2024-05-06T07:08:09Z).',
  ),
  v.transform((value) => new Date(value).toISOString()),
);

const body = v.pipe(
  v.string('The body must be text.'),
  unifyLineBreaks,
  v.trim(),
  composed,
  v.check(
    (value) => firstRefusedCharacter(value, 'text') === undefined,
    (issue) =>
      `Remove the control character (${firstRefusedCharacter(String(issue.input), 'text')}) from the body.`,
  ),
  v.minLength(1, 'The body must not be empty.'),
  // Checked on Markdown too, where raw tags are text: no Markdown has 256 of them unclosed.
  v.check(
    (value) => htmlDepthWithin(value, articleLimits.htmlDepthMax),
    `The body nests elements more than ${articleLimits.htmlDepthMax} deep: close its tags.`,
  ),
  v.maxLength(
    articleLimits.bodyMax,
    `The body must be at most ${articleLimits.bodyMax.toLocaleString('en')} characters.`,
  ),
);

export const articleFormatSchema = v.picklist(
  ['html', 'markdown'],
  'The format must be "html" or "markdown".',
);

const commentsOpen = v.boolean('commentsOpen must be true or false.');

/**
 * What is wrong with the object itself: not an object, a field missing, or a field it does not
 * have (refused, so that a misspelt "commentOpen" cannot pass unnoticed).
 */
const objectProblem = (issue: v.BaseIssue<unknown>) => {
  const key = issue.path?.[0]?.key;
  if (issue.expected === 'never') return 'An article has no such field.';
  if (issue.received === 'undefined') return `Add "${String(key)}": an article must have one.`;
  return 'Send the article as a JSON object.';
};

/** A JSON object: valibot's object schemas take an array as one, whose "0" is then unknown. */
const jsonObject = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  'Send the article as a JSON object.',
);

/** The slug of the address (/api/articles/:slug), as the article will be known. */
export const articleSlugSchema = v.pipe(
  v.string(),
  v.maxLength(200, 'The slug must be at most 200 characters.'),
  v.check(
    (value) => v.is(slugSchema, value),
    'The slug must be lowercase letters and digits in words joined by single hyphens, such as my-first-post.',
  ),
);

/**
 * PUT /api/articles/:slug: the whole article. What is left out is cleared (comments stay
 * open unless `commentsOpen` is false); the body is HTML unless `format` is "markdown".
 */
export const articlePutSchema = v.pipe(
  jsonObject,
  v.strictObject(
    {
      title,
      url: v.optional(canonicalUrl),
      lang: v.optional(lang),
      author: v.optional(author),
      publishedAt: v.optional(publishedAt),
      commentsOpen: v.optional(commentsOpen, true),
      format: v.optional(articleFormatSchema, 'html'),
      body,
    },
    objectProblem,
  ),
);

/**
 * PATCH /api/articles/:slug: the fields to change; null clears an optional one. A new body
 * comes with its format (HTML unless "markdown").
 */
export const articlePatchSchema = v.pipe(
  jsonObject,
  v.strictObject(
    {
      title: v.optional(title),
      url: v.optional(v.nullable(canonicalUrl)),
      lang: v.optional(v.nullable(lang)),
      author: v.optional(v.nullable(author)),
      publishedAt: v.optional(v.nullable(publishedAt)),
      commentsOpen: v.optional(commentsOpen),
      format: v.optional(articleFormatSchema),
      body: v.optional(body),
    },
    objectProblem,
  ),
  v.check(
    (input) => Object.keys(input).length > 0,
    'Send at least one field to change, such as {"commentsOpen": false}.',
  ),
  v.check(
    (input) => input.format === undefined || input.body !== undefined,
    'A format goes with a body: send the body too.',
  ),
);

export type ArticleFormat = v.InferOutput<typeof articleFormatSchema>;
export type ArticlePut = v.InferOutput<typeof articlePutSchema>;
export type ArticlePatch = v.InferOutput<typeof articlePatchSchema>;
