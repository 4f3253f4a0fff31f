import { createHash, randomBytes } from 'node:crypto';
import * as v from 'valibot';
import { limits } from '../core/limits';
import { leadImageSchema } from '../core/schemas';
import type {
  Article,
  ArticleSummary,
  Comment,
  CommentPage,
  CommentSort,
  NewComment,
} from '../core/schemas';
import type { Db } from './db';
import { createCursors, type CursorPosition } from './cursor';
import type { SeedArticle } from './seed/seed-article';
import { createVersionedCache } from './page-cache';
import {
  InvalidCursorError,
  type CommentFeed,
  type CommentQuery,
  type FeedArticle,
  type Store,
} from './store';
import { createTurns, type Turns } from './turns';
import { createFeedWrites } from './feed/sqlite-feed-writes';
import { createArticleWrites } from './sqlite-article-writes';

interface ArticleRow {
  id: number;
  slug: string;
  title: string;
  author: string | null;
  published_at: string | null;
  body_html: string;
  lead_image: string | null;
  comments_open: number;
  comment_count: number;
  lang: string | null;
  canonical_url: string | null;
}

interface CommentRow {
  id: number;
  parent_id: number | null;
  author_name: string;
  author_url: string | null;
  created_at: string;
  body: string;
  status: Comment['status'];
}

interface RootRow {
  id: number;
  thread_size: number;
}

/** Part of a thread on a page: `count` comments from the `offset`-th on. */
interface PlannedThread {
  rootId: number;
  offset: number;
  count: number;
  whole: boolean;
}

const commentColumns = 'id, parent_id, author_name, author_url, created_at, body, status';

/** Roots in the order each sort asks for; replies inside a thread always stay in time order. */
const rootOrder: Record<CommentSort, string> = {
  oldest: 'r.created_at, r.id',
  newest: 'r.created_at DESC, r.id DESC',
  replies: 'r.thread_size DESC, r.created_at, r.id',
};

/** Pages of threads kept in memory (a page of 200 comments is some 60 KB). */
const pageCacheSize = 200;
/** How stale a cached page may be after another connection writes (this store's writes: never). */
const externalCheckMs = 100;

/**
 * `turns`: shared with the rest of the server, so that reading a page no cache holds waits its
 * turn with the other heavy work instead of holding up every cached answer (turns.ts).
 */
export function createSqliteStore(
  db: Db,
  { turns = createTurns() }: { turns?: Turns } = {},
): Store {
  // Counts are kept on write by the triggers of migration 2: reading them costs nothing.
  const articleSelect = 'SELECT a.*, a.approved_count AS comment_count FROM articles a';
  const statements = {
    // A deleted article (migration 4) is not there for any read, nor are its comments.
    listArticles: db.prepare<[], ArticleRow>(
      `${articleSelect} WHERE a.deleted_at IS NULL ORDER BY a.published_at DESC, a.id`,
    ),
    articleBySlug: db.prepare<[string], ArticleRow>(
      `${articleSelect} WHERE a.slug = ? AND a.deleted_at IS NULL`,
    ),
    articleIdBySlug: db.prepare<[string], { id: number; comments_open: number }>(
      'SELECT id, comments_open FROM articles WHERE slug = ? AND deleted_at IS NULL',
    ),
    slugTaken: db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE slug = ?'),
    // Walked with iterate() and left once the page is full: one index walk per page.
    roots: mapValues(rootOrder, (order) =>
      db.prepare<[number, number], RootRow>(`
          SELECT r.id, r.thread_size
          FROM comments r
          WHERE r.article_id = ? AND r.parent_id IS NULL AND r.status = 'approved'
          ORDER BY ${order} LIMIT -1 OFFSET ?`),
    ),
    // Whole threads, every one of a page's in one query: a query per thread was most of the
    // cost of a page of many short threads.
    wholeThreads: db.prepare<[number, string], CommentRow & { root_id: number }>(`
      SELECT ${commentColumns}, root_id FROM comments
      WHERE article_id = ? AND root_id IN (SELECT value FROM json_each(?)) AND status = 'approved'
      ORDER BY root_id, id`),
    threadSlice: db.prepare<[number, number, number, number], CommentRow>(`
      SELECT ${commentColumns} FROM comments
      WHERE article_id = ? AND root_id = ? AND status = 'approved'
      ORDER BY id LIMIT ? OFFSET ?`),
    countApproved: db.prepare<[number], { n: number }>(
      'SELECT approved_count AS n FROM articles WHERE id = ?',
    ),
    parent: db.prepare<[number, number], { id: number; root_id: number }>(
      // Only a shown comment can be replied to: a pending one is not public yet.
      "SELECT id, root_id FROM comments WHERE id = ? AND article_id = ? AND status = 'approved'",
    ),
    byKey: db.prepare<[string], CommentRow & { request_digest: string }>(
      `SELECT ${commentColumns}, request_digest FROM comments WHERE idempotency_key = ?`,
    ),
    insertArticle: db.prepare(`
      INSERT INTO articles (slug, title, author, published_at, body_html, lead_image, comments_open)
      VALUES (@slug, @title, @author, @publishedAt, @bodyHtml, @leadImage, @commentsOpen)`),
    insertComment: db.prepare(`
      INSERT INTO comments (article_id, parent_id, root_id, author_name, author_email, author_url,
                            created_at, body, status, idempotency_key, request_digest)
      VALUES (@articleId, @parentId, COALESCE(@rootId, 0), @authorName, @authorEmail, @authorUrl,
              @createdAt, @body, @status, @idempotencyKey, @requestDigest)`),
    setOwnRoot: db.prepare('UPDATE comments SET root_id = id WHERE id = ?'),
    commentById: db.prepare<[number], CommentRow>(
      `SELECT ${commentColumns} FROM comments WHERE id = ?`,
    ),
  };

  const cursors = createCursors(cursorSecret(db));
  const articleWrites = createArticleWrites(db);
  const importFeedEntry = createFeedWrites(db);

  /**
   * Which threads a page holds, from the roots' thread sizes alone: whole threads while the next
   * still fits, and part of a thread only when it does not fit even on an empty page.
   */
  const planPage = (
    sort: CommentSort,
    articleId: number,
    limit: number,
    position: CursorPosition,
  ): { threads: PlannedThread[]; next: CursorPosition | null } => {
    const threads: PlannedThread[] = [];
    let budget = limit;
    let next: CursorPosition | null = null;
    let full = false;
    let rootIndex = position.rootIndex;
    for (const root of statements.roots[sort].iterate(articleId, position.rootIndex)) {
      const offset = rootIndex === position.rootIndex ? position.offset : 0;
      const left = root.thread_size - offset;
      // A page that ends exactly on the last thread has no next page: only another root makes one.
      if (full || (threads.length > 0 && left > budget)) {
        next = { rootIndex, offset };
        break;
      }
      if (left > 0) {
        const count = Math.min(left, budget);
        threads.push({ rootId: root.id, offset, count, whole: offset === 0 && count === left });
        budget -= count;
        if (count < left) {
          next = { rootIndex, offset: offset + count };
          break;
        }
      }
      full = budget === 0;
      rootIndex++;
    }
    return { threads, next };
  };

  /** A page of whole threads, read from the database. */
  const readPage = (slug: string, { sort, limit, cursor }: CommentQuery): CommentPage | null => {
    const article = statements.articleIdBySlug.get(slug);
    if (!article) return null;
    const position =
      cursor === null ? { rootIndex: 0, offset: 0 } : cursors.decode(slug, sort, cursor);
    if (!position) throw new InvalidCursorError();

    const { threads, next } = planPage(sort, article.id, limit, position);
    const whole = threads.filter((thread) => thread.whole).map((thread) => thread.rootId);
    const byRoot = new Map<number, CommentRow[]>();
    for (const row of statements.wholeThreads.all(article.id, JSON.stringify(whole))) {
      const rows = byRoot.get(row.root_id);
      if (rows) rows.push(row);
      else byRoot.set(row.root_id, [row]);
    }
    const comments = threads.flatMap(({ rootId, offset, count, whole }) =>
      (whole
        ? (byRoot.get(rootId) ?? [])
        : statements.threadSlice.all(article.id, rootId, count, offset)
      ).map(toComment),
    );
    // Frozen: the cache hands this very object to every request until something is written.
    return Object.freeze({
      comments: Object.freeze(comments) as Comment[],
      total: statements.countApproved.get(article.id)!.n,
      nextCursor: next ? cursors.encode(slug, sort, next) : null,
    });
  };

  /**
   * Pages as read, until anything is written: by this store (`writes`, at once) or by another
   * connection to the file (SQLite's data_version, asked at most every `externalCheckMs`: asking
   * on every read was a tenth of a GET's time). Popular first pages are read once per change.
   */
  let writes = 0;
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let externalVersion = 0;
  let checkedAt = -Infinity;
  const version = () => {
    const now = Date.now();
    if (now - checkedAt >= externalCheckMs) {
      externalVersion = dataVersion.get()!;
      checkedAt = now;
    }
    return `${externalVersion}:${writes}`;
  };
  const pages = createVersionedCache<CommentPage | null>(pageCacheSize, version);

  /** Inserts one comment; a top-level comment is the root of its own thread. */
  const insertComment = (row: {
    articleId: number;
    parentId: number | null;
    rootId: number | null;
    authorName: string;
    authorEmail: string | null;
    authorUrl: string | null;
    createdAt: string;
    body: string;
    status: Comment['status'];
    idempotencyKey: string | null;
    requestDigest: string | null;
  }): number => {
    const id = Number(statements.insertComment.run(row).lastInsertRowid);
    if (row.rootId === null) statements.setOwnRoot.run(id);
    return id;
  };

  const createComment = db.transaction(
    (slug: string, input: NewComment, status: Comment['status'], now: Date) => {
      const digest = requestDigest(slug, input);
      const previous = statements.byKey.get(input.idempotencyKey);
      if (previous) {
        return previous.request_digest === digest
          ? ({ kind: 'replayed', comment: toComment(previous) } as const)
          : ({ kind: 'key-conflict' } as const);
      }
      const article = statements.articleIdBySlug.get(slug);
      if (!article) return { kind: 'article-not-found' } as const;
      if (!article.comments_open) return { kind: 'comments-closed' } as const;
      let rootId: number | null = null;
      if (input.parentId !== null) {
        const parent = statements.parent.get(Number(input.parentId), article.id);
        if (!parent) return { kind: 'parent-not-found' } as const;
        rootId = parent.root_id;
      }
      const id = insertComment({
        articleId: article.id,
        parentId: input.parentId === null ? null : Number(input.parentId),
        rootId,
        authorName: input.author.name,
        authorEmail: input.author.email,
        authorUrl: input.author.url ?? null,
        createdAt: now.toISOString(),
        body: input.body,
        status,
        idempotencyKey: input.idempotencyKey,
        requestDigest: digest,
      });
      return { kind: 'created', comment: toComment(statements.commentById.get(id)!) } as const;
    },
  );

  const seedArticle = db.transaction((article: SeedArticle): 'inserted' | 'exists' => {
    if (statements.slugTaken.get(article.slug)) return 'exists';
    const articleId = Number(
      statements.insertArticle.run({
        slug: article.slug,
        title: article.title,
        author: article.author ?? null,
        publishedAt: article.publishedAt ? new Date(article.publishedAt).toISOString() : null,
        bodyHtml: article.bodyHtml,
        leadImage: article.leadImage ? JSON.stringify(article.leadImage) : null,
        commentsOpen: article.commentsOpen ? 1 : 0,
      }).lastInsertRowid,
    );
    const ids: { id: number; rootId: number }[] = [];
    for (const comment of article.comments) {
      const parent = comment.parentIndex === null ? undefined : ids[comment.parentIndex];
      if (comment.parentIndex !== null && !parent) {
        throw new Error(
          `Seed comment refers to parent ${comment.parentIndex}, not inserted before it.`,
        );
      }
      const id = insertComment({
        articleId,
        parentId: parent?.id ?? null,
        rootId: parent?.rootId ?? null,
        authorName: comment.authorName,
        authorEmail: null,
        authorUrl: comment.authorUrl ?? null,
        createdAt: new Date(comment.createdAt).toISOString(),
        body: comment.body,
        status: comment.status ?? 'approved',
        idempotencyKey: null,
        requestDigest: null,
      });
      ids.push({ id, rootId: parent?.rootId ?? id });
    }
    return 'inserted';
  });

  // Comment counts for index pages and the Atom feeds (issue 17): read once per write, as pages.
  const indexReads = {
    counts: db.prepare<[string], { slug: string; n: number }>(
      `SELECT slug, approved_count AS n FROM articles
       WHERE slug IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
    ),
    latestOfArticle: db.prepare<[number, number], CommentRow & { article_id: number }>(`
      SELECT ${commentColumns}, article_id FROM comments WHERE article_id = ? AND status = 'approved'
      ORDER BY created_at DESC, id DESC LIMIT ?`),
    latestOfSite: db.prepare<[number], CommentRow & { article_id: number }>(`
      SELECT ${commentColumns}, article_id FROM comments WHERE status = 'approved'
        AND article_id NOT IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)
      ORDER BY created_at DESC, id DESC LIMIT ?`),
    feedArticle: db.prepare<[number], FeedArticle>('SELECT slug, title FROM articles WHERE id = ?'),
  };
  const counts = createVersionedCache<ReadonlyMap<string, number>>(pageCacheSize, version);
  const feeds = createVersionedCache<CommentFeed | null>(pageCacheSize, version);
  const readFeed = (slug: string | null, limit: number): CommentFeed | null => {
    const article = slug === null ? undefined : statements.articleIdBySlug.get(slug);
    if (article === undefined && slug !== null) return null;
    const rows = article
      ? indexReads.latestOfArticle.all(article.id, limit)
      : indexReads.latestOfSite.all(limit);
    const articles = new Map<number, FeedArticle>();
    const articleOf = (id: number) => {
      let found = articles.get(id);
      if (!found) articles.set(id, (found = Object.freeze(indexReads.feedArticle.get(id)!)));
      return found;
    };
    return Object.freeze({
      article: article ? articleOf(article.id) : null,
      comments: Object.freeze(
        rows.map((row) => Object.freeze({ ...toComment(row), article: articleOf(row.article_id) })),
      ),
    });
  };

  return {
    async listArticles(): Promise<ArticleSummary[]> {
      return statements.listArticles.all().map((row) => {
        const { slug, title, publishedAt, commentCount } = toArticle(row);
        return publishedAt === undefined
          ? { slug, title, commentCount }
          : { slug, title, publishedAt, commentCount };
      });
    },

    async getArticle(slug) {
      const row = statements.articleBySlug.get(slug);
      return row ? toArticle(row) : null;
    },

    async listComments(slug, query) {
      const { sort, limit, cursor } = query;
      const key = `${slug}\n${sort}\n${limit}\n${cursor ?? ''}`;
      const cached = pages.peek(key);
      if (cached !== undefined) return cached;
      // The page every reader opens first goes ahead of pages a client can invent by the thousand.
      await turns.take({ ahead: cursor === null && limit === limits.commentsPageDefault });
      return pages.get(key, () => readPage(slug, query));
    },

    async createComment(slug, input, { status, now }) {
      await turns.take();
      const result = createComment(slug, input, status, now);
      // Only a stored comment changes a page: a refused or replayed POST leaves every cache be.
      if (result.kind === 'created') writes++;
      return result;
    },

    async seedArticle(article) {
      writes++;
      return seedArticle(article);
    },

    async close() {
      db.close();
    },

    // Every article write drops the cached pages, counts and feeds (and the embed's views of
    // them, kept per page): a changed title, closed comments or a deletion shows at once.
    async putArticle(article) {
      await turns.take();
      const kind = articleWrites.put(article);
      writes++;
      return { kind, article: toArticle(statements.articleBySlug.get(article.slug)!) };
    },

    async importFeedEntry(entry) {
      await turns.take();
      const result = importFeedEntry(entry);
      if (result.kind === 'created' || result.kind === 'updated') writes++;
      return result;
    },

    async updateArticle(slug, changes) {
      await turns.take();
      if (!articleWrites.update(slug, changes)) return null;
      writes++;
      return toArticle(statements.articleBySlug.get(slug)!);
    },

    async deleteArticle(slug, comments, now) {
      await turns.take();
      const deleted = articleWrites.remove(slug, comments, now);
      if (deleted) writes++;
      return deleted;
    },

    async countComments(slugs) {
      const key = slugs.join('\n');
      const cached = counts.peek(key);
      if (cached !== undefined) return cached;
      await turns.take();
      return counts.get(
        key,
        () => new Map(indexReads.counts.all(JSON.stringify(slugs)).map((row) => [row.slug, row.n])),
      );
    },

    async latestComments(slug, limit) {
      const key = `${slug ?? ''}\n${limit}`;
      const cached = feeds.peek(key);
      if (cached !== undefined) return cached;
      await turns.take();
      return feeds.get(key, () => readFeed(slug, limit));
    },
  };
}

/** The key that signs cursors: made once per database and kept in it (migration 3). */
function cursorSecret(db: Db): Buffer {
  db.prepare("INSERT OR IGNORE INTO server_secrets (name, value) VALUES ('cursor', ?)").run(
    randomBytes(32),
  );
  return db
    .prepare<[], Buffer>("SELECT value FROM server_secrets WHERE name = 'cursor'")
    .pluck()
    .get()!;
}

function mapValues<K extends string, A, B>(record: Record<K, A>, f: (value: A) => B): Record<K, B> {
  return Object.fromEntries(Object.entries(record).map(([k, a]) => [k, f(a as A)])) as Record<K, B>;
}

function toArticle(row: ArticleRow): Article {
  const leadImage = row.lead_image
    ? v.parse(leadImageSchema, JSON.parse(row.lead_image))
    : undefined;
  return {
    slug: row.slug,
    title: row.title,
    ...(row.author !== null && { author: row.author }),
    ...(row.published_at !== null && { publishedAt: row.published_at }),
    ...(row.lang !== null && { lang: row.lang }),
    ...(row.canonical_url !== null && { url: row.canonical_url }),
    bodyHtml: row.body_html,
    ...(leadImage && { leadImage }),
    commentsOpen: row.comments_open === 1,
    commentCount: row.comment_count,
  };
}

function toComment(row: CommentRow): Comment {
  return {
    id: String(row.id),
    parentId: row.parent_id === null ? null : String(row.parent_id),
    author:
      row.author_url === null
        ? { name: row.author_name }
        : { name: row.author_name, url: row.author_url },
    createdAt: row.created_at,
    body: row.body,
    status: row.status,
  };
}

/** Identifies a request's content, so a retry with the same key can be told from a different post. */
function requestDigest(slug: string, input: NewComment): string {
  const { parentId, author, body } = input;
  return createHash('sha256')
    .update(JSON.stringify([slug, parentId, author.name, author.email, author.url ?? null, body]))
    .digest('base64url');
}
