import type { SafeStorage } from '../lib/safe-storage';
import {
  storedDraftSchema,
  type DraftAddress,
  type DraftContent,
  type StoredDraft,
} from './draft-schema';

/** Drafts nobody came back to for this long are dropped. */
export const draftLifetimeMs = 30 * 24 * 60 * 60 * 1000;

type Listener = (address: DraftAddress | null) => void;

/**
 * Drafts, one per form: `draft:<source>:<article>:<parent>` in the safe storage (the article's
 * own form has an empty parent). Reads drop expired drafts; a draft with no text is no draft.
 * Listeners hear about changes from this page and from other tabs (`address` null: anything
 * may have changed, e.g. storage stopped persisting).
 */
export interface DraftStore {
  /** False when drafts live only in this page's memory and won't survive a reload. */
  readonly persistent: boolean;
  read(address: DraftAddress): StoredDraft | undefined;
  /** Stores the draft, or removes it when its text is empty. */
  save(address: DraftAddress, content: DraftContent): void;
  remove(address: DraftAddress): void;
  has(address: DraftAddress): boolean;
  /** Removes every expired draft of this source. */
  sweep(): void;
  subscribe(listener: Listener): () => void;
}

export function createDraftStore(
  storage: SafeStorage,
  sourceId: string,
  now: () => number = Date.now,
): DraftStore {
  const prefix = `draft:${encodeURIComponent(sourceId)}:`;
  const keyOf = ({ slug, parentId }: DraftAddress) =>
    `${prefix}${encodeURIComponent(slug)}:${parentId === null ? '' : encodeURIComponent(parentId)}`;
  const addressOf = (key: string): DraftAddress | undefined => {
    const [slug, parent] = key.slice(prefix.length).split(':');
    if (slug === undefined || parent === undefined) return undefined;
    return {
      slug: decodeURIComponent(slug),
      parentId: parent === '' ? null : decodeURIComponent(parent),
    };
  };

  const listeners = new Set<Listener>();
  const emit = (address: DraftAddress | null) => {
    for (const listener of listeners) listener(address);
  };

  const readKey = (key: string): StoredDraft | undefined => {
    const draft = storage.read(key, storedDraftSchema);
    if (draft && now() - draft.updatedAt > draftLifetimeMs) {
      storage.remove(key);
      return undefined;
    }
    return draft;
  };

  const store: DraftStore = {
    get persistent() {
      return storage.persistent;
    },
    read: (address) => readKey(keyOf(address)),
    save(address, content) {
      if (content.fields.body.trim() === '') {
        store.remove(address);
        return;
      }
      storage.write(keyOf(address), { ...content, updatedAt: now() } satisfies StoredDraft);
      emit(address);
    },
    remove(address) {
      const key = keyOf(address);
      if (storage.read(key, storedDraftSchema) === undefined) {
        // Also clears a corrupt value, without telling anyone about a draft that never was.
        storage.remove(key);
        return;
      }
      storage.remove(key);
      emit(address);
    },
    has: (address) => readKey(keyOf(address)) !== undefined,
    sweep() {
      for (const key of storage.keys(prefix)) readKey(key);
    },
    subscribe(listener) {
      listeners.add(listener);
      const unsubscribe = storage.subscribe((key) => {
        if (key === null) listener(null);
        else if (key.startsWith(prefix)) {
          const address = addressOf(key);
          if (address) listener(address);
        }
      });
      return () => {
        listeners.delete(listener);
        unsubscribe();
      };
    },
  };
  return store;
}

export const sameAddress = (a: DraftAddress, b: DraftAddress) =>
  a.slug === b.slug && a.parentId === b.parentId;
