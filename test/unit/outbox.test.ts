import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Comment, NewComment } from '../../src/core/schemas';
import { HttpError, NetworkError } from '../../src/client/lib/http';
import { storageLease } from '../../src/client/outbox/lock';
import { createOutbox, type OutboxEvent, type OutboxOptions } from '../../src/client/outbox/outbox';
import { createTabs, type FakeTab } from '../helpers/fake-tabs';

const slug = 'an-article';
let keyCount = 0;
const reply = (body = 'A reply'): NewComment => ({
  parentId: null,
  author: { name: 'Ana', email: 'ana@example.com' },
  body,
  idempotencyKey: `outbox-test-${++keyCount}`,
});

/** A server that stores each idempotency key's comment once, as Parley's does. */
function fakeServer() {
  const stored = new Map<string, Comment>();
  const requests: string[] = [];
  const post = async (_slug: string, input: NewComment): Promise<Comment> => {
    requests.push(input.idempotencyKey);
    const existing = stored.get(input.idempotencyKey);
    if (existing) return existing;
    const comment: Comment = {
      id: String(stored.size + 100),
      parentId: input.parentId,
      author: { name: input.author.name },
      createdAt: new Date().toISOString(),
      body: input.body,
      status: 'approved',
    };
    stored.set(input.idempotencyKey, comment);
    return comment;
  };
  return { stored, requests, post };
}

function outboxFor(tab: FakeTab, options: Partial<OutboxOptions> = {}) {
  const events: OutboxEvent[] = [];
  const outbox = createOutbox({
    storage: tab.storage,
    sourceId: 'api:',
    send: fakeServer().post,
    events: tab.events,
    lock: storageLease(tab.storage, `owner-${Math.random()}`),
    random: () => 0.5,
    ...options,
  });
  outbox.onEvent((event) => events.push(event));
  outbox.start();
  return { outbox, events };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the outbox', () => {
  it('sends a reply, forgets it once confirmed, and says so', async () => {
    const [tab] = createTabs(1);
    const server = fakeServer();
    const { outbox, events } = outboxFor(tab!, { send: server.post });
    const input = reply();
    outbox.submit(slug, input);
    expect(outbox.getSnapshot().sending.has(input.idempotencyKey)).toBe(true);
    await vi.waitFor(() => expect(events.map((e) => e.type)).toEqual(['confirmed']));
    expect(server.requests).toEqual([input.idempotencyKey]);
    expect(outbox.getSnapshot().entries).toEqual([]);
    expect(tab!.storage.keys('outbox:')).toEqual([]);
  });

  it('keeps a reply the server could not be reached for, and retries it with the same key', async () => {
    const [tab] = createTabs(1);
    const server = fakeServer();
    let up = false;
    const send = vi.fn((s: string, input: NewComment) =>
      up ? server.post(s, input) : Promise.reject(new NetworkError(new TypeError('refused'))),
    );
    const { outbox, events } = outboxFor(tab!, { send });
    const input = reply();
    outbox.submit(slug, input);
    await vi.waitFor(() =>
      expect(outbox.getSnapshot().entries[0]?.problem?.reason).toBe('unreachable'),
    );
    expect(outbox.getSnapshot().sending.size).toBe(0);
    up = true;
    // The first automatic retry comes after about five seconds, not before.
    await vi.advanceTimersByTimeAsync(4_900);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(events.map((e) => e.type)).toEqual(['confirmed']));
    expect(send.mock.calls.map(([, sent]) => sent.idempotencyKey)).toEqual([
      input.idempotencyKey,
      input.idempotencyKey,
    ]);
  });

  it('waits while offline, then sends on the `online` event', async () => {
    const [tab] = createTabs(1);
    const server = fakeServer();
    let online = false;
    const { outbox, events } = outboxFor(tab!, { send: server.post, isOnline: () => online });
    outbox.submit(slug, reply());
    expect(outbox.getSnapshot().entries[0]?.problem?.reason).toBe('offline');
    await vi.advanceTimersByTimeAsync(100);
    expect(server.requests).toEqual([]);
    online = true;
    tab!.events.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(events.map((e) => e.type)).toEqual(['confirmed']));
    expect(server.requests).toHaveLength(1);
  });

  it('waits as long as Retry-After says after a 429, then sends by itself', async () => {
    const [tab] = createTabs(1);
    const server = fakeServer();
    const send = vi
      .fn<OutboxOptions['send']>()
      .mockRejectedValueOnce(new HttpError(429, 'rate_limited', 'Too many', undefined, 7))
      .mockImplementation(server.post);
    const { outbox, events } = outboxFor(tab!, { send });
    outbox.submit(slug, reply());
    await vi.waitFor(() =>
      expect(outbox.getSnapshot().entries[0]?.problem?.reason).toBe('rate-limited'),
    );
    await vi.advanceTimersByTimeAsync(6_900);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(events.map((e) => e.type)).toEqual(['confirmed']));
  });

  it('gives a refused reply back with the reason, and does not retry it', async () => {
    const [tab] = createTabs(1);
    const send = vi.fn(() =>
      Promise.reject(
        new HttpError(400, 'invalid_input', 'Enter an email address.', 'author.email'),
      ),
    );
    const { outbox, events } = outboxFor(tab!, { send });
    outbox.submit(slug, reply());
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toMatchObject({
      type: 'rejected',
      rejection: { code: 'invalid_input', field: 'author.email' },
    });
    expect(outbox.getSnapshot().entries).toEqual([]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('abandons a request that hangs, and tries again with the same key', async () => {
    const [tab] = createTabs(1);
    const server = fakeServer();
    const send = vi
      .fn<OutboxOptions['send']>()
      .mockImplementationOnce(
        (_s, _input, signal) =>
          new Promise((_resolve, reject) =>
            signal.addEventListener('abort', () => reject(signal.reason)),
          ),
      )
      .mockImplementation(server.post);
    const { outbox, events } = outboxFor(tab!, { send, timeoutMs: 1_000 });
    outbox.submit(slug, reply());
    await vi.advanceTimersByTimeAsync(900);
    expect(outbox.getSnapshot().entries[0]?.problem).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    expect(outbox.getSnapshot().entries[0]?.problem?.reason).toBe('unreachable');
    await vi.advanceTimersByTimeAsync(6_000);
    await vi.waitFor(() => expect(events.map((e) => e.type)).toEqual(['confirmed']));
    expect(server.stored.size).toBe(1);
  });

  it('survives a reload: a new page on the same storage sends what waited, once', async () => {
    const [before, after] = createTabs(2);
    const server = fakeServer();
    const first = outboxFor(before!, {
      send: () => Promise.reject(new NetworkError(new TypeError('down'))),
    });
    first.outbox.submit(slug, reply());
    await vi.waitFor(() => expect(first.outbox.getSnapshot().entries[0]?.attempts).toBe(1));
    first.outbox.stop();

    const second = outboxFor(after!, { send: server.post });
    await vi.waitFor(() => expect(second.events.map((e) => e.type)).toEqual(['confirmed']));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.requests).toHaveLength(1);
  });

  it('sends a reply waiting in two tabs once when both come back online', async () => {
    const [tabA, tabB] = createTabs(2);
    const server = fakeServer();
    let online = false;
    const a = outboxFor(tabA!, { send: server.post, isOnline: () => online });
    const b = outboxFor(tabB!, { send: server.post, isOnline: () => online });
    a.outbox.submit(slug, reply());
    expect(b.outbox.getSnapshot().entries).toHaveLength(1);
    online = true;
    tabA!.events.dispatchEvent(new Event('online'));
    tabB!.events.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(b.outbox.getSnapshot().entries).toEqual([]));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.requests).toHaveLength(1);
    // The tab that did not send hears that the other did, to refresh its thread.
    const sentBy = a.events.length ? a : b;
    const other = sentBy === a ? b : a;
    expect(sentBy.events.map((e) => e.type)).toEqual(['confirmed']);
    expect(other.events.map((e) => e.type)).toEqual(['gone-elsewhere']);
  });

  it('withdraws a waiting reply, which is then never sent', async () => {
    const [tab] = createTabs(1);
    const server = fakeServer();
    const { outbox } = outboxFor(tab!, { send: server.post, isOnline: () => false });
    const input = reply();
    outbox.submit(slug, input);
    outbox.withdraw(input.idempotencyKey);
    tab!.events.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.requests).toEqual([]);
  });
});
