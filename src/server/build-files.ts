import type { MiddlewareHandler } from 'hono';

/**
 * 404 for the files of the client's build that are for developers and tools, not readers: source
 * maps (they show the source as written, comments and all) and Vite's manifest (.vite/), which
 * the server and the benchmarks read from disk.
 */
export function hideBuildFiles(): MiddlewareHandler {
  return async (c, next) => {
    let path = c.req.path;
    try {
      path = decodeURIComponent(path);
    } catch {
      // Not percent-encoding the static files could match: checked as it is.
    }
    const hidden = /\.map$/i.test(path) || /(^|\/)\.vite(\/|$)/i.test(path);
    return hidden ? c.text('Not found', 404) : next();
  };
}
