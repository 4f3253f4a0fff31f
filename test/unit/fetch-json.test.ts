// @vitest-environment node
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../src/core/validate';
import { classifyFailure } from '../../src/client/outbox/classify-failure';
import {
  anySignal,
  fetchJson,
  HttpError,
  NetworkError,
  TimeoutError,
  type Fetch,
} from '../../src/client/lib/http';

const schema = v.object({ ok: v.literal(true) });
const get = (fetchFn: Fetch, init: { signal?: AbortSignal; timeoutMs?: number } = {}) =>
  fetchJson(fetchFn, 'http://parley.test/x', schema, { what: 'The answer', ...init });

/** Rejects the way fetch does when its signal aborts: with the signal's reason. */
const onAbort = (signal: AbortSignal | null | undefined, reject: (reason: unknown) => void) =>
  signal?.addEventListener('abort', () => reject(signal.reason), { once: true });

/** A fetch that answers `respond()` after `ms`, or never (null), and stops when aborted. */
const slowFetch =
  (ms: number | null, respond = () => Response.json({ ok: true })): Fetch =>
  (_url, init) =>
    new Promise((resolve, reject) => {
      onAbort(init?.signal, reject);
      if (ms !== null) setTimeout(() => resolve(respond()), ms);
    });

/** Headers at once, then a body that never ends (a connection that stalls mid-answer). */
const stallingBodyFetch: Fetch = (_url, init) => {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"ok": '));
      onAbort(init?.signal, (reason) => controller.error(reason));
    },
  });
  return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
};

describe('fetchJson time-outs', () => {
  it('fails with TimeoutError when no answer comes in time', async () => {
    const error = await get(slowFetch(null), { timeoutMs: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    // A kind of NetworkError, so everything that retries an unreachable server retries this.
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe('The server did not answer in time.');
  });

  it('fails with TimeoutError, not "not valid JSON", when the body stalls', async () => {
    const error = await get(stallingBodyFetch, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('waits for a slow answer that comes within the time-out', async () => {
    await expect(get(slowFetch(40), { timeoutMs: 2_000 })).resolves.toEqual({ ok: true });
  });

  it('gives a caller’s abort back as the caller’s own reason, not as a time-out', async () => {
    const controller = new AbortController();
    const request = get(slowFetch(null), { signal: controller.signal, timeoutMs: 5_000 });
    controller.abort();
    const error = await request.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('passes a caller’s own time-out reason through (the outbox aborts with one)', async () => {
    const controller = new AbortController();
    const reason = new DOMException('The server took too long.', 'TimeoutError');
    const request = get(slowFetch(null), { signal: controller.signal, timeoutMs: 5_000 });
    controller.abort(reason);
    await expect(request).rejects.toBe(reason);
  });

  it('calls an abort that nobody here asked for (a proxy cut it) a network failure', async () => {
    const cut: Fetch = () => Promise.reject(new DOMException('aborted', 'AbortError'));
    await expect(get(cut)).rejects.toBeInstanceOf(NetworkError);
  });
});

describe('fetchJson failures other than time', () => {
  it('a refused connection is a NetworkError, not a time-out', async () => {
    const error = await get(() => Promise.reject(new TypeError('fetch failed'))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TimeoutError);
  });

  it('a 500 with an HTML page is an HttpError with the status', async () => {
    const html: Fetch = async () =>
      new Response('<h1>Bad gateway</h1>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'content-type': 'text/html' },
      });
    const error = await get(html).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 502, code: 'http_502', message: 'Bad Gateway' });
  });

  it('an answer of the wrong shape is a ContractError naming the field', async () => {
    const wrong: Fetch = async () => Response.json({ ok: 'yes' });
    await expect(get(wrong)).rejects.toThrow(ContractError);
    await expect(get(wrong)).rejects.toThrow(/ok/);
  });
});

describe('the outbox treats a time-out as worth retrying', () => {
  it.each([
    ['fetchJson’s TimeoutError', new TimeoutError()],
    ['the outbox’s own time-out', new DOMException('The server took too long.', 'TimeoutError')],
  ])('%s waits to be sent again', (_what, error) => {
    expect(classifyFailure(error, true, Date.now())).toMatchObject({ kind: 'wait' });
  });
});

describe('anySignal', () => {
  const original = AbortSignal.any;
  afterEach(() => {
    AbortSignal.any = original;
  });

  it.each([
    ['with AbortSignal.any', () => {}],
    [
      'in a browser without AbortSignal.any',
      () => {
        // @ts-expect-error -- older browsers (Safari < 17.4) have no AbortSignal.any
        AbortSignal.any = undefined;
      },
    ],
  ])('aborts with the first signal’s reason, %s', (_what, setUp) => {
    setUp();
    const first = new AbortController();
    const second = new AbortController();
    const combined = anySignal([first.signal, second.signal]);
    expect(combined.aborted).toBe(false);
    second.abort('second');
    first.abort('first');
    expect(combined.aborted).toBe(true);
    expect(combined.reason).toBe('second');
    expect(anySignal([AbortSignal.abort('already'), first.signal]).reason).toBe('already');
  });
});
