import { useMemo, useSyncExternalStore } from 'react';
import { useStorage } from '../lib/storage-context';
import { createCollapsedStore, type Collapsed } from './collapsed-store';

export type { Collapsed } from './collapsed-store';

/** The collapsed comments of one article (`storageKey`), one store for as long as the key holds. */
export function useCollapsed(storageKey: string): Collapsed {
  const storage = useStorage();
  return useMemo(() => createCollapsedStore(storage, storageKey), [storage, storageKey]);
}

/** Whether comment `id` is collapsed; re-renders only when that answer changes. */
export function useIsCollapsed(collapsed: Collapsed, id: string): boolean {
  return useSyncExternalStore(collapsed.subscribe, () => collapsed.has(id));
}

/** Whether anything is collapsed ("Expand all" then), re-rendering only when that flips. */
export function useAnyCollapsed(collapsed: Collapsed): boolean {
  return useSyncExternalStore(collapsed.subscribe, () => collapsed.count > 0);
}

const none: ReadonlySet<string> = new Set();

/** Every collapsed id when `watch` (re-rendering on every change), else an empty set that never changes. */
export function useCollapsedIds(collapsed: Collapsed, watch: boolean): ReadonlySet<string> {
  return useSyncExternalStore(collapsed.subscribe, () => (watch ? collapsed.ids : none));
}
