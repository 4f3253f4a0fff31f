import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { newCommentSchema } from '../../src/core/schemas';
import { firstRefusedCharacter } from '../../src/core/text-rules';
import { firstIssue } from '../../src/core/validate';

const reply = (overrides: Partial<{ body: string; name: string; url: string }>) => ({
  parentId: null,
  author: {
    name: overrides.name ?? 'Ana Reader',
    email: 'ana@example.com',
    ...(overrides.url !== undefined && { url: overrides.url }),
  },
  body: overrides.body ?? 'A reply.',
  idempotencyKey: 'key-12345678',
});

describe('firstRefusedCharacter', () => {
  it('names the first control character as U+XXXX', () => {
    expect(firstRefusedCharacter('ok \u001b[0m \u0007', 'text')).toBe('U+001B');
    expect(firstRefusedCharacter('\u009B', 'text')).toBe('U+009B');
  });

  it('allows line breaks and tabs in text, not in a line', () => {
    expect(firstRefusedCharacter('one\n\ttwo', 'text')).toBeUndefined();
    expect(firstRefusedCharacter('one\ntwo', 'line')).toBe('U+000A');
    expect(firstRefusedCharacter('one\u2028two', 'line')).toBe('U+2028');
    expect(firstRefusedCharacter('one\u2028two', 'text')).toBeUndefined();
  });

  it('finds a lone surrogate but not a pair', () => {
    expect(firstRefusedCharacter('half \uDC00', 'text')).toBe('U+DC00');
    expect(firstRefusedCharacter('whole 🐍', 'text')).toBeUndefined();
  });
});

describe('newCommentSchema, which the server and the reply form both use', () => {
  const issueOf = (input: ReturnType<typeof reply>) => {
    const result = v.safeParse(newCommentSchema, input);
    return result.success ? undefined : firstIssue(result.issues);
  };

  it('names the field and the character', () => {
    // As a code with parameters: the reader's catalogue and the API's English word it.
    expect(issueOf(reply({ body: 'Beep\u0007' }))).toMatchObject({
      field: 'body',
      problem: { code: 'characters', params: { character: 'U+0007' } },
    });
    expect(issueOf(reply({ name: 'Ana\nReader' }))).toMatchObject({
      field: 'author.name',
      problem: { code: 'characters', params: { character: 'U+000A' } },
    });
    expect(issueOf(reply({ url: 'https://ana.example/\u009B' }))?.field).toBe('author.url');
  });

  it('outputs the text composed and with "\\n" line endings, which is what the form sends', () => {
    const result = v.safeParse(newCommentSchema, reply({ body: 'cafe\u0301\r\nbar' }));
    expect(result.success && result.output.body).toBe('café\nbar');
  });
});
