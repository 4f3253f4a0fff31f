import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../src/client/article/sanitize-html';
import { sanitizeCommentHtml } from '../../src/client/lib/sanitize-comment-html';
import { corpus } from '../helpers/naughty-strings';

const dangerousTags =
  'script, iframe, frame, object, embed, style, link, meta, base, form, svg, math';
const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster'];
/** Resolved as the page would resolve it, an address must be one a reader may follow. */
const isSafeUrl = (value: string) => {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(value, 'https://parley.test/').protocol);
  } catch {
    return true; // the browser cannot follow it either
  }
};

/** What is wrong with sanitised HTML, as it would be once in the page. */
function problemsIn(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const problems: string[] = [];
  for (const el of template.content.querySelectorAll(dangerousTags)) {
    problems.push(`<${el.tagName.toLowerCase()}>`);
  }
  for (const el of template.content.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name) || attr.name === 'style') problems.push(`${attr.name}=`);
      if (urlAttributes.includes(attr.name) && !isSafeUrl(attr.value)) {
        problems.push(`${attr.name}=${attr.value}`);
      }
    }
    if (el.tagName === 'A' && el.hasAttribute('href')) {
      if (el.getAttribute('rel') !== 'nofollow ugc noopener') problems.push('a without rel');
    }
  }
  return problems;
}

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
