import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import {
  articleLimits,
  articlePutSchema,
  articleSlugSchema,
  type ArticleFormat,
  type ArticlePut,
} from '../core/article-input';
import { firstIssue } from '../core/validate';

/**
 * An article in a file, for `npm run article -- put <file>`: YAML front matter between "---"
 * lines, then the body, Markdown or HTML by the file's extension:
 *
 *   ---
 *   title: A new post
 *   slug: a-new-post
 *   date: 2026-03-01          # a day, or a date-time with its zone
 *   lang: en                  # BCP 47
 *   url: https://blog.example.com/a-new-post   # optional: its page on the site
 *   author: Ana               # optional
 *   comments: closed          # optional: open (the default) or closed
 *   ---
 *   The body…
 *
 * The `yaml` package on a plain split, not gray-matter: gray-matter runs `---js` front matter
 * as code, and its YAML parser is years behind. YAML 1.2's core schema keeps dates as text.
 */
export type ArticleFile =
  { ok: true; slug: string; input: ArticlePut } | { ok: false; problem: string };

const opening = /^\uFEFF?---[ \t]*\r?\n/;
const closing = /^(?:---|\.\.\.)[ \t]*\r?$/m;

/** The front matter and the body, or undefined where the text does not open with "---". */
export function splitFrontMatter(text: string): { yaml: string; body: string } | undefined {
  const open = opening.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = closing.exec(rest);
  if (!close) return undefined;
  return {
    yaml: rest.slice(0, close.index),
    body: rest.slice(close.index + close[0].length).replace(/^\r?\n/, ''),
  };
}

/** The front matter's keys and where each goes in the article the API takes. */
const fields = {
  title: 'title',
  slug: null,
  date: 'publishedAt',
  lang: 'lang',
  url: 'url',
  author: 'author',
  comments: 'commentsOpen',
} as const;
const required = ['title', 'slug', 'date', 'lang'] as const;

const formats: Readonly<Record<string, ArticleFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

/** Reads an article file: the slug it is published at and what a PUT would send. */
export function parseArticleFile(text: string, fileName: string): ArticleFile {
  const format = formats[fileName.split('.').pop()?.toLowerCase() ?? ''];
  if (!format) return { ok: false, problem: 'The file must end in .md, .markdown, .html or .htm.' };
  const parts = splitFrontMatter(text);
  if (!parts) {
    return {
      ok: false,
      problem: 'The file must open with front matter: a line "---", YAML, and another "---".',
    };
  }
  // The yaml package slows down faster than its input grows on some texts ('"' repeated).
  if (parts.yaml.length > articleLimits.frontMatterMax) {
    return {
      ok: false,
      problem: `The front matter must be at most ${articleLimits.frontMatterMax / 1024} KB.`,
    };
  }
  let front: unknown;
  try {
    front = parseYaml(parts.yaml);
  } catch (error) {
    return { ok: false, problem: `The front matter is not YAML: ${(error as Error).message}` };
  }
  if (typeof front !== 'object' || front === null || Array.isArray(front)) {
    return {
      ok: false,
      problem: 'The front matter must be YAML keys and values, such as "title: …".',
    };
  }
  const values = front as Record<string, unknown>;
  const known = Object.keys(fields);
  const unknown = Object.keys(values).find((key) => !known.includes(key));
  if (unknown !== undefined) {
    return {
      ok: false,
      problem: `The front matter has "${unknown}", which an article does not: use ${known.join(', ')}.`,
    };
  }
  const missing = required.find((key) => values[key] === undefined || values[key] === null);
  if (missing !== undefined) return { ok: false, problem: `The front matter needs "${missing}".` };

  const slug = v.safeParse(articleSlugSchema, values.slug);
  if (!slug.success) return { ok: false, problem: `slug: ${firstIssue(slug.issues).message}` };

  const open = values.comments === undefined ? true : commentsOpen(values.comments);
  if (open === undefined) return { ok: false, problem: 'comments: must be open or closed.' };

  const article: Record<string, unknown> = { body: parts.body, format, commentsOpen: open };
  for (const [key, field] of Object.entries(fields)) {
    if (field === null || key === 'comments' || values[key] === undefined) continue;
    if (values[key] !== null) article[field] = values[key];
  }
  const input = v.safeParse(articlePutSchema, article);
  if (!input.success) {
    const issue = firstIssue(input.issues);
    const key = Object.entries(fields).find(([, field]) => field === issue.field)?.[0];
    return { ok: false, problem: `${key ?? issue.field ?? 'body'}: ${issue.message}` };
  }
  return { ok: true, slug: slug.output, input: input.output };
}

/** "open" and "closed" (or true and false) as the API's commentsOpen; undefined for others. */
function commentsOpen(value: unknown): boolean | undefined {
  if (value === 'open') return true;
  if (value === 'closed') return false;
  return typeof value === 'boolean' ? value : undefined;
}
