import * as v from 'valibot';
import { apiErrorSchema } from '../../core/schemas';
import { parseContract } from '../../core/validate';

/** The server answered, but not with success. Carries the HTTP status and the API's error code. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** From a `Retry-After` header (429, 503): how long the server asks us to wait. */
  readonly retryAfterSeconds: number | undefined;
  constructor(
    status: number,
    code: string,
    message: string,
    field?: string,
    retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
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

/** No answer at all: offline, server down, or the connection dropped. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Could not reach the server.', { cause });
    this.name = 'NetworkError';
  }
}

/** No answer in time. A kind of NetworkError, so whatever retries those retries this too. */
export class TimeoutError extends NetworkError {
  constructor(cause?: unknown) {
    super(cause);
    this.name = 'TimeoutError';
    this.message = 'The server did not answer in time.';
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * How long a request may take, answer and body included, before it fails with TimeoutError.
 * Long enough for a page of comments on a slow phone connection; the outbox gives a reply as
 * long (outbox.ts) and then retries it with the same key.
 */
export const requestTimeoutMs = 20_000;

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
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = callerSignal ? anySignal([callerSignal, timeout]) : timeout;
  /** Why the request stopped, if it was stopped rather than failed. */
  const stopped = (error: unknown): unknown => {
    if (callerSignal?.aborted) return error;
    if (timeout.aborted) return new TimeoutError(error);
    return undefined;
  };

  let response: Response;
  try {
    response = await fetchFn(url, {
      ...requestInit,
      signal,
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

/** AbortSignal.any where the browser has it (since 2024); the same by hand where it does not. */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
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
