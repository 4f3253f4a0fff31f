import { describe, expect, it } from 'vitest';
import { commentHashOf, commentIdFromHash } from '../../src/core/comment-hash';

describe('commentIdFromHash', () => {
  it('reads the id of a #comment-… fragment, percent-decoded', () => {
    expect(commentIdFromHash('#comment-42')).toBe('42');
    expect(commentIdFromHash('#comment-local-3f2a_b')).toBe('local-3f2a_b');
    expect(commentIdFromHash('#comment-caf%C3%A9')).toBe('café');
  });

  it.each([
    ['', 'no fragment'],
    ['#', 'an empty fragment'],
    ['#comment-', 'no id'],
    ['#comment', 'no dash'],
    ['#comments-1', 'another anchor'],
    ['comment-1', 'no hash sign'],
    ['#comment-%E0', 'a lone UTF-8 lead byte'],
    ['#comment-%', 'a bare percent sign'],
    ['#comment-%ZZ', 'a percent sign without hex digits'],
    ['#comment-%C3%A', 'an escape cut short'],
    ['#comment-%ED%A0%80', 'an encoded surrogate'],
  ])('returns null, never throws, for %j (%s)', (hash) => {
    expect(commentIdFromHash(hash)).toBeNull();
  });

  it('reads back the fragment commentHashOf writes', () => {
    for (const id of ['7', 'local-a1b2c3d4', 'a b#c', 'مرحبا', '100%'])
      expect(commentIdFromHash(commentHashOf(id))).toBe(id);
  });
});
