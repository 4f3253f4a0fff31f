import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

/** The raw answer, not decoded (fetch would decode it and hide what was sent). */
function get(url: string, headers: Record<string, string>) {
  return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('static files from the real server', () => {
  it('sends the client’s script gzipped to a browser that accepts it, and plain otherwise', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const script = /<script\b[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\//);
    const plain = await get(`${baseUrl}${script}`, {});
    const gzipped = await get(`${baseUrl}${script}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.encoding).toBeUndefined();
    expect(gzipped.encoding).toBe('gzip');
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
  });
});
