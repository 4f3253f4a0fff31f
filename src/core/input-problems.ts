import * as v from 'valibot';
import { limits } from './limits';
import { firstRefusedCharacter } from './text-rules';

/**
 * Why a new comment's field was refused, as a code with parameters rather than words: the
 * reader's catalogue (src/client/i18n) words it in the reader's language, the server
 * (src/server/api-messages.ts) in English for API clients. The schema's checks use these codes
 * as their messages.
 */
export const validationCodes = [
  'bodyEmpty',
  'bodyTooLong',
  'bodyInvisible',
  'nameEmpty',
  'nameTooLong',
  'nameInvisible',
  'emailEmpty',
  'emailTooLong',
  'emailInvalid',
  'urlTooLong',
  'urlInvalid',
  'urlScheme',
  'urlCredentials',
  'urlHost',
  'characters',
] as const;
export type ValidationCode = (typeof validationCodes)[number];

/** Values that complete a coded message: `{max}`, `{character}`, `{link}`… */
export type ProblemParams = Readonly<Record<string, string | number>>;

export interface InputProblem {
  code: ValidationCode;
  params: ProblemParams;
}

export const isValidationCode = (value: unknown): value is ValidationCode =>
  (validationCodes as readonly unknown[]).includes(value);

/** The limit each "too long" code names. */
const maxima: Partial<Record<ValidationCode, number>> = {
  bodyTooLong: limits.commentBodyMax,
  nameTooLong: limits.authorNameMax,
  emailTooLong: limits.authorEmailMax,
  urlTooLong: limits.authorUrlMax,
};

/** The coded problem behind a schema issue, or undefined for an issue the schema words itself. */
export function problemOf(issue: v.BaseIssue<unknown>): InputProblem | undefined {
  const code = issue.message;
  if (!isValidationCode(code)) return undefined;
  if (code === 'characters') {
    // Only a comment's body may hold line breaks and tabs (text-rules.ts).
    const kind = v.getDotPath(issue) === 'body' ? 'text' : 'line';
    const character = firstRefusedCharacter(String(issue.input), kind) ?? '';
    return { code, params: { character } };
  }
  const max = maxima[code];
  return { code, params: max === undefined ? {} : { max } };
}
