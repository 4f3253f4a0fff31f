import type { Comment } from '../../core/schemas';

/** This reader's comments not (yet) in the server's pages: sending, queued, failed or held. */
export function useLocalComments(_slug: string): readonly Comment[] {
  return [];
}
