// @vitest-environment node
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { commentPageSchema, type Comment, type CommentSort } from '../../src/core/schemas';
import type { SeedArticle, SeedComment } from '../../src/server/seed/seed-article';
import { createTestServer } from '../helpers/server';

const totalComments = 10_000;
const rootCount = 2_000;
const giantRoot = 700;
const giantSize = 1_500;
const limit = 500;

/**
 * 2,000 threads of 1 to 8 comments, plus thread 700 of 1,500 comments (three pages' worth), in
 * 10,000 comments. All roots are listed first, then replies round by round, so a thread's ids are
 * not contiguous. Replies form a tree: reply j answers comment floor((j - 1) / 2) of its thread.
 */
function bigArticle(): SeedArticle {
  const sizes = Array.from({ length: rootCount }, (_, r) =>
    r === giantRoot ? giantSize : 1 + ((r * 2) % 7),
  );
  let missing = totalComments - sizes.reduce((a, b) => a + b, 0);
  for (let r = 0; missing > 0; r = (r + 1) % rootCount) {
    if (r !== giantRoot) {
      sizes[r]! += 1;
      missing -= 1;
    }
  }

  const start = Date.UTC(2024, 0, 1);
  const comments: SeedComment[] = [];
  // Index in `comments` of each member of each thread, in thread order.
  const members: number[][] = sizes.map(() => []);
  for (let r = 0; r < rootCount; r++) {
    members[r]!.push(comments.length);
    comments.push({
      parentIndex: null,
      authorName: `root ${r}`,
      // Roots an hour apart; two share a time to exercise the id tie-break.
      createdAt: new Date(start + (r === 1 ? 0 : r) * 3_600_000).toISOString(),
      body: `Thread ${r}`,
    });
  }
  for (let j = 1; j < giantSize; j++) {
    for (let r = 0; r < rootCount; r++) {
      if (j >= sizes[r]!) continue;
      const thread = members[r]!;
      thread.push(comments.length);
      comments.push({
        parentIndex: thread[Math.floor((j - 1) / 2)]!,
        authorName: `reply ${r}.${j}`,
        createdAt: new Date(start + r * 3_600_000 + j * 1_000).toISOString(),
        body: `Reply ${j} in thread ${r}`,
      });
    }
  }
  return {
    slug: 'big-discussion',
    title: 'A big discussion',
    bodyHtml: '<p>Big.</p>',
    commentsOpen: true,
    comments,
  };
}

describe('paging through 10,000 comments', () => {
  let app: Awaited<ReturnType<typeof createTestServer>>['app'];

  beforeAll(async () => {
    const server = await createTestServer();
    app = server.app;
    const article = bigArticle();
    expect(article.comments).toHaveLength(totalComments);
    expect(await server.store.seedArticle(article)).toBe('inserted');
  });

  async function readAll(sort: CommentSort) {
    const pages: Comment[][] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?sort=${sort}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await app.request(`/api/articles/big-discussion/comments${query}`);
      expect(res.status).toBe(200);
      const page = v.parse(commentPageSchema, await res.json());
      expect(page.total).toBe(totalComments);
      pages.push(page.comments);
      cursor = page.nextCursor;
      expect(pages.length).toBeLessThan(100); // a cursor that never ends fails, not hangs
    } while (cursor !== null);
    return pages;
  }

  it.each(['oldest', 'newest', 'replies'] as const)(
    'sort=%s: every comment once, parents first, whole threads where they fit',
    async (sort) => {
      const pages = await readAll(sort);
      const all = pages.flat();

      expect(all).toHaveLength(totalComments);
      expect(new Set(all.map((c) => c.id)).size).toBe(totalComments);
      for (const page of pages) {
        expect(page.length).toBeGreaterThan(0);
        expect(page.length).toBeLessThanOrEqual(limit);
      }

      // Parents come before their replies (earlier page, or earlier on the same page).
      const seen = new Set<string>();
      const rootOf = new Map<string, string>();
      for (const c of all) {
        if (c.parentId !== null) {
          expect(seen.has(c.parentId)).toBe(true);
          rootOf.set(c.id, rootOf.get(c.parentId)!);
        } else {
          rootOf.set(c.id, c.id);
        }
        seen.add(c.id);
      }

      // Each thread is one contiguous run, its replies in time order.
      const threadSize = new Map<string, number>();
      for (const c of all)
        threadSize.set(rootOf.get(c.id)!, (threadSize.get(rootOf.get(c.id)!) ?? 0) + 1);
      const roots = all.filter((c) => c.parentId === null);
      expect(roots).toHaveLength(rootCount);
      const runs: string[] = [];
      for (const c of all) if (runs.at(-1) !== rootOf.get(c.id)) runs.push(rootOf.get(c.id)!);
      expect(runs).toEqual(roots.map((r) => r.id));
      for (let i = 1; i < all.length; i++) {
        if (all[i]!.parentId !== null)
          expect(all[i]!.createdAt >= all[i - 1]!.createdAt).toBe(true);
      }

      // Root order follows the sort.
      const rootTimes = roots.map((r) => Date.parse(r.createdAt));
      const sizes = roots.map((r) => threadSize.get(r.id)!);
      for (let i = 1; i < roots.length; i++) {
        if (sort === 'oldest') expect(rootTimes[i]!).toBeGreaterThanOrEqual(rootTimes[i - 1]!);
        if (sort === 'newest') expect(rootTimes[i]!).toBeLessThanOrEqual(rootTimes[i - 1]!);
        if (sort === 'replies') expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!);
      }
      if (sort === 'replies') expect(sizes[0]).toBe(giantSize);

      // A page starts inside a thread only when that thread is larger than a page, and a page
      // ends early only when the next thread would not fit on it.
      let splits = 0;
      for (let p = 1; p < pages.length; p++) {
        const first = pages[p]![0]!;
        const size = threadSize.get(rootOf.get(first.id)!)!;
        if (first.parentId !== null) {
          splits += 1;
          expect(size).toBeGreaterThan(limit);
        } else {
          expect(pages[p - 1]!.length + size).toBeGreaterThan(limit);
        }
      }
      // The giant thread spans at least three pages.
      expect(splits).toBeGreaterThanOrEqual(2);
    },
  );
});
