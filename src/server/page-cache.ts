/**
 * A small cache whose entries hold only while `version()` is what it was when they were stored:
 * the store's version changes on every write, so a cached page is never stale.
 *
 * Segmented, so that a flood of pages asked for once cannot push out the pages readers keep
 * asking for: a new entry waits in a probation segment (a fifth of the room), and moves to the
 * protected segment when it is asked for again. Each segment drops its least recently used
 * entry when full; one dropped from the protected segment gets another chance on probation.
 */
export function createVersionedCache<V>(maxEntries: number, version: () => string) {
  type Entry = { version: string; value: V };
  const probationSize = Math.max(1, Math.floor(maxEntries / 5));
  const protectedSize = Math.max(1, maxEntries - probationSize);
  const probation = new Map<string, Entry>();
  const kept = new Map<string, Entry>();

  const add = (segment: Map<string, Entry>, size: number, key: string, entry: Entry) => {
    segment.set(key, entry);
    if (segment.size <= size) return undefined;
    const [oldestKey, oldest] = segment.entries().next().value!;
    segment.delete(oldestKey);
    return [oldestKey, oldest] as const;
  };

  /** The entry for `key` if it is current, marked as the most recently used. */
  const current = (key: string): Entry | undefined => {
    const hit = kept.get(key) ?? probation.get(key);
    if (!hit) return undefined;
    kept.delete(key);
    probation.delete(key);
    if (hit.version !== version()) return undefined;
    const demoted = add(kept, protectedSize, key, hit);
    if (demoted) add(probation, probationSize, ...demoted);
    return hit;
  };

  return {
    /** The cached value, or undefined: for callers that wait their turn before computing. */
    peek(key: string): V | undefined {
      return current(key)?.value;
    },
    get(key: string, compute: () => V): V {
      const hit = current(key);
      if (hit) return hit.value;
      const stamp = version();
      const value = compute();
      add(probation, probationSize, key, { version: stamp, value });
      return value;
    },
  };
}
