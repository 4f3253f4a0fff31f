import type { QueryClient } from '@tanstack/react-query';
import type { Comment } from '../../core/schemas';
import { fieldsMatchSent } from '../drafts/draft-input';
import { newIdempotencyKey, type DraftAddress } from '../drafts/draft-schema';
import { createDraftStore, type DraftStore } from '../drafts/draft-store';
import type { SafeStorage } from '../lib/safe-storage';
import { createHeldComments, type HeldComment } from '../outbox/held-comments';
import { createOutbox, type Outbox, type OutboxEvent, type OutboxSnapshot } from '../outbox/outbox';
import type { OutboxEntry, Rejection } from '../outbox/outbox-entry';
import { articleKeys } from '../sources/query-keys';
import type { Source } from '../sources/source';

type OutcomeEvent =
  | { type: 'posted'; key: string; comment: Comment }
  | { type: 'rejected'; key: string; rejection: Rejection };

/** The last thing that happened to a form's reply, numbered so each form reacts to it once. */
export type Outcome = OutcomeEvent & { seq: number };

export interface LocalState {
  outbox: OutboxSnapshot;
  /** This reader's comments awaiting moderation, kept across reloads. */
  held: readonly HeldComment[];
  /** Replies confirmed on this page, shown until the refetched thread has them. */
  confirmed: readonly { slug: string; comment: Comment }[];
  /** By form (see `addressKey`). */
  outcomes: ReadonlyMap<string, Outcome>;
}

/** Everything behind the reply forms for one app and source: drafts, outbox, held comments. */
export interface ReplyRuntime {
  readonly source: Source;
  readonly storage: SafeStorage;
  readonly drafts: DraftStore;
  readonly outbox: Outbox;
  getSnapshot(): LocalState;
  subscribe(onChange: () => void): () => void;
  /** Starts sending and listening while at least one component holds it; returns the release. */
  acquire(): () => void;
}

export const addressKey = ({ slug, parentId }: DraftAddress) => `${slug}\n${parentId ?? ''}`;
const addressOf = (entry: OutboxEntry): DraftAddress => ({
  slug: entry.slug,
  parentId: entry.input.parentId,
});

export function createReplyRuntime(
  source: Source,
  storage: SafeStorage,
  queryClient: QueryClient,
): ReplyRuntime {
  const drafts = createDraftStore(storage, source.id);
  const held = createHeldComments(storage, source.id);
  const outbox = createOutbox({
    storage,
    sourceId: source.id,
    send: (slug, input, signal) => source.postComment(slug, input, signal),
  });
  const listeners = new Set<() => void>();
  let seq = 0;
  let state: LocalState = {
    outbox: outbox.getSnapshot(),
    held: held.all(),
    confirmed: [],
    outcomes: new Map(),
  };
  const update = (next: Partial<LocalState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  const setOutcome = (entry: OutboxEntry, outcome: OutcomeEvent) => {
    const outcomes = new Map(state.outcomes);
    outcomes.set(addressKey(addressOf(entry)), { ...outcome, seq: ++seq });
    return outcomes;
  };

  /** The article and its comments under every sort (all under its key), and the list's counts. */
  const refreshArticle = (slug: string) => {
    void queryClient.invalidateQueries({ queryKey: articleKeys.detail(source, slug) });
    void queryClient.invalidateQueries({ queryKey: articleKeys.list(source), exact: true });
  };

  /**
   * The draft goes once the server has the reply, unless it was edited after sending: then
   * it stays, under a new key, since the old key now stands for the version that was posted.
   */
  const settleDraft = (entry: OutboxEntry) => {
    const address = addressOf(entry);
    const draft = drafts.read(address);
    if (!draft || draft.idempotencyKey !== entry.input.idempotencyKey) return;
    if (fieldsMatchSent(draft.fields, entry.input)) drafts.remove(address);
    else drafts.save(address, { ...draft, idempotencyKey: newIdempotencyKey() });
  };

  const onEvent = (event: OutboxEvent) => {
    const { entry } = event;
    const key = entry.input.idempotencyKey;
    if (event.type === 'confirmed') {
      settleDraft(entry);
      if (event.comment.status === 'pending') held.save(entry.slug, event.comment);
      update({
        held: held.all(),
        confirmed: [...state.confirmed, { slug: entry.slug, comment: event.comment }],
        outcomes: setOutcome(entry, { type: 'posted', key, comment: event.comment }),
      });
    } else if (event.type === 'rejected') {
      // The server has a different comment under this key: a new one needs a new key.
      if (event.rejection.code === 'idempotency_key_reused') settleDraft(entry);
      update({
        outcomes: setOutcome(entry, { type: 'rejected', key, rejection: event.rejection }),
      });
    } else {
      update({ held: held.all() });
    }
    refreshArticle(entry.slug);
  };

  let holders = 0;
  let stopListening: (() => void) | undefined;
  const start = () => {
    drafts.sweep();
    const offOutbox = outbox.subscribe(() => update({ outbox: outbox.getSnapshot() }));
    const offEvents = outbox.onEvent(onEvent);
    const offHeld = storage.subscribe((key) => {
      if (key === null || key.startsWith(held.prefix)) update({ held: held.all() });
    });
    outbox.start();
    stopListening = () => {
      outbox.stop();
      offOutbox();
      offEvents();
      offHeld();
    };
  };

  return {
    source,
    storage,
    drafts,
    outbox,
    getSnapshot: () => state,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    acquire() {
      if (holders++ === 0) start();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (--holders === 0) stopListening?.();
      };
    },
  };
}
