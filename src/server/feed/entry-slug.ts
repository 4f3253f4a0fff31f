import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { articleSlugSchema } from '../../core/article-input';

/** Long enough for any title's words that matter; the slug's limit is 200. */
const slugMax = 80;

/**
 * Words of a text as a slug: accents dropped ("Café" as "cafe"), anything but ASCII letters and
 * digits a hyphen, at most 80 characters cut at a word's end. Empty when nothing is left.
 * Linear in the text's length: each step is one pass of a regular expression without nesting.
 */
export function slugOf(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // "Apostrophe’s" is one word.
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (words.length <= slugMax) return words;
  const cut = words.slice(0, slugMax + 1);
  const end = cut.lastIndexOf('-');
  return end > 0 ? cut.slice(0, end) : words.slice(0, slugMax);
}

/**
 * The last part of a link's path, the slug a blog gave the post ("/2024/01/hello-world/" and
 * "/hello-world.html" give "hello-world"); empty when it has no letters ("/?p=12", "/2024/01/").
 */
export function linkSlug(link: string): string {
  let path: string;
  try {
    path = new URL(link).pathname;
  } catch {
    return '';
  }
  const last = path.split('/').filter(Boolean).pop() ?? '';
  let segment: string;
  try {
    segment = decodeURIComponent(last);
  } catch {
    segment = last;
  }
  const slug = slugOf(segment.replace(/\.(?:html?|php|aspx?)$/i, ''));
  return /[a-z]/.test(slug) ? slug : '';
}

/**
 * The slugs a new entry may take, in order: from its link, else its title, else "entry"; then
 * the same with 8 hex digits of its id's SHA-256, for a slug another article holds. The same
 * entry always gets the same two, whatever order the feed lists it in.
 */
export function entrySlugs(entry: { id: string; link?: string | undefined; title: string }) {
  const base = (entry.link && linkSlug(entry.link)) || slugOf(entry.title) || 'entry';
  const digest = createHash('sha256').update(entry.id).digest('hex').slice(0, 8);
  return [base, `${base}-${digest}`].filter((slug) => v.is(articleSlugSchema, slug));
}
