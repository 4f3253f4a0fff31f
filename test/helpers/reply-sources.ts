import { createApiSource } from '../../src/client/sources/api-source';
import type { Source } from '../../src/client/sources/source';
import type { ParleyApp } from '../../src/server/app';

/**
 * The real server, except that POSTs get `answer` instead: a response, or a rejection for a
 * network that is down. Each POST is counted, so tests can see what reached "the network".
 */
export function sourceWithPosts(
  app: ParleyApp,
  answer: (request: { url: string; init: RequestInit | undefined }) => Promise<Response>,
): Source & { posts: number } {
  const counter = { posts: 0 };
  const source = createApiSource('http://parley.test', async (url, init) => {
    if (init?.method === 'POST') {
      counter.posts++;
      return answer({ url, init });
    }
    return app.request(url, init);
  });
  return {
    ...source,
    get posts() {
      return counter.posts;
    },
  };
}

export const apiErrorResponse = (
  status: number,
  code: string,
  message: string,
  field?: string,
  headers: Record<string, string> = {},
) => Response.json({ error: { code, message, ...(field && { field }) } }, { status, headers });

/** What fetch does when the server is down. */
export const unreachable = () => Promise.reject(new TypeError('Failed to fetch'));

/** The localStorage keys of drafts, without the namespace. */
export const draftKeys = () =>
  Object.keys(localStorage).filter((key) => key.startsWith('parley:draft:'));

/** A promise the test settles by hand: holds a response until the test has looked. */
export function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}
