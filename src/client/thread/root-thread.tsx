import { useMemo, useState, type ComponentProps } from 'react';
import type { Comment } from '../../core/schemas';
import { visibleWithin } from '../../core/thread';
import { CommentItem } from './comment-item';
import { maxRenderedDepth, useThreadState } from './thread-context';
import { BudgetContext, type ThreadBudget } from './thread-budget';
import { useCollapsedIds } from './use-collapsed';

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
  const { thread, collapsed } = useThreadState();
  const [budget, setBudget] = useState(firstBudget);
  // Only a thread cut to its budget depends on what is collapsed inside it.
  const cut = (thread.descendantCount.get(comment.id) ?? 0) + 1 > budget;
  const collapsedIds = useCollapsedIds(collapsed, cut);
  const value = useMemo<ThreadBudget>(
    () => ({
      visible: visibleWithin(
        thread,
        comment.id,
        budget,
        (id) => collapsedIds.has(id),
        maxRenderedDepth,
      ),
      showMore: () => setBudget((b) => b + moreBudget),
    }),
    [thread, comment.id, budget, collapsedIds],
  );
  return (
    <BudgetContext value={value}>
      <CommentItem comment={comment} depth={0} itemProps={itemProps} />
    </BudgetContext>
  );
}
