import { useMemo, useSyncExternalStore } from 'react';
import { ancestorsOf, type Thread } from '../../core/thread';
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
  const isCollapsed = () => collapsed.has(id);
  return useSyncExternalStore(collapsed.subscribe, isCollapsed, isCollapsed);
}

/** Whether anything is collapsed ("Expand all" then), re-rendering only when that flips. */
export function useAnyCollapsed(collapsed: Collapsed): boolean {
  const any = () => collapsed.count > 0;
  return useSyncExternalStore(collapsed.subscribe, any, any);
}

/**
 * The collapsed replies inside the thread under `rootId` (when `watch`), as one string that
 * changes only when they do: a toggle in another thread re-renders nothing here.
 */
export function useCollapsedWithin(
  collapsed: Collapsed,
  thread: Thread,
  rootId: string,
  watch: boolean,
): readonly string[] {
  const keyOf = () => (watch ? collapsedKeyWithin(collapsed.ids, thread, rootId) : '');
  const key = useSyncExternalStore(collapsed.subscribe, keyOf, keyOf);
  return useMemo(() => (key === '' ? [] : key.split('\n')), [key]);
}

function collapsedKeyWithin(ids: ReadonlySet<string>, thread: Thread, rootId: string): string {
  const inside: string[] = [];
  for (const id of ids) {
    // The root's own collapse hides the whole thread: which replies fit the budget is moot.
    if (id !== rootId && ancestorsOf(thread, id).at(-1)?.id === rootId) inside.push(id);
  }
  return inside.sort().join('\n');
}
