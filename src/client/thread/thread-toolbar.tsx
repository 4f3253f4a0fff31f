import type { CommentSort } from '../../core/schemas';
import { useT } from '../i18n/i18n-context';
import { KeyboardHelp } from './keyboard-help';
import { actionHooks } from '../lib/page-signals';

const sorts: readonly CommentSort[] = ['oldest', 'newest', 'replies'];

interface Props {
  sort: CommentSort;
  onSort(sort: CommentSort): void;
  anyCollapsed: boolean;
  onCollapseAll(): void;
  onExpandAll(): void;
}

/** Sort order, collapse all / expand all, and the keyboard help. */
export function ThreadToolbar({ sort, onSort, anyCollapsed, onCollapseAll, onExpandAll }: Props) {
  const t = useT();
  return (
    <div className="thread-toolbar">
      <label className="thread-toolbar__sort">
        {t('sort.label')}
        <select value={sort} onChange={(e) => onSort(e.target.value as CommentSort)}>
          {sorts.map((value) => (
            <option key={value} value={value}>
              {t(`sort.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--quiet"
        {...actionHooks('collapse-all')}
        onClick={anyCollapsed ? onExpandAll : onCollapseAll}
      >
        {anyCollapsed ? t('thread.expandAll') : t('thread.collapseAll')}
      </button>
      <KeyboardHelp />
    </div>
  );
}
