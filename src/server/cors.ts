import type { MiddlewareHandler } from 'hono';

/**
 * Parses PARLEY_CORS_ORIGINS: exact origins separated by spaces or commas
 * ("https://blog.example.com http://localhost:8080"). Unset, no other site may call the API
 * from a browser; Parley's own pages and its embed frames are same-origin and need no CORS.
 * No wildcards: a site that reads the API from the browser is one the operator names. Anything
 * else is refused at start-up, so a typo cannot silently open or close the API.
 */
export function parseCorsOrigins(value: string | undefined): string[] {
  const origins = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/.test(origin)) {
      throw new Error(
        `PARLEY_CORS_ORIGINS: "${origin}" is not an origin such as https://blog.example.com ` +
          '(scheme, lowercase host and optional port; no path, no trailing slash, no wildcard).',
      );
    }
  }
  return origins;
}

/**
 * CORS for the API: a browser page on an allowed origin may read (GET) and post (POST JSON);
 * any other origin gets no Access-Control-* header, so its browser keeps the answer from it.
 * A cross-site POST cannot even be sent without a preflight, because the API only takes
 * application/json (415 otherwise).
 */
export function corsForOrigins(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const permitted = origin !== undefined && allowed.has(origin);
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      c.header('Vary', 'Origin');
      if (permitted) {
        c.header('Access-Control-Allow-Origin', origin);
        c.header('Access-Control-Allow-Methods', 'GET, POST');
        c.header('Access-Control-Allow-Headers', 'Content-Type');
        c.header('Access-Control-Max-Age', '600');
      }
      return c.body(null, 204);
    }
    await next();
    // Answers differ by Origin, so a shared cache must not hand one site's answer to another.
    c.res.headers.append('Vary', 'Origin');
    if (permitted) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
    }
    return;
  };
}
