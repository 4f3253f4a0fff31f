import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiError } from './errors';

/** Refuses a body over `maxBytes` with 413 before it is read. */
export function limitBody(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      // The rest of the body is never read, so the connection cannot carry another request:
      // saying so lets a keep-alive client open a new one rather than fail on this one.
      c.header('Connection', 'close');
      return apiError(c, 413, 'too_large', `A request may be at most ${maxBytes / 1024} KB.`);
    },
  });
}

/** JSON is UTF-8 (RFC 8259): a byte sequence that is not is refused, not turned into U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export type JsonBody = { ok: true; json: unknown } | { ok: false; refusal: Response };

/**
 * The request's body as JSON, or the API's refusal: 415 for another media type, 400 for a body
 * that is not UTF-8 or not JSON. `what` completes "Send … as application/json".
 */
export async function readJsonBody(c: Context, what: string): Promise<JsonBody> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    const refusal = apiError(c, 415, 'unsupported_media_type', `Send ${what} as application/json.`);
    return { ok: false, refusal };
  }
  let text: string;
  try {
    text = utf8.decode(await c.req.arrayBuffer());
  } catch {
    const refusal = apiError(
      c,
      400,
      'invalid_json',
      `The request body is not valid UTF-8: send ${what} as JSON in UTF-8.`,
    );
    return { ok: false, refusal };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      refusal: apiError(c, 400, 'invalid_json', 'The request body is not valid JSON.'),
    };
  }
}
