import * as v from 'valibot';
import type { ProblemParams } from '../../core/input-problems';
import { newCommentSchema } from '../../core/schemas';

/** Why a reply waits in the outbox; each kind is retried by itself. */
export const waitReasonSchema = v.picklist(['offline', 'unreachable', 'server', 'rate-limited']);
export type WaitReason = v.InferOutput<typeof waitReasonSchema>;

export const waitProblemSchema = v.object({
  reason: waitReasonSchema,
  /** Rate-limited: when the server said to try again (ms since the epoch). */
  retryAt: v.optional(v.number()),
});
export type WaitProblem = v.InferOutput<typeof waitProblemSchema>;

/**
 * A reply the reader has sent and the server has not confirmed yet. Kept in storage under its
 * idempotency key, so a reload or another tab finds it and sends it with that same key.
 */
export const outboxEntrySchema = v.object({
  slug: v.string(),
  /** Validated with the very schema the server uses, when stored and again when read. */
  input: newCommentSchema,
  queuedAt: v.number(),
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  nextAttemptAt: v.number(),
  problem: v.optional(waitProblemSchema),
});
export type OutboxEntry = v.InferOutput<typeof outboxEntrySchema>;

/**
 * The server refused the reply: sending it again unchanged cannot help, so it leaves the outbox.
 * A code and parameters, not words: the form words them in the reader's language (src/client/i18n).
 */
export interface Rejection {
  code: string;
  /** The form field at fault, as a dotted path of the POST body (`author.email`, `body`, …). */
  field: string | undefined;
  params: ProblemParams;
}
