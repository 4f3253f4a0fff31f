/**
 * Versioned schema changes, applied in order; PRAGMA user_version records how many have run.
 * Never edit a migration that has shipped: add a new one.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    author TEXT,
    published_at TEXT,
    body_html TEXT NOT NULL,
    lead_image TEXT, -- JSON of the lead image, or NULL
    comments_open INTEGER NOT NULL DEFAULT 1
  );
  CREATE TABLE comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    parent_id INTEGER REFERENCES comments(id),
    -- The top-level comment of this comment's thread (itself for a top-level comment), so a
    -- page of whole threads is one indexed range.
    root_id INTEGER NOT NULL,
    author_name TEXT NOT NULL,
    author_email TEXT,
    author_url TEXT,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('approved', 'pending')),
    idempotency_key TEXT UNIQUE,
    -- A digest of the request that used the key, to tell a retry from a different request.
    request_digest TEXT
  );
  CREATE INDEX comments_by_thread ON comments (article_id, root_id, id);
  CREATE INDEX comments_roots ON comments (article_id, parent_id, created_at, id);
  `,
  // 2: counts kept up to date on write, so a page of threads reads them instead of counting and
  // sorting every thread of the article on every request (GET of a 10,000-comment article spent
  // most of its time in COUNT(*)). Triggers keep them right for any write, the store's or a
  // moderator's in the sqlite3 shell: a comment's status may change, comments may be deleted.
  // Comments never move to another thread or article.
  `
  ALTER TABLE articles ADD COLUMN approved_count INTEGER NOT NULL DEFAULT 0;
  -- On a top-level comment: the approved comments of its thread, itself included; 0 elsewhere.
  ALTER TABLE comments ADD COLUMN thread_size INTEGER NOT NULL DEFAULT 0;

  UPDATE articles SET approved_count =
    (SELECT COUNT(*) FROM comments c WHERE c.article_id = articles.id AND c.status = 'approved');
  UPDATE comments SET thread_size =
    (SELECT COUNT(*) FROM comments t
     WHERE t.article_id = comments.article_id AND t.root_id = comments.id AND t.status = 'approved')
  WHERE parent_id IS NULL;

  -- A new top-level comment is inserted before its root_id is set to its own id: its own row is
  -- its thread's root then, whatever root_id says.
  CREATE TRIGGER comments_counted_on_insert AFTER INSERT ON comments
  WHEN NEW.status = 'approved'
  BEGIN
    UPDATE comments SET thread_size = thread_size + 1
    WHERE id = CASE WHEN NEW.parent_id IS NULL THEN NEW.id ELSE NEW.root_id END;
    UPDATE articles SET approved_count = approved_count + 1 WHERE id = NEW.article_id;
  END;

  CREATE TRIGGER comments_counted_on_status AFTER UPDATE OF status ON comments
  WHEN OLD.status <> NEW.status
  BEGIN
    UPDATE comments
    SET thread_size = thread_size + CASE NEW.status WHEN 'approved' THEN 1 ELSE -1 END
    WHERE id = CASE WHEN NEW.parent_id IS NULL THEN NEW.id ELSE NEW.root_id END;
    UPDATE articles
    SET approved_count = approved_count + CASE NEW.status WHEN 'approved' THEN 1 ELSE -1 END
    WHERE id = NEW.article_id;
  END;

  CREATE TRIGGER comments_counted_on_delete AFTER DELETE ON comments
  WHEN OLD.status = 'approved'
  BEGIN
    UPDATE comments SET thread_size = thread_size - 1 WHERE id = OLD.root_id;
    UPDATE articles SET approved_count = approved_count - 1 WHERE id = OLD.article_id;
  END;

  -- The shown top-level comments of an article in each sort order, with their sizes: a page of
  -- threads is a walk along one of these, never a sort. (Newest first walks the first backwards.)
  -- They replace comments_roots, which the planner preferred though it needs the table's rows.
  CREATE INDEX comments_shown_roots_by_time ON comments (article_id, created_at, id, thread_size)
  WHERE parent_id IS NULL AND status = 'approved';
  DROP INDEX comments_roots;
  CREATE INDEX comments_shown_roots_by_size ON comments (article_id, thread_size DESC, created_at, id)
  WHERE parent_id IS NULL AND status = 'approved';
  `,
  // 3: secrets the server keeps with its data, such as the key that signs cursors: kept in the
  // database so they outlive a restart and travel with a backup.
  `
  CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
  );
  `,
  // 4: articles published by their site's owner (PUT /api/articles/:slug, npm run article):
  // the language of their text, their own page on the site, and deletion that keeps the
  // discussion. A deleted article's row stays (its comments point to it) but nothing reads it:
  // every read of an article asks for deleted_at IS NULL; PUT to the same slug brings it back.
  `
  ALTER TABLE articles ADD COLUMN lang TEXT;
  ALTER TABLE articles ADD COLUMN canonical_url TEXT;
  ALTER TABLE articles ADD COLUMN deleted_at TEXT;
  `,
  // 5: the feed entry an article was imported from (npm run import:feed): its RSS guid or Atom id,
  // so a second import finds the article again, at the slug it first got, whatever its link or
  // title have become. On the article's row, so deleting the article forgets it too.
  `
  ALTER TABLE articles ADD COLUMN feed_entry_id TEXT;
  CREATE UNIQUE INDEX articles_by_feed_entry ON articles (feed_entry_id)
  WHERE feed_entry_id IS NOT NULL;
  `,
];
