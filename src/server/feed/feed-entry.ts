import * as v from 'valibot';
import { articlePutSchema } from '../../core/article-input';
import { zonedDateTime } from '../../core/schemas';
import { firstIssue } from '../../core/validate';
import { sanitizeArticleHtml } from '../sanitize-article';
import { withAbsoluteLinks } from './absolute-links';
import { entrySlugs } from './entry-slug';
import type { FeedEntryWrite } from './entry-write';
import type { FeedEntry } from './parse-feed';

/** An entry's id is a key, not text to read: longer than this is not an id. */
const idMax = 2048;

export type CheckedEntry = { ok: true; write: FeedEntryWrite } | { ok: false; problem: string };

/**
 * A feed entry as the article to store, checked as PUT /api/articles checks one (the same
 * schema) and its body sanitised by the same sanitiser; or why it cannot be imported.
 */
export function checkFeedEntry(entry: FeedEntry): CheckedEntry {
  // Feed readers take the link for an entry without a guid; so does the import, to find it again.
  const entryId = entry.id ?? entry.link;
  if (entryId === undefined) return { ok: false, problem: 'It has neither a guid/id nor a link.' };
  if (entryId.length > idMax) return { ok: false, problem: `Its id is over ${idMax} characters.` };
  if (entry.html === undefined) {
    return {
      ok: false,
      problem: 'It has no content: no content:encoded, content, description or summary.',
    };
  }
  const publishedAt = entry.published === undefined ? undefined : isoDate(entry.published);
  if (publishedAt === null) {
    return { ok: false, problem: `Its date "${entry.published?.slice(0, 64)}" is not a date.` };
  }
  const fields = {
    // Feeds break long titles and names over lines; an article's are one line.
    title: entry.title === undefined ? undefined : oneLine(entry.title),
    url: entry.link,
    lang: entry.lang,
    author: entry.author === undefined ? undefined : oneLine(entry.author),
    publishedAt,
    body: entry.html,
    format: 'html',
  };
  const input = v.safeParse(
    articlePutSchema,
    Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
  );
  if (!input.success) {
    const issue = firstIssue(input.issues);
    return { ok: false, problem: `${issue.field ?? 'body'}: ${issue.message}` };
  }
  const { title, url, lang, author } = input.output;
  const article = { title, url, lang, author, publishedAt: input.output.publishedAt };
  // Sanitised again once its links are absolute: the sanitiser has the last word.
  const bodyHtml = sanitizeArticleHtml(
    withAbsoluteLinks(sanitizeArticleHtml(input.output.body), url),
  );
  if (bodyHtml === '')
    return { ok: false, problem: 'Nothing is left of its content once sanitised.' };
  const slugs = entrySlugs({ id: entryId, link: article.url, title: article.title });
  return { ok: true, write: { entryId, slugs, article: { ...article, bodyHtml } } };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** RSS's RFC 822 date: "Wed, 02 Oct 2002 13:00:00 GMT" or "+0200"; with a 4-digit year. */
const rfc822 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s([A-Za-z]{3})\s(\d{4})\s\d{2}:\d{2}(?::\d{2})?\s(?:[+-]\d{4}|[A-Z]{1,3})$/;

const months = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** An RFC 822 or ISO 8601 date-time with its zone, as ISO 8601 text; null if it is neither. */
function isoDate(value: string): string | null {
  // Short before any pattern runs: no date is longer.
  if (value.length > 64) return null;
  const text = oneLine(value);
  let day: [number, number, number] | undefined;
  if (v.is(zonedDateTime, text)) {
    const [year = 0, month = 0, date = 0] = text.slice(0, 10).split('-').map(Number);
    day = [year, month - 1, date];
  } else {
    const parts = rfc822.exec(text);
    if (parts) day = [Number(parts[3]), months.indexOf(parts[2]!.toLowerCase()), Number(parts[1])];
  }
  // Date.parse takes February 30th as March 1st: the day must be on the calendar.
  if (!day || !isCalendarDay(...day)) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month, day));
  return month >= 0 && date.getUTCMonth() === month && date.getUTCDate() === day;
}
