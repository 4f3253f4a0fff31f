import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every error the API sends has this one shape: {"error": {"code", "message", "field"?}}. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  field?: string,
) {
  return c.json(
    { error: field === undefined ? { code, message } : { code, message, field } },
    status,
  );
}
