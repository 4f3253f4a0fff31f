import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../src/core/schemas';
import type { OutboxEntry } from '../../src/client/outbox/outbox-entry';
import type { LocalState } from '../../src/client/reply/reply-runtime';
import { localIdOf } from '../../src/client/reply/local-ids';
import { useLocalCommentStatus } from '../../src/client/reply/use-local-comment-status';

const entry = (key: string): OutboxEntry => ({
  slug: 'an-article',
  input: {
    parentId: null,
    author: { name: 'Ada', email: 'ada@example.com' },
    body: `Reply ${key}`,
    idempotencyKey: key,
  },
  queuedAt: 0,
  attempts: 0,
  nextAttemptAt: 0,
});

const localComment = (key: string): Comment => ({
  id: localIdOf(key),
  parentId: null,
  author: { name: 'Ada' },
  createdAt: new Date(0).toISOString(),
  body: `Reply ${key}`,
  status: 'pending',
});

/** A store with the runtime's getSnapshot and subscribe, whose state the test sets. */
function fakeRuntime(initial: LocalState) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: Partial<LocalState>) {
      state = { ...state, ...next };
      for (const listener of listeners) listener();
    },
  };
}

describe('useLocalCommentStatus', () => {
  it('re-renders only the comment whose status changed', () => {
    const keys = ['first-key', 'second-key'];
    // Entries are read afresh from storage on every change: new objects, same content.
    const entries = () => keys.map(entry);
    const runtime = fakeRuntime({
      outbox: { entries: entries(), sending: new Set() },
      held: [],
      confirmed: [],
      outcomes: new Map(),
    });
    const renders: Record<string, number> = {};
    const statuses: Record<string, string | undefined> = {};
    function Status({ comment }: { comment: Comment }) {
      const status = useLocalCommentStatus(runtime, comment);
      renders[comment.id] = (renders[comment.id] ?? 0) + 1;
      statuses[comment.id] = status?.kind;
      return null;
    }
    const [first, second] = keys.map(localComment) as [Comment, Comment];
    render(
      <>
        <Status comment={first} />
        <Status comment={second} />
      </>,
    );
    expect(statuses).toEqual({ [first.id]: 'waiting', [second.id]: 'waiting' });
    const before = { ...renders };

    act(() => runtime.set({ outbox: { entries: entries(), sending: new Set(['second-key']) } }));
    expect(statuses[second.id]).toBe('sending');
    expect(renders[second.id]).toBe(before[second.id]! + 1);
    expect(renders[first.id]).toBe(before[first.id]);

    // A change that concerns neither comment re-renders neither.
    act(() => runtime.set({ outbox: { entries: entries(), sending: new Set(['second-key']) } }));
    expect(renders[second.id]).toBe(before[second.id]! + 1);
    expect(renders[first.id]).toBe(before[first.id]);
  });
});
