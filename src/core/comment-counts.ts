/**
 * GET /api/counts?articles=a,b,c: the shown comments of many articles in one request, for index
 * pages (the host script count.js). Shared by the server, which enforces it, and the script.
 */
export const countsPath = '/api/counts';

/** Article ids one request may ask for: a page of 100 links needs one request. */
export const countsPerRequestMax = 100;

/** Ids are joined with this in `articles`; an article id never contains it. */
export const countsSeparator = ',';

/**
 * An article id as the server hands them out: lowercase words joined by hyphens, at most 200
 * characters. The same rule as `slugSchema`, without valibot, so the host script can drop a link
 * the server would refuse instead of losing every count of its page to one 400
 * (test/unit/comment-counts.test.ts holds the two to the same answers).
 */
export const isArticleId = (id: string): boolean =>
  id.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
