import { useCallback, useEffect, useState } from 'react';
import type * as v from 'valibot';
import { useStorage } from './storage-context';

/**
 * State kept in storage under `key`: read once on mount (and when `key` changes), written on every
 * change, and refreshed when another tab changes it.
 */
export function useStoredValue<S extends v.GenericSchema>(
  key: string,
  schema: S,
  initial: v.InferOutput<S>,
): [v.InferOutput<S>, (next: v.InferOutput<S>) => void] {
  const storage = useStorage();
  const read = useCallback(
    () => storage.read(key, schema) ?? initial,
    [storage, key, schema, initial],
  );
  const [state, setState] = useState<{ key: string; value: v.InferOutput<S> }>(() => ({
    key,
    value: read(),
  }));
  // A new key (another article) starts from what is stored for it.
  const value = state.key === key ? state.value : read();
  if (state.key !== key) setState({ key, value });

  useEffect(
    () =>
      storage.subscribe((changed) => {
        if (changed === key) setState({ key, value: read() });
      }),
    [storage, key, read],
  );

  const update = useCallback(
    (next: v.InferOutput<S>) => {
      setState({ key, value: next });
      storage.write(key, next);
    },
    [storage, key],
  );
  return [value, update];
}
