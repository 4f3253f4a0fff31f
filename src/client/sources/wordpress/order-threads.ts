import type { Comment, CommentSort } from '../../../core/schemas';

/**
 * A whole discussion in the order of its root threads, each root followed by its replies in
 * time order: what a CommentPage holds. Needed for the sorts that WordPress cannot page by, as
 * it pages single comments, not threads. A reply whose parent is not in the list (held, or
 * deleted) starts a thread of its own; a loop of parents is cut where it closes.
 */
export function orderThreads(comments: readonly Comment[], sort: CommentSort): Comment[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const roots = new Map<string, Comment>();
  const rootOf = (comment: Comment): Comment => {
    const path: Comment[] = [];
    const onPath = new Set<string>();
    let current = comment;
    let root: Comment | undefined;
    for (;;) {
      root = roots.get(current.id);
      if (root) break;
      path.push(current);
      onPath.add(current.id);
      const parent = current.parentId === null ? undefined : byId.get(current.parentId);
      if (!parent || onPath.has(parent.id)) {
        root = current;
        break;
      }
      current = parent;
    }
    // Remembered for the whole path, so every member of a thread (or of a loop) agrees.
    for (const member of path) roots.set(member.id, root);
    return root;
  };

  const threads = new Map<Comment, Comment[]>();
  for (const comment of [...byId.values()].sort(byTime)) {
    const root = rootOf(comment);
    const thread = threads.get(root);
    if (thread) thread.push(comment);
    else threads.set(root, [comment]);
  }
  const compare = (a: [Comment, Comment[]], b: [Comment, Comment[]]) => {
    const oldestFirst = byTime(a[0], b[0]);
    if (sort === 'newest') return -oldestFirst;
    if (sort === 'replies') return b[1].length - a[1].length || oldestFirst;
    return oldestFirst;
  };
  return [...threads.entries()]
    .sort(compare)
    .flatMap(([root, thread]) => [root, ...thread.filter((c) => c !== root)]);
}

const byTime = (a: Comment, b: Comment) =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt) || Number(a.id) - Number(b.id);
