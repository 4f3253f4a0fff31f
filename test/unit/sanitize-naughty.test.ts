import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../src/client/article/sanitize-html';
import { sanitizeCommentHtml } from '../../src/client/lib/sanitize-comment-html';
import { problemsIn } from '../helpers/html-problems';
import { corpus } from '../helpers/naughty-strings';

describe.each([
  ['article HTML', sanitizeArticleHtml],
  ['WordPress comment HTML', sanitizeCommentHtml],
])('the naughty strings as %s', { timeout: 30_000 }, (_what, sanitize) => {
  it('leave nothing that runs: no script, handler, style or script URL', () => {
    const found = corpus
      .map((input) => ({ input, problems: problemsIn(sanitize(input)) }))
      .filter(({ problems }) => problems.length > 0);
    expect(found).toEqual([]);
  });
});
