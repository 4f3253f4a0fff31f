import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CommentSort } from '../core/schemas';

/** Where the next page of threads starts: the n-th root in the sort order, and how far into it. */
export interface CursorPosition {
  rootIndex: number;
  offset: number;
}

/** Bytes of the HMAC kept in a cursor: 128 bits, too many to guess. */
const signatureBytes = 16;

/**
 * Cursors signed with the server's secret (an HMAC of the article, the sort and the position),
 * so the only cursors accepted are those this server gave out for that article and sort: a
 * client cannot invent positions, and each position has exactly one spelling.
 */
export function createCursors(secret: Buffer) {
  const sign = (slug: string, payload: string) =>
    createHmac('sha256', secret).update(`${slug}\n${payload}`).digest().subarray(0, signatureBytes);

  return {
    encode(slug: string, sort: CommentSort, { rootIndex, offset }: CursorPosition): string {
      const payload = `${sort}.${rootIndex}.${offset}`;
      return `${payload}.${sign(slug, payload).toString('base64url')}`;
    },

    /** Null for anything this server did not give out for this article and sort. */
    decode(slug: string, sort: CommentSort, cursor: string): CursorPosition | null {
      const match = /^([a-z]+)\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.([\w-]{22})$/.exec(cursor);
      if (!match || match[1] !== sort) return null;
      const given = Buffer.from(match[4]!, 'base64url');
      const expected = sign(slug, `${match[1]}.${match[2]}.${match[3]}`);
      // base64url has spellings that decode alike: only the one this server writes is accepted.
      if (given.toString('base64url') !== match[4] || !timingSafeEqual(given, expected)) {
        return null;
      }
      return { rootIndex: Number(match[2]), offset: Number(match[3]) };
    },
  };
}

export type Cursors = ReturnType<typeof createCursors>;
