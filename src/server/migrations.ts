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
];
