import * as v from 'valibot';
import { commentSchema } from '../../../src/core/schemas';
import { summarise, type LatencySummary } from './latency';
import { loadComment, loadKey } from './load-comment';

export interface LoadOptions {
  baseUrl: string;
  slug: string;
  /** New comments to post, in all. */
  comments: number;
  /** Concurrent posting clients. */
  clients: number;
  /** Concurrent readers, reading the discussion for as long as the clients post. */
  readers: number;
  /** Every n-th comment is sent twice at once with the same idempotency key (10: a tenth). */
  duplicateEvery: number;
  /** Prefix of this run's idempotency keys and bodies, to count them in the database after. */
  runId: string;
}

export interface LoadReport {
  options: LoadOptions;
  durationMs: number;
  /** Idempotency key → the comment id the server acknowledged (201) for it. */
  acknowledged: Map<string, string>;
  /** Keys whose duplicate answered with a different id, or whose two answers were both new. */
  duplicateMismatches: string[];
  created: number;
  replayed: number;
  /** POSTs that got no 201 after every attempt, with what went wrong. */
  postFailures: string[];
  reads: number;
  readFailures: string[];
  /** The longest stretch, while comments were being posted, in which no read completed. */
  longestReadGapMs: number;
  /** Reads completed in each quarter of the time comments were being posted. */
  readsPerQuarter: number[];
  postLatency: LatencySummary;
  readLatency: LatencySummary;
}

/** A comment that could not be posted after this many attempts is a failure of the run. */
const maxAttempts = 3;

/**
 * Posts `comments` comments from `clients` concurrent clients while `readers` read the same
 * discussion, and reports what was acknowledged and how long everything took. Bounded: every
 * loop ends when the comments are posted. Each attempt is retried, with the same key, only
 * when it got no answer at all, as a real client would.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const { baseUrl, slug, comments, clients, readers, duplicateEvery, runId } = options;
  const commentsUrl = `${baseUrl}/api/articles/${slug}/comments`;
  const acknowledged = new Map<string, string>();
  const ids: string[] = [];
  const duplicateMismatches: string[] = [];
  const postFailures: string[] = [];
  const readFailures: string[] = [];
  const postLatencies: number[] = [];
  const readLatencies: number[] = [];
  const readDoneAt: number[] = [];
  let created = 0;
  let replayed = 0;
  let next = 0;
  let posting = true;

  const postOnce = async (body: string) => {
    const started = performance.now();
    const res = await fetch(commentsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await res.text();
    postLatencies.push(performance.now() - started);
    if (res.status !== 201) throw new Error(`${res.status} ${text.slice(0, 200)}`);
    const replay = res.headers.get('idempotent-replayed') === 'true';
    if (replay) replayed += 1;
    else created += 1;
    return { id: v.parse(commentSchema, JSON.parse(text)).id, replay };
  };

  const post = async (body: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await postOnce(body);
      } catch (error) {
        // Only a lost answer is worth the same request again; a refusal would be refused again.
        const answered = error instanceof Error && /^\d{3} /.test(error.message);
        if (answered || attempt === maxAttempts) throw error;
      }
    }
  };

  const client = async (clientNo: number) => {
    for (let n = next++; n < comments; n = next++) {
      const key = loadKey(runId, n);
      // One comment in five answers an earlier one, so threads grow as they would.
      const parentId = n % 5 === 4 && ids.length > 0 ? ids[(n * 7919) % ids.length]! : null;
      const body = JSON.stringify(loadComment(runId, n, clientNo, parentId));
      try {
        if (n % duplicateEvery === 0) {
          // The same comment twice at once: a retry racing the request whose answer it gave up on.
          const [a, b] = await Promise.all([post(body), post(body)]);
          if (a.id !== b.id || a.replay === b.replay) duplicateMismatches.push(key);
          acknowledged.set(key, a.id);
          ids.push(a.id);
        } else {
          const { id } = await post(body);
          acknowledged.set(key, id);
          ids.push(id);
        }
      } catch (error) {
        postFailures.push(`${key}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };

  const reader = async () => {
    for (let n = 0; posting; n++) {
      const url = n % 2 === 0 ? commentsUrl : `${baseUrl}/api/articles/${slug}`;
      const started = performance.now();
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status !== 200) readFailures.push(`${url}: ${res.status}`);
        else readDoneAt.push(performance.now());
      } catch (error) {
        readFailures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      }
      readLatencies.push(performance.now() - started);
    }
  };

  const started = performance.now();
  const reading = Promise.all(Array.from({ length: readers }, reader));
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i + 1)));
  const postingEnded = performance.now();
  posting = false;
  await reading;

  const marks = [started, ...readDoneAt.filter((t) => t <= postingEnded), postingEnded];
  const longestReadGapMs = marks.slice(1).reduce((gap, t, i) => Math.max(gap, t - marks[i]!), 0);
  const quarter = (postingEnded - started) / 4;
  const readsPerQuarter = [0, 1, 2, 3].map(
    (q) =>
      readDoneAt.filter((t) => t >= started + q * quarter && t < started + (q + 1) * quarter)
        .length,
  );
  return {
    options,
    durationMs: Math.round(postingEnded - started),
    acknowledged,
    duplicateMismatches,
    created,
    replayed,
    postFailures,
    reads: readDoneAt.length,
    readFailures,
    longestReadGapMs: Math.round(longestReadGapMs),
    readsPerQuarter,
    postLatency: summarise(postLatencies),
    readLatency: summarise(readLatencies),
  };
}
