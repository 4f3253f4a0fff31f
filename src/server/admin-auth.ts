import type { MiddlewareHandler } from 'hono';
import { createHash, timingSafeEqual } from 'node:crypto';
import { apiError } from './errors';

/** Shorter tokens can be guessed; `openssl rand -hex 32` makes a good one. */
const minTokenLength = 32;

/**
 * PARLEY_ADMIN_TOKEN: the bearer token that lets a site's owner publish, change and delete
 * articles. Unset (or empty), those routes are not there at all. A short one, or one with
 * spaces or characters a header cannot carry, is refused at start-up.
 */
export function adminTokenFromEnv(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (value.length < minTokenLength || !/^[\x21-\x7e]+$/.test(value)) {
    throw new Error(
      `PARLEY_ADMIN_TOKEN must be at least ${minTokenLength} visible ASCII characters without spaces (for instance the output of: openssl rand -hex 32).`,
    );
  }
  return value;
}

/** Digests have one length whatever was sent, as timingSafeEqual needs, and leak no length. */
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

const bearer = /^Bearer +(\S+) *$/i;

/**
 * Lets a request through only with `Authorization: Bearer <PARLEY_ADMIN_TOKEN>`, compared in
 * constant time. Without a token configured the routes answer 404, as if absent; a missing or
 * wrong token gets 401 with the challenge RFC 6750 asks for.
 */
export function adminAuth(token: string | null): MiddlewareHandler {
  const expected = token === null ? null : digest(token);
  return async (c, next) => {
    if (expected === null) return apiError(c, 404, 'not_found', 'There is no such API endpoint.');
    const sent = bearer.exec(c.req.header('authorization') ?? '')?.[1];
    if (sent === undefined) {
      c.header('WWW-Authenticate', 'Bearer realm="parley"');
      return apiError(
        c,
        401,
        'unauthorized',
        'Send the admin token (PARLEY_ADMIN_TOKEN) as "Authorization: Bearer <token>".',
      );
    }
    if (!timingSafeEqual(digest(sent), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="parley", error="invalid_token"');
      return apiError(c, 401, 'unauthorized', "The token is not this server's admin token.");
    }
    await next();
    return;
  };
}
