import * as v from 'valibot';
import { newCommentSchema, type NewComment, type NewCommentInput } from '../../core/schemas';
import type { DraftField } from '../drafts/draft-schema';

export type FieldErrors = Partial<Record<DraftField, string>>;

/** The order fields appear in, which is the order the first problem is looked for. */
export const fieldOrder: readonly DraftField[] = ['body', 'name', 'email', 'url'];

const fieldOfPath: Readonly<Record<string, DraftField>> = {
  body: 'body',
  'author.name': 'name',
  'author.email': 'email',
  'author.url': 'url',
};

/** The form field for a dotted path of the POST body, as the API's errors name it. */
export const fieldOfApiPath = (path: string | undefined): DraftField | undefined =>
  path === undefined ? undefined : fieldOfPath[path];

export type Validation =
  { ok: true; value: NewComment } | { ok: false; errors: FieldErrors; general: string | undefined };

/**
 * Checks a reply with the schema the server uses, so the form's messages and limits are the
 * server's: one message per field, the first problem found in it.
 */
export function validateReply(input: NewCommentInput): Validation {
  const result = v.safeParse(newCommentSchema, input);
  if (result.success) return { ok: true, value: result.output };
  const errors: FieldErrors = {};
  let general: string | undefined;
  for (const issue of result.issues) {
    const field = fieldOfApiPath(v.getDotPath(issue) ?? undefined);
    if (field) errors[field] ??= issue.message;
    else general ??= issue.message;
  }
  return { ok: false, errors, general };
}
