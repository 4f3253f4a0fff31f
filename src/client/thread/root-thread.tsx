import { useMemo, useState, type ComponentProps } from 'react';
import type { Comment } from '../../core/schemas';
import { ancestorsOf, visibleWithin, type Thread } from '../../core/thread';
import { CommentItem } from './comment-item';
import { maxRenderedDepth, useThreadState } from './thread-context';
import { BudgetContext, type ThreadBudget } from './thread-budget';
import { useCollapsedWithin } from './use-collapsed';

/** Comments a thread shows at first, and how many more each "Show more replies" adds. */
const firstBudget = 100;
const moreBudget = 200;

/**
 * A top-level thread. A huge one (a thousand replies under one comment) shows its first comments
 * and a "Show more replies" button, so one thread can't fill the page with thousands of nodes.
 */
export function RootThread({
  comment,
  itemProps,
}: {
  comment: Comment;
  itemProps?: ComponentProps<typeof CommentItem>['itemProps'];
}) {
  const { thread, collapsed, pinnedId } = useThreadState();
  const [budget, setBudget] = useState(firstBudget);
  // Only a thread cut to its budget depends on what is collapsed inside it.
  const cut = (thread.descendantCount.get(comment.id) ?? 0) + 1 > budget;
  const collapsedHere = useCollapsedWithin(collapsed, thread, comment.id, cut);
  const value = useMemo<ThreadBudget>(() => {
    const inside = new Set(collapsedHere);
    return {
      visible: withPinned(
        visibleWithin(thread, comment.id, budget, (id) => inside.has(id), maxRenderedDepth),
        thread,
        comment.id,
        pinnedId,
      ),
      showMore: () => setBudget((b) => b + moreBudget),
    };
  }, [thread, comment.id, budget, collapsedHere, pinnedId]);
  return (
    <BudgetContext value={value}>
      <CommentItem comment={comment} depth={0} itemProps={itemProps} />
    </BudgetContext>
  );
}

/**
 * A permalink's target is shown even when it lies past the thread's budget: the visible set gains
 * the target and its ancestors (when the target is in this thread).
 */
function withPinned(
  visible: Set<string> | null,
  thread: Thread,
  rootId: string,
  pinnedId: string | null,
): Set<string> | null {
  if (visible === null || pinnedId === null || visible.has(pinnedId)) return visible;
  const chain = ancestorsOf(thread, pinnedId);
  if ((chain.at(-1)?.id ?? pinnedId) !== rootId) return visible;
  return new Set([...visible, pinnedId, ...chain.map((c) => c.id)]);
}
