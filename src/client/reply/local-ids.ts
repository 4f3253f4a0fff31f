/** A reply not yet confirmed is shown under a made-up id built from its idempotency key. */
const prefix = 'local-';

export const localIdOf = (idempotencyKey: string) => prefix + idempotencyKey;
export const isLocalId = (id: string) => id.startsWith(prefix);
export const keyOfLocalId = (id: string) => id.slice(prefix.length);
