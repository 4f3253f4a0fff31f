import type { InputProblem, ProblemParams, ValidationCode } from '../core/input-problems';
import type { ValidationIssue } from '../core/validate';

/**
 * The API's English for a refused field, for API clients (docs/api.md). Readers never see it:
 * the reader words the same codes from its own catalogue, in the reader's language.
 */
const english: Readonly<Record<ValidationCode, (params: ProblemParams, field: string) => string>> =
  {
    bodyEmpty: () => 'Write a comment before sending.',
    bodyTooLong: ({ max }) =>
      `Shorten the comment to at most ${Number(max).toLocaleString('en')} characters.`,
    bodyInvisible: () =>
      'Write a comment in visible letters: this one is only invisible characters (such as zero-width spaces).',
    nameEmpty: () => 'Enter your name.',
    nameTooLong: ({ max }) => `Use at most ${max} characters.`,
    nameInvisible: () =>
      'Enter your name in visible letters: this one is only invisible characters (such as zero-width spaces).',
    emailEmpty: () => 'Enter your email address; it is never shown.',
    emailTooLong: ({ max }) => `Use at most ${max} characters.`,
    emailInvalid: () => 'Enter an email address such as name@example.com.',
    urlTooLong: ({ max }) => `Use at most ${max} characters.`,
    urlInvalid: () => 'Enter a full web address such as https://example.com, or leave it empty.',
    urlScheme: () => 'Enter a web address that starts with http:// or https://.',
    urlCredentials: () => 'Leave the user name and password out of the web address.',
    urlHost: () =>
      'Enter a web address whose site name every browser can open, such as https://example.com.',
    characters: ({ character }, field) => {
      const what = fieldWords[field] ?? 'this field';
      return lineBreaks.has(String(character))
        ? `Keep ${what} on one line: remove the line break (${character}).`
        : `Remove the invisible control character (${character}) from ${what}; it may have come with pasted text.`;
    },
  };

/** The field a control character is in, to complete "Remove … from <what>". */
const fieldWords: Readonly<Record<string, string>> = {
  body: 'the comment',
  'author.name': 'your name',
  'author.email': 'the email address',
  'author.url': 'the web address',
};

/** Refused in a one-line field only (a comment's body may hold them), so named apart. */
const lineBreaks = new Set(['U+000A', 'U+000D', 'U+2028', 'U+2029']);

const say = ({ code, params }: InputProblem, field: string | undefined) =>
  english[code](params, field ?? '');

/** The message of an `invalid_input` error: English for a coded problem, else the schema's own. */
export const apiMessageOf = (issue: ValidationIssue): string =>
  issue.problem ? say(issue.problem, issue.field) : issue.message;
