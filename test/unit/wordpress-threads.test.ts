// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../src/core/schemas';
import type { WpComment } from '../../src/core/wordpress/wp-schemas';
import { orderThreads } from '../../src/client/sources/wordpress/order-threads';
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
  it('orders root threads by the sort, keeping each thread whole and in time order', () => {
    expect(ids(orderThreads(discussion, 'oldest'))).toEqual([1, 4, 6, 2, 3, 5, 7, 9]);
    expect(ids(orderThreads(discussion, 'newest'))).toEqual([9, 3, 5, 7, 2, 1, 4, 6]);
    expect(ids(orderThreads(discussion, 'replies'))).toEqual([1, 4, 6, 3, 5, 7, 2, 9]);
  });

  it('survives a loop of parents', () => {
    const loop = [comment(1, 2, 1), comment(2, 1, 2)];
    expect(ids(orderThreads(loop, 'oldest')).sort()).toEqual([1, 2]);
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
