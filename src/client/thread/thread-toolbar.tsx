import type { CommentSort } from '../../core/schemas';
import { KeyboardHelp } from './keyboard-help';

const sortLabels: Record<CommentSort, string> = {
  oldest: 'Oldest first',
  newest: 'Newest first',
  replies: 'Most replies',
};

interface Props {
  sort: CommentSort;
  onSort(sort: CommentSort): void;
  anyCollapsed: boolean;
  onCollapseAll(): void;
  onExpandAll(): void;
}

/** Sort order, collapse all / expand all, and the keyboard help. */
export function ThreadToolbar({ sort, onSort, anyCollapsed, onCollapseAll, onExpandAll }: Props) {
  return (
    <div className="thread-toolbar">
      <label className="thread-toolbar__sort">
        Sort
        <select value={sort} onChange={(e) => onSort(e.target.value as CommentSort)}>
          {Object.entries(sortLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--quiet"
        onClick={anyCollapsed ? onExpandAll : onCollapseAll}
      >
        {anyCollapsed ? 'Expand all' : 'Collapse all'}
      </button>
      <KeyboardHelp />
    </div>
  );
}
