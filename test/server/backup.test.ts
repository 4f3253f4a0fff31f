// @vitest-environment node
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newCommentSchema } from '../../src/core/schemas';
import { backupDatabase } from '../../src/server/backup';
import { openDb, type Db } from '../../src/server/db';
import { migrations } from '../../src/server/migrations';
import { seedDemo } from '../../src/server/seed';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createSqliteStore } from '../../src/server/sqlite-store';
import type { Store } from '../../src/server/store';
import { newComment } from '../helpers/server';

/** A new comment as the store takes it: checked and typed by the API's own schema. */
const typed = (body: string) => v.parse(newCommentSchema, newComment({ body }));

let dir: string;
let live: { db: Db; store: Store; file: string };

/** A database in use, as a running server holds it: recent writes still in the WAL file. */
async function liveDatabase(comments: number) {
  const file = join(dir, 'parley.db');
  const db = openDb(file);
  // No automatic checkpoint: everything posted below stays in the write-ahead log only.
  db.pragma('wal_autocheckpoint = 0');
  const store = createSqliteStore(db);
  await seedDemo(store);
  for (let i = 0; i < comments; i++) {
    await store.createComment(demoSlug, typed(`Backed-up comment ${i}`), {
      status: 'approved',
      now: new Date(),
    });
  }
  return { db, store, file };
}

/** What a restored file holds, opened the way the server opens it. */
async function restoredComments(file: string) {
  const store = createSqliteStore(openDb(file));
  try {
    const page = await store.listComments(demoSlug, { sort: 'oldest', limit: 500, cursor: null });
    return page?.comments.map((comment) => comment.body) ?? [];
  } finally {
    await store.close();
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-backup-'));
  live = await liveDatabase(25);
});
afterEach(async () => {
  await live.store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backupDatabase', () => {
  it('copies a database in use, WAL included, and checks and counts the copy', async () => {
    expect(existsSync(`${live.file}-wal`)).toBe(true);
    const summary = await backupDatabase(live.file, join(dir, 'backup.db'));
    expect(summary).toMatchObject({
      articles: 1,
      comments: 7 + 25,
      schemaVersion: migrations.length,
    });
    expect(summary.bytes).toBeGreaterThan(0);
  });

  it('makes one self-contained file: restored alone, it holds every comment', async () => {
    const backup = join(dir, 'backup.db');
    await backupDatabase(live.file, backup);
    // A restore: only the backup file, copied where PARLEY_DB points, with no -wal or -shm.
    const restored = join(dir, 'restored', 'parley.db');
    openDb(restored).close();
    rmSync(restored);
    copyFileSync(backup, restored);
    const bodies = await restoredComments(restored);
    expect(bodies).toHaveLength(32);
    expect(bodies).toContain('Backed-up comment 24');
  });

  it('takes the writes made while the server keeps running into the next backup', async () => {
    await backupDatabase(live.file, join(dir, 'first.db'));
    await live.store.createComment(demoSlug, typed('Later'), {
      status: 'approved',
      now: new Date(),
    });
    const second = await backupDatabase(live.file, join(dir, 'second.db'));
    expect(second.comments).toBe(33);
  });

  it('never overwrites a file, and says when the database is missing', async () => {
    const taken = join(dir, 'taken.db');
    writeFileSync(taken, 'precious');
    await expect(backupDatabase(live.file, taken)).rejects.toThrow(/exists already/);
    await expect(backupDatabase(join(dir, 'missing.db'), join(dir, 'x.db'))).rejects.toThrow();
  });
});

describe('npm run backup -- <file>', () => {
  it('backs up PARLEY_DB and reports the counts', async () => {
    const target = join(dir, 'backups', 'cli-backup.db');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/backup.ts', target],
      { env: { ...process.env, PARLEY_DB: live.file } },
    );
    expect(stdout).toMatch(/1 articles, 32 comments/);
    expect(await restoredComments(target)).toHaveLength(32);
  }, 20_000);
});
