import * as v from 'valibot';
import { apiErrorSchema, commentSchema, newCommentSchema } from '../../src/core/schemas';

/** Where a naughty string goes in a POST: the body, the name, or the web address. */
export type NaughtyField = 'body' | 'author.name' | 'author.url' | 'author.url (in a path)';

export interface Posted {
  field: NaughtyField;
  input: string;
  /** What the schema both sides share says of it: accepted, or refused for a field. */
  schemaVerdict: { ok: true } | { ok: false; field: string | undefined };
  status: number;
  /** The stored comment, for a 201. */
  comment?: v.InferOutput<typeof commentSchema>;
  /** The API error's field, for a 400. */
  errorField?: string | undefined;
}

let keys = 0;
const key = () => `naughty-${Date.now()}-${++keys}`;

/** A comment that carries `input` in `field`, every other field plain. */
export function naughtyComment(field: NaughtyField, input: string, parentId: string | null) {
  const author = { name: 'Corpus', email: 'corpus@example.com' };
  switch (field) {
    case 'body':
      return { parentId, author, body: input, idempotencyKey: key() };
    case 'author.name':
      return {
        parentId,
        author: { ...author, name: input },
        body: 'A name',
        idempotencyKey: key(),
      };
    case 'author.url':
      return { parentId, author: { ...author, url: input }, body: 'A URL', idempotencyKey: key() };
    case 'author.url (in a path)':
      return {
        parentId,
        author: { ...author, url: `https://naughty.example/${input}` },
        body: 'A URL with a path',
        idempotencyKey: key(),
      };
  }
}

/** POSTs `body` and keeps what the server answered, next to what the shared schema says. */
export async function postNaughty(
  commentsUrl: string,
  field: NaughtyField,
  input: string,
  body: ReturnType<typeof naughtyComment>,
): Promise<Posted> {
  const local = v.safeParse(newCommentSchema, body);
  const schemaVerdict = local.success
    ? ({ ok: true } as const)
    : ({ ok: false, field: v.getDotPath(local.issues[0]) ?? undefined } as const);
  const res = await fetch(commentsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json: unknown = await res.json().catch(() => undefined);
  const posted: Posted = { field, input, schemaVerdict, status: res.status };
  if (res.status === 201) posted.comment = v.parse(commentSchema, json);
  if (res.status === 400) posted.errorField = v.parse(apiErrorSchema, json).error.field;
  return posted;
}

/** Runs `work` over `items`, `width` at a time: a bounded batch, not 2,000 sockets at once. */
export async function inBatches<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
