import { useCallback, useMemo } from 'react';
import * as v from 'valibot';
import { useStoredValue } from '../lib/use-stored-value';

const collapsedSchema = v.array(v.string());
const none: string[] = [];
/** Enough for any reader; the oldest choices go first past it, so storage stays small. */
const maxRemembered = 2000;

export interface Collapsed {
  has(id: string): boolean;
  toggle(id: string): void;
  /** Expands every comment in `ids` (the ancestors of a permalink's target). */
  expand(ids: readonly string[]): void;
  collapseAll(ids: readonly string[]): void;
  expandAll(): void;
  readonly count: number;
}

/** Which comments this reader collapsed on this article, remembered across reloads. */
export function useCollapsed(storageKey: string): Collapsed {
  const [ids, setIds] = useStoredValue(storageKey, collapsedSchema, none);
  const set = useMemo(() => new Set(ids), [ids]);
  const save = useCallback(
    (next: Set<string>) => setIds([...next].slice(-maxRemembered)),
    [setIds],
  );

  return useMemo(
    () => ({
      has: (id) => set.has(id),
      toggle: (id) => {
        const next = new Set(set);
        if (!next.delete(id)) next.add(id);
        save(next);
      },
      expand: (expandIds) => {
        if (!expandIds.some((id) => set.has(id))) return;
        const next = new Set(set);
        for (const id of expandIds) next.delete(id);
        save(next);
      },
      collapseAll: (collapseIds) => save(new Set([...set, ...collapseIds])),
      expandAll: () => save(new Set()),
      count: set.size,
    }),
    [set, save],
  );
}
