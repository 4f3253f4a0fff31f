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

interface Context {
  /** The post's page on the site, for refusals that send the reader there. */
  postLink?: string | undefined;
  /** The comment being posted, to tell which field a refusal is about. */
  input?: NewCommentInput | undefined;
}

/**
 * A WordPress refusal as the HttpError the rest of the reader understands: Parley's own codes
 * where the meaning is the same (so the reply form and outbox treat them alike), a field where
 * one input is at fault, and a message that says what to do.
 */
export function wordPressToHttpError(error: WordPressError, context: Context = {}): HttpError {
  const reject = (status: number, code: string, message: string, field?: string) =>
    new HttpError(status, code, message, field);
  switch (error.code) {
    case 'rest_comment_login_required':
      return reject(
        401,
        'login_required',
        'This WordPress site takes comments only from signed-in readers, so Parley can’t post yours.' +
          (context.postLink ? ` You can comment on the post itself: ${context.postLink}` : ''),
      );
    case 'comment_duplicate':
      return reject(
        409,
        'comment_duplicate',
        'You have already posted this comment here: WordPress does not take the same comment twice.',
        'body',
      );
    case 'comment_flood':
      // A wait, not a refusal: the outbox sends it again once the site allows.
      return new HttpError(
        429,
        'comment_flood',
        'WordPress asks for a short pause between comments; yours will be sent in a moment.',
        undefined,
        floodWaitSeconds,
      );
    case 'rest_comment_closed':
      return reject(403, 'comments_closed', 'Comments are closed on this post.');
    case 'rest_comment_invalid_post_id':
    case 'rest_comment_draft_post':
    case 'rest_comment_trash_post':
    case 'rest_post_invalid_id':
    case 'parley_post_not_found':
      return reject(
        404,
        'article_not_found',
        error.code === 'parley_post_not_found'
          ? error.message
          : 'This post does not exist on the site any more.',
      );
    case 'rest_comment_content_invalid':
      return reject(400, 'invalid_input', 'Write a comment before sending.', 'body');
    case 'rest_comment_author_data_required':
      return context.input?.author.name.trim()
        ? reject(400, 'invalid_input', 'This site needs your email address.', 'author.email')
        : reject(400, 'invalid_input', 'This site needs your name.', 'author.name');
    case 'comment_author_column_length':
      return reject(
        400,
        'invalid_input',
        'This site takes names of at most 245 characters.',
        'author.name',
      );
    case 'comment_author_email_column_length':
      return reject(
        400,
        'invalid_input',
        'This site takes email addresses of at most 100 characters.',
        'author.email',
      );
    case 'comment_author_url_column_length':
      return reject(
        400,
        'invalid_input',
        'This site takes web addresses of at most 200 characters.',
        'author.url',
      );
    case 'comment_content_column_length':
      return reject(
        400,
        'invalid_input',
        'This comment is too long for this site: shorten it (at most 65,525 bytes).',
        'body',
      );
    case 'rest_invalid_param':
      return invalidParam(error);
    default:
      return new HttpError(error.status, error.code, error.message);
  }
}

function invalidParam(error: WordPressError): HttpError {
  const [param, message] = Object.entries(error.params)[0] ?? [];
  const field = param === undefined ? undefined : fieldOfParam[param];
  if (field === 'author.email') {
    return new HttpError(
      400,
      'invalid_input',
      'Enter an email address such as name@example.com.',
      field,
    );
  }
  if (field === 'author.url') {
    return new HttpError(
      400,
      'invalid_input',
      'Enter a full web address such as https://example.com, or leave it empty.',
      field,
    );
  }
  return new HttpError(400, 'invalid_input', message ?? error.message, field);
}
