// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/server/db';
import { migrations } from '../../src/server/migrations';
import { seedDemo } from '../../src/server/seed';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createSqliteStore } from '../../src/server/sqlite-store';
import '../helpers/server';

describe('opening the database', () => {
  let dir: string;
  const open: Db[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-db-'));
  });
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const openFile = (file: string) => {
    const db = openDb(file);
    open.push(db);
    return db;
  };

  it('runs every migration on a new file and records how many in user_version', () => {
    const db = openFile(join(dir, 'new.db'));
    expect(migrations.length).toBeGreaterThan(0);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
      )
      .all()
      .map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['articles', 'comments']));
  });

  it('does not run migrations again on a second open, and keeps the data', async () => {
    const file = join(dir, 'twice.db');
    const first = openFile(file);
    await seedDemo(createSqliteStore(first));
    first.close();

    // The migrations create tables without IF NOT EXISTS: running them again would throw.
    const second = openFile(file);
    expect(second.pragma('user_version', { simple: true })).toBe(migrations.length);
    const store = createSqliteStore(second);
    expect((await store.getArticle(demoSlug))?.commentCount).toBe(7);
    // Seeding again leaves the existing article alone.
    expect(
      await store.seedArticle({
        slug: demoSlug,
        title: 'x',
        bodyHtml: '',
        commentsOpen: true,
        comments: [],
      }),
    ).toBe('exists');
    expect((await store.getArticle(demoSlug))?.title).not.toBe('x');
  });

  it('uses write-ahead logging and foreign keys for a file', () => {
    const db = openFile(join(dir, 'nested', 'dir', 'wal.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // FULL (2): every commit is on disk before the server acknowledges it.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('opens an in-memory database with the same schema', () => {
    const db = openDb(':memory:');
    open.push(db);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
  });
});
