import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SafeStorage } from '../lib/safe-storage';
import { useStorage } from '../lib/storage-context';
import { useSource } from '../sources/source-context';
import { createReplyRuntime, type LocalState, type ReplyRuntime } from './reply-runtime';

/**
 * One runtime per app (its storage) and source, shared by every reply component on the page.
 * Keyed by objects each app creates, so tests that render several apps never share one.
 */
const runtimes = new WeakMap<SafeStorage, Map<string, ReplyRuntime>>();

export function useReplyRuntime(): ReplyRuntime {
  const storage = useStorage();
  const source = useSource();
  const queryClient = useQueryClient();
  let bySource = runtimes.get(storage);
  if (!bySource) {
    bySource = new Map();
    runtimes.set(storage, bySource);
  }
  let runtime = bySource.get(source.id);
  if (!runtime) {
    runtime = createReplyRuntime(source, storage, queryClient);
    bySource.set(source.id, runtime);
  }
  useEffect(() => runtime.acquire(), [runtime]);
  return runtime;
}

export function useLocalState(runtime: ReplyRuntime): LocalState {
  return useSyncExternalStore(runtime.subscribe, runtime.getSnapshot, runtime.getSnapshot);
}

/**
 * One part of the local state (`select`), re-rendering only when that part changed: what each
 * comment subscribes to, so a change to one reply re-renders only what shows it. Parts are small
 * plain data, read afresh from storage on each change: compared by content. `select` must keep
 * its identity between renders.
 */
export function useLocalSelection<T>(
  runtime: Pick<ReplyRuntime, 'getSnapshot' | 'subscribe'>,
  select: (local: LocalState) => T,
): T {
  const getSelection = useMemo(() => selectionOf(runtime, select), [runtime, select]);
  return useSyncExternalStore(runtime.subscribe, getSelection, getSelection);
}

/** A snapshot getter for `useSyncExternalStore` that returns the previous selection while equal. */
function selectionOf<T>(
  runtime: Pick<ReplyRuntime, 'getSnapshot'>,
  select: (local: LocalState) => T,
): () => T {
  let last: { local: LocalState; value: T; json: string } | undefined;
  return () => {
    const local = runtime.getSnapshot();
    if (last?.local !== local) {
      const value = select(local);
      const json = JSON.stringify(value);
      last = { local, json, value: last?.json === json ? last.value : value };
    }
    return last.value;
  };
}
