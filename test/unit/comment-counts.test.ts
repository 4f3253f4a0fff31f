// @vitest-environment node
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isArticleId } from '../../src/core/comment-counts';
import { slugSchema } from '../../src/core/schemas';

describe('isArticleId', () => {
  it('answers as slugSchema does, so count.js never sends an id the server refuses', () => {
    const piece = fc.constantFrom('a', 'z', '0', '9', '-', '--', 'A', ',', ' ', '_', 'é', '\n');
    const id = fc.oneof(
      fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
      // Around the length limit.
      fc.integer({ min: 195, max: 205 }).map((length) => 'a-b'.repeat(70).slice(0, length)),
      fc.string(),
    );
    fc.assert(fc.property(id, (text) => isArticleId(text) === v.is(slugSchema, text)));
  });

  it('takes ids up to 200 characters', () => {
    expect(isArticleId('a'.repeat(200))).toBe(true);
    expect(isArticleId('a'.repeat(201))).toBe(false);
    expect(isArticleId('')).toBe(false);
  });
});
