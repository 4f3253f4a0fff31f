import * as v from 'valibot';
import { TimeoutError } from '../network-errors';
import { requestDeadline, requestTimeoutMs } from '../request-timeout';
import { parseContract } from '../validate';
import { htmlToText } from './html-text';
import { wpErrorSchema } from './wp-schemas';

/** WordPress answered with a refusal: its own `code` (rest_comment_closed, …) and HTTP status. */
export class WordPressError extends Error {
  readonly status: number;
  readonly code: string;
  /** For rest_invalid_param: each bad parameter with WordPress's message about it. */
  readonly params: Readonly<Record<string, string>>;
  constructor(status: number, code: string, message: string, params: Record<string, string> = {}) {
    super(message);
    this.name = 'WordPressError';
    this.status = status;
    this.code = code;
    this.params = params;
  }
}

export type WpFetch = (url: string, init?: RequestInit) => Promise<Response>;

/** A validated answer with WordPress's paging headers (absent on single objects). */
export interface WpAnswer<T> {
  body: T;
  /** X-WP-Total: how many items in all pages. */
  total: number | undefined;
  /** X-WP-TotalPages. */
  totalPages: number | undefined;
}

/**
 * Where a site's REST API lives: `/wp-json/…` needs pretty permalinks; `/?rest_route=…` works on
 * every WordPress, including sites with plain permalinks, where `/wp-json/` is a 404 page.
 */
type ApiStyle = 'wp-json' | 'rest_route';

export type Query = Record<string, string | number>;

/**
 * A small client for one WordPress site's REST API. It tries `/wp-json/` first and, if that does
 * not answer with JSON (an HTML 404, a redirect, or in a browser a response without CORS
 * headers, which looks like a network error), `/?rest_route=`; the first that works is kept.
 *
 * A read that takes longer than `timeoutMs` (the reader's own requests' limit unless given)
 * fails with TimeoutError: a site that never answers holds neither a reader nor an import.
 */
export function createWpRest(
  siteUrl: string,
  fetchFn: WpFetch,
  { timeoutMs = requestTimeoutMs }: { timeoutMs?: number } = {},
) {
  const base = siteUrl.replace(/\/+$/, '');
  let style: ApiStyle | null = null;

  const urlFor = (as: ApiStyle, route: string, query: Query) => {
    const params = new URLSearchParams(
      Object.entries(query).map(([key, value]) => [key, String(value)]),
    );
    if (as === 'wp-json') {
      const search = params.size > 0 ? `?${params}` : '';
      return `${base}/wp-json${route}${search}`;
    }
    const search = params.size > 0 ? `&${params}` : '';
    return `${base}/?rest_route=${encodeURIComponent(route)}${search}`;
  };

  async function send(route: string, query: Query, init: RequestInit): Promise<Response> {
    if (style) return fetchFn(urlFor(style, route, query), init);
    // Stopped, not refused: the other address would be stopped too (the fetch given may have
    // turned the abort into an error of its own, so the signal is what tells).
    const stopped = (error: unknown) => isAbort(error) || init.signal?.aborted === true;
    let first: Response | undefined;
    let firstError: unknown;
    try {
      first = await fetchFn(urlFor('wp-json', route, query), init);
      if (isJson(first)) {
        style = 'wp-json';
        return first;
      }
    } catch (error) {
      if (stopped(error)) throw error;
      firstError = error;
    }
    let second: Response;
    try {
      second = await fetchFn(urlFor('rest_route', route, query), init);
    } catch (error) {
      if (stopped(error) || firstError === undefined) throw error;
      throw firstError;
    }
    if (isJson(second)) style = 'rest_route';
    return isJson(second) || !first ? second : first;
  }

  async function answer<S extends v.GenericSchema>(
    response: Response,
    schema: S,
    what: string,
  ): Promise<WpAnswer<v.InferOutput<S>>> {
    if (!response.ok) throw await toWordPressError(response);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new WordPressError(response.status, 'invalid_json', `${what} was not valid JSON.`);
    }
    return {
      body: parseContract(schema, json, what),
      total: headerNumber(response, 'x-wp-total'),
      totalPages: headerNumber(response, 'x-wp-totalpages'),
    };
  }

  return {
    siteUrl: base,
    async get<S extends v.GenericSchema>(
      route: string,
      query: Query,
      schema: S,
      what: string,
      signal?: AbortSignal,
    ): Promise<WpAnswer<v.InferOutput<S>>> {
      const deadline = requestDeadline(timeoutMs, signal);
      try {
        const response = await send(route, query, {
          headers: { accept: 'application/json' },
          signal: deadline.signal,
        });
        // Inside the time limit too: the body can stall after the headers.
        return await answer(response, schema, what);
      } catch (error) {
        throw deadline.timedOut ? new TimeoutError(error) : error;
      }
    },
    /** No time limit of its own: the reader's outbox gives each send one, then sends it again. */
    async post<S extends v.GenericSchema>(
      route: string,
      body: unknown,
      schema: S,
      what: string,
      signal?: AbortSignal,
    ): Promise<WpAnswer<v.InferOutput<S>>> {
      const response = await send(
        route,
        {},
        {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal,
        },
      );
      return answer(response, schema, what);
    },
  };
}

export type WpRest = ReturnType<typeof createWpRest>;

const isJson = (response: Response) => /\bjson\b/i.test(response.headers.get('content-type') ?? '');

// A cancelled or timed-out request is not a sign of the wrong address: it is not retried.
const isAbort = (error: unknown) =>
  error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError');

function headerNumber(response: Response, name: string): number | undefined {
  const value = response.headers.get(name);
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

async function toWordPressError(response: Response): Promise<WordPressError> {
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return new WordPressError(
      response.status,
      `http_${response.status}`,
      response.statusText || `The site answered ${response.status}.`,
    );
  }
  const parsed = v.safeParse(wpErrorSchema, json);
  if (!parsed.success) {
    return new WordPressError(response.status, `http_${response.status}`, response.statusText);
  }
  const { code, message, data } = parsed.output;
  // WordPress's messages may hold markup ("<strong>Error:</strong> …").
  return new WordPressError(response.status, code, htmlToText(message), data?.params ?? {});
}
