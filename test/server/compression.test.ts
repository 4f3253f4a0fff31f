// @vitest-environment node
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer } from '../helpers/server';

const commentsUrl = `/api/articles/${demoSlug}/comments`;

describe('pages of comments over the wire', () => {
  it('come gzipped to a client that accepts gzip, the same JSON as uncompressed', async () => {
    const { app } = await createTestServer();
    const plain = await app.request(commentsUrl);
    const zipped = await app.request(commentsUrl, {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(plain.headers.get('vary')).toMatch(/Accept-Encoding/);
    const zippedBytes = Buffer.from(await zipped.arrayBuffer());
    const plainText = await plain.text();
    expect(gunzipSync(zippedBytes).toString('utf8')).toBe(plainText);
    expect(zippedBytes.length).toBeLessThan(plainText.length / 2);
    // The second answer is the same bytes, compressed once.
    const again = await app.request(commentsUrl, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(Buffer.from(await again.arrayBuffer()).equals(zippedBytes)).toBe(true);
  });

  it('stay uncompressed for a client that refuses gzip', async () => {
    const { app } = await createTestServer();
    for (const refusal of ['gzip;q=0', 'identity', 'br']) {
      const res = await app.request(commentsUrl, { headers: { 'Accept-Encoding': refusal } });
      expect(res.headers.get('content-encoding'), refusal).toBeNull();
      expect(JSON.parse(await res.text()).comments).toHaveLength(7);
    }
  });
});
