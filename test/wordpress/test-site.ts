import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';

/** Where .ci/wordpress/up.sh says what it started; PARLEY_WORDPRESS_STATE points elsewhere. */
export const stateFile =
  process.env.PARLEY_WORDPRESS_STATE ?? '/var/lib/parley-wordpress/sites.json';

/**
 * Integration tests against the real WordPress may be skipped only when asked in so many words
 * (PARLEY_SKIP_WORDPRESS=1, for a laptop without WordPress); CI never sets it.
 */
export const skipWordPress = process.env.PARLEY_SKIP_WORDPRESS === '1';

const seededPost = v.object({
  id: v.number(),
  slug: v.string(),
  title: v.optional(v.string()),
  approvedIds: v.array(v.number()),
  hiddenIds: v.optional(v.array(v.number())),
  deepChain: v.optional(v.array(v.number())),
  unsafeId: v.optional(v.number()),
});
const stateSchema = v.object({
  pretty: v.object({ url: v.string(), posts: v.array(seededPost) }),
  plain: v.object({ url: v.string(), posts: v.array(seededPost) }),
});
export type TestSites = v.InferOutput<typeof stateSchema>;

const howToStart =
  'Start the test WordPress with "npm run wordpress:up" (as root: it installs Debian\'s ' +
  'wordpress, MariaDB and PHP), or skip these tests with PARLEY_SKIP_WORDPRESS=1.';

/** The test sites, checked to be answering; a clear error that says how to start them if not. */
export async function testSites(): Promise<TestSites> {
  if (!existsSync(stateFile)) {
    throw new Error(`The test WordPress is not set up (${stateFile} is missing). ${howToStart}`);
  }
  const sites = v.parse(stateSchema, JSON.parse(readFileSync(stateFile, 'utf8')));
  for (const site of [sites.pretty, sites.plain]) {
    const answering = await fetch(`${site.url}/?rest_route=/`, {
      signal: AbortSignal.timeout(5000),
    })
      .then((r) => r.ok)
      .catch(() => false);
    if (!answering)
      throw new Error(`The test WordPress at ${site.url} does not answer. ${howToStart}`);
  }
  return sites;
}

/** The seeded post of a site with this slug. */
export function seeded(site: TestSites['pretty'], slug: string) {
  const post = site.posts.find((p) => p.slug === slug);
  if (!post) throw new Error(`${site.url} has no seeded post "${slug}"; run npm run wordpress:up.`);
  return post;
}

export const longPostSlug = 'fish-chips-and-a-long-discussion';
export const closedPostSlug = 'comments-closed-here';
export const plainPostSlug = 'plain-permalinks-post';

let counter = 0;
/** An author no earlier test run used, so WordPress's flood and duplicate checks start fresh. */
export function freshAuthor(name = 'Test Reader') {
  const unique = `${Date.now().toString(36)}-${process.pid}-${++counter}`;
  return { name: `${name} ${unique}`, email: `reader-${unique}@example.com` };
}
