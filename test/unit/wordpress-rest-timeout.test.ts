// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkError, TimeoutError } from '../../src/core/network-errors';
import { createWpRest } from '../../src/core/wordpress/wp-rest';

const anything = v.unknown();
const servers: Server[] = [];

/** A local site that takes each request and never answers it, or answers only its headers. */
async function silentSite(answer: 'nothing' | 'headers only' = 'nothing') {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (answer === 'headers only') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[{"id": ');
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests };
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const read = (siteUrl: string, timeoutMs: number, signal?: AbortSignal) =>
  createWpRest(siteUrl, (url, init) => fetch(url, init), { timeoutMs }).get(
    '/wp/v2/posts',
    { slug: 'a-post' },
    anything,
    'The post',
    signal,
  );

describe('WordPress REST reads that get no answer', () => {
  it('fail with TimeoutError once the time limit has passed, without trying the other address', async () => {
    const site = await silentSite();
    const started = Date.now();
    const error = await read(site.url, 150).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    // A kind of NetworkError: the reader's queries and outbox treat it as they treat their own.
    expect(error).toBeInstanceOf(NetworkError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(site.requests).toEqual(['/wp-json/wp/v2/posts?slug=a-post']);
  });

  it('time out when the headers come but the body stalls', async () => {
    const site = await silentSite('headers only');
    await expect(read(site.url, 150)).rejects.toBeInstanceOf(TimeoutError);
  });

  it('give a caller’s own abort back as it was, not as a time-out', async () => {
    const site = await silentSite();
    const controller = new AbortController();
    const request = read(site.url, 5_000, controller.signal);
    await expect.poll(() => site.requests.length).toBe(1);
    controller.abort();
    const error = await request.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });
});
