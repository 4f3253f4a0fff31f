import type { WpFetch } from '../../src/core/wordpress/wp-rest';

/** One request to the real WordPress and its answer, as kept in test/wordpress/fixtures/. */
export interface Exchange {
  method: string;
  url: string;
  requestBody?: unknown;
  status: number;
  /** Only the headers the adapter reads. */
  headers: Record<string, string>;
  body: string;
}

const keptHeaders = ['content-type', 'x-wp-total', 'x-wp-totalpages'];

/** A fetch that passes requests on and records them with their answers. */
export function recordingFetch(exchanges: Exchange[]): WpFetch {
  return async (url, init) => {
    const response = await fetch(url, init);
    const body = await response.text();
    const headers = Object.fromEntries(
      keptHeaders.flatMap((name) => {
        const value = response.headers.get(name);
        return value === null ? [] : [[name, value]];
      }),
    );
    exchanges.push({
      method: init?.method ?? 'GET',
      url,
      ...(typeof init?.body === 'string' && { requestBody: JSON.parse(init.body) as unknown }),
      status: response.status,
      headers,
      body,
    });
    return new Response(body, { status: response.status, headers });
  };
}

/**
 * A fetch that answers from recorded exchanges, by method and address, in recorded order; a
 * request that was never recorded fails the test. `requests` lists what was asked.
 */
export function replayingFetch(exchanges: readonly Exchange[]) {
  const unused = [...exchanges];
  const requests: { method: string; url: string; body: unknown }[] = [];
  const fetchFn: WpFetch = async (url, init) => {
    const method = init?.method ?? 'GET';
    requests.push({
      method,
      url,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    });
    const index = unused.findIndex((e) => e.method === method && e.url === url);
    if (index < 0) throw new Error(`No recorded answer for ${method} ${url}`);
    const [exchange] = unused.splice(index, 1);
    return answer(exchange!);
  };
  return { fetchFn, requests };
}

/** The recorded answer as a Response (a 204/304 has no body). */
export function answer(exchange: Exchange): Response {
  return new Response(exchange.body, { status: exchange.status, headers: exchange.headers });
}
