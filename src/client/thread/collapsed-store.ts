import * as v from 'valibot';
import type { SafeStorage } from '../lib/safe-storage';

const collapsedSchema = v.array(v.string());
/** Enough for any reader; the oldest choices go first past it, so storage stays small. */
const maxRemembered = 2000;

/**
 * Which comments this reader collapsed on one article, remembered in storage. A store outside
 * React, so a toggle re-renders only the components whose answer changed (the comment itself,
 * its button, a thread cut to its budget), never every comment on the page.
 */
export interface Collapsed {
  has(id: string): boolean;
  toggle(id: string): void;
  /** Expands every comment in `ids` (the ancestors of a permalink's target). */
  expand(ids: readonly string[]): void;
  collapseAll(ids: readonly string[]): void;
  expandAll(): void;
  readonly count: number;
  /** Every collapsed id: a new set after each change, for readers of many ids at once. */
  readonly ids: ReadonlySet<string>;
  subscribe(onChange: () => void): () => void;
}

export function createCollapsedStore(storage: SafeStorage, key: string): Collapsed {
  let ids = new Set(storage.read(key, collapsedSchema) ?? []);
  const listeners = new Set<() => void>();
  const replace = (next: Set<string>, save = true) => {
    ids = next;
    if (save) storage.write(key, [...next].slice(-maxRemembered));
    for (const listener of listeners) listener();
  };
  let offStorage: (() => void) | undefined;

  return {
    has: (id) => ids.has(id),
    toggle(id) {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      replace(next);
    },
    expand(expandIds) {
      if (!expandIds.some((id) => ids.has(id))) return;
      const next = new Set(ids);
      for (const id of expandIds) next.delete(id);
      replace(next);
    },
    collapseAll: (collapseIds) => replace(new Set([...ids, ...collapseIds])),
    expandAll: () => replace(new Set()),
    get count() {
      return ids.size;
    },
    get ids() {
      return ids;
    },
    subscribe(onChange) {
      listeners.add(onChange);
      // Another tab's choices, while anyone here is listening.
      offStorage ??= storage.subscribe((changed) => {
        if (changed === key || changed === null) {
          replace(new Set(storage.read(key, collapsedSchema) ?? []), false);
        }
      });
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) {
          offStorage?.();
          offStorage = undefined;
        }
      };
    },
  };
}
