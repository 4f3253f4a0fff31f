import { parseBlogText } from './parse-blog-text';
import type { SeedArticle } from './seed-article';
import { demoPageText as pageText } from './demo-page-text';

export const demoSlug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

/**
 * The page prints comment times without a zone. The blog is Guyanese (its readers write about
 * Georgetown's Stabroek Market and President Granger), so we read them as Guyana time, UTC-04:00
 * all year (Guyana has no daylight saving time).
 */
export const demoUtcOffset = '-04:00';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The demo article as the seed inserts it. The page names no author or date: we invent none. */
export function demoArticle(): SeedArticle {
  const parsed = parseBlogText(pageText, { utcOffset: demoUtcOffset });
  return {
    slug: demoSlug,
    title: parsed.title,
    bodyHtml: parsed.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    leadImage: parsed.leadImage,
    commentsOpen: true,
    comments: parsed.comments.map((c) => ({
      parentIndex: c.parentIndex,
      authorName: c.authorName,
      createdAt: c.createdAt,
      body: c.body,
    })),
  };
}
