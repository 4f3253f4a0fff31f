import * as v from 'valibot';
import { limits } from '../../core/limits';

/** What the reader typed into one reply form, as typed (trimming happens when it is sent). */
export const draftFieldsSchema = v.object({
  body: v.string(),
  name: v.string(),
  email: v.string(),
  url: v.string(),
});

export type DraftFields = v.InferOutput<typeof draftFieldsSchema>;
export type DraftField = keyof DraftFields;

const idempotencyKeySchema = v.pipe(
  v.string(),
  v.regex(new RegExp(`^[A-Za-z0-9_-]{${limits.idempotencyKeyMin},${limits.idempotencyKeyMax}}$`)),
);

/** What a draft holds besides its fields: the opt-in, and the key that makes its POST idempotent. */
const draftContentSchema = v.object({
  fields: draftFieldsSchema,
  remember: v.boolean(),
  idempotencyKey: idempotencyKeySchema,
});

export const storedDraftSchema = v.object({
  ...draftContentSchema.entries,
  /** Milliseconds since the epoch; a draft untouched for 30 days is dropped. */
  updatedAt: v.number(),
});

export type DraftContent = v.InferOutput<typeof draftContentSchema>;
export type StoredDraft = v.InferOutput<typeof storedDraftSchema>;

/** Which form a draft belongs to: the article's own form (`parentId` null) or a reply to a comment. */
export interface DraftAddress {
  slug: string;
  parentId: string | null;
}

/** A key for one comment, made when its draft is made, so every retry of it is the same POST. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
