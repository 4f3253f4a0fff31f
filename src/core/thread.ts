import type { Comment } from './schemas';

/**
 * A discussion as maps by id and by parent, built once from the flat list every source returns.
 * Rendering, counting and permalinks read these maps instead of walking the list again.
 */
export interface Thread {
  byId: ReadonlyMap<string, Comment>;
  /** Children of each comment id, in time order; the key `null` holds the roots. */
  childrenOf: ReadonlyMap<string | null, readonly Comment[]>;
  roots: readonly Comment[];
  /** Number of descendants (replies, replies to replies, …) of each comment. */
  descendantCount: ReadonlyMap<string, number>;
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
 * a comment whose parent is missing (or not loaded yet) is shown as a root, and a cycle of
 * parents is broken by treating its first comment as a root.
 */
export function buildThread(comments: readonly Comment[]): Thread {
  const byId = new Map<string, Comment>();
  for (const comment of comments) if (!byId.has(comment.id)) byId.set(comment.id, comment);

  const effectiveParent = new Map<string, string | null>();
  for (const comment of byId.values()) {
    const parent = comment.parentId;
    effectiveParent.set(comment.id, parent !== null && byId.has(parent) ? parent : null);
  }
  breakCycles(effectiveParent);

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

  return { byId, childrenOf, roots, descendantCount };
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
