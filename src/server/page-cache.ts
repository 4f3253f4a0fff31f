/**
 * A small least-recently-used cache whose entries hold only while `version()` is what it was when
 * they were stored: the store's version changes on every write, so a cached page is never stale.
 */
export function createVersionedCache<V>(maxEntries: number, version: () => string) {
  const entries = new Map<string, { version: string; value: V }>();
  return {
    get(key: string, compute: () => V): V {
      const current = version();
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        if (hit.version === current) {
          entries.set(key, hit);
          return hit.value;
        }
      }
      const value = compute();
      entries.set(key, { version: current, value });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}
