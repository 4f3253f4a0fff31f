import { useCallback, useSyncExternalStore } from 'react';
import type { DraftStore } from './draft-store';

/** Whether this form has a draft, here or in another tab; re-renders only for its own changes. */
export function useHasDraft(drafts: DraftStore, slug: string, parentId: string | null): boolean {
  const subscribe = useCallback(
    (onChange: () => void) =>
      drafts.subscribe((changed) => {
        if (!changed || (changed.slug === slug && changed.parentId === parentId)) onChange();
      }),
    [drafts, slug, parentId],
  );
  const has = () => drafts.has({ slug, parentId });
  return useSyncExternalStore(subscribe, has, has);
}
