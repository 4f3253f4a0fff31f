// @vitest-environment node
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDb, type Db } from '../../src/server/db';
import { migrations } from '../../src/server/migrations';
import { syntheticDiscussion } from '../../src/server/seed/synthetic-discussion';
import { createSqliteStore } from '../../src/server/sqlite-store';

const slug = 'kept-counts';
const article = syntheticDiscussion({ comments: 120, seed: 3, slug });

/** Thread sizes as a full count finds them, root by root, and the article's approved comments. */
function counted(db: Db) {
  const threads = db
    .prepare<[], { id: number; size: number }>(
      `SELECT r.id, (SELECT COUNT(*) FROM comments t WHERE t.root_id = r.id AND t.status = 'approved') AS size
       FROM comments r WHERE r.parent_id IS NULL ORDER BY r.id`,
    )
    .all();
  const total = db
    .prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM comments WHERE status = 'approved'")
    .get()!.n;
  return { threads, total };
}

function kept(db: Db) {
  const threads = db
    .prepare<[], { id: number; size: number }>(
      'SELECT id, thread_size AS size FROM comments WHERE parent_id IS NULL ORDER BY id',
    )
    .all();
  const total = db.prepare<[], { n: number }>('SELECT approved_count AS n FROM articles').get()!.n;
  return { threads, total };
}

describe('counts kept on write (migration 2)', () => {
  it('follow inserts, status changes and deletes, whoever makes them', async () => {
    const db = openDb(':memory:');
    const store = createSqliteStore(db);
    await store.seedArticle(article);
    expect(kept(db)).toEqual(counted(db));
    expect((await store.getArticle(slug))?.commentCount).toBe(120);

    const root = kept(db).threads[3]!.id;
    const created = await store.createComment(
      slug,
      {
        parentId: String(root),
        author: { name: 'Ana', email: 'ana@example.com' },
        body: 'Held for a moderator.',
        idempotencyKey: 'kept-counts-1',
      },
      { status: 'pending', now: new Date() },
    );
    expect(created.kind).toBe('created');
    expect(kept(db)).toEqual(counted(db));

    // A moderator in the sqlite3 shell: approve what is held, hide one reply, delete another.
    const replies = db
      .prepare<[number, number], { id: number }>(
        'SELECT id FROM comments WHERE root_id = ? AND id <> ? ORDER BY id DESC',
      )
      .all(root, root);
    db.exec("UPDATE comments SET status = 'approved' WHERE status = 'pending'");
    db.prepare("UPDATE comments SET status = 'pending' WHERE id = ?").run(replies[1]!.id);
    // The newest reply has no replies of its own yet.
    db.prepare('DELETE FROM comments WHERE id = ?').run(replies[0]!.id);
    expect(kept(db)).toEqual(counted(db));
  });

  it('are filled in for the comments a database had before the migration', async () => {
    const db = new Database(':memory:');
    db.exec(migrations[0]!);
    db.pragma('user_version = 1');
    // Written through the current store, then the counts wiped as a version-1 database lacks them.
    migrate(db);
    await createSqliteStore(db).seedArticle(article);
    db.exec('DROP TRIGGER comments_counted_on_insert; DROP TRIGGER comments_counted_on_status;');
    db.exec('DROP TRIGGER comments_counted_on_delete; DROP INDEX comments_shown_roots_by_time;');
    db.exec(
      'DROP INDEX comments_shown_roots_by_size; CREATE INDEX comments_roots ON comments (article_id, parent_id, created_at, id);',
    );
    db.exec(
      'ALTER TABLE comments DROP COLUMN thread_size; ALTER TABLE articles DROP COLUMN approved_count;',
    );
    db.exec('DROP TABLE server_secrets;'); // migration 3's
    db.exec(
      'ALTER TABLE articles DROP COLUMN lang; ALTER TABLE articles DROP COLUMN canonical_url; ALTER TABLE articles DROP COLUMN deleted_at;',
    ); // migration 4's
    db.exec('DROP INDEX articles_by_feed_entry; ALTER TABLE articles DROP COLUMN feed_entry_id;'); // 5's
    db.pragma('user_version = 1');

    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(kept(db)).toEqual(counted(db));
  });
});
