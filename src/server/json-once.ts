import type { Context } from 'hono';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipped = promisify(gzip);

const encoder = new TextEncoder();

/** A response body encoded once, and gzipped once, on the first request that accepts gzip. */
export interface EncodedBody {
  raw: Uint8Array<ArrayBuffer>;
  gzip?: Promise<Uint8Array<ArrayBuffer>>;
}

export const encodeOnce = (text: string): EncodedBody => ({ raw: encoder.encode(text) });

/** Whether the request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
function acceptsGzip(c: Context): boolean {
  const header = c.req.header('accept-encoding');
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    return coding === 'gzip' && !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
  });
}

/**
 * Answers with a body encoded once: browsers get it gzipped, compressed once too (a page of
 * comments shrinks to about a quarter on a phone's connection), not on every request. Gzipped
 * off the event loop (a page of 500 comments took some 10 ms), so other requests go on meanwhile.
 */
export async function sendEncoded(c: Context, body: EncodedBody, contentType: string) {
  c.header('Vary', 'Accept-Encoding', { append: true });
  if (acceptsGzip(c)) {
    body.gzip ??= gzipped(body.raw).then((bytes) => new Uint8Array(bytes));
    return c.body(await body.gzip, 200, {
      'content-type': contentType,
      'content-encoding': 'gzip',
    });
  }
  return c.body(body.raw, 200, { 'content-type': contentType });
}

const encoded = new WeakMap<object, EncodedBody>();

/**
 * Answers with `value` as JSON, encoded once per object: the store hands out the same frozen
 * page for as long as nothing is written, so a popular page is stringified and encoded once,
 * not on every request (which was a sixth of a GET's time, test/bench).
 */
export function jsonOnce(c: Context, value: object) {
  let body = encoded.get(value);
  if (!body) encoded.set(value, (body = encodeOnce(JSON.stringify(value))));
  return sendEncoded(c, body, 'application/json');
}
