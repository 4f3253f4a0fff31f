import { parseUrl } from '../../core/parse-url';

/** A WordPress site that this deployment may show, and the name it goes by in addresses. */
export interface WordPressSite {
  /** What /wp/<name>/<post> uses: given as `name=url`, or else the site's host (and port). */
  name: string;
  /** The site's home address, without a trailing slash: https://blog.example.com[/path]. */
  url: string;
}

const namePattern = /^[A-Za-z0-9](?:[A-Za-z0-9.:_-]{0,99})$/;

/**
 * Reads PARLEY_WORDPRESS_SITES: entries separated by commas or spaces, each a site's address
 * ("https://blog.example.com") or a name and an address ("blog=https://blog.example.com").
 * Anything else stops the server at start-up, so a typo cannot silently open or close a site.
 */
export function parseWordPressSites(value: string | undefined): WordPressSite[] {
  const sites: WordPressSite[] = [];
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const equals = entry.indexOf('=');
    const given =
      equals > 0 && !entry.slice(0, equals).includes('/') ? entry.slice(0, equals) : null;
    const address = given === null ? entry : entry.slice(equals + 1);
    const url = parseUrl(address);
    if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
      throw new Error(
        `PARLEY_WORDPRESS_SITES: "${entry}" is not a site address such as https://blog.example.com.`,
      );
    }
    const name = given ?? url.host;
    if (!namePattern.test(name)) {
      throw new Error(
        `PARLEY_WORDPRESS_SITES: "${name}" is not a usable name (letters, digits, . : _ -).`,
      );
    }
    if (sites.some((site) => site.name === name)) {
      throw new Error(
        `PARLEY_WORDPRESS_SITES: "${name}" is named twice; give each site its own name.`,
      );
    }
    sites.push({ name, url: `${url.origin}${url.pathname}`.replace(/\/+$/, '') });
  }
  return sites;
}

/** The origins the reader's browser talks to (CSP connect-src and img-src). */
export const wordPressOrigins = (sites: readonly WordPressSite[]) => [
  ...new Set(sites.map((site) => new URL(site.url).origin)),
];
