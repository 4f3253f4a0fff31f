import { createHash } from 'node:crypto';
import * as v from 'valibot';
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
import { decodeCursor, encodeCursor } from './cursor';
import type { SeedArticle } from './seed/seed-article';
import { createVersionedCache } from './page-cache';
import { InvalidCursorError, type CommentQuery, type Store } from './store';

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

const commentColumns = 'id, parent_id, author_name, author_url, created_at, body, status';

/** Roots in the order each sort asks for; replies inside a thread always stay in time order. */
const rootOrder: Record<CommentSort, string> = {
  oldest: 'r.created_at, r.id',
  newest: 'r.created_at DESC, r.id DESC',
  replies: 'r.thread_size DESC, r.created_at, r.id',
};

/** Roots read per query when building a page of threads. */
const rootBatch = 16;
/** Pages of threads kept in memory (a page of 200 comments is some 60 KB). */
const pageCacheSize = 200;
/** How stale a cached page may be after another connection writes (this store's writes: never). */
const externalCheckMs = 100;

export function createSqliteStore(db: Db): Store {
  // Counts are kept on write by the triggers of migration 2: reading them costs nothing.
  const articleSelect = 'SELECT a.*, a.approved_count AS comment_count FROM articles a';
  const statements = {
    listArticles: db.prepare<[], ArticleRow>(`${articleSelect} ORDER BY a.published_at DESC, a.id`),
    articleBySlug: db.prepare<[string], ArticleRow>(`${articleSelect} WHERE a.slug = ?`),
    articleIdBySlug: db.prepare<[string], { id: number; comments_open: number }>(
      'SELECT id, comments_open FROM articles WHERE slug = ?',
    ),
    roots: mapValues(rootOrder, (order) =>
      db.prepare<[number, number, number], RootRow>(`
          SELECT r.id, r.thread_size
          FROM comments r
          WHERE r.article_id = ? AND r.parent_id IS NULL AND r.status = 'approved'
          ORDER BY ${order} LIMIT ? OFFSET ?`),
    ),
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

  /** The roots of an article in `sort` order from `start` on, read in batches as they are asked for. */
  const rootsFrom = (sort: CommentSort, articleId: number, start: number) => {
    const read: RootRow[] = [];
    let exhausted = false;
    return {
      at(i: number): RootRow | undefined {
        while (i >= read.length && !exhausted) {
          const batch = statements.roots[sort].all(articleId, rootBatch, start + read.length);
          read.push(...batch);
          exhausted = batch.length < rootBatch;
        }
        return read[i];
      },
    };
  };

  /** A page of whole threads, read from the database. */
  const readPage = (slug: string, { sort, limit, cursor }: CommentQuery): CommentPage | null => {
    const article = statements.articleIdBySlug.get(slug);
    if (!article) return null;
    const position = cursor === null ? { rootIndex: 0, offset: 0 } : decodeCursor(cursor, sort);
    if (!position) throw new InvalidCursorError();

    const comments: Comment[] = [];
    let budget = limit;
    let next: { rootIndex: number; offset: number } | null = null;
    // Roots a batch at a time: a page often ends within its first few threads, and reading
    // `limit` roots to use three was most of the cost of a page.
    const roots = rootsFrom(sort, article.id, position.rootIndex);
    for (let i = 0; ; i++) {
      const root = roots.at(i);
      if (!root) break;
      const rootIndex = position.rootIndex + i;
      const offset = i === 0 ? position.offset : 0;
      // A thread that does not fit what is left of a non-empty page starts the next page whole;
      // only a thread larger than a whole page is split.
      if (comments.length > 0 && root.thread_size - offset > budget) {
        next = { rootIndex, offset };
        break;
      }
      const slice = statements.threadSlice.all(article.id, root.id, budget, offset);
      comments.push(...slice.map(toComment));
      budget -= slice.length;
      if (offset + slice.length < root.thread_size) {
        next = { rootIndex, offset: offset + slice.length };
        break;
      }
      if (budget === 0) {
        next = { rootIndex: rootIndex + 1, offset: 0 };
        break;
      }
    }
    // A page that ended exactly on the last thread has no next page.
    if (next && next.offset === 0 && !roots.at(next.rootIndex - position.rootIndex)) next = null;
    // Frozen: the cache hands this very object to every request until something is written.
    return Object.freeze({
      comments: Object.freeze(comments) as Comment[],
      total: statements.countApproved.get(article.id)!.n,
      nextCursor: next ? encodeCursor({ sort, ...next }) : null,
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
  const pages = createVersionedCache<CommentPage | null>(pageCacheSize, () => {
    const now = Date.now();
    if (now - checkedAt >= externalCheckMs) {
      externalVersion = dataVersion.get()!;
      checkedAt = now;
    }
    return `${externalVersion}:${writes}`;
  });

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
    if (statements.articleIdBySlug.get(article.slug)) return 'exists';
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
        status: 'approved',
        idempotencyKey: null,
        requestDigest: null,
      });
      ids.push({ id, rootId: parent?.rootId ?? id });
    }
    return 'inserted';
  });

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
      return pages.get(`${slug}\n${sort}\n${limit}\n${cursor ?? ''}`, () => readPage(slug, query));
    },

    async createComment(slug, input, { status, now }) {
      writes++;
      return createComment(slug, input, status, now);
    },

    async seedArticle(article) {
      writes++;
      return seedArticle(article);
    },

    async close() {
      db.close();
    },
  };
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
