import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
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
