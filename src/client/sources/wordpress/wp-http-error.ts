import type { ProblemParams, ValidationCode } from '../../../core/input-problems';
import type { NewCommentInput } from '../../../core/schemas';
import type { WordPressError } from '../../../core/wordpress/wp-rest';
import { HttpError } from '../../lib/http';

/** WordPress's flood check refuses a second comment within 15 s unless a site changes it. */
const floodWaitSeconds = 15;

/** Parley's field paths for WordPress's comment parameters. */
const fieldOfParam: Record<string, string> = {
  author_name: 'author.name',
  author_email: 'author.email',
  author_url: 'author.url',
  content: 'body',
  parent: 'parentId',
};

/** WordPress's own limits where they are tighter than Parley's (its database columns). */
const columnLimits: Readonly<
  Record<string, [field: string, problem: ValidationCode, max: number]>
> = {
  comment_author_column_length: ['author.name', 'nameTooLong', 245],
  comment_author_email_column_length: ['author.email', 'emailTooLong', 100],
  comment_author_url_column_length: ['author.url', 'urlTooLong', 200],
};

interface Context {
  /** The post's page on the site, for refusals that send the reader there. */
  postLink?: string | undefined;
  /** The comment being posted, to tell which field a refusal is about. */
  input?: NewCommentInput | undefined;
}

/**
 * A WordPress refusal as the HttpError the rest of the reader understands: Parley's own codes
 * where the meaning is the same (so the reply form and outbox treat them alike), a field where
 * one input is at fault, and parameters for the reader's catalogue (src/client/i18n) to word.
 * The message is WordPress's own, for developers.
 */
export function wordPressToHttpError(error: WordPressError, context: Context = {}): HttpError {
  const reject = (status: number, code: string, field?: string, params: ProblemParams = {}) =>
    new HttpError(status, code, error.message, field, undefined, params);
  /** A field WordPress refused, with the schema's code for why where it has one. */
  const refuse = (field: string, problem?: ValidationCode, params: ProblemParams = {}) =>
    reject(400, 'invalid_input', field, problem ? { problem, ...params } : params);
  const column = columnLimits[error.code];
  if (column) {
    const [field, problem, max] = column;
    return refuse(field, problem, { max });
  }
  switch (error.code) {
    case 'rest_comment_login_required': {
      const link = context.postLink;
      return new HttpError(
        401,
        'login_required',
        link ? `${error.message} (${link})` : error.message,
        undefined,
        undefined,
        link ? { link } : {},
      );
    }
    case 'comment_duplicate':
      return reject(409, 'comment_duplicate', 'body');
    case 'comment_flood':
      // A wait, not a refusal: the outbox sends it again once the site allows.
      return new HttpError(429, 'comment_flood', error.message, undefined, floodWaitSeconds);
    case 'rest_comment_closed':
      return reject(403, 'comments_closed');
    case 'rest_comment_invalid_post_id':
    case 'rest_comment_draft_post':
    case 'rest_comment_trash_post':
    case 'rest_post_invalid_id':
    case 'parley_post_not_found':
      return reject(404, 'article_not_found');
    case 'rest_comment_content_invalid':
      return refuse('body', 'bodyEmpty');
    case 'rest_comment_author_data_required':
      return context.input?.author.name.trim()
        ? refuse('author.email', 'emailEmpty')
        : refuse('author.name', 'nameEmpty');
    case 'comment_content_column_length':
      // In bytes, which Parley's limit in characters keeps well under.
      return refuse('body');
    case 'rest_invalid_param':
      return invalidParam(error);
    default:
      return new HttpError(error.status, error.code, error.message);
  }
}

/** The first parameter WordPress refused, as Parley's field; email and address say what to type. */
function invalidParam(error: WordPressError): HttpError {
  const [param, message] = Object.entries(error.params)[0] ?? [];
  const field = param === undefined ? undefined : fieldOfParam[param];
  const problems: Partial<Record<string, ValidationCode>> = {
    'author.email': 'emailInvalid',
    'author.url': 'urlInvalid',
  };
  const problem = field === undefined ? undefined : problems[field];
  return new HttpError(
    400,
    'invalid_input',
    message ?? error.message,
    field,
    undefined,
    problem ? { problem } : {},
  );
}
