import type { MiddlewareHandler } from 'hono';
import { wordPressOrigins, type WordPressSite } from './wordpress/wordpress-sites';

/** Where Parley may be framed when PARLEY_EMBED_ORIGINS is not set: this server and local development. */
export const defaultEmbedOrigins = ["'self'", 'http://localhost:*', 'http://127.0.0.1:*'];

/**
 * Parses PARLEY_EMBED_ORIGINS: origins separated by spaces or commas ("https://blog.example.com
 * https://*.example.org"), or "*" for any site. Anything else is refused at start-up, so a typo
 * cannot silently block (or open) every embed.
 */
export function parseEmbedOrigins(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return defaultEmbedOrigins;
  const origins = value.split(/[\s,]+/).filter(Boolean);
  for (const origin of origins) {
    if (
      origin !== '*' &&
      origin !== "'self'" &&
      !/^https?:\/\/(\*\.)?[\w.-]+(:(\d+|\*))?$/.test(origin)
    ) {
      throw new Error(
        `PARLEY_EMBED_ORIGINS: "${origin}" is not an origin such as https://blog.example.com.`,
      );
    }
  }
  return origins;
}

/**
 * Security headers on every response. Pages get a Content-Security-Policy with no inline script;
 * embed pages (/embed/…) may be framed by the allowed origins, every other page only by Parley.
 */
export function securityHeaders({
  embedOrigins,
  wordpressSites = [],
}: {
  embedOrigins: readonly string[];
  wordpressSites?: readonly WordPressSite[];
}): MiddlewareHandler {
  // The reader fetches allowed WordPress sites directly, and shows their images (maybe http:).
  const wordpress = wordPressOrigins(wordpressSites)
    .map((origin) => ` ${origin}`)
    .join('');
  const policy = (frameAncestors: string) =>
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      `img-src 'self' data: https:${wordpress}`,
      `connect-src 'self'${wordpress}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      `frame-ancestors ${frameAncestors}`,
    ].join('; ');
  const embedPolicy = policy(embedOrigins.join(' '));
  const pagePolicy = policy("'self'");

  return async (c, next) => {
    await next();
    const isEmbed = c.req.path.startsWith('/embed/');
    // On the response's own headers: c.header() after next() copies the response into a new
    // one with a streamed body, which cost a GET of comments most of its speed (test/bench).
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', isEmbed ? embedPolicy : pagePolicy);
    if (!isEmbed) headers.set('X-Frame-Options', 'SAMEORIGIN');
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  };
}
