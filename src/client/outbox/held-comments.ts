import * as v from 'valibot';
import { commentSchema, type Comment } from '../../core/schemas';
import type { SafeStorage } from '../lib/safe-storage';

/** A held comment stops being shown to its author after this long, approved or not. */
const heldLifetimeMs = 30 * 24 * 60 * 60 * 1000;

const heldSchema = v.object({ slug: v.string(), comment: commentSchema, savedAt: v.number() });
export type HeldComment = v.InferOutput<typeof heldSchema>;

/**
 * Comments the server stored as pending (awaiting moderation). The server never lists them,
 * so their author would lose sight of them on reload; this keeps them, per comment, in storage.
 */
export function createHeldComments(storage: SafeStorage, sourceId: string) {
  const prefix = `held:${encodeURIComponent(sourceId)}:`;
  return {
    prefix,
    save(slug: string, comment: Comment) {
      storage.write(`${prefix}${encodeURIComponent(slug)}:${encodeURIComponent(comment.id)}`, {
        slug,
        comment,
        savedAt: Date.now(),
      } satisfies HeldComment);
    },
    /** Every held comment of this source, oldest first; expired ones are removed. */
    all(): HeldComment[] {
      const found: HeldComment[] = [];
      for (const key of storage.keys(prefix)) {
        const held = storage.read(key, heldSchema);
        if (held && Date.now() - held.savedAt <= heldLifetimeMs) found.push(held);
        else storage.remove(key);
      }
      return found.sort((a, b) => a.savedAt - b.savedAt);
    },
  };
}
