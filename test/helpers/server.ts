import { createApp } from '../../src/server/app';
import { defaultConfig, type ServerConfig } from '../../src/server/config';
import { openDb } from '../../src/server/db';
import { seedDemo } from '../../src/server/seed';
import { createSqliteStore } from '../../src/server/sqlite-store';

/** A real Parley server on a fresh in-memory database, seeded with the demo article. */
export async function createTestServer(config: Partial<ServerConfig> = {}) {
  const store = createSqliteStore(openDb(':memory:'));
  await seedDemo(store);
  const app = createApp(store, { ...defaultConfig, ...config });
  return { app, store };
}

let keyCounter = 0;
/** A unique idempotency key per call. */
export const newKey = () => `test-key-${Date.now()}-${++keyCounter}`;

export function newComment(overrides: Record<string, unknown> = {}) {
  return {
    parentId: null,
    author: { name: 'Ana Reader', email: 'ana@example.com' },
    body: 'A thoughtful reply.',
    idempotencyKey: newKey(),
    ...overrides,
  };
}

export const postJson = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
