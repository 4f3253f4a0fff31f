import {
  isValidationCode,
  type InputProblem,
  type ProblemParams,
  type ValidationCode,
} from '../../core/input-problems';
import type { MessageKey } from './en';
import type { T } from './i18n-context';

/**
 * Codes into the reader's words: the schema's problems (core/input-problems.ts) and the codes a
 * source refuses a reply with. This is the one place that does it, so a Spanish reader reads
 * Spanish whichever source said no.
 */

/** Each validation code has the catalogue key of its name; the type fails on one without. */
export const validationKey = (code: ValidationCode): MessageKey => `validation.${code}`;

export const problemMessage = ({ code, params }: InputProblem, t: T): string =>
  t(validationKey(code), params);

/** A source's refusal of a reply: its code, the field at fault, and what completes the words. */
export interface Refusal {
  code: string;
  /** A dotted path of the POST body (`author.email`, `body`, …). */
  field: string | undefined;
  params: ProblemParams;
}

/** Refusals whose words need nothing but the code. */
export const refusalKeys: Readonly<Record<string, MessageKey>> = {
  comments_closed: 'failure.closed',
  parent_not_found: 'failure.parentGone',
  spam_suspected: 'failure.honeypot',
  idempotency_key_reused: 'failure.keyReused',
  article_not_found: 'failure.articleGone',
  comment_duplicate: 'wp.duplicate',
  bad_answer: 'error.contract.detail',
};

/** A field refused without a problem the schema knows: the advice that fits the field. */
const fieldRefusedKeys: Readonly<Record<string, MessageKey>> = {
  'author.email': 'validation.emailInvalid',
  'author.url': 'validation.urlInvalid',
  parentId: 'failure.parentGone',
};

/** A refused reply, in the reader's language; a code we have no words for is named. */
export function refusalMessage({ code, field, params }: Refusal, t: T): string {
  if (code === 'invalid_input') {
    const { problem } = params;
    if (isValidationCode(problem)) return t(validationKey(problem), params);
    return t((field && fieldRefusedKeys[field]) || 'failure.fieldRefused');
  }
  if (code === 'login_required') {
    const where = typeof params.link === 'string' ? ` ${t('wp.commentOnSite', params)}` : '';
    return t('wp.loginRequired') + where;
  }
  const key = refusalKeys[code];
  return key ? t(key, params) : t('failure.other', { code });
}
