// @vitest-environment node
/**
 * What a site owner's article goes through walks its whole text: the checks (html-depth.ts
 * among them), Markdown, the sanitiser, the front matter. Each must take time linear in the
 * text. Measured at a quarter of the limit and at the limit, for the patterns that were slow
 * (15 s for "<b><i>" repeated, before the depth check): a linear function takes about 4 times
 * as long for 4 times the text, one in the square of it 16 times.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { articleLimits, articlePutSchema } from '../../src/core/article-input';
import { parseArticleFile } from '../../src/server/article-file';
import { articleBodyHtml } from '../../src/server/sanitize-article';

/** Four times the text may take at most this many times as long (linear: about 4). */
const growthAllowed = 8;

/** The fastest of a few runs, in ms, so that other work on the machine counts less. */
function fastest(run: () => unknown, rounds = 3): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const fill = (pattern: string, length: number) =>
  pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);

/** A PUT's body from its check to what is stored, as the route does it. */
function publish(body: string, format: 'html' | 'markdown') {
  const input = v.safeParse(articlePutSchema, { title: 'T', body, format });
  return input.success ? articleBodyHtml(input.output.body, format) : input.issues;
}

function growth(run: (text: string) => unknown, pattern: string, max: number): number {
  const small = fill(pattern, max / 4);
  const large = fill(pattern, max);
  const measure = (rounds: number) => {
    // In turn, so a burst of load from elsewhere slows both alike.
    let quarter = Infinity;
    let whole = Infinity;
    for (let round = 0; round < rounds; round++) {
      quarter = Math.min(
        quarter,
        fastest(() => run(small), 1),
      );
      whole = Math.min(
        whole,
        fastest(() => run(large), 1),
      );
    }
    // Below a few milliseconds the timer's grain is most of what is measured.
    return whole / Math.max(quarter, 2);
  };
  // Measured again, more carefully, when it looks slow: work that grows faster than the text
  // is slow every time, a busy machine is not.
  let ratio = measure(3);
  for (const rounds of [7, 11]) if (ratio >= growthAllowed) ratio = measure(rounds);
  return ratio;
}

// A quarter of the body's limit keeps the test quick; the growth is what is measured.
const bodyMax = articleLimits.bodyMax / 4;
const htmlPatterns = ['<b><i>', '<div>', '<', '<a href="x">', '</x><p>', '<!--', '<p '];
const markdownPatterns = ['*_', '**a', '![', '[', '> ', '- ', '`', '<b>'];

describe('an article takes time linear in its length', () => {
  it.each(htmlPatterns)('HTML body of %j', (pattern) => {
    expect(growth((text) => publish(text, 'html'), pattern, bodyMax)).toBeLessThan(growthAllowed);
  });

  it.each(markdownPatterns)('Markdown body of %j', (pattern) => {
    expect(growth((text) => publish(text, 'markdown'), pattern, bodyMax)).toBeLessThan(
      growthAllowed,
    );
  });

  it.each(['"', '&a ', '*a ', '[', 'a: '])('front matter of %j', (pattern) => {
    const file = (text: string) => parseArticleFile(`---\n${text}\n---\nBody`, 'post.md');
    expect(growth(file, pattern, articleLimits.bodyMax)).toBeLessThan(growthAllowed);
  });
});
