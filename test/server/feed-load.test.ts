// @vitest-environment node
/** loadFeed: a feed fetched within a time limit and a size cap, or read from a file (issue 17 item 3). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeed } from '../../src/server/feed/load-feed';

let server: Server;
let base: string;
const limits = { bytesMax: 1024, timeoutMs: 300 };

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed') {
      res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
      res.end('<rss><channel/></rss>');
    } else if (req.url === '/latin1') {
      // Declared in the XML itself: "é" is one byte, 0xE9.
      res.end(
        Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>caf\xe9</rss>', 'latin1'),
      );
    } else if (req.url === '/big-declared') {
      res.setHeader('content-length', String(limits.bytesMax + 1));
      res.end('x'.repeat(limits.bytesMax + 1));
    } else if (req.url === '/big-streamed') {
      // No length said: counted while it arrives.
      res.write('x'.repeat(limits.bytesMax));
      res.end('x');
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('<rss/>'), 2000).unref();
    } else if (req.url === '/gone') {
      res.statusCode = 410;
      res.end();
    } else {
      res.statusCode = req.url === '/broken' ? 500 : 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('loadFeed', () => {
  it('fetches a page, in the encoding its XML declaration names', async () => {
    expect(await loadFeed(`${base}/feed`, limits)).toEqual({
      kind: 'page',
      xml: '<rss><channel/></rss>',
    });
    expect(await loadFeed(`${base}/latin1`, limits)).toMatchObject({
      xml: expect.stringContaining('café'),
    });
  });

  it('takes a 404 or 410 as no page there, and any other refusal as an error', async () => {
    expect(await loadFeed(`${base}/nothing`, limits)).toEqual({ kind: 'missing' });
    expect(await loadFeed(`${base}/gone`, limits)).toEqual({ kind: 'missing' });
    await expect(loadFeed(`${base}/broken`, limits)).rejects.toThrow(/answered 500/);
  });

  it('refuses a body over the cap, said or streamed, and a server slower than the time limit', async () => {
    await expect(loadFeed(`${base}/big-declared`, limits)).rejects.toThrow(/larger than/);
    await expect(loadFeed(`${base}/big-streamed`, limits)).rejects.toThrow(/larger than/);
    await expect(loadFeed(`${base}/slow`, limits)).rejects.toThrow(/did not answer within 0.3 s/);
  });

  it('reads a file, refusing one over the cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-feed-'));
    writeFileSync(join(dir, 'feed.xml'), '<feed/>');
    writeFileSync(join(dir, 'big.xml'), 'x'.repeat(limits.bytesMax + 1));
    expect(await loadFeed(join(dir, 'feed.xml'), limits)).toEqual({ kind: 'page', xml: '<feed/>' });
    await expect(loadFeed(join(dir, 'big.xml'), limits)).rejects.toThrow(/larger than/);
    await expect(loadFeed(join(dir, 'none.xml'), limits)).rejects.toThrow(/ENOENT/);
  });
});
