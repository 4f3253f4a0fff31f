import * as v from 'valibot';
import type { Comment, NewComment } from '../../core/schemas';
import type { SafeStorage } from '../lib/safe-storage';
import { retryDelayMs } from './backoff';
import { classifyFailure } from './classify-failure';
import { defaultLock, type TryLock } from './lock';
import { outboxEntrySchema, type OutboxEntry, type Rejection } from './outbox-entry';

export interface OutboxSnapshot {
  /** Every unconfirmed reply of this source, oldest first. */
  readonly entries: readonly OutboxEntry[];
  /** Idempotency keys this tab is sending right now (from asking for the lock to the answer). */
  readonly sending: ReadonlySet<string>;
}

export type OutboxEvent =
  | { type: 'confirmed'; entry: OutboxEntry; comment: Comment }
  | { type: 'rejected'; entry: OutboxEntry; rejection: Rejection }
  /** Another tab confirmed, rejected or withdrew this reply. */
  | { type: 'gone-elsewhere'; entry: OutboxEntry };

export interface Outbox {
  getSnapshot(): OutboxSnapshot;
  /** Snapshot changes. */
  subscribe(onChange: () => void): () => void;
  /** What became of replies: confirmed, refused, or finished by another tab. */
  onEvent(listener: (event: OutboxEvent) => void): () => void;
  /** Stores the reply (same key: replaces what waited) and sends it unless the browser is offline. */
  submit(slug: string, input: NewComment): void;
  /** Sends a waiting reply now, whatever its backoff says. */
  retry(key: string): void;
  /** Takes a waiting reply out, unless it is on its way to the server already. */
  withdraw(key: string): void;
  /** Listens for `online` and other tabs, and sends what is due. Idempotent. */
  start(): void;
  stop(): void;
}

export interface OutboxOptions {
  storage: SafeStorage;
  sourceId: string;
  send: (slug: string, input: NewComment, signal: AbortSignal) => Promise<Comment>;
  lock?: TryLock;
  isOnline?: () => boolean;
  /** Where `online` events come from. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /** A request that takes longer is abandoned and retried with the same key. */
  timeoutMs?: number;
  /** When another tab holds a reply's lock, look again after this long (it may have died). */
  busyRetryMs?: number;
  random?: () => number;
}

/**
 * The outbox: every reply the reader sent, persisted until the server confirms it. Each one is
 * sent under a lock shared by all tabs and always with its own idempotency key, so a reply is
 * stored exactly once however many tabs, reloads, time-outs and retries it goes through.
 */
export function createOutbox({
  storage,
  sourceId,
  send,
  lock = defaultLock(storage, crypto.randomUUID()),
  isOnline = () => (typeof navigator === 'undefined' ? true : navigator.onLine),
  events = typeof window === 'undefined' ? null : window,
  timeoutMs = 20_000,
  busyRetryMs = 3_000,
  random = Math.random,
}: OutboxOptions): Outbox {
  const prefix = `outbox:${encodeURIComponent(sourceId)}:`;
  const keyOf = (idempotencyKey: string) => prefix + idempotencyKey;

  const changeListeners = new Set<() => void>();
  const eventListeners = new Set<(event: OutboxEvent) => void>();
  /** Attempts under way in this tab, from asking for the lock to the answer. */
  const attempting = new Set<string>();
  /** In-memory overrides of an entry's next attempt (`online`, a busy lock). */
  const dueAt = new Map<string, number>();
  let snapshot: OutboxSnapshot = { entries: [], sending: new Set() };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let unsubscribeStorage: (() => void) | undefined;

  const readEntry = (key: string) => storage.read(keyOf(key), outboxEntrySchema);
  const readAll = () =>
    storage
      .keys(prefix)
      .map((key) => storage.read(key, outboxEntrySchema))
      .filter((entry): entry is OutboxEntry => entry !== undefined)
      .sort((a, b) => a.queuedAt - b.queuedAt);

  /** Removes an entry this tab finished, so that `refresh` does not take it for another tab's. */
  const removeEntry = (key: string) => {
    storage.remove(keyOf(key));
    dueAt.delete(key);
    snapshot = {
      ...snapshot,
      entries: snapshot.entries.filter((entry) => entry.input.idempotencyKey !== key),
    };
  };

  const emit = (event: OutboxEvent) => {
    for (const listener of eventListeners) listener(event);
  };

  /** Re-reads storage, tells about entries another tab finished, and plans the next attempt. */
  const refresh = () => {
    const entries = readAll();
    const present = new Set(entries.map((entry) => entry.input.idempotencyKey));
    for (const previous of snapshot.entries) {
      const key = previous.input.idempotencyKey;
      if (!present.has(key)) {
        dueAt.delete(key);
        emit({ type: 'gone-elsewhere', entry: previous });
      }
    }
    snapshot = { entries, sending: new Set(attempting) };
    for (const listener of changeListeners) listener();
    schedule();
  };

  const dueTime = (entry: OutboxEntry) =>
    dueAt.get(entry.input.idempotencyKey) ?? entry.nextAttemptAt;

  const schedule = () => {
    clearTimeout(timer);
    if (!running) return;
    const waiting = snapshot.entries.filter((e) => !attempting.has(e.input.idempotencyKey));
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map(dueTime));
    timer = setTimeout(runDue, Math.max(0, next - Date.now()));
  };

  const runDue = () => {
    const now = Date.now();
    for (const entry of snapshot.entries) {
      if (dueTime(entry) <= now) void attempt(entry.input.idempotencyKey);
    }
  };

  const attempt = async (key: string) => {
    if (attempting.has(key)) return;
    attempting.add(key);
    dueAt.delete(key);
    refresh();
    try {
      const result = await lock(`parley-reply:${key}`, () => sendUnderLock(key));
      if (!result.acquired) dueAt.set(key, Date.now() + busyRetryMs);
    } finally {
      attempting.delete(key);
      refresh();
    }
  };

  /** Holding the lock: read the entry again (another tab may have sent it), then send. */
  const sendUnderLock = async (key: string) => {
    // On disk before it leaves: a browser that crashes after the request finds the reply in the
    // outbox when it comes back, and sends it again with the same key.
    await storage.settled();
    const entry = readEntry(key);
    if (!entry) return;
    // Not AbortSignal.timeout: a timer of our own also runs under a test's fake clock.
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new DOMException('The server took too long.', 'TimeoutError')),
      timeoutMs,
    );
    try {
      const comment = await send(entry.slug, entry.input, timeout.signal);
      removeEntry(key);
      emit({ type: 'confirmed', entry, comment });
    } catch (error) {
      const failure = classifyFailure(error, isOnline(), Date.now());
      if (failure.kind === 'reject') {
        removeEntry(key);
        emit({ type: 'rejected', entry, rejection: failure.rejection });
      } else {
        const attempts = entry.attempts + 1;
        storage.write(keyOf(key), {
          ...entry,
          attempts,
          nextAttemptAt: failure.retryAt ?? Date.now() + retryDelayMs(attempts, random),
          problem: failure.problem,
        } satisfies OutboxEntry);
      }
    } finally {
      clearTimeout(timer);
    }
  };

  /** A good moment to try everything now (back online, a page opened), except what was told to wait. */
  const tryAllNow = () => {
    const now = Date.now();
    for (const entry of snapshot.entries) {
      if (entry.problem?.reason !== 'rate-limited') dueAt.set(entry.input.idempotencyKey, now);
    }
    runDue();
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(onChange) {
      changeListeners.add(onChange);
      return () => changeListeners.delete(onChange);
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    submit(slug, input) {
      const key = input.idempotencyKey;
      if (attempting.has(key)) return;
      const online = isOnline();
      const previous = readEntry(key);
      storage.write(keyOf(key), {
        slug,
        input: v.parse(outboxEntrySchema.entries.input, input),
        queuedAt: previous?.queuedAt ?? Date.now(),
        attempts: 0,
        nextAttemptAt: online ? Date.now() : Date.now() + retryDelayMs(1, random),
        problem: online ? undefined : { reason: 'offline' },
      } satisfies OutboxEntry);
      if (online) void attempt(key);
      else refresh();
    },
    retry(key) {
      void attempt(key);
    },
    withdraw(key) {
      if (attempting.has(key)) return;
      removeEntry(key);
      refresh();
    },
    start() {
      if (running) return;
      running = true;
      events?.addEventListener('online', tryAllNow);
      unsubscribeStorage = storage.subscribe((key) => {
        if (key === null || key.startsWith(prefix)) refresh();
      });
      refresh();
      tryAllNow();
    },
    stop() {
      running = false;
      clearTimeout(timer);
      events?.removeEventListener('online', tryAllNow);
      unsubscribeStorage?.();
    },
  };
}
