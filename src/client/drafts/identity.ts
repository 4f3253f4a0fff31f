import * as v from 'valibot';
import type { SafeStorage } from '../lib/safe-storage';

/**
 * "Save my name, email, and website in this browser for the next time I comment": kept only
 * when the reader ticks the box, removed when they send with it unticked.
 */
export const identitySchema = v.object({ name: v.string(), email: v.string(), url: v.string() });
export type Identity = v.InferOutput<typeof identitySchema>;

const keyOf = (sourceId: string) => `identity:${encodeURIComponent(sourceId)}`;

export function readIdentity(storage: SafeStorage, sourceId: string): Identity | undefined {
  return storage.read(keyOf(sourceId), identitySchema);
}

export function rememberIdentity(
  storage: SafeStorage,
  sourceId: string,
  identity: Identity | null,
): void {
  if (identity) storage.write(keyOf(sourceId), identity);
  else storage.remove(keyOf(sourceId));
}
