import type { Comment } from './schemas';

/**
 * A discussion as maps by id and by parent, built once from the flat list every source returns.
 * Rendering, counting and permalinks read these maps instead of walking the list again.
 */
export interface Thread {
  /** Every comment by id, and the placeholder of each missing comment (see `missing`). */
  byId: ReadonlyMap<string, Comment>;
  /** Children of each comment id, in time order; the key `null` holds the roots. */
  childrenOf: ReadonlyMap<string | null, readonly Comment[]>;
  roots: readonly Comment[];
  /** Number of descendants (replies, replies to replies, …) of each comment. */
  descendantCount: ReadonlyMap<string, number>;
  /**
   * Comments that replies answer but that the list does not hold: held for moderation, removed,
   * or not loaded yet. Each stands in the thread as a placeholder root (an empty comment, timed
   * at its first reply), with those replies under it, so they stay together and in context
   * instead of each becoming a thread of its own.
   */
  missing: ReadonlySet<string>;
}

const byTime = (a: Comment, b: Comment): number =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt) || compareIds(a.id, b.id);

/** Numeric ids compare as numbers ("9" before "10"); other ids as strings. */
function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the thread. Bad data never hangs or crashes it: a duplicated id keeps its first comment,
 * a comment whose parent is missing (held, removed, or not loaded yet) goes under a placeholder
 * root for that parent (see `Thread.missing`), and a cycle of parents is broken by treating its
 * first comment as a root.
 */
export function buildThread(comments: readonly Comment[]): Thread {
  const byId = new Map<string, Comment>();
  for (const comment of comments) if (!byId.has(comment.id)) byId.set(comment.id, comment);

  const effectiveParent = new Map<string, string | null>();
  const placeholders = new Map<string, Comment>();
  for (const comment of byId.values()) {
    const parent = comment.parentId;
    effectiveParent.set(comment.id, parent);
    if (parent === null || byId.has(parent)) continue;
    const placeholder = placeholders.get(parent);
    if (!placeholder || byTime(comment, placeholder) < 0) {
      placeholders.set(parent, missingComment(parent, comment.createdAt));
    }
  }
  breakCycles(effectiveParent);
  for (const [id, placeholder] of placeholders) {
    byId.set(id, placeholder);
    effectiveParent.set(id, null);
  }

  const childrenOf = new Map<string | null, Comment[]>();
  for (const comment of byId.values()) {
    const parent = effectiveParent.get(comment.id) ?? null;
    const siblings = childrenOf.get(parent);
    if (siblings) siblings.push(comment);
    else childrenOf.set(parent, [comment]);
  }
  for (const siblings of childrenOf.values()) siblings.sort(byTime);

  const roots = childrenOf.get(null) ?? [];
  const descendantCount = new Map<string, number>();
  // Post-order without recursion, so a 10,000-deep chain cannot overflow the stack.
  const stack: { id: string; expanded: boolean }[] = roots.map((c) => ({
    id: c.id,
    expanded: false,
  }));
  while (stack.length > 0) {
    const top = stack.pop()!;
    const children = childrenOf.get(top.id) ?? [];
    if (!top.expanded) {
      stack.push({ id: top.id, expanded: true });
      for (const child of children) stack.push({ id: child.id, expanded: false });
    } else {
      let count = 0;
      for (const child of children) count += 1 + (descendantCount.get(child.id) ?? 0);
      descendantCount.set(top.id, count);
    }
  }

  return { byId, childrenOf, roots, descendantCount, missing: new Set(placeholders.keys()) };
}

/** The placeholder of a comment that replies answer but the list does not hold. */
function missingComment(id: string, firstReplyAt: string): Comment {
  return {
    id,
    parentId: null,
    author: { name: '' },
    createdAt: firstReplyAt,
    body: '',
    status: 'approved',
  };
}

/**
 * The roots in the order a source listed the discussion (`listed`: its pages, one after the
 * other). A root goes where it was listed; the placeholder of a missing comment goes where the
 * first of its replies was: a source lists a thread's replies with it (Parley's server lists a
 * thread's replies after its root, held parents or not; WordPress lists comments by time), so
 * that is beside the thread they belong to, or at their time, not after the last thread. Roots
 * never listed (a reader's own new comments) follow, in time order.
 */
export function rootsInListOrder(thread: Thread, listed: readonly { id: string }[]): Comment[] {
  const position = new Map<string, number>();
  for (const { id } of listed) if (!position.has(id)) position.set(id, position.size);
  const unlisted = Number.MAX_SAFE_INTEGER;
  const rank = new Map<string, number>();
  for (const root of thread.roots) {
    let first = position.get(root.id) ?? unlisted;
    if (thread.missing.has(root.id)) {
      for (const comment of threadComments(thread, root.id)) {
        first = Math.min(first, position.get(comment.id) ?? unlisted);
      }
    }
    rank.set(root.id, first);
  }
  // Stable: unlisted roots keep their time order.
  return [...thread.roots].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

/**
 * The comments of the thread under `rootId` in reading order (depth first, each comment's
 * replies in time order), the root first unless it is a placeholder.
 */
export function threadComments(thread: Thread, rootId: string): Comment[] {
  const result: Comment[] = [];
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const comment = thread.byId.get(id);
    if (comment && !thread.missing.has(id)) result.push(comment);
    const children = thread.childrenOf.get(id) ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!.id);
  }
  return result;
}

/** Re-roots any comment whose chain of parents loops back on itself. */
function breakCycles(parentOf: Map<string, string | null>): void {
  const settled = new Set<string>();
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null = start;
    while (current !== null && !settled.has(current)) {
      if (onPath.has(current)) {
        parentOf.set(current, null);
        break;
      }
      onPath.add(current);
      path.push(current);
      current = parentOf.get(current) ?? null;
    }
    for (const id of path) settled.add(id);
  }
}

/** The chain of ancestors of a comment, nearest first. */
export function ancestorsOf(thread: Thread, id: string): Comment[] {
  const result: Comment[] = [];
  const seen = new Set<string>([id]);
  let parentId = thread.byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = thread.byId.get(parentId);
    if (!parent) break;
    result.push(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return result;
}

/**
 * The first `budget` comments of the thread under `rootId`, in reading order (depth first),
 * skipping the replies of collapsed comments and those deeper than `maxDepth` levels below the
 * root. Null when the whole thread fits: the common case costs no set.
 */
export function visibleWithin(
  thread: Thread,
  rootId: string,
  budget: number,
  isCollapsed: (id: string) => boolean,
  maxDepth: number,
): Set<string> | null {
  if ((thread.descendantCount.get(rootId) ?? 0) + 1 <= budget) return null;
  const visible = new Set<string>();
  const stack: { id: string; depth: number }[] = [{ id: rootId, depth: 0 }];
  while (stack.length > 0 && visible.size < budget) {
    const { id, depth } = stack.pop()!;
    visible.add(id);
    if (isCollapsed(id) || depth + 1 >= maxDepth) continue;
    const children = thread.childrenOf.get(id) ?? [];
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ id: children[i]!.id, depth: depth + 1 });
  }
  return visible;
}
