// @vitest-environment node
/**
 * Errors cross boundaries as codes, and only src/client/i18n turns codes into words (issue 16
 * item 1). This fails on a catalogue key that nothing uses, and on a code the reader may meet
 * that has no words: a validation code, a refusal from Parley's API or from WordPress.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { validationCodes, type ValidationCode } from '../../src/core/input-problems';
import { newCommentSchema } from '../../src/core/schemas';
import { firstIssue } from '../../src/core/validate';
import { WordPressError } from '../../src/core/wordpress/wp-rest';
import { en, type MessageKey } from '../../src/client/i18n/en';
import { es } from '../../src/client/i18n/es';
import type { T } from '../../src/client/i18n/i18n-context';
import { refusalMessage, validationKey } from '../../src/client/i18n/problem-messages';
import { createTranslator } from '../../src/client/i18n/translate';
import { HttpError } from '../../src/client/lib/http';
import { classifyFailure } from '../../src/client/outbox/classify-failure';
import { wordPressToHttpError } from '../../src/client/sources/wordpress/wp-http-error';
import { apiMessageOf } from '../../src/server/api-messages';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const catalogueFiles = new Set(['src/client/i18n/en.ts', 'src/client/i18n/es.ts']);

/** Every client source file but the catalogues, as text. */
const clientSources = (): string[] =>
  readdirSync(join(root, 'src/client'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .filter((path) => !catalogueFiles.has(path))
    .map(read);

/**
 * The keys `sources` name: a quoted key (`t('form.send')`, a table of keys), or a template with
 * a prefix (`t(\`sort.${value}\`)`), which names every key of one more segment after it.
 */
function keysNamed(sources: readonly string[], keys: readonly string[]): Set<string> {
  const named = new Set<string>();
  for (const source of sources) {
    for (const [, key] of source.matchAll(/['"]([\w-]+(?:\.[\w-]+)+)['"]/g)) named.add(key!);
    for (const [, prefix] of source.matchAll(/`([\w-]+(?:\.[\w-]+)*\.)\$\{/g)) {
      for (const key of keys) {
        if (key.startsWith(prefix!) && !key.slice(prefix!.length).includes('.')) named.add(key);
      }
    }
  }
  return named;
}

const keys = Object.keys(en) as MessageKey[];

/** A translator that remembers the keys it was asked for. */
function recording(locale: 'en' | 'es') {
  const translate = createTranslator(locale, locale === 'en' ? en : es);
  const asked: MessageKey[] = [];
  const t: T = (key, params) => {
    asked.push(key);
    return translate(key, params);
  };
  return { t, asked };
}

/** A message with every placeholder filled and no code left showing. */
const expectWords = (text: string) => {
  expect(text).not.toMatch(/\{\w+\}/);
  expect(text.trim()).not.toBe('');
};

describe('the catalogue', () => {
  it('has no key that nothing in the client names', () => {
    const named = keysNamed(clientSources(), keys);
    expect(keys.filter((key) => !named.has(key))).toEqual([]);
  });

  it('finds an unused key, so the check above can fail', () => {
    const withUnused = [...keys, 'form.neverShown'];
    const named = keysNamed(['t("form.send"); t(`sort.${value}`)'], withUnused);
    expect(named.has('form.neverShown')).toBe(false);
    expect(named.has('sort.oldest')).toBe(true);
    expect(named.has('form.send')).toBe(true);
  });

  it('has a validation key for exactly each validation code', () => {
    const validationKeys = keys.filter((key) => key.startsWith('validation.'));
    expect(validationKeys.sort()).toEqual(validationCodes.map(validationKey).sort());
  });
});

const newComment = (change: { body?: string; name?: string; email?: string; url?: string }) => ({
  parentId: null,
  author: { name: change.name ?? 'Ana', email: change.email ?? 'ana@example.com', url: change.url },
  body: change.body ?? 'Hello.',
  idempotencyKey: 'abcdefgh12345678',
});

/** An input the schema refuses with each code, first. */
const examples: Record<ValidationCode, Parameters<typeof newComment>[0]> = {
  bodyEmpty: { body: ' ' },
  bodyTooLong: { body: 'a'.repeat(10_001) },
  bodyInvisible: { body: '\u200b' },
  nameEmpty: { name: '' },
  nameTooLong: { name: 'a'.repeat(101) },
  nameInvisible: { name: '\u3164' },
  emailEmpty: { email: '' },
  emailTooLong: { email: `${'a'.repeat(250)}@example.com` },
  emailInvalid: { email: 'ana' },
  urlTooLong: { url: `https://example.com/${'a'.repeat(2000)}` },
  urlInvalid: { url: 'not an address' },
  urlScheme: { url: 'ftp://example.com' },
  urlCredentials: { url: 'https://u:p@example.com' },
  urlHost: { url: 'https://a\u05d0.com' },
  characters: { name: 'Ana\u001b' },
};

describe('each validation code', () => {
  it.each(validationCodes)('%s: the schema says it, both languages and the API word it', (code) => {
    const result = v.safeParse(newCommentSchema, newComment(examples[code]));
    const issue = firstIssue(result.issues ?? []);
    expect(issue.problem?.code).toBe(code);
    for (const locale of ['en', 'es'] as const) {
      const { t } = recording(locale);
      expectWords(t(validationKey(code), issue.problem!.params));
    }
    const english = apiMessageOf(issue);
    expectWords(english);
    expect(english).not.toContain(code);
  });
});

/** What the reader reads for a failed send, and the keys that said it; undefined for a wait. */
function readerReads(error: unknown) {
  const failure = classifyFailure(error, true, 0);
  if (failure.kind === 'wait') return undefined;
  const { t, asked } = recording('es');
  return { text: refusalMessage(failure.rejection, t), asked };
}

/** Codes of Parley's API that no reply from the reader's form can cause. */
const neverFromTheForm = new Set([
  'invalid_query', // GET parameters
  'invalid_cursor', // GET parameters
  'not_found', // no such endpoint
  'unsupported_media_type', // the form always sends JSON
  'invalid_json', // … valid JSON, in UTF-8
  'too_large', // its limits keep a reply well under the request limit
]);

describe('each refusal a reader may meet', () => {
  const apiCodes = [
    ...read('src/server/app.ts').matchAll(/apiError\(\s*c,\s*(\d{3}),\s*'(\w+)'/g),
  ].map(([, status, code]) => ({ status: Number(status), code: code! }));

  it.each(apiCodes)('from Parley’s API: $status $code', ({ status, code }) => {
    const read = readerReads(new HttpError(status, code, 'English for API clients'));
    if (!read) return;
    expectWords(read.text);
    expect(read.text).not.toContain('English for API clients');
    if (!neverFromTheForm.has(code)) expect(read.asked).not.toContain('failure.other');
  });

  const wordPressCodes = [
    ...new Set(
      [
        ...read('src/client/sources/wordpress/wp-http-error.ts').matchAll(
          /'((?:rest|comment|parley)_\w+)'/g,
        ),
      ].map(([, code]) => code!),
    ),
  ];
  const invalidParams = ['author_name', 'author_email', 'author_url', 'content', 'parent'];
  const input = newComment({});
  const refusals = wordPressCodes.flatMap((code) =>
    code === 'rest_invalid_param'
      ? invalidParams.map((param) => ({ code, params: { [param]: 'WordPress’s words' } }))
      : [{ code, params: {} }],
  );

  it('finds the WordPress codes it checks', () => {
    expect(wordPressCodes).toEqual(
      expect.arrayContaining(['rest_comment_login_required', 'comment_duplicate']),
    );
  });

  it.each(refusals)('from WordPress: $code $params', ({ code, params }) => {
    const error = new WordPressError(400, code, 'WordPress’s words', params);
    const mapped = wordPressToHttpError(error, { postLink: 'https://site.example/?p=1', input });
    const read = readerReads(mapped);
    if (!read) return;
    expectWords(read.text);
    expect(read.text).not.toContain('WordPress’s words');
    expect(read.asked).not.toContain('failure.other');
  });
});
