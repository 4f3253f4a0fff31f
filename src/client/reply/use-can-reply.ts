import { use } from 'react';
import { useSource } from '../sources/source-context';
import { RepliesOpen } from './replies-open';

/** False when replies can't be sent here: a read-only source, or an article closed to comments. */
export function useCanReply(): boolean {
  return useSource().canReply && use(RepliesOpen);
}
