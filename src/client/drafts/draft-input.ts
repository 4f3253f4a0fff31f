import type { NewComment, NewCommentInput } from '../../core/schemas';
import type { DraftFields } from './draft-schema';

/** The POST body for a form's fields; an empty website is left out, as the API wants. */
export function inputFromFields(
  fields: DraftFields,
  parentId: string | null,
  idempotencyKey: string,
  honeypot = '',
): NewCommentInput {
  return {
    parentId,
    author: {
      name: fields.name,
      email: fields.email,
      ...(fields.url.trim() !== '' && { url: fields.url }),
    },
    body: fields.body,
    idempotencyKey,
    ...(honeypot !== '' && { subject: honeypot }),
  };
}

/** True when `fields` say what was sent (the server trims, so trimmed values are compared). */
export function fieldsMatchSent(fields: DraftFields, sent: NewComment): boolean {
  return (
    fields.body.trim() === sent.body &&
    fields.name.trim() === sent.author.name &&
    fields.email.trim() === sent.author.email &&
    (fields.url.trim() || undefined) === sent.author.url
  );
}
