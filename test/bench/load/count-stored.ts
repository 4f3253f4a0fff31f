import Database from 'better-sqlite3';
import { loadKeyPattern } from './load-comment';

export interface StoredCount {
  /** Rows whose idempotency key belongs to the run. */
  rows: number;
  distinctKeys: number;
  distinctBodies: number;
  /** Idempotency key → stored id. */
  idByKey: Map<string, string>;
}

/**
 * Counts a run's comments in the database file itself, not through the API: what is on disk is
 * what counts. Read-only, so it can look while the server still runs (WAL lets both).
 */
export function countStored(dbFile: string, runId: string): StoredCount {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const pattern = loadKeyPattern(runId);
    const counts = db
      .prepare<[string], { rows: number; keys: number; bodies: number }>(
        `SELECT COUNT(*) AS rows, COUNT(DISTINCT idempotency_key) AS keys,
                COUNT(DISTINCT body) AS bodies
         FROM comments WHERE idempotency_key LIKE ?`,
      )
      .get(pattern)!;
    const idByKey = new Map(
      db
        .prepare<[string], { id: number; key: string }>(
          'SELECT id, idempotency_key AS key FROM comments WHERE idempotency_key LIKE ?',
        )
        .all(pattern)
        .map(({ id, key }) => [key, String(id)]),
    );
    return { rows: counts.rows, distinctKeys: counts.keys, distinctBodies: counts.bodies, idByKey };
  } finally {
    db.close();
  }
}
