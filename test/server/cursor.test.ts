// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema, commentPageSchema } from '../../src/core/schemas';
import { createCursors } from '../../src/server/cursor';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer } from '../helpers/server';

const commentsUrl = (query: string) => `/api/articles/${demoSlug}/comments?${query}`;

describe('cursors', () => {
  it('refuses every cursor the server did not give out, however well it is formed', async () => {
    const { app } = await createTestServer();
    const res = await app.request(commentsUrl('limit=2'));
    const { nextCursor } = v.parse(commentPageSchema, await res.json());
    const given = nextCursor!;
    const [sort, rootIndex, offset, signature] = given.split('.');
    const forged = [
      // The unsigned form cursors once had, and positions that exist, signed by a guess.
      Buffer.from('oldest:3:0').toString('base64url'),
      `${sort}.${Number(rootIndex) + 1}.${offset}.${signature}`,
      `${sort}.${rootIndex}.1.${signature}`,
      `${sort}.${rootIndex}.${offset}.${'A'.repeat(22)}`,
      // The same position signed with another key, and the given one spelt differently.
      createCursors(Buffer.alloc(32)).encode(demoSlug, 'oldest', { rootIndex: 2, offset: 0 }),
      `${sort}.0${rootIndex}.${offset}.${signature}`,
      `${given}=`,
      ` ${given}`,
    ];
    for (const cursor of forged) {
      const refused = await app.request(
        commentsUrl(`limit=2&cursor=${encodeURIComponent(cursor)}`),
      );
      expect(refused.status, cursor).toBe(400);
      const { error } = v.parse(apiErrorSchema, await refused.json());
      expect(error).toEqual({
        code: 'invalid_cursor',
        message: 'The cursor is not one this server gave out.',
        field: 'cursor',
      });
    }
    expect((await app.request(commentsUrl(`limit=2&cursor=${given}`))).status).toBe(200);
  });

  it('binds a cursor to its article and sort', () => {
    const cursors = createCursors(Buffer.alloc(32, 7));
    const position = { rootIndex: 4, offset: 2 };
    const cursor = cursors.encode('one', 'newest', position);
    expect(cursors.decode('one', 'newest', cursor)).toEqual(position);
    expect(cursors.decode('two', 'newest', cursor)).toBeNull();
    expect(cursors.decode('one', 'oldest', cursor)).toBeNull();
  });
});
