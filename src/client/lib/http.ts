import * as v from 'valibot';
import { apiErrorSchema } from '../../core/schemas';
import type { ProblemParams } from '../../core/input-problems';
import { NetworkError, TimeoutError } from '../../core/network-errors';
import { requestDeadline, requestTimeoutMs } from '../../core/request-timeout';
import { parseContract } from '../../core/validate';

// Where the rest of the client has always found them; they live in core, shared with WordPress.
export { NetworkError, TimeoutError } from '../../core/network-errors';
export { anySignal, requestTimeoutMs } from '../../core/request-timeout';

/** The server answered, but not with success. Carries the HTTP status and the API's error code. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** From a `Retry-After` header (429, 503): how long the server asks us to wait. */
  readonly retryAfterSeconds: number | undefined;
  /**
   * What completes the code for a reader (a post's link, a site's limit): the reader's words
   * come from the catalogue (src/client/i18n), never from `message`, which is for developers.
   */
  readonly params: ProblemParams;
  constructor(
    status: number,
    code: string,
    message: string,
    field?: string,
    retryAfterSeconds?: number,
    params: ProblemParams = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
    this.params = params;
  }
  get isNotFound() {
    return this.status === 404;
  }
  get isRateLimited() {
    return this.status === 429;
  }
}

/** `Retry-After` is either whole seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The one request helper: passes the abort signal, checks the status before parsing, and
 * validates the body against the contract, so callers get typed data or a typed error.
 * A request that takes longer than `timeoutMs` fails with TimeoutError; one the caller aborts
 * (its `signal`) fails with the caller's own reason, untouched, so the two are never confused.
 */
export async function fetchJson<S extends v.GenericSchema>(
  fetchFn: Fetch,
  url: string,
  schema: S,
  init: RequestInit & { what: string; timeoutMs?: number },
): Promise<v.InferOutput<S>> {
  const { what, timeoutMs = requestTimeoutMs, ...requestInit } = init;
  const callerSignal = requestInit.signal ?? undefined;
  const deadline = requestDeadline(timeoutMs, callerSignal);
  /** Why the request stopped, if it was stopped rather than failed. */
  const stopped = (error: unknown): unknown => {
    if (callerSignal?.aborted) return error;
    if (deadline.timedOut) return new TimeoutError(error);
    return undefined;
  };

  let response: Response;
  try {
    response = await fetchFn(url, {
      ...requestInit,
      signal: deadline.signal,
      headers: { accept: 'application/json', ...requestInit.headers },
    });
  } catch (error) {
    // An abort neither we nor the caller asked for (a proxy or extension cut it) is a network failure.
    throw stopped(error) ?? new NetworkError(error);
  }
  if (!response.ok) throw await toHttpError(response);
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    // The body can stall too: a time-out while reading it is a time-out, not bad JSON.
    throw (
      stopped(error) ??
      new HttpError(response.status, 'invalid_json', `${what} was not valid JSON.`)
    );
  }
  return parseContract(schema, body, what);
}

async function toHttpError(response: Response): Promise<HttpError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const fallback = new HttpError(
    response.status,
    `http_${response.status}`,
    response.statusText || 'Request failed',
    undefined,
    retryAfter,
  );
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return fallback;
  }
  const parsed = v.safeParse(apiErrorSchema, body);
  if (!parsed.success) return fallback;
  const { code, message, field } = parsed.output.error;
  return new HttpError(response.status, code, message, field, retryAfter);
}
