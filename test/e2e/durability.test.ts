import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { commentSchema } from '../../src/core/schemas';
import { demoSlug } from '../../src/server/seed/demo-article';
import { countStored } from '../bench/load/count-stored';
import { loadComment, loadKey } from '../bench/load/load-comment';
import { startServer, type RunningServer } from './server-process';

const env = { PARLEY_RATE_LIMIT: 'off', PARLEY_LOG: 'errors' };
const writers = 20;
/** Acknowledged comments to wait for before the kill: well into the load, not at its start. */
const killAfter = 300;

const servers: RunningServer[] = [];
afterAll(async () => {
  // The killed one has exited already (and stop() waits for an exit that will not come again).
  const running = servers.filter(
    ({ process }) => process.exitCode === null && process.signalCode === null,
  );
  await Promise.all(running.map((server) => server.stop()));
});

interface Outcome {
  /** Key → id, for every POST answered 201 before the kill. */
  acknowledged: Map<string, string>;
  /** Comments sent but never answered (the kill cut them off), and who sent them. */
  unanswered: { n: number; clientNo: number }[];
}

/**
 * `writers` clients post comments, each as soon as its previous one is answered, until a request
 * gets no answer (the server is gone). `onAcknowledged` hears the running count.
 */
async function writeUntilGone(
  baseUrl: string,
  runId: string,
  onAcknowledged: (count: number) => void,
): Promise<Outcome> {
  const acknowledged = new Map<string, string>();
  const unanswered: Outcome['unanswered'] = [];
  let next = 0;
  const writer = async (clientNo: number) => {
    // Bounded by the kill: the first request it cuts off ends this writer.
    for (;;) {
      const n = next++;
      let res: Response;
      try {
        res = await post(baseUrl, runId, n, clientNo);
      } catch {
        unanswered.push({ n, clientNo });
        return;
      }
      expect(res.status).toBe(201);
      acknowledged.set(loadKey(runId, n), v.parse(commentSchema, await res.json()).id);
      onAcknowledged(acknowledged.size);
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, i) => writer(i + 1)));
  return { acknowledged, unanswered };
}

const post = (baseUrl: string, runId: string, n: number, clientNo: number) =>
  fetch(`${baseUrl}/api/articles/${demoSlug}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(loadComment(runId, n, clientNo, null)),
  });

describe('a server killed with SIGKILL in the middle of a write load', () => {
  it('keeps every comment whose 201 was sent, and stores each retried one once', async () => {
    const first = await startServer({ env });
    servers.push(first);
    const runId = `kill-${Date.now()}`;
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      first.process.once('exit', (_code, signal) => resolve(signal)),
    );
    const outcome = await writeUntilGone(first.url, runId, (count) => {
      if (count === killAfter) first.process.kill('SIGKILL');
    });
    expect(await exited).toBe('SIGKILL');
    expect(outcome.acknowledged.size).toBeGreaterThanOrEqual(killAfter);
    expect(outcome.unanswered).toHaveLength(writers);

    // The same database file, as an operator's restart would find it.
    const second = await startServer({ dbFile: first.dbFile, env });
    servers.push(second);
    const afterRestart = countStored(second.dbFile, runId);
    const lost = [...outcome.acknowledged].filter(
      ([key, id]) => afterRestart.idByKey.get(key) !== id,
    );
    expect(lost).toEqual([]);

    // Clients retry what got no answer, with the same key: stored once, whether or not the
    // killed server had committed it.
    const committedBeforeKill = outcome.unanswered.filter(({ n }) =>
      afterRestart.idByKey.has(loadKey(runId, n)),
    ).length;
    const retries = await Promise.all(
      outcome.unanswered.map(({ n, clientNo }) => post(second.url, runId, n, clientNo)),
    );
    expect(retries.map((res) => res.status)).toEqual(outcome.unanswered.map(() => 201));
    const replayed = retries.filter((res) => res.headers.get('idempotent-replayed') === 'true');
    expect(replayed).toHaveLength(committedBeforeKill);
    const stored = countStored(second.dbFile, runId);
    const expected = outcome.acknowledged.size + outcome.unanswered.length;
    expect(stored).toMatchObject({
      rows: expected,
      distinctKeys: expected,
      distinctBodies: expected,
    });
    console.log(
      `durability: ${outcome.acknowledged.size} acknowledged before SIGKILL, all stored; ` +
        `${outcome.unanswered.length} cut off (${committedBeforeKill} committed before the kill), ` +
        `retried and stored once each`,
    );
  });
});

describe('a server stopped with SIGTERM in the middle of a write load', () => {
  it('answers what it took in, stores every 201, exits 0 and closes the database cleanly', async () => {
    const server = await startServer({ env });
    servers.push(server);
    const runId = `term-${Date.now()}`;
    const exited = new Promise<number | null>((resolve) =>
      server.process.once('exit', (code) => resolve(code)),
    );
    const outcome = await writeUntilGone(server.url, runId, (count) => {
      if (count === 100) server.process.kill('SIGTERM');
    });
    expect(await exited).toBe(0);
    // The server's connection, closed last, checkpointed the write-ahead log into the file and
    // removed it (before anything else opens the file again).
    expect(existsSync(`${server.dbFile}-wal`)).toBe(false);
    const stored = countStored(server.dbFile, runId);
    expect([...outcome.acknowledged].filter(([key, id]) => stored.idByKey.get(key) !== id)).toEqual(
      [],
    );
    // Nothing half-done: a request refused at the door was never stored.
    expect(stored.rows).toBe(outcome.acknowledged.size);
  });
});
