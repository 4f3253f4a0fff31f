import { describe, expect, it } from 'vitest';
import type { Comment } from '../../src/core/schemas';
import { ancestorsOf, buildThread, threadComments, visibleWithin } from '../../src/core/thread';

let minute = 0;
function comment(id: string, parentId: string | null): Comment {
  minute += 1;
  return {
    id,
    parentId,
    author: { name: `Author ${id}` },
    createdAt: new Date(Date.UTC(2020, 0, 1, 0, minute)).toISOString(),
    body: `Body ${id}`,
    status: 'approved',
  };
}

describe('buildThread', () => {
  it('nests replies under their parents, in time order, and counts all descendants', () => {
    const thread = buildThread([
      comment('1', null),
      comment('3', '1'),
      comment('2', null),
      comment('4', '3'),
      comment('5', '1'),
    ]);
    expect(thread.roots.map((c) => c.id)).toEqual(['1', '2']);
    expect(thread.childrenOf.get('1')?.map((c) => c.id)).toEqual(['3', '5']);
    expect(thread.descendantCount.get('1')).toBe(3);
    expect(thread.descendantCount.get('3')).toBe(1);
    expect(thread.descendantCount.get('2')).toBe(0);
  });

  it('orders same-time siblings by numeric id', () => {
    const a = { ...comment('10', null), createdAt: '2020-01-01T00:00:00Z' };
    const b = { ...comment('9', null), createdAt: '2020-01-01T00:00:00Z' };
    expect(buildThread([a, b]).roots.map((c) => c.id)).toEqual(['9', '10']);
  });

  it('keeps replies to a missing comment together, under a placeholder root for it', () => {
    const thread = buildThread([
      comment('1', null),
      comment('2', '99'),
      comment('3', '2'),
      comment('4', '99'),
    ]);
    expect(thread.roots.map((c) => c.id)).toEqual(['1', '99']);
    expect([...thread.missing]).toEqual(['99']);
    expect(thread.childrenOf.get('99')?.map((c) => c.id)).toEqual(['2', '4']);
    expect(thread.descendantCount.get('99')).toBe(3);
    // Timed at its first reply, with nothing of its own to show.
    const placeholder = thread.byId.get('99')!;
    expect(placeholder).toMatchObject({ parentId: null, body: '', author: { name: '' } });
    expect(placeholder.createdAt).toBe(thread.byId.get('2')!.createdAt);
    expect(ancestorsOf(thread, '3').map((c) => c.id)).toEqual(['2', '99']);
    // The placeholder is not a comment of the thread.
    expect(threadComments(thread, '99').map((c) => c.id)).toEqual(['2', '3', '4']);
  });

  it('keeps the first of duplicated ids', () => {
    const first = comment('1', null);
    const thread = buildThread([first, { ...comment('1', null), body: 'duplicate' }]);
    expect(thread.byId.get('1')?.body).toBe(first.body);
    expect(thread.roots).toHaveLength(1);
  });

  it('breaks cycles of parents without hanging', () => {
    const thread = buildThread([
      comment('1', '3'),
      comment('2', '1'),
      comment('3', '2'),
      comment('4', '4'),
    ]);
    const shown = [...thread.byId.keys()];
    expect(shown.sort()).toEqual(['1', '2', '3', '4']);
    // Every comment is reachable from a root.
    const reachable = new Set<string>();
    const visit = (id: string) => {
      reachable.add(id);
      for (const child of thread.childrenOf.get(id) ?? []) visit(child.id);
    };
    for (const root of thread.roots) visit(root.id);
    expect(reachable.size).toBe(4);
    expect(ancestorsOf(thread, '2').length).toBeLessThan(4);
  });

  it('handles a chain 20,000 deep without overflowing the stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) =>
      comment(String(i + 1), i === 0 ? null : String(i)),
    );
    const thread = buildThread(chain);
    expect(thread.descendantCount.get('1')).toBe(19_999);
    expect(ancestorsOf(thread, '20000')).toHaveLength(19_999);
  });
});

describe('visibleWithin', () => {
  // 1 has replies 2 and 5; 2 has 3, which has 4.
  const thread = buildThread([
    comment('1', null),
    comment('2', '1'),
    comment('3', '2'),
    comment('4', '3'),
    comment('5', '1'),
  ]);
  const none = () => false;

  it('is null when the whole thread fits', () => {
    expect(visibleWithin(thread, '1', 5, none, 10)).toBeNull();
  });

  it('takes comments in reading order up to the budget', () => {
    expect([...visibleWithin(thread, '1', 3, none, 10)!]).toEqual(['1', '2', '3']);
  });

  it('skips the replies of collapsed comments and those past the depth limit', () => {
    expect([...visibleWithin(thread, '1', 4, (id) => id === '2', 10)!]).toEqual(['1', '2', '5']);
    expect([...visibleWithin(thread, '1', 4, none, 2)!]).toEqual(['1', '2', '5']);
  });
});
