import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CannedResponse } from './ceiling-server';
import { median } from './stats';

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

export interface ServerFigures {
  get: { parley: LoadResult; ceiling: LoadResult };
  post: { parley: LoadResult; ceiling: LoadResult };
  /** GET /api/counts of an index page's 100 articles; builds from before it have none. */
  counts?: { parley: LoadResult; ceiling: LoadResult; articles: number };
  bodyBytes: { get: number; post: number; counts?: number };
  rounds: number;
  seconds: number;
  connections: number;
}

interface Options {
  /** Parley's address. */
  url: string;
  /** The article whose first page of comments is read. */
  readSlug: string;
  /** Where comments are posted: as replies to `parentId` in `postSlug`. */
  postSlug: string;
  parentId: string;
  /** The articles whose comment counts an index page asks for in one request. */
  indexSlugs?: readonly string[];
  rounds?: number;
  seconds?: number;
  connections?: number;
}

/** Every POST a new comment: autocannon puts a fresh id wherever [<id>] stands. */
const postBody = (parentId: string) =>
  JSON.stringify({
    parentId,
    author: { name: 'Bench Reader', email: 'bench@example.com' },
    body: 'A reply from the server benchmark, number [<id>].',
    idempotencyKey: 'bench-[<id>]',
  });

/**
 * GET a page of comments, GET the comment counts of an index page and POST comments, against Parley and against a bare node:http server
 * answering the same bytes (the ceiling), alternating which goes first in each round.
 */
export async function benchServer(options: Options): Promise<ServerFigures> {
  const { url, readSlug, postSlug, parentId, indexSlugs = [] } = options;
  const { rounds = 3, seconds = 5, connections = 10 } = options;
  const getPath = `/api/articles/${encodeURIComponent(readSlug)}/comments?sort=oldest`;
  const countsPath = `/api/counts?articles=${indexSlugs.map(encodeURIComponent).join(',')}`;
  const postPath = `/api/articles/${encodeURIComponent(postSlug)}/comments`;
  const sampleBody = postBody(parentId).replaceAll('[<id>]', `sample-${Date.now()}`);
  const get = await canned(fetch(url + getPath));
  const post = await canned(
    fetch(url + postPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: sampleBody,
    }),
  );
  if (get.status !== 200 || post.status !== 201) {
    throw new Error(
      `Parley answered GET ${get.status} and POST ${post.status}: nothing to measure.`,
    );
  }
  // Measured where the build answers it (a baseline from before issue 17 does not).
  const counts =
    indexSlugs.length > 0
      ? await canned(fetch(url + countsPath)).then((answer) =>
          answer.status === 200 ? answer : undefined,
        )
      : undefined;
  const ceiling = await startCeiling({ get, post, counts });
  try {
    const runs = {
      get: { parley: [], ceiling: [] },
      counts: { parley: [], ceiling: [] },
      post: { parley: [], ceiling: [] },
    } as Record<'get' | 'counts' | 'post', Record<'parley' | 'ceiling', LoadResult[]>>;
    for (let round = 0; round < rounds; round++) {
      const order =
        round % 2 === 0 ? (['parley', 'ceiling'] as const) : (['ceiling', 'parley'] as const);
      for (const target of order) {
        const base = target === 'parley' ? url : ceiling.url;
        runs.get[target].push(await load({ url: base + getPath, connections, duration: seconds }));
      }
      for (const target of counts ? order : []) {
        const base = target === 'parley' ? url : ceiling.url;
        runs.counts[target].push(
          await load({ url: base + countsPath, connections, duration: seconds }),
        );
      }
      for (const target of order) {
        const base = target === 'parley' ? url : ceiling.url;
        runs.post[target].push(
          await load({
            url: base + postPath,
            connections,
            duration: seconds,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: postBody(parentId),
            idReplacement: true,
          }),
        );
      }
    }
    return {
      get: { parley: medianRun(runs.get.parley), ceiling: medianRun(runs.get.ceiling) },
      post: { parley: medianRun(runs.post.parley), ceiling: medianRun(runs.post.ceiling) },
      ...(counts && {
        counts: {
          parley: medianRun(runs.counts.parley),
          ceiling: medianRun(runs.counts.ceiling),
          articles: indexSlugs.length,
        },
      }),
      bodyBytes: {
        get: Buffer.from(get.body, 'base64').length,
        post: Buffer.from(post.body, 'base64').length,
        ...(counts && { counts: Buffer.from(counts.body, 'base64').length }),
      },
      rounds,
      seconds,
      connections,
    };
  } finally {
    await ceiling.stop();
  }
}

const medianRun = (runs: LoadResult[]): LoadResult => ({
  requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
  p99Ms: median(runs.map((r) => r.p99Ms)),
  errors: runs.reduce((sum, r) => sum + r.errors, 0),
});

async function load(options: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon(options);
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** A response as the ceiling will replay it; headers that belong to one connection are left out. */
async function canned(pending: Promise<Response>): Promise<CannedResponse> {
  const response = await pending;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (
      !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name)
    ) {
      headers[name] = value;
    }
  });
  const body = Buffer.from(await response.arrayBuffer()).toString('base64');
  return { status: response.status, headers, body };
}

/** The ceiling in a process of its own, like Parley's, so neither shares autocannon's event loop. */
async function startCeiling(responses: {
  get: CannedResponse;
  post: CannedResponse;
  counts: CannedResponse | undefined;
}) {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-ceiling-')), 'responses.json');
  writeFileSync(file, JSON.stringify(responses));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'ceiling-server.ts'), file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening on (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`The ceiling server exited (${code}).`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
