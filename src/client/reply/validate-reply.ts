import * as v from 'valibot';
import {
  newCommentSchema,
  webAddressProblem,
  type NewComment,
  type NewCommentInput,
} from '../../core/schemas';
import { limits } from '../../core/limits';
import { firstRefusedCharacter, hasVisibleCharacter } from '../../core/text-rules';
import type { WebAddressProblem } from '../../core/web-address';
import type { DraftField } from '../drafts/draft-schema';
import type { MessageKey } from '../i18n/en';
import type { T } from '../i18n/i18n-context';

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

/** The catalogue's words for a problem the schema found, by field and kind of check. */
const messages: Record<DraftField, Partial<Record<string, [MessageKey, number?]>>> = {
  body: {
    min_length: ['validation.bodyEmpty'],
    max_length: ['validation.bodyTooLong', limits.commentBodyMax],
  },
  name: {
    min_length: ['validation.nameEmpty'],
    max_length: ['validation.nameTooLong', limits.authorNameMax],
  },
  email: {
    min_length: ['validation.emailEmpty'],
    max_length: ['validation.emailTooLong', limits.authorEmailMax],
    email: ['validation.emailInvalid'],
  },
  url: {
    max_length: ['validation.urlTooLong', limits.authorUrlMax],
  },
};

/** What is wrong with a web address (web-address.ts), in the catalogue's words. */
const webAddressMessages: Record<WebAddressProblem, [MessageKey, number?]> = {
  'not-url': ['validation.urlInvalid'],
  scheme: ['validation.urlScheme'],
  credentials: ['validation.urlCredentials'],
  host: ['validation.urlHost'],
  'too-long': ['validation.urlTooLong', limits.authorUrlMax],
};

/** For text with nothing visible in it: the name or the comment. */
const invisibleMessages: Partial<Record<DraftField, MessageKey>> = {
  body: 'validation.bodyInvisible',
  name: 'validation.nameInvisible',
};

function messageFor(field: DraftField, issue: v.BaseIssue<unknown>, t: T): string {
  const say = ([key, max]: [MessageKey, number?]) => t(key, max === undefined ? {} : { max });
  const known = messages[field][issue.type];
  if (known) return say(known);
  const input = typeof issue.input === 'string' ? issue.input : undefined;
  if (issue.type === 'check' && input !== undefined) {
    // The checks run in this order in the schema; the first that fails is the one to explain.
    if (firstRefusedCharacter(input, field === 'body' ? 'text' : 'line')) {
      return t('validation.characters');
    }
    const problem = field === 'url' ? webAddressProblem(input) : undefined;
    if (problem) return say(webAddressMessages[problem]);
    const invisible = invisibleMessages[field];
    if (invisible && !hasVisibleCharacter(input)) return t(invisible);
  }
  if (issue.type === 'check' || issue.type === 'regex') return t('validation.characters');
  return issue.message;
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
    if (field) errors[field] ??= messageFor(field, issue, t);
    else general ??= issue.message;
  }
  return { ok: false, errors, general };
}
