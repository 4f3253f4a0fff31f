// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../src/core/schemas';
import type { WpComment } from '../../src/core/wordpress/wp-schemas';
import { orderThreads } from '../../src/client/sources/wordpress/order-threads';
import { buildThread, rootsInListOrder, threadComments } from '../../src/core/thread';
import { importableComments, toSeedComments } from '../../src/server/wordpress/import-post';

const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString();
const comment = (id: number, parent: number | null, minute: number): Comment => ({
  id: String(id),
  parentId: parent === null ? null : String(parent),
  author: { name: `A${id}` },
  createdAt: at(minute),
  body: `c${id}`,
  status: 'approved',
});

// Roots 1 (two replies), 2 (none), 3 (one reply, which has a reply); 9's parent is not public.
const discussion = [
  comment(1, null, 1),
  comment(2, null, 2),
  comment(3, null, 3),
  comment(4, 1, 4),
  comment(5, 3, 5),
  comment(6, 1, 6),
  comment(7, 5, 7),
  comment(9, 8, 8),
];
const ids = (list: Comment[]) => list.map((c) => Number(c.id));

describe('orderThreads', () => {
  it('orders root threads by the sort, keeping each thread whole and in reading order', () => {
    expect(ids(orderThreads(discussion, 'oldest'))).toEqual([1, 4, 6, 2, 3, 5, 7, 9]);
    expect(ids(orderThreads(discussion, 'newest'))).toEqual([9, 3, 5, 7, 2, 1, 4, 6]);
    // 9 is a reply to the held 8: one reply, more than 2 has.
    expect(ids(orderThreads(discussion, 'replies'))).toEqual([1, 4, 6, 3, 5, 7, 9, 2]);
  });

  it('survives a loop of parents', () => {
    const loop = [comment(1, 2, 1), comment(2, 1, 2)];
    expect(ids(orderThreads(loop, 'oldest')).sort()).toEqual([1, 2]);
  });
});

/** The roots as the reader shows them, from the comments in the order the source listed them. */
const shownRoots = (listed: Comment[]) => {
  const thread = buildThread(listed);
  return rootsInListOrder(thread, listed).map((root) => ({
    id: Number(root.id),
    missing: thread.missing.has(root.id),
    replies: threadComments(thread, root.id).map((c) => Number(c.id)),
  }));
};

// Root 1 has a held reply, 20, with two approved replies (21, 23; 22 answers 21); root 3 comes
// after. 30 answers 29, a held top-level comment older than root 3.
const withHeld = [
  comment(1, null, 1),
  comment(21, 20, 3),
  comment(22, 21, 4),
  comment(3, null, 5),
  comment(23, 20, 6),
  comment(30, 29, 7),
  comment(31, 3, 8),
];

describe('replies whose parent is held or missing', () => {
  it('stay together in one thread under a placeholder for the parent, not one thread each', () => {
    const thread = buildThread(withHeld);
    expect([...thread.missing].sort()).toEqual(['20', '29']);
    expect(thread.childrenOf.get('20')?.map((c) => Number(c.id))).toEqual([21, 23]);
    expect(thread.childrenOf.get('21')?.map((c) => Number(c.id))).toEqual([22]);
    expect(thread.roots.map((c) => Number(c.id))).toEqual([1, 20, 3, 29]);
  });

  it('are shown where their thread is in every sort (at their time), not after the last thread', () => {
    // "oldest": WordPress's own pages, comments by time.
    expect(shownRoots(withHeld)).toEqual([
      { id: 1, missing: false, replies: [1] },
      { id: 20, missing: true, replies: [21, 22, 23] },
      { id: 3, missing: false, replies: [3, 31] },
      { id: 29, missing: true, replies: [30] },
    ]);
    expect(shownRoots(orderThreads(withHeld, 'newest')).map((r) => r.id)).toEqual([29, 3, 20, 1]);
    expect(shownRoots(orderThreads(withHeld, 'replies')).map((r) => r.id)).toEqual([20, 3, 29, 1]);
    // The pages hold only real comments: the reader makes the placeholders.
    expect(ids(orderThreads(withHeld, 'oldest'))).toEqual([1, 21, 22, 23, 3, 31, 30]);
  });

  it('are shown beside their thread when the source lists them with it, as Parley’s server does', () => {
    // The server lists a thread's replies after its root, by root, held parents or not: 21, 22
    // and 23 answer the held 20, in root 1's thread.
    const byServer = [withHeld[0]!, withHeld[1]!, withHeld[2]!, withHeld[4]!, withHeld[3]!];
    expect(shownRoots(byServer).map((r) => [r.id, r.missing])).toEqual([
      [1, false],
      [20, true],
      [3, false],
    ]);
  });

  it('find their parent again once it is listed (a later page)', () => {
    const thread = buildThread([...withHeld, comment(20, 1, 2)]);
    expect(thread.missing.has('20')).toBe(false);
    expect(threadComments(thread, '1').map((c) => Number(c.id))).toEqual([1, 20, 21, 22, 23]);
  });
});

const wp = (id: number, parent: number, minute: number): WpComment => ({
  id,
  post: 4,
  parent,
  author_name: 'Tom &amp; Jerry',
  author_url: id === 1 ? 'https://tom.example' : '',
  date_gmt: at(minute).slice(0, 19),
  content: { rendered: `<p>Comment ${id} &amp; more</p>\n` },
  link: `https://site.example/post/#comment-${id}`,
  status: 'approved',
});

describe('toSeedComments (the importer)', () => {
  it('puts parents before replies and points to them by position', () => {
    // 3 replies to 5, whose date was edited to come later; 7's parent is not public.
    const { comments } = importableComments([wp(1, 0, 1), wp(3, 5, 2), wp(5, 1, 3), wp(7, 6, 4)]);
    const seeds = toSeedComments(comments);
    expect(seeds.map((s) => [s.body, s.parentIndex])).toEqual([
      ['Comment 1 & more', null],
      ['Comment 7 & more', null],
      ['Comment 5 & more', 0],
      ['Comment 3 & more', 2],
    ]);
    expect(seeds[0]).toMatchObject({
      authorName: 'Tom & Jerry',
      authorUrl: 'https://tom.example/',
      createdAt: '2024-01-01T00:01:00Z',
    });
    expect(seeds[1]!.authorUrl).toBeUndefined();
  });
});
