import * as v from 'valibot';
import { problemOf } from '../../core/input-problems';
import { newCommentSchema, type NewComment, type NewCommentInput } from '../../core/schemas';
import type { DraftField } from '../drafts/draft-schema';
import type { T } from '../i18n/i18n-context';
import { problemMessage } from '../i18n/problem-messages';

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

/** A field's first problem, in the reader's words; a problem without a code is no typing of theirs. */
function messageFor(issue: v.BaseIssue<unknown>, t: T): string {
  const problem = problemOf(issue);
  return problem ? problemMessage(problem, t) : t('failure.fieldRefused');
}

/**
 * Checks a reply with the schema the server uses, so the form's limits are the server's: one
 * message per field, the first problem found in it, in the reader's language.
 */
export function validateReply(input: NewCommentInput, t: T): Validation {
  const result = v.safeParse(newCommentSchema, input);
  if (result.success) return { ok: true, value: result.output };
  const errors: FieldErrors = {};
  let general: string | undefined;
  for (const issue of result.issues) {
    const field = fieldOfApiPath(v.getDotPath(issue) ?? undefined);
    if (field) errors[field] ??= messageFor(issue, t);
    else general ??= t('failure.other', { code: 'invalid_input' });
  }
  return { ok: false, errors, general };
}
