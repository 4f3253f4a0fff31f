import { use } from 'react';
import { useSource } from '../sources/source-context';
import { RepliesOpen } from './replies-open';

/**
 * False when replies can't be sent here: a read-only source, or an article closed to comments.
 * (`_slug` is unused since the discussion says whether its article is open: see RepliesOpen.)
 */
export function useCanReply(_slug: string): boolean {
  return useSource().canReply && use(RepliesOpen);
}
