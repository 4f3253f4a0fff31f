import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger';
import { clientAddress, type TrustedProxies } from './client-address';

/**
 * One line per request: method, path, status, milliseconds and client address. Never the query,
 * the body or a header, so no comment text, email address or cursor reaches the log.
 */
export function requestLog(log: Logger, proxies: TrustedProxies | null): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log({
      level: 'info',
      msg: 'request',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      client: clientAddress(c, proxies),
    });
  };
}
