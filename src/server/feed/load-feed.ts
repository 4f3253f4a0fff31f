import { open } from 'node:fs/promises';
import { requestDeadline, requestTimeoutMs } from '../../core/request-timeout';

export interface FeedLoadLimits {
  bytesMax: number;
  timeoutMs: number;
}

export const feedLoadLimits: FeedLoadLimits = {
  /** A page of a feed, full content included: WordPress's 10 long posts fit many times over. */
  bytesMax: 16 * 1024 * 1024,
  timeoutMs: requestTimeoutMs,
};

/** A page of a feed, or none there (404 or 410: the end of a site's pages). */
export type FeedPage = { kind: 'page'; xml: string } | { kind: 'missing' };

export const isAddress = (source: string) => /^https?:\/\//i.test(source);

/** A feed from an http(s) address or a file, within the time and size limits. Throws why not. */
export function loadFeed(source: string, limits = feedLoadLimits): Promise<FeedPage> {
  return isAddress(source) ? fetchFeed(source, limits) : readFeedFile(source, limits.bytesMax);
}

async function fetchFeed(address: string, limits: FeedLoadLimits): Promise<FeedPage> {
  const deadline = requestDeadline(limits.timeoutMs, null);
  try {
    const res = await fetch(address, {
      signal: deadline.signal,
      headers: {
        accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1',
      },
    });
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel();
      return { kind: 'missing' };
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`${address} answered ${res.status} ${res.statusText}`.trim());
    }
    const bytes = await readCapped(res, limits.bytesMax, address);
    return { kind: 'page', xml: decode(bytes, res.headers.get('content-type')) };
  } catch (error) {
    if (deadline.timedOut) {
      throw new Error(`${address} did not answer within ${limits.timeoutMs / 1000} s`);
    }
    throw error;
  }
}

/** The body, refused as soon as it is larger than `bytesMax` (never read whole first). */
async function readCapped(res: Response, bytesMax: number, address: string): Promise<Uint8Array> {
  const tooLarge = () => new Error(`${address} is larger than ${bytesMax / 1024 / 1024} MB`);
  if (Number(res.headers.get('content-length') ?? 0) > bytesMax) {
    await res.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > bytesMax) {
      await reader?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

async function readFeedFile(path: string, bytesMax: number): Promise<FeedPage> {
  const file = await open(path, 'r');
  try {
    if ((await file.stat()).size > bytesMax) {
      throw new Error(`${path} is larger than ${bytesMax / 1024 / 1024} MB`);
    }
    return { kind: 'page', xml: decode(await file.readFile(), null) };
  } finally {
    await file.close();
  }
}

/**
 * Text in the encoding the XML declaration names (ISO-8859-1, windows-1252…), else the one
 * the Content-Type names, else UTF-8, as XML says. A byte order mark is dropped.
 */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label =
    /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(
      head,
    )?.[1] ?? /;\s*charset=["']?([A-Za-z0-9._-]{1,40})/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
