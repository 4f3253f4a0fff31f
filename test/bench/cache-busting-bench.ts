import autocannon from 'autocannon';
import { Worker } from 'node:worker_threads';
import { percentile } from './stats';

/** A reader's request timed while the attack runs. */
export interface ProbeFigures {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Probes that failed or did not answer 200. */
  errors: number;
}

export interface CacheBustingFigures {
  connections: number;
  seconds: number;
  /** The largest `limit` the attack asked for. */
  pageLimit: number;
  attack: { requestsPerSecond: number; statuses: Record<string, number> };
  /** The same probes with nothing else running, for scale. */
  idle: ProbeFigures;
  underAttack: ProbeFigures;
}

interface Options {
  url: string;
  /** The article the attack reads: the largest there is. */
  attackSlug: string;
  /** The article a reader opens while the attack runs. */
  probeSlug: string;
  /** The largest page the server gives; the attack asks for up to this many comments. */
  pageLimit: number;
  connections?: number;
  seconds?: number;
}

const sorts = ['oldest', 'newest', 'replies'] as const;
/** Milliseconds between a reader's probes (each waits for the one before). */
const probeEveryMs = 20;

/**
 * Requests a client can make unique at no cost to itself, against the caches that would answer
 * them: pages of comments at every limit from real cursors and from forged ones, the embed's
 * first view in an invented language or on each thread, and POSTs the server refuses (a missing
 * parent, a filled honeypot), which once dropped every cached page. Meanwhile a reader opens
 * another article's comments and embed; what is measured is that reader's wait.
 */
export async function benchCacheBusting(options: Options): Promise<CacheBustingFigures> {
  const { url, attackSlug, probeSlug, pageLimit, connections = 100, seconds = 10 } = options;
  const cursors = await collectCursors(url, attackSlug, pageLimit);
  const threadIds = await firstPageIds(url, attackSlug);
  const commentsPath = `/api/articles/${encodeURIComponent(attackSlug)}/comments`;
  const embedPath = `/embed/${encodeURIComponent(attackSlug)}`;
  let n = 0;
  const attackRequest = (request: autocannon.Request): autocannon.Request => {
    const i = n++;
    const limit = pageLimit - (Math.floor(i / 6) % Math.min(100, pageLimit));
    switch (i % 6) {
      case 0:
      case 1: {
        const { sort, cursor } = cursors[Math.floor(i / 600) % cursors.length]!;
        return { ...request, path: `${commentsPath}?sort=${sort}&limit=${limit}&cursor=${cursor}` };
      }
      case 2: {
        const forged = Buffer.from(`oldest:${i % 997}:${i % 13}`).toString('base64url');
        return { ...request, path: `${commentsPath}?limit=${limit}&cursor=${forged}` };
      }
      case 3: {
        const thread = threadIds[i % threadIds.length]!;
        return {
          ...request,
          path: `${embedPath}?thread=${thread}&lang=x${i}`,
          headers: { 'accept-language': `x-${i},es;q=0.${i % 9}` },
        };
      }
      case 4:
        return {
          ...request,
          path: embedPath,
          headers: { 'accept-language': `es-${i},en;q=0.5`, 'accept-encoding': 'gzip' },
        };
      default:
        return {
          ...request,
          method: 'POST',
          path: commentsPath,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            parentId: String(900_000_000 + i),
            author: { name: 'Cache Buster', email: 'buster@example.com' },
            body: `Refused, number ${i}.`,
            idempotencyKey: `buster-${i}-${Date.now()}`,
            ...(i % 12 === 5 && { subject: 'filled' }),
          }),
        };
    }
  };

  const probePaths = [
    `/api/articles/${encodeURIComponent(probeSlug)}/comments`,
    `/embed/${probeSlug}`,
  ];
  const idle = await probe(url, probePaths, Math.min(3, seconds) * 1000);
  const probing = probe(url, probePaths, seconds * 1000);
  const statuses: Record<string, number> = {};
  const attacking = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, requests: [{ setupRequest: attackRequest }] },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, status) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  const [attack, underAttack] = await Promise.all([attacking, probing]);
  return {
    connections,
    seconds,
    pageLimit,
    attack: { requestsPerSecond: attack.requests.average, statuses },
    idle,
    underAttack,
  };
}

/** Real cursors of every sort, paging through the whole article at the largest limit and at 7. */
async function collectCursors(url: string, slug: string, pageLimit: number) {
  const found: { sort: string; cursor: string }[] = [];
  for (const sort of sorts) {
    for (const limit of [pageLimit, 7]) {
      let cursor: string | null = null;
      for (let page = 0; page < 40; page++) {
        const query: string = `sort=${sort}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await fetch(
          `${url}/api/articles/${encodeURIComponent(slug)}/comments?${query}`,
        );
        if (!res.ok) throw new Error(`Paging ${slug} answered ${res.status}.`);
        cursor = ((await res.json()) as { nextCursor: string | null }).nextCursor;
        if (!cursor) break;
        found.push({ sort, cursor });
      }
    }
  }
  return found;
}

async function firstPageIds(url: string, slug: string): Promise<string[]> {
  const res = await fetch(`${url}/api/articles/${encodeURIComponent(slug)}/comments`);
  const page = (await res.json()) as { comments: { id: string }[] };
  return page.comments.map((comment) => comment.id);
}

/**
 * A reader, in a thread of its own so that the attack's event loop does not delay it: one GET
 * after another, taking turns between `paths`, for `ms` milliseconds.
 */
async function probe(url: string, paths: string[], ms: number): Promise<ProbeFigures> {
  const worker = new Worker(
    `
    const { workerData, parentPort } = require('node:worker_threads');
    const http = require('node:http');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = (path) => new Promise((resolve) => {
      const started = performance.now();
      const req = http.get(workerData.url + path, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ ms: performance.now() - started, ok: res.statusCode === 200 }));
      });
      req.on('error', () => resolve({ ms: performance.now() - started, ok: false }));
    });
    (async () => {
      const samples = [];
      const until = performance.now() + workerData.ms;
      for (let i = 0; performance.now() < until; i++) {
        samples.push(await get(workerData.paths[i % workerData.paths.length]));
        await new Promise((r) => setTimeout(r, workerData.every));
      }
      agent.destroy();
      parentPort.postMessage(samples);
    })();
    `,
    { eval: true, workerData: { url, paths, ms, every: probeEveryMs } },
  );
  const samples = await new Promise<{ ms: number; ok: boolean }[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const times = samples.map((sample) => sample.ms);
  return {
    count: samples.length,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    maxMs: Math.max(...times),
    errors: samples.filter((sample) => !sample.ok).length,
  };
}
